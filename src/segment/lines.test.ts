import { describe, expect, it } from 'vitest';
import { SEED, readSeed } from '../../test/helpers/seeds.ts';
import { classify, stripMarkup } from './lines.ts';

// stripMarkup skips its regexes on lines without a markup character; the result must be the one
// the regexes give.
function fullStrip(raw: string, moreLink: (s: string) => string): string {
  const emphasis = raw
    .replace(/^>\s*/, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^[-*+•]\s+/, '')
    .replace(/<\/?(b|strong|i|em|u|span)[^>]*>/gi, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2');
  return moreLink(emphasis)
    .replace(/\\([()[\]*_#])/g, '$1')
    .trim();
}

describe('stripMarkup', () => {
  it('removes heading marks, bullets, emphasis and escapes', () => {
    expect(stripMarkup('## **二、执法动态**')).toBe('二、执法动态');
    expect(stripMarkup('- <b>工信部</b>通报 22 款 APP')).toBe('工信部通报 22 款 APP');
    expect(stripMarkup('\\(一\\) 数据出境')).toBe('(一) 数据出境');
    expect(stripMarkup('  11月1日，国家网信办发布《规定》。 ')).toBe('11月1日，国家网信办发布《规定》。');
    expect(stripMarkup('◆ 国家网信办发布《办法》')).toBe('国家网信办发布《办法》');
    expect(stripMarkup('■数据出境')).toBe('数据出境');
    expect(stripMarkup('> 本刊由律师事务所数据合规团队编写，仅供参考。')).toBe('本刊由律师事务所数据合规团队编写，仅供参考。');
    // WeChat accounts' emoji bullets, with and without a variation selector
    expect(stripMarkup('📌 工信部通报38款侵害用户权益APP')).toBe('工信部通报38款侵害用户权益APP');
    expect(stripMarkup('▶️ 浙江湖州公安处罚一家企业')).toBe('浙江湖州公安处罚一家企业');
    expect(stripMarkup('⚖️执法案例')).toBe('执法案例');
    expect(stripMarkup('▌国家数据局等17部门联合印发《“数据要素×”三年行动计划》')).toBe('国家数据局等17部门联合印发《“数据要素×”三年行动计划》');
  });

  it('gives on every seed line what the full chain of regexes gives', () => {
    for (const name of Object.values(SEED)) {
      for (const line of readSeed(name).split('\n')) {
        // Lines without `](` hold no "more" link, so the identity stands in for its removal.
        if (line.includes('](')) continue;
        expect(stripMarkup(line)).toBe(fullStrip(line, (s) => s));
      }
    }
  });
});

describe('web page furniture', () => {
  it('classifies breadcrumbs, posting bylines, buttons and site footers as furniture', () => {
    for (const line of [
      '首页 > 工作动态 > 通知公告',
      '当前位置：首页 > 机构设置 > 信息通信管理局 > 工作动态',
      '发布时间：2023-11-09 16:12 来源：广东省委网信办 【字号：大 中 小】【打印本页】',
      '2023-11-27 10:03:26 来源：最高人民法院新闻局',
      '江苏网警 2024-01-16 18:00 发表于江苏',
      '【关闭窗口】 【打印本页】',
      '主办：中共广东省委网络安全和信息化委员会办公室 粤ICP备12345678号-1',
      '阅读 3.2万 分享 在看 赞',
      '【责任编辑：张伟】',
      '汇衡律师事务所 | 数据合规与网络安全月度观察 第 2 页',
      '第3页/共12页',
      '- 3 -',
      'Page 4 of 12',
      // eval-genre-en2: a PDF's running footer, a share bar, rules of underscores and box-drawing characters
      'WHITCOMBE LANCASTER | Client Alert | China data update                Page 1 of 4',
      'Share: LinkedIn  X  Email',
      // a regulator's news page and a blog's cookie banner
      'Date: 27 March 2025',
      'Type: News',
      'Was this page useful? Yes No',
      'We use cookies to improve your experience. By clicking "Accept all", you agree. [Accept all] [Reject] [Cookie settings]',
      '_______________________',
      '──────────────────────────────────────────────',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
    ]) {
      expect(classify(line, { start: 0, end: line.length }).kind, line).toBe('furniture');
    }
  });

  it('keeps headlines and date-led paragraphs that look a little like them', () => {
    expect(classify('关于21款App违法违规收集使用个人信息情况的通报', { start: 0, end: 30 }).kind).toBe('heading');
    expect(classify('【案例一】无锡某信息科技公司未履行网络安全等级保护义务案', { start: 0, end: 30 }).kind).toBe('heading');
    expect(classify('2023年3月，无锡市公安局网安支队在网络安全检查中发现漏洞。', { start: 0, end: 30 }).kind).toBe('prose');
  });
});

describe('guide and commentary labels', () => {
  const kind = (line: string) => classify(line, { start: 0, end: line.length }).kind;

  it('reads 导读 alone on its line as the start of a guide block', () => {
    expect(kind('导读')).toBe('guide');
    expect(kind('导读：9月，十四届全国人大常委会公布立法规划。')).toBe('guide');
    expect(kind('导读类App专项治理启动')).toBe('heading');
  });

  it('reads 【导读】 alone on its line as the start of a guide block, not as a bracketed label', () => {
    expect(kind('【导读】')).toBe('guide');
  });

  it('reads 律师简评： without brackets as commentary, and 作者简介 as back matter', () => {
    expect(kind('律师简评：《办法》与《个人信息保护法》第二十八条、第二十九条关于敏感个人信息的规定一脉相承。')).toBe('comment');
    expect(kind('简评：本案明确了平台数据的竞争性权益。')).toBe('comment');
    expect(kind('简评类App治理')).toBe('heading');
    expect(kind('作者简介')).toBe('boilerplate');
  });

  // eval-genre-en2: the publication's own voice in a law-firm alert, a blog, an e-mail digest and a PDF report
  it.each([
    'Next steps',
    '1 Overview',
    '4. Next steps',
    'By Dana Whitfield, CIPP/US | Posted 4/2/2025 | 9 min read',
    'By our Beijing correspondent',
    'Curated by the editors at Meridian Regulatory Intelligence, Singapore',
    'Published: 30/04/2024 · Reading time: 12 min · Editors: L. Hofer, P. Nieminen',
  ])('reads %s as the start of an introduction or commentary', (line) => {
    expect(kind(line)).toBe('intro');
  });

  it('reads a bilingual 卷首语 Foreword as the start of a guide, and contact lines and disclaimers as back matter', () => {
    expect(kind('卷首语 Foreword')).toBe('guide');
    expect(kind('Marcus Reed, Counsel, Hong Kong | +852 3000 0000')).toBe('boilerplate');
    expect(kind('This publication is for general information only and is not legal advice.')).toBe('boilerplate');
    expect(kind('By Order of the Court, the company was fined.')).toBe('prose');
    expect(kind('By the end of March, apps must complete rectification')).toBe('heading');
  });

  it('reads 【简评】 closed before its text as commentary', () => {
    expect(kind('【简评】《办法》将《网络安全事件分级指南》作为附件，首次明确了事件分级标准。')).toBe('comment');
    expect(kind('【简评：自今年九月份起，国家查处了多家侵犯公民个人信息的“大数据”公司。】')).toBe('comment');
  });
});

describe('section headings', () => {
  it('reads a zero-padded WeChat section number before a section name as a part heading', () => {
    for (const line of ['01 立法动态', '02 执法动态', '03司法动态']) {
      expect(classify(line, { start: 0, end: line.length }).sectionLevel, line).toBe(1);
    }
    expect(classify('10 款App被通报', { start: 0, end: 9 }).sectionLevel).toBeNull();
  });
});

describe('case releases', () => {
  const line = (t: string) => classify(t, { start: 0, end: t.length });

  it('reads the parts every case repeats as labels, not headings', () => {
    for (const t of ['（一）基本案情', '(二)检察机关履职过程', '三、典型意义', '【裁判结果】', '基本案情']) expect(line(t).kind, t).toBe('furniture');
    expect(line('（一）基本案情复杂的跨境数据案件增多').kind).toBe('heading');
  });

  it('reads a numbered case name as a headline, not a section', () => {
    expect(line('一、浙江省杭州市余杭区人民检察院诉某网络科技有限公司侵害公民个人信息民事公益诉讼案').sectionLevel).toBeNull();
    expect(line('（二）某短视频平台信息内容管理主体责任缺失案').sectionLevel).toBeNull();
    expect(line('一、立法动态').sectionLevel).toBe(1);
    expect(line('第三部分 国内司法案件').sectionLevel).toBe(1);
    expect(line('二、关于个人信息保护法草案').sectionLevel).toBe(1);
  });
});
