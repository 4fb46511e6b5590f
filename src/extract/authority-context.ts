// Stretches of text where a body name is not an actor of the item: titles in 《》 (a name inside
// 《工业和信息化部…方案》 is part of a title), news-source notes (（来源：公安部网安局）,
// 据…报道, 记者从…获悉), the body a draft is submitted to (提请全国人大常委会审议) and the body a
// report or comment is sent to.
// Works on prepared (folded) text, where white space has already been collapsed.

const TITLE_LIMIT = 150;

// `needs`: words the pattern cannot match without; a text holding none of them skips the regex.
interface MaskPattern {
  re: RegExp;
  group: number;
  needs?: readonly string[];
}

const MASK_PATTERNS: readonly MaskPattern[] = [
  // The source's name ends at a space: a paragraph break is one in the matched text (`来源：上海人大`
  // over `11月25日，上海市…常务委员会…表决通过`).
  { re: /(?:信息来源|文章来源|稿件来源|来源|来自)\s?[:：][^）)。\s]{0,80}/g, group: 0 },
  { re: /\((?:Source|source)\s?:[^)]{0,80}\)/g, group: 0 },
  { re: /据([^，。；,;！？、]{1,30}?)(?:报道|消息|披露|透露)/g, group: 1, needs: ['据'] },
  { re: /从([^，。；,;！？]{1,30}?)(?:获悉|了解到|得知)/g, group: 1, needs: ['获悉', '了解到', '得知'] },
  // The body that directed or notified is not the one that acted: 根据公安部…部署, 在公安部指导下,
  // 接市公安局网安总队通报, 首批获央行备案.
  { re: /(?:根据|按照|依照|遵照)([^，。；,;！？]{1,40}?)(?:的)?(?:统一|总体)?部署/g, group: 1, needs: ['部署'] },
  { re: /在([^，。；,;！？]{1,30}?)(?:的)?(?:统一)?指导下/g, group: 1, needs: ['指导下'] },
  { re: /接([^，。；,;！？]{1,20}?)(?:通报|转来|移交)/g, group: 1, needs: ['接'] },
  { re: /获([^，。；,;！？]{1,10}?)(?:备案|批准|许可|授权|核准)/g, group: 1, needs: ['获'] },
  // 经国务院同意, 根据国务院办公厅通知要求: the body that approved or asked is not the one that acted.
  { re: /经([^，。；,;！？]{1,12}?)(?:同意|批准)/g, group: 1, needs: ['同意', '批准'] },
  { re: /(?:根据|按照|依照)([^，。；,;！？]{1,30}?)(?:的)?(?:通知|文件|工作)?要求/g, group: 1, needs: ['要求'] },
  // A website named as where to read or comment (登录中华人民共和国司法部中国政府法制信息网) is not an actor.
  { re: /(?:登录|登陆|访问)([^，。；,;！？]{1,40}?)(?:门户网站|网站|官网|网)/g, group: 1, needs: ['登录', '登陆', '访问'] },
  // The body a report or comment goes to (在发现后1小时内向工业和信息化部报告), and the address of
  // a notice's submission channel (将意见寄至：北京市…公安部网络安全保卫局), receive; they do not act.
  { re: /向([^，。；,;！？、]{2,30}?)(?:报告|报送|反馈意见|提交意见|提出意见)/g, group: 1, needs: ['报告', '报送', '意见'] },
  { re: /(?:寄至|寄送至|邮寄至|寄往)\s?[:：]?([^，。；,;！？]{2,60})/g, group: 1, needs: ['寄'] },
  // The stock opening of an official text (党中央、国务院高度重视…) names no actor of the item.
  { re: /(?:^|[。；，,\n！？!?])([^，。；,;！？\n]{2,20}?)(?:一直|始终)?高度重视/g, group: 1, needs: ['高度重视'] },
  // The defendant in a case's name (某网络公司诉上海市某区互联网信息办公室行政处罚案) is a party;
  // the court decides.
  { re: /诉((?:(?![诉讼案])[\u4e00-\u9fff（）()]){2,30}?)(?:行政处罚|政府信息公开|行政许可|行政强制|行政复议|行政协议|行政)?(?:纠纷)?一?案/g, group: 1, needs: ['诉'] },
  // A law's allocation of duties (`《条例》明确，市政府办公厅负责统筹规划…；市网信办负责统筹协调…`)
  // describes who will be responsible, not who acted.
  { re: /(?:^|[，,；;：:。\s])([^，,；;：:。\s]{2,20}?)(?:具体|主要)?负责(?:统筹|指导|监督|管理|组织|协调|本行政区域|全市|全省|全国|相关|有关)/g, group: 1, needs: ['负责'] },
  // A company's own department (`某银行股份有限公司信息科技部总经理`): not the ministry of its name.
  { re: /(?:公司|银行|集团|分行|支行)([\u4e00-\u9fff]{2,6}部)(?:副?总经理|经理|负责人|主任|员工|职员|工作人员)/g, group: 1, needs: ['公司', '银行', '集团', '分行', '支行'] },
  // The court a regulator files in (`commenced civil penalty proceedings against Medibank in the
  // Federal Court of Australia`) has not acted yet.
  { re: /\b(?:proceedings|lawsuit|suit|action|complaint|claim)s?\b[^.;]{0,80}?\b(?:in|before|with) the ((?:[A-Z][\w'’.-]*\s+){0,6}Court(?:\s+of\s+(?:[A-Z][\w'’.-]*\s*){1,4})?)/g, group: 1, needs: ['Court'] },
  // Members of a mechanism or board are listed, not acting.
  { re: /(?:成员单位|成员|组成)[^。]{0,12}?(?:包括|有|为)([^。]{1,120})/g, group: 1 },
  { re: /[Mm]embers of [^.]{0,60}? (?:are|include)([^.]{1,250})/g, group: 1 },
];

