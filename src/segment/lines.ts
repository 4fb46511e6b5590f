import type { Line, LineKind } from './types.ts';

// Line classification: what each non-empty line of a newsletter is, judged from the line alone.
// The segmenter then reads the sequence of kinds. Patterns are written for the genre (Chinese law-
// firm monthlies, bilingual weeklies, official reports), not for one publisher's layout.

const TOC_LINE = /(\.{3,}|…{2,}|·{3,}|\t)\s*(<b>)?\s*\d{1,3}\s*(<\/b>)?$/;
const SOURCE_LINE = /^[（(]\s*(来源|来源于|Source)\s*[:：]/i;
// `来源：网信中国` alone on its line under an item names its source too; a byline with more labels
// (`来源：新华网 作者：王峰`) is page furniture.
const BARE_SOURCE = /^(来源|信息来源|文章来源|稿件来源|Source)\s*[:：]\s*[^\s:：]{1,30}$/i;
// `导读：…`, `导读` alone on its line over the paragraph, and the bracketed `【本期導讀】…` of Taiwan and
// Hong Kong newsletters (lines are classified as written, so traditional forms are listed too).
const GUIDE_LINE = /^(导读|導讀|导语|導語|编者按|編者按|本期导读|本期導讀|Summary)\s*([:：]|$)|^(卷首语|卷首語)(\s+[A-Za-z][A-Za-z' ]{2,30})?\s*([:：]|$)|^[【\[]\s*(导读|導讀|导语|導語|编者按|編者按|本期导读|本期導讀)\s*[】\]]/;
const KEYWORDS_LINE = /^(关键词|关键字|Keywords?)\s*[:：]/i;
// `【简评：…】`, `【简评】…` with the label closed before the text, `律师简评：…` without brackets, and
// English commentary labels.
const COMMENT_LINE = /^[【\[]\s*(简评|点评|评论|律师点评|Comment)\s*([:：]|[】\]])|^(律师|编者|专家|编辑)?(简评|点评|短评)\s*[:：]|^(Our (take|view)|Comment|Analysis|Key takeaways?|Why it matters|What it means)\s*[:：]/i;
// An English newsletter's own voice: its introduction (`Welcome to the September edition…`, `In
// this issue…`) and its commentary sections (`Editorial`, `Looking ahead`). Not news items.
const INTRO_LINE = /^(Welcome to (the|our|this)\b|In this (issue|edition|month's|week's|quarter's)\b|This (issue|edition) (of|covers|looks)\b)/i;
// A report numbers them like its other sections (`1 Overview`, `4. Next steps`).
const COMMENTARY_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(Editorial|Editor's note|Foreword|Introduction|Overview|In this issue|Looking ahead|Outlook|Key takeaways|Takeaways|Our view|Conclusion|Next steps|What's next|Key contacts|Contacts)$/i;
// A byline under the document's title (`By Dana Whitfield, CIPP/US | Posted 4/2/2025`, `By our Beijing
// correspondent`, `Curated by the editors at …`): the title and the lead paragraph after it are the
// publication's own, not an item.
// Either a name alone (`By Jane Smith`) or words only a byline holds (`By the end of March, …` is a
// headline).
// `Published: 30/04/2024 · Reading time: 12 min · Editors: L. Hofer`: a digest's own byline (a bare
// `Published: 12 March 2024` under a press release's headline is not, and stays in the item).
const PUBLISHED_BYLINE = /^(?:Published|Posted|Updated)\b[^\n]{0,80}\b(?:Reading time|min read|Editors?\s*:)/i;
const BYLINE = /^(?:By|Curated by|Edited by|Compiled by|Written by)\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){1,3}$|[^.!?]{0,120}(?:\||\b(?:correspondents?|editors?|staff|reporters?|Posted|min read)\b)[^.!?]{0,80}$)/;
const MORE_LINK = /\s*[\\]?[(（]?\s*\[\\?[(（]?\s*(查看更多|阅读原文|More|Read more)\s*\\?[)）]?\]\(#?[^)]*\)\s*[\\]?[)）]?\s*$/i;
const MORE_ONLY = /^[(（]?\s*\[?\\?[(（]?\s*(查看更多|阅读原文|More|Read more)\s*\\?[)）]?\]?(\([^)]*\))?\s*[)）]?$/i;

const BOILERPLATE = [
  /^(免责声明|声明|特别声明|法律声明|Disclaimer)\s*[:：]/i,
  /This (Newsletter|publication|alert) has been prepared/i,
  /编写《[^》]+》的目的/,
  /^(Subscribe|扫码关注|关注(我们|公众号)|长按(识别|扫码))/i,
  // A newsletter's closing biographies: `作者简介` over the authors' lines.
  /^(作者简介|作者介绍|关于作者|律师简介|About the authors?)\s*[:：]?$/i,
  /^(E-?mail|Email|Tel|Fax|电话|传真|邮箱|电子邮箱|咨询电话|联系方式|地址)\s*[:：]?/i,
  /不构成(任何(形式的)?)?(法律|专业)(意见|建议)/,
  // The publication's own note on itself: `本刊由…编写，仅供参考。`, `本月报仅供参考`.
  /^(本刊|本期|本报|本月报|本周报|本简报|本文|本资讯|本报告)[^。]{0,40}(仅供参考|仅作参考|供参考)/,
  // A press release's closing notes: `Notes to editors` over numbered facts about the regulator.
  /^(Notes? (to|for) editors?|Media enquiries|Press enquiries|Media contacts?|ENDS)\s*:?$/i,
  // A contact line with a telephone number (`Marcus Reed, Counsel, Hong Kong | +852 3000 0000`).
  /\+\d{1,3}[ -]\d{1,4}[ -]\d{3,4}(?:[ -]\d{3,4})?\s*$/,
];
// Run only on lines with Latin words: these would be tried at every position of every Chinese line.
const BOILERPLATE_EN = [
  // An e-mail newsletter's footer.
  /^(Know someone who|Forward this (e-?mail|newsletter)|You are receiving this|You received this|Unsubscribe\b|Update your (e-?mail )?preferences|Manage (your )?(subscription|preferences))/i,
  /should not be relied on as legal advice/i,
  /\b(?:is|are) not legal advice|does not constitute legal advice|for general information (?:purposes )?only/i,
];
const LATIN_WORD = /[A-Za-z]{3}/;
// Every form PAGE_NUMBER knows ends on 页, a digit or a dash: other lines skip it.
const PAGE_NUMBER_END = /[页\d\-–—]$/;

const FURNITURE = [
  /^(NEWSLETTER|目\s*录|CONTENTS?)$/i,
  /^NO\.?\s*\d+$/i,
  /^第\s*\d+\s*期$/,
  /^\d{1,3}$/,
  /^-{3,}$|^\*{3,}$|^_{3,}$/,
  /^(www\.|https?:\/\/)\S+$/i,
  /^\[?(www\.|https?:\/\/)/i,
  // Cover dates and issue numbers: 2019 年 11 月刊, 2020.04, Nov 30 2019, 2023年10月第3期(总第3期)
  /^\d{4}\s*年\s*\d{1,2}\s*月(刊|号)?(第\s*\d+\s*期)?\s*(\(|（)?[^，。]{0,10}$/,
  /^\d{4}\s*[.\-/年]\s*\d{1,2}(\s*[.\-/月]\s*\d{1,2}\s*日?)?$/,
  /^[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}$/,
  /^\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}$/,
  // A web page's breadcrumb trail: `首頁 ＞ 出版品 ＞ 科技法律新知`, `Home > Enforcement`.
  /^(首页|首頁|主页|主頁|Home)\s*[>＞»›]/i,
  // A text table's rule: `------------+---------`.
  /^[-+|:= ]*[-=]{3,}[-+|:= ]*$/,
  // The publication's own name on its masthead (`网络安全和数据合规月刊`, `数据合规周报 第12期`): without
  // a section heading under it, it would read as the headline of every paragraph that follows.
  /^(?!.*(发布|印发|公布|出台|通报|推出|上线))[^，。：:；（(]{2,24}(月刊|周刊|双周刊|半月刊|季刊|周报|双周报|月报|简报|快讯|通讯)(\s*[（(]?\s*(第\s*\d+\s*期|\d{4}\s*年[^）)]{0,8})\s*[）)]?)?$/,
];

// A web page around the text: breadcrumbs, the posting byline (发布时间：…, `2023-11-27 10:03 来源：…`,
// a WeChat account's `江苏网警 2024-01-16 18:00 发表于江苏`), buttons, the site footer. None is a
// headline; the posting time stays in the item's text for the event date's fallback.
const PAGE_FURNITURE = [
  /^(当前位置\s*[:：]\s*)?[^\s>＞»。，]{1,12}(\s*[>＞»]\s*[^>＞»。，]{1,16}){1,6}$/,
  /^(发布时间|发布日期|发表时间|更新时间|时间|日期|来源|信息来源|文章来源|稿件来源|作者|浏览次数|点击数|阅读数|字号)\s*[:：]/,
  // (Not a table row that opens on its date cell: `| 2024-03-22 | 国家互联网信息办公室 | …`, or with a tab.)
  /^([^\s。，|]{1,20}\s+)?\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?([^\S\t]|$)/,
  // A news page's byline with a Chinese date: `2023年02月03日 15:19   来源：人民网`.
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s+\d{1,2}:\d{2}(:\d{2})?(\s|$)/,
  // Links and buttons around an article: related reading, previous / next, share, print, close.
  /^[【\[]?\s*(相关阅读|相关新闻|相关链接|相关文章|延伸阅读|推荐阅读|上一篇|下一篇|分享到|打印本页|关闭窗口|打印|关闭)\s*[】\]]?\s*([:：]|$)/,
  /^(【[^】]{1,10}】\s*)+$/,
  /ICP备\s*\d+号|公网安备|^版权所有|^(主办|承办)(单位)?\s*[:：]|^阅读\s*[\d.]+万?\+?\s/,
  // A notice's document number or a court's case number alone on its line (`工信厅信管函〔2024〕56号`,
  // `（2023）京0491民初12345号`) is no headline.
  /^[（(]\s*\d{4}\s*[）)]\s*[\u4e00-\u9fff\d]{2,16}号(之[一二三四五六七八九十])?$/,
  /^[\u4e00-\u9fff]{1,16}\s*[〔[（(【]\s*\d{4}\s*[〕\]）)】]\s*(第\s*)?\d{1,5}\s*号$/,
  /^(扫一扫|微信扫一扫|手机扫码|扫码阅读)|^(网站标识码|政府网站标识码|技术支持|网站地图|联系我们)/,
  /^[【\[（(]?\s*(责任编辑|编辑|审核|校对)\s*[:：]/,
  /^(【纠错】\s*)?【责任编辑\s*[:：]/,
  // A news agency's byline, timestamp and credits: `By Jane Doe and John Smith`, `March 4, 2024
  // 7:15 AM GMT+8 Updated 2 hours ago`, `Reporting by …; Editing by …`, `Our Standards: …`.
  /^By\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}((\s*,\s*|\s+and\s+)[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3})*$/,
  /^(Updated|Published|Posted)?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4},?\s+(at\s+)?\d{1,2}:\d{2}/,
  /^(Additional\s+)?(Reporting|Writing|Editing)(\s+and\s+(writing|editing))?\s+by\s+[A-Z]/i,
  /^Our Standards\s*:/i,
  /^(相关链接|友情链接|相关阅读|推荐阅读)\s*[:：]?/,
  /^(Share( this( article| post| page)?)?|分享到?)\s*[:：]/i,
  // A regulator's news page: its meta lines under the headline (`Date: 27 March 2025`, `Type: News`)
  // and its buttons (`Share this page`, `Was this page useful?`, `Skip to main content`).
  /^(Date|Type|Category|Categories|Topics?|Tags?|Sector|Reference|Content type|News type)\s*:\s*[^.!?]{1,60}$/i,
  /^(Share this( article| post| page)?|Was this (page|article) (useful|helpful)\??|Skip to (main )?content)\b/i,
  // A cookie banner: `We use cookies to improve your experience. … [Accept all] [Reject]`.
  /^(We|This (site|website)) uses? cookies\b|\[(Accept( all)?|Reject( all)?|Cookie settings)\]/i,
];

// A PDF page's running header or footer: `… 第 3 页`, `第3页/共12页`, `- 3 -`, `3/12`, `Page 3 of 12`.
const PAGE_NUMBER = /第\s*\d{1,4}\s*页(\s*[/／,，]?\s*共\s*\d{1,4}\s*页)?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^\d{1,4}\s*[/／]\s*\d{1,4}$|^Page \d{1,4}( of \d{1,4})?$|\s{2}Page \d{1,4} of \d{1,4}$/i;

// Part headings: 第一部分…, 一、…, and the section names of this genre when they end the line
// (国内要闻 Domestic News, 境内前沿观察一：立法动向, 海外动态 Overseas News, WeChat's 01 立法动态).
const PART_HEADING = [
  /^第[一二三四五六七八九十\d]+部分/,
  /^[一二三四五六七八九十]+[、．]\s*\S/,
  /^(0\d\s*)?(境内|境外|国内|海外|国际|行业|地方|司法|执法|立法)[^，。；《]{0,14}(要闻|动态|新闻|观察[一二三四五六七八九十]*|速览|实践|案例)(\s*[:：].{0,30})?(\s+[A-Za-z][A-Za-z &]{2,40})?$/,
  /^[\u4E00-\u9FFF]{2,10}\s+(Domestic|Overseas|International|Industry|Legislative|Enforcement|Judicial|Regulatory)[A-Za-z ]{0,30}$/,
  /^(Domestic|Overseas|International|Industry) News$/i,
  // English section names in capitals: `ENFORCEMENT`, `LEGISLATIVE AND REGULATORY DEVELOPMENTS`.
  /^[A-Z][A-Z &,'’\-–/]{3,60}$/,
  // A report's numbered chapter: `2 Legislation and rule-making`, `3 Enforcement` (its sections are
  // numbered `2.1 …`).
  /^\d{1,2}\s+[A-Z][a-z]+(?:[ ,&'’\-–/]+[A-Za-z]+){0,6}$/,
];
// The parts every case of a case release repeats (（一）基本案情, 【裁判结果】, 三、典型意义): labels
// inside the case, not sections or headlines.
const CASE_PART = /^([▍▌▎■□●◆◇▶►]\s*)?([（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]?\s*|【)?(基本案情|简要案情|案情简介|案件事实|裁判结果|判决结果|处理结果|处罚结果|办理结果|检察机关履职过程|履职过程|典型意义|指导意义|案例意义|裁判要旨|要旨|法官说法|检察官说法|案例评析|法律依据|处罚依据)】?$/;
// `▍基本案情`: WeChat releases mark the parts with a bar glyph instead of brackets.
// A numbered case name (一、浙江省…侵害公民个人信息民事公益诉讼案) is the case's headline, not a
// section of the document (第三部分 国内司法案件, 一、…草案 are).
const CASE_NAME = /^([一二三四五六七八九十]+[、．]|[（(][一二三四五六七八九十]+[）)]).*[^草方议提预答备专档法]案件?$/;
const GROUP_HEADING = /^[（(][一二三四五六七八九十]+[）)]/;
const SUB_HEADING = /^[（(]\d{1,2}[）)]\s*\S{1,20}$/;
const ENUMERATOR = /^(\d{1,2}\.\d{1,2}\.?\s+|\d{1,2}\s*[.．、｜|]\s*(?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|[一二三四五六七八九十]+、\s*)/;

const DATE_LEAD = [
  /^((\d{4}|[一二三四五六七八九〇零]{4})\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日/,
  /^\d{4}\s*年\s*\d{1,2}\s*月/,
  /^(On|As of|Since)\s+(\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/,
];
// A notice's `附件：…名单` line and a `……（共28款，详见附件）` continuation are part of its body.
const BODY_CONTINUATION = /^(附件\s*\d*\s*[:：]|…|\.{3})/;
// A full date alone on a line, as a notice prints it under its signature (Chinese numerals too).
const FOOT_DATE = /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
// The signature and the date on one line, as a PDF lays out a notice's foot.
const SIGNED_FOOT = /^[\u4e00-\u9fff（）()]{2,30}\s+(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;
// `【天津网信办处罚一家数据泄露企业】12月14日，…`: a headline in brackets that opens its paragraph.
// Short labels (【基本案情】, 【案例一】) are not headlines.
const INLINE_HEADLINE = /^【([^【】]{8,60})】\s*(?=\S)/;
// `1. 上海网信办查处一起数据泄露案：3月5日，…`, `◆ 工信部通报18款APP：3月6日，…`: a numbered or bulleted
// headline ended by a colon, over a date-led paragraph on the same line.
const COLON_HEADLINE = /^(?:\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]+、)?\s*([^，。：:；;！？\s][^，。：:；;！？]{5,39})[：:]\s*(?=\S)/;
// `• ICO fines firm £7.5m – On 18 March 2024 the ICO fined…`: a bulleted English headline ended by a dash.
const DASH_HEADLINE = /^(\S.{5,140}?)\s[–—]\s+(?=\S)/;
// `CAC fines Zhihu. On October 5, 2024, the Beijing…`: an English newsletter's run-in headline (bold in
// print, plain once extracted), a short sentence over a date-led one in the same paragraph.
const RUN_IN_HEADLINE = /^([A-Z][^.!?\n]{5,100}?)\.\s+(?=On\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

function isAbbreviationEnd(s: string): boolean {
  return /\b(?:Inc|Ltd|Co|Corp|Pte|Plc|No|Art|U\.S|U\.K)$/.test(s);
}

// A number in front of a date-led paragraph (`1、12月8日，…`, `（2）12月20日，…`); a dot before a
// digit is a decimal, not a number.
const LEAD_NUMBER = /^(\d{1,2}\s*、|\d{1,2}\s*[.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]+、)\s*/;
const SUB_CASE = /^(案例|案件|典型案例)[一二三四五六七八九十\d]{1,3}\s*[:：]/;

// The sections of one article about one development (a law firm's note on a new rule): its background,
// its reading of the text and its advice are the article's own analysis, not further developments.
const ANALYSIS_WORDS = [
  '出台背景', '立法背景', '起草背景', '修订背景', '背景介绍', '背景', '主要内容', '核心内容', '主要变化', '主要修改', '重点内容', '要点解读',
  '要点', '亮点', '解读', '评析', '分析', '影响分析', '影响', '合规建议', '应对建议', '律师建议', '实务建议', '建议', '结语', '总结', '小结',
  '展望', '律师观察', '我们的观察', '观察', '合规提示', '风险提示', '合规要点',
  'Background', 'Key provisions', 'Key points', 'Key changes', 'Key requirements', 'Analysis', 'Implications', 'Recommendations',
  'Next steps', 'Practical tips', 'What businesses should do', 'What companies should do',
].join('|');
const ANALYSIS_HEADING = new RegExp(`^(?:${ANALYSIS_WORDS})(?:(?:与|和|及|and|&)\\s*(?:${ANALYSIS_WORDS}))?\\s*[:：]?$`, 'i');

// A row of a text table, three cells or more: `22/05/2023 | Irish DPC | Ireland | 1.200.000.000`.
const TABLE_ROW = /^\|?[^|]+(\|[^|]*){2,}$/;

// A field of a penalty decision laid out as `label：value` lines, one block a case (金融监管总局's and
// 证监会's 行政处罚信息公开表, whose two-column tables extract that way).
const RECORD_FIELD =
  /^(行政处罚决定书文号|处罚决定书文号|决定书文号|文号|(?:被处罚)?当事人[^：:\s]{0,8}|主要违法违规(?:行为|事实)[^：:\s]{0,4}|违法(?:违规)?(?:行为|事实)[^：:\s]{0,4}|(?:行政)?处罚依据|(?:行政)?处罚(?:决定|内容)|作出(?:行政)?处罚决定的?(?:机关|日期)[^：:\s]{0,4}|(?:行政)?处罚(?:决定)?(?:机关|日期)|罚没金额)\s*[：:]\s*\S/;

const SENTENCE_END = /[。！？；.!?;：:]$/;
/** A rule across the page: `______`, `-----`, `──────` (markup stripping would leave `_` of it). */
export const RULE = /^(?:[_\-=*─━═—–~～]{3,}|(?:[*·•]\s*){3,})$/;
const HEADING_MAX_CJK = 64;
const HEADING_MAX_LATIN = 220;

/** A case's part label (`【基本案情】`, `▍典型意义`): what follows it is the case's text. */
export function isCasePart(text: string): boolean {
  return CASE_PART.test(text);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const start = offset + (rawLine.length - rawLine.trimStart().length);
    const raw = rawLine.trim();
    offset += rawLine.length + 1;
    if (raw === '') continue;
    // Cells separated by tabs (a table pasted from a page or PDF); a continuation row keeps its
    // leading tabs only before trimming.
    const tabbed = (rawLine.match(/\t/g)?.length ?? 0) >= 2 || SPACED_CELLS.test(raw);
    lines.push(classify(raw, { start, end: start + raw.length }, tabbed));
  }
  return lines;
}

// Cells of a table that PDF extraction laid out with runs of spaces: three or more on a line.
const SPACED_CELLS = /\S {2,}\S+ {2,}\S/;

export function classify(raw: string, span: { start: number; end: number }, tabbed = false): Line {
  const marked = /^#{1,6}\s/.test(raw) || /^\*\*[^*].*\*\*$/.test(raw) || /^<b>.*<\/b>$/i.test(raw);
  const bullet = BULLET.test(raw);
  const text = stripMarkup(raw);
  const english = isEnglish(text);
  const line: Line = {
    raw,
    text,
    span,
    kind: 'prose',
    sectionLevel: null,
    marked,
    english,
    dateLed: DATE_LEAD.some((re) => re.test(text.replace(INLINE_HEADLINE, '').replace(LEAD_NUMBER, ''))),
    bullet,
    subCase: SUB_CASE.test(text),
    subHeading: SUB_HEADING.test(text),
    footDate: FOOT_DATE.test(text),
    signedFoot: SIGNED_FOOT.test(text),
    inlineTitle: null,
    tableRow: text.includes('|') && TABLE_ROW.test(text),
    analysis: false,
    field: RECORD_FIELD.exec(text)?.[1] ?? null,
  };
  // A field is the record's text, however short or number-like (`行政处罚决定书文号：…〔2024〕12号`).
  line.kind = line.field !== null ? 'prose' : kindOf(raw, line);
  // A paragraph with stray spaces is still a paragraph: only tab-separated or short undated lines
  // are rows.
  const short = line.kind === 'heading' && !line.dateLed;
  if (tabbed && (short || raw.includes('\t')) && line.kind !== 'toc' && line.kind !== 'furniture') line.kind = 'row';
  if (line.kind === 'heading') {
    line.sectionLevel = sectionLevel(text);
    line.analysis = ANALYSIS_HEADING.test(stripEnumerator(text));
  }
  if (line.kind === 'prose') line.inlineTitle = inlineHeadline(raw, text, bullet);
  return line;
}

// `- ` and `* ` are markdown's and need their space; the symbols of Chinese and English digests do not,
// nor do the emoji WeChat accounts put before headlines (`📌 工信部通报…`, `▶️ 浙江湖州公安…`).
const BULLET = /^(?:[-*+•]\s+|[◆◇■□●○▶►▪★☆◎▌▍▎▋]\uFE0F?\s*|\p{Extended_Pictographic}\uFE0F?\s*)/u;

function inlineHeadline(raw: string, text: string, bullet: boolean): Line['inlineTitle'] {
  const bracketed = INLINE_HEADLINE.exec(text);
  if (bracketed) return { text: bracketed[1]!.trim(), end: raw.indexOf('】') + 1 };
  const numbered = bullet || LEAD_NUMBER.test(text);
  const colon = numbered ? COLON_HEADLINE.exec(text) : null;
  if (colon && DATE_LEAD.some((re) => re.test(text.slice(colon[0].length)))) return headlineIn(raw, colon[1]!.trim());
  const dash = bullet && isEnglish(text) ? DASH_HEADLINE.exec(text) : null;
  if (dash && !/[.!?]\s/.test(dash[1]!)) return headlineIn(raw, dash[1]!.trim());
  const runIn = text.includes('. On ') ? RUN_IN_HEADLINE.exec(text) : null;
  if (runIn && !isAbbreviationEnd(runIn[1]!)) return headlineIn(raw, runIn[1]!.trim());
  return null;
}

/** The headline and the offset in `raw` after it and its closing colon or dash. */
function headlineIn(raw: string, title: string): Line['inlineTitle'] {
  const at = raw.indexOf(title);
  if (at < 0) return null;
  const mark = /^\s*[：:–—]/.exec(raw.slice(at + title.length));
  return { text: title, end: at + title.length + (mark?.[0].length ?? 0) };
}

function kindOf(raw: string, line: Line): LineKind {
  const t = line.text;
  if (BARE_SOURCE.test(t)) return 'source';
  // `【导读】` alone on its line opens the guide (before the bracketed-label furniture below).
  if (GUIDE_LINE.test(t)) return 'guide';
  if (t === '' || RULE.test(raw) || line.footDate || CASE_PART.test(t) || (PAGE_NUMBER_END.test(raw) && PAGE_NUMBER.test(raw)) || MORE_ONLY.test(t) || FURNITURE.some((re) => re.test(t)) || PAGE_FURNITURE.some((re) => re.test(t))) {
    return 'furniture';
  }
  if (TOC_LINE.test(raw)) return 'toc';
  if (SOURCE_LINE.test(t) && /[）)]$/.test(t)) return 'source';
  if (GUIDE_LINE.test(t)) return 'guide';
  if (KEYWORDS_LINE.test(t)) return 'keywords';
  if (COMMENT_LINE.test(t)) return 'comment';
  if (BOILERPLATE.some((re) => re.test(t)) || (LATIN_WORD.test(t) && BOILERPLATE_EN.some((re) => re.test(t)))) return 'boilerplate';
  if (line.english && (INTRO_LINE.test(t) || COMMENTARY_HEADING.test(t) || BYLINE.test(t) || PUBLISHED_BYLINE.test(t))) return 'intro';
  // A table's header row names columns; its data rows (figures, dates) are read as prose.
  if (line.tableRow) return /\d/.test(t) ? 'prose' : 'furniture';
  if (line.dateLed || BODY_CONTINUATION.test(t)) return 'prose';
  // `案例一：宿迁某…案。该机构…` opens a sub-case paragraph; `案例一：被告人吴某某侵犯公民个人信息案`
  // alone on its line is the case's headline.
  if (line.subCase) return looksLikeHeading(t, line) ? 'heading' : 'prose';
  return looksLikeHeading(t, line) ? 'heading' : 'prose';
}

// `Undertaking by Pelangi Fitness Pte. Ltd.`: a short English line ending on a company suffix has
// not ended a sentence.
const COMPANY_END = /\b(Ltd|Inc|Co|Corp|Pte|Plc|LLC|GmbH|AG|SA|S\.A|B\.V|N\.V|Bhd)\.$/;
const COMPANY_END_MAX = 100;

const TWO_SENTENCES = /[a-z]{2,}[.!?]["”’)]?\s+[A-Z(]/;

function looksLikeHeading(t: string, line: Line): boolean {
  if (/^#{1,6}\s/.test(line.raw)) return t.length <= (line.english ? HEADING_MAX_LATIN : HEADING_MAX_CJK * 2);
  if (line.english && t.length <= COMPANY_END_MAX && COMPANY_END.test(t)) return true;
  if (SENTENCE_END.test(t)) return false;
  // Two sentences are a paragraph, however it ends (`… released a notice. (Editor's note: …)`).
  if (line.english) return t.length <= HEADING_MAX_LATIN && !TWO_SENTENCES.test(t);
  // A Chinese headline is short and has no full stop inside; a long line without a final stop is
  // a paragraph whose end was lost.
  return t.replace(/\s/g, '').length <= HEADING_MAX_CJK && !/。/.test(t);
}

function sectionLevel(t: string): 1 | 2 | null {
  if (CASE_NAME.test(t)) return null;
  if (PART_HEADING.some((re) => re.test(t))) return 1;
  if (GROUP_HEADING.test(t)) return 2;
  return null;
}

// Every mark stripMarkup removes starts with one of these: most lines hold none, and skip its
// seven regexes.
const MARKUP_CHARS = /[#*+•◆◇■□●○▶►▪★☆◎▌▍▎▋<>_\\-]|\p{Extended_Pictographic}/u;

/** Removes markdown/HTML emphasis, heading marks, bullets and trailing "more" links. */
export function stripMarkup(raw: string): string {
  if (!MARKUP_CHARS.test(raw)) return removeMoreLink(raw).trim();
  const emphasis = raw
    .replace(/^>\s*/, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(BULLET, '')
    .replace(/<\/?(b|strong|i|em|u|span)[^>]*>/gi, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2');
  return removeMoreLink(emphasis)
    .replace(/\\([()[\]*_#])/g, '$1')
    .trim();
}

// A "more" link is a markdown link, `[阅读原文](…)`: a line without `](` has none, and skips a regex
// that would otherwise be tried at every position of every line.
function removeMoreLink(s: string): string {
  return s.includes('](') ? s.replace(MORE_LINK, '') : s;
}

/** Removes a leading enumerator: `1. `, `（一）`, `(3) `, `二、`. */
export function stripEnumerator(t: string): string {
  return t.replace(ENUMERATOR, '').trim();
}

export function isEnglish(t: string): boolean {
  let latin = 0;
  let cjk = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x3400 && c <= 0x9fff) cjk++;
  }
  // Latin words are ~5 letters per CJK-character-equivalent of meaning.
  return latin > 0 && cjk * 4 < latin;
}