// Soft: the body a draft is submitted to (提请全国人大常委会审议) is not an actor when another body
// acts in the text, but it is the subject when nobody else is named (《深圳经济特区数据暂行条例
// （草案）》提请深圳市人大常委会会议审议).
const SOFT_PATTERNS: readonly MaskPattern[] = [
  { re: /(?:提请|报请|提交|报送)([^，。；,;！？]{1,20}?)(?:审议|审批|批准|备案)/g, group: 1 },
  { re: /(?:submitted|submit) to ([^,.;]{3,80}?) for (?:review|deliberation|approval)/g, group: 1 },
];

/**
 * A bitmap over the folded text: 1 where names must not be reported, 2 where they are reported
 * only if nothing outside the mask is (see SOFT_PATTERNS). Valid until the next call.
 */
// The mask lives only while one text is scanned, so one buffer serves every text in turn; a text
// longer than KEPT_UNITS gets a mask of its own, so that one huge item does not pin its size.
const KEPT_UNITS = 1 << 20;
let maskBuffer = new Uint8Array(4096);

export function contextMask(f: string): Uint8Array {
  if (maskBuffer.length < f.length && f.length <= KEPT_UNITS) maskBuffer = new Uint8Array(Math.min(f.length * 2, KEPT_UNITS));
  const mask = maskBuffer.length >= f.length ? maskBuffer.subarray(0, f.length) : new Uint8Array(f.length);
  mask.fill(0);
  maskTitles(f, mask);
  maskDocumentNumbers(f, mask);
  apply(f, mask, SOFT_PATTERNS, 2);
  apply(f, mask, MASK_PATTERNS, 1);
  return mask;
}

function apply(f: string, mask: Uint8Array, patterns: readonly MaskPattern[], level: number): void {
  for (const { re, group, needs } of patterns) {
    if (needs && !needs.some((w) => f.includes(w))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      const inner = m[group] ?? '';
      const start = m.index + (group === 0 ? 0 : m[0].indexOf(inner));
      for (let k = start; k < start + inner.length; k++) if (mask[k] === 0 || level === 1) mask[k] = level;
    }
  }
}

// `《…通知》（工信部信管函〔2023〕26号）`: a document number in brackets after a title names its
// issuer's abbreviation, which has not acted in the item. Found from the year bracket, then back
// over the Han characters to the opening bracket (`公开京金罚决字〔2023〕6号` has none: the name
// before it may be the actor).
const DOC_NUMBER_TAIL = /^[〔［\[【]\s?\d{4}\s?[〕］\]】]\s?第?\d{1,4}\s?号/;
const DOC_NUMBER_PREFIX = 12;

function maskDocumentNumbers(f: string, mask: Uint8Array): void {
  for (const open of '〔［[【') {
    for (let i = f.indexOf(open); i >= 0; i = f.indexOf(open, i + 1)) {
      const tail = DOC_NUMBER_TAIL.exec(f.slice(i, i + 16));
      if (!tail) continue;
      let start = i;
      while (start > 0 && i - start < DOC_NUMBER_PREFIX && /[\u4e00-\u9fff]/.test(f[start - 1]!)) start--;
      if (f[start - 1] === '（' || f[start - 1] === '(') mask.fill(1, start, i + tail[0].length);
    }
  }
}

function maskTitles(f: string, mask: Uint8Array): void {
  for (let i = f.indexOf('《'); i >= 0; i = f.indexOf('《', i + 1)) {
    let depth = 0;
    let end = Math.min(f.length, i + TITLE_LIMIT);
    for (let k = i; k < Math.min(f.length, i + TITLE_LIMIT); k++) {
      const ch = f[k];
      if (ch === '《') depth++;
      else if (ch === '》' && --depth === 0) {
        end = k + 1;
        break;
      } else if (ch === '。' && depth > 0) {
        // An unclosed title (text broken by PDF extraction) ends with its sentence.
        end = k;
        break;
      }
    }
    mask.fill(1, i, end);
  }
}
