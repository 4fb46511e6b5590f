import { describe, expect, it } from 'vitest';
import { readSeed, SEED } from '../../test/helpers/seeds.ts';
import { normalizeText } from '../text/normalize.ts';
import { segmentDocument, segmentText } from './segment.ts';
import type { Segment } from './types.ts';

function segmentSeed(name: string): { text: string; segs: Segment[] } {
  const text = normalizeText(readSeed(name));
  return { text, segs: segmentText(text) };
}

/** The titles of the items of a document made of these paragraphs. */
const titlesOf = (paragraphs: readonly string[]) => segmentText(normalizeText(paragraphs.join('\n\n'))).map((s) => s.title);
const bodyOf = (text: string, s: Segment) => s.body.map((b) => text.slice(b.start, b.end)).join('\n');
const itemText = (text: string, s: Segment) => text.slice(s.span.start, s.span.end);

// Counts below were made by reading each seed: one item per development, sub-cases and the dated
// developments a report tells in a sentence of its own (另外，4月19日，… / Furthermore, on April 19, …) as children.
describe.each([
  [SEED.monthly2019, 38],
  [SEED.weekly2020, 5],
  [SEED.weekly2021a, 5],
  [SEED.report2023, 88],
  [SEED.weekly2021b, 11],
])('seed %s', (name, expected) => {
  const { text, segs } = segmentSeed(name);

  it(`has ${expected} items`, () => {
    expect(segs).toHaveLength(expected);
  });

  it('never makes an item of a table of contents, disclaimer, biography or advertisement', () => {
    for (const s of segs) {
      const t = itemText(text, s);
      expect(t).not.toMatch(/\.{4,}\s*\d+$|免责声明|律师获得|This Newsletter has been prepared|扫码关注|咨询服务|联系方式/m);
    }
  });

  it('keeps spans inside the document and in reading order', () => {
    let last = -1;
    for (const s of segs) {
      expect(s.span.start).toBeGreaterThan(last);
      expect(s.span.end).toBeLessThanOrEqual(text.length);
      for (const b of s.body) expect(text.slice(b.start, b.end).trim().length).toBeGreaterThan(0);
      last = s.span.start;
    }
  });
});

describe('monthly with numbered parts and date-led paragraphs (000)', () => {
  const { text, segs } = segmentSeed(SEED.monthly2019);

  it('makes each date-led paragraph an untitled item under its part', () => {
    const part1 = segs.filter((s) => s.sectionPath[0] === '第一部分 国内立法及政策动态');
    expect(part1).toHaveLength(16);
    expect(part1.every((s) => s.title === null)).toBe(true);
    expect(bodyOf(text, part1[0]!)).toMatch(/^11 月 1 日，国家广播电视总局办公厅发布/);
  });

  it('keeps a 简评 as the commentary of the item before it, not as an item', () => {
    const withComment = segs.filter((s) => s.commentary);
    expect(withComment.length).toBe(4);
    expect(withComment[0]!.commentary).toMatch(/^简评：自今年九月份起/);
  });

  it('re-joins a paragraph split over a page break', () => {
    const item = segs.find((s) => s.commentary?.includes('互金行业更加人人自危'));
    expect(item && bodyOf(text, item)).toMatch(/^11 月 6 日，中国互联网金融协会/);
  });

  it('uses the bullet headline of a case as its title', () => {
    const judicial = segs.filter((s) => s.sectionPath[0] === '第三部分 国内司法案件');
    expect(judicial.map((s) => s.title)).toEqual([
      '拉卡拉旗下考拉征信涉嫌侵犯公民个人信息犯罪',
      '北京警方破获非法数字货币交易所 BISS 诈骗案，抓捕犯罪嫌疑人数十人',
    ]);
  });
});

describe('bilingual weeklies (001, 002, 004)', () => {
  it.each([SEED.weekly2020, SEED.weekly2021a, SEED.weekly2021b])('%s pairs each Chinese item with its English version', (name) => {
    const { text, segs } = segmentSeed(name);
    for (const s of segs) {
      // A sub-event told inside a report has no headline of its own.
      if (s.parentSeq === null) {
        expect(s.title).toMatch(/[\u4E00-\u9FFF]/);
        expect(s.titleEn).toMatch(/^[A-Z]/);
      }
      expect(s.bodyEn.length).toBeGreaterThan(0);
      expect(bodyOf(text, s)).toMatch(/[\u4E00-\u9FFF]/);
    }
  });

  it('skips the headline list at the top and keeps the sections', () => {
    const { segs } = segmentSeed(SEED.weekly2021b);
    expect(segs[0]!.title).toBe('工信部就《移动互联网应用程序个人信息保护管理暂行规定》征求意见');
    expect(segs.filter((s) => s.sectionPath[0] === '海外动态 Overseas News')).toHaveLength(3);
  });

  it('keeps a second English paragraph in the English part', () => {
    const { text, segs } = segmentSeed(SEED.weekly2021b);
    const ningbo = segs.find((s) => s.title?.startsWith('三家房企'))!;
    const en = ningbo.bodyEn.map((b) => text.slice(b.start, b.end)).join('\n');
    expect(en).toContain('Previously, on April 14 and April 15');
  });
});

describe('long monthly report (003)', () => {
  const { text, segs } = segmentSeed(SEED.report2023);

  it('records the section path of each item', () => {
    const shanghai = segs.find((s) => s.title === '上海公安机关：累计对 2800 余家单位开展执法检查')!;
    expect(shanghai.sectionPath).toEqual(['境内前沿观察二：治理实践', '公安机关治理实践']);
    expect(shanghai.source).toBe('上海网警');
  });

  it('splits 案例一…案例五 into children of the release that published them', () => {
    const parent = segs.find((s) => s.title === '江苏公安机关公布多起不履行数据安全保护义务行政执法案例')!;
    const children = segs.filter((s) => s.parentSeq === parent.seq);
    expect(children.map((c) => c.title)).toEqual([
      '宿迁某医学检验机构不履行数据安全保护义务案',
      '成都某科技有限公司不履行数据安全保护义务案',
      '泰州某不动产登记中心和北京某科技发展研究中心不履行数据安全保护义务案',
      '盐城某医药公司不履行数据安全保护义务案',
      '南通某科技有限公司不履行数据安全保护义务案',
    ]);
    expect(bodyOf(text, children[0]!)).toContain('罚款 10 万元');
    expect(bodyOf(text, parent)).not.toContain('案例一');
  });

  it('makes the sub-reports under a group heading items of their own', () => {
    const group = segs.filter((s) => s.sectionPath[2] === '工信部及多省通信管理局通报或下架侵害用户权益 APP/SDK');
    expect(group.map((s) => s.title)).toEqual(['工信部', '浙江', '陕西', '广东', '上海']);
  });

  it('keeps a bulleted list after "分别是：" inside its item', () => {
    const standards = segs.find((s) => s.title === '全国信安标委发布四项网络安全国家标准')!;
    expect(bodyOf(text, standards)).toContain('GB/T 43207-2023');
  });

  it('masks the （来源：…） line from extraction but keeps it as the source', () => {
    const cnki = segs.find((s) => s.title?.includes('知网'))!;
    expect(cnki.source).toBe('中国网信网');
    const masked = cnki.masked.map((m) => text.slice(m.start, m.end)).join('');
    expect(masked).toContain('来源：中国网信网');
  });

  it('does not turn 导读 or 关键词 blocks into items', () => {
    expect(segs.some((s) => itemText(text, s).includes('导读：'))).toBe(false);
    expect(segs.some((s) => itemText(text, s).includes('关键词：'))).toBe(false);
  });
});

describe('layouts the seeds do not show', () => {
  // A Markdown monthly: its masthead with the issue in brackets, a note on itself in a quote, and a
  // disclaimer after a rule at its end.
  it('reads no item in a monthly\'s masthead, its note on itself or its closing disclaimer', () => {
    const titles = titlesOf([
      '# 恒越数据合规月报（2024年6月刊）',
      '> 本刊由恒越律师事务所数据合规团队编写，仅供参考。',
      '## 一、立法动态',
      '### 1. 国家网信办发布《网络暴力信息治理规定》',
      '6月12日，国家互联网信息办公室等四部门联合公布《网络暴力信息治理规定》，自2024年8月1日起施行。',
      '---',
      '本月报不构成法律意见。如需咨询，请联系 data@hengyuelaw.cn。',
    ]);
    expect(titles).toEqual(['国家网信办发布《网络暴力信息治理规定》']);
  });

  it('masks an editor\'s note in brackets inside a paragraph', () => {
    const text = normalizeText("CAC finalises network data rules. On 30 July 2024, the Cyberspace Administration of China released a notice. (Editor's note: the State Council only adopted the Regulations on 30 August 2024.)");
    const [seg] = segmentText(text);
    expect(seg!.masked.map((m) => text.slice(m.start, m.end))).toEqual(["(Editor's note: the State Council only adopted the Regulations on 30 August 2024.)"]);
    expect(seg!.commentary).toBe("Editor's note: the State Council only adopted the Regulations on 30 August 2024.");
  });

  // A weekly's numbered paragraphs, each a dated development, then developments between rules.
  it('reads numbered dated paragraphs and paragraphs between rules as items of their own', () => {
    const text = normalizeText(
      [
        '本周监管动态',
        '1、国家网信办3月5日发布《网络数据安全管理条例（征求意见稿）》，向社会公开征求意见。',
        '2、工信部于3月6日通报了23款侵害用户权益的APP。',
        '———',
        '欧盟委员会3月8日对苹果公司处以18亿欧元罚款。',
        '* * *',
        '英国ICO于3月9日发布了儿童隐私保护指引。',
        '———',
        'Know someone who would find this useful? Forward this email.',
      ].join('\n\n'),
    );
    const segs = segmentText(text);
    expect(segs.map((s) => text.slice(s.span.start, s.span.end).slice(0, 8))).toEqual(['1、国家网信办3', '2、工信部于3月', '欧盟委员会3月8', '英国ICO于3月']);
    expect(segs[0]!.title).toBeNull();
    expect(segs[0]!.sectionPath).toEqual(['本周监管动态']);
  });

  it('keeps a notice\'s numbered list of apps in the notice', () => {
    const titles = titlesOf([
      '关于侵害用户权益行为的APP通报',
      '经检查，发现以下APP存在问题，现通报如下：',
      '1.《钱江生活》（版本号2.1.0），3月5日检测发现未经用户同意收集个人信息。',
      '2.《优鲜到家》（版本号5.6.0），3月6日检测发现超范围收集个人信息。',
    ]);
    expect(titles).toEqual(['关于侵害用户权益行为的APP通报']);
  });

  // A law firm's table of the month's new rules, as markdown and pasted with tabs: each row a development.
  it.each([
    ['markdown', (cells: string[]) => `| ${cells.join(' | ')} |`, ['| --- | --- | --- | --- |']],
    ['tabs', (cells: string[]) => cells.join('\t'), []],
  ])('reads each row of a table of new rules as an item (%s)', (_how, row, rule) => {
    const rows = [
      ['2024-03-22', '国家互联网信息办公室', '《促进和规范数据跨境流动规定》', '公布施行'],
      ['2024-03-08', '全国网络安全标准化技术委员会', '《网络安全技术 敏感个人信息处理安全要求（征求意见稿）》', '征求意见'],
    ];
    const text = normalizeText(['# 数据合规新规速览（2024年3月）', '', row(['发布日期', '发布机关', '文件名称', '状态']), ...rule, ...rows.map(row)].join('\n'));
    const segs = segmentText(text);
    expect(segs.map((s) => text.slice(s.span.start, s.span.end).match(/《[^》]+》/)?.[0])).toEqual(rows.map((r) => r[2]));
  });

  // A law firm's client alert: its headline, key takeaways, the development under `Background`, then
  // shorter ones with run-in headlines under a heading of their own.
  it('reads a client alert: the headline the takeaways interrupted, then run-in headlines', () => {
    const titles = titlesOf([
      'China Finalises Rules on Network Data Security Management',
      'Key Takeaways',
      '- The State Council promulgated the Regulations on September 30, 2024, effective January 1, 2025.',
      '- Violations can attract fines of up to RMB 10 million.',
      'Background',
      'On September 30, 2024, Premier Li Qiang signed State Council Decree No. 790, promulgating the Regulations on Network Data Security Management.',
      'Other developments',
      'CAC fines Zhihu. On October 5, 2024, the Beijing Municipal Cyberspace Administration imposed a fine of RMB 500,000 on Zhihu.',
      'MIIT issues draft guidelines. On September 27, 2024, the Ministry of Industry and Information Technology released draft guidelines for comment.',
    ]);
    expect(titles).toEqual(['China Finalises Rules on Network Data Security Management', 'CAC fines Zhihu', 'MIIT issues draft guidelines']);
  });

  // 金融监管总局's 行政处罚信息公开表 extracted from its two-column tables: one `label：value` block a case.
  it('reads each block of labelled fields as one decision', () => {
    const block = (n: string, party: string, fine: string, day: string) => [
      `${n}、`,
      `行政处罚决定书文号：金罚决字〔2024〕${day}号`,
      `被处罚当事人姓名或名称：${party}`,
      '主要违法违规行为：数据安全管理不到位',
      `行政处罚决定：罚款${fine}`,
      '作出处罚决定的机关名称：国家金融监督管理总局',
      `作出处罚决定的日期：2024年3月${day}日`,
    ];
    const text = normalizeText(['国家金融监督管理总局行政处罚信息公开表（2024年第3批）', '', ...block('一', '某银行股份有限公司', '420万元', '15'), '', ...block('二', '张某（时任某银行股份有限公司信息科技部总经理）', '10万元', '16')].join('\n'));
    const segs = segmentText(text);
    expect(segs.map((s) => text.slice(s.span.start, s.span.end).split('\n').map((l) => l.split('：')[0]))).toEqual([
      ['行政处罚决定书文号', '被处罚当事人姓名或名称', '主要违法违规行为', '行政处罚决定', '作出处罚决定的机关名称', '作出处罚决定的日期'],
      ['行政处罚决定书文号', '被处罚当事人姓名或名称', '主要违法违规行为', '行政处罚决定', '作出处罚决定的机关名称', '作出处罚决定的日期'],
    ]);
  });

  // A monthly without section headings: its masthead, then headlined items, then date-led ones.
  it('reads each development of a digest without sections, under a masthead and after a headlined item', () => {
    const segs = segmentText(
      normalizeText(
        [
          '网络安全和数据合规月刊',
          '第 13 期',
          '11 月 1 日，国家新闻出版署公布《关于防止未成年人沉迷网络游戏的通知》，规定了网络游戏用户账号实名制。',
          '11 月 6 日，中国互联网金融协会向各会员机构发布《关于增强个人信息保护意识依法开展业务的通知》。',
          '拉卡拉旗下考拉征信涉嫌侵犯公民个人信息犯罪',
          '11 月 20 日，据报道，江苏淮安警方依法打击了 7 家涉嫌侵犯公民个人信息犯罪的公司。',
          '11 月 25 日，据报道，北京警方一举破获非法数字货币交易所 BISS 的诈骗案。',
        ].join('\n\n'),
      ),
    );
    expect(segs.map((s) => s.title)).toEqual([null, null, '拉卡拉旗下考拉征信涉嫌侵犯公民个人信息犯罪', null]);
  });

  it('keeps a case with its facts and its judgment under one headline', () => {
    const titles = titlesOf([
      '案例一：被告人吴某某侵犯公民个人信息案',
      '2021年6月至2022年3月，被告人吴某某通过网络购买他人车辆定位等行踪轨迹信息，并加价出售。',
      '2022年10月18日，浙江省杭州市西湖区人民法院作出一审判决，以侵犯公民个人信息罪判处被告人吴某某有期徒刑三年六个月。',
    ]);
    expect(titles).toEqual(['案例一：被告人吴某某侵犯公民个人信息案']);
  });

  // 网安联's report opens with its editorial board and a disclaimer before the contents.
  it('reads the news after a disclaimer that stands before the first item', () => {
    const titles = titlesOf([
      '声明：本刊定位于网络与数据安全前沿动态梳理，侧重全面跟踪、及时掌握，如需针对特定领域或前沿动态进行深入研究，请与编辑部联系。',
      '### **1. 十四届全国人大常委会公布立法规划：包括网络犯罪防治法等**',
      '9月7日，十四届全国人大常委会公布立法规划，包含三类项目共130件法律草案。',
    ]);
    expect(titles).toEqual(['十四届全国人大常委会公布立法规划：包括网络犯罪防治法等']);
  });

  it('reads a single official notice as one titled item', () => {
    const text = normalizeText(
      '国家互联网信息办公室关于发布《数据出境安全评估申报指南（第二版）》的公告\n\n为指导和帮助数据处理者规范、有序申报数据出境安全评估，国家互联网信息办公室修订形成了《数据出境安全评估申报指南（第二版）》，现予发布。\n\n特此公告。\n\n国家互联网信息办公室\n\n2024年3月22日\n',
    );
    const segs = segmentText(text);
    expect(segs).toHaveLength(1);
    expect(segs[0]!.title).toBe('国家互联网信息办公室关于发布《数据出境安全评估申报指南（第二版）》的公告');
  });

  it('reads a notice with its document number and 一、二、三 points as one item titled by the notice, not the number', () => {
    const titles = titlesOf([
      '工业和信息化部办公厅关于开展2024年移动互联网应用程序个人信息保护专项行动的通知',
      '工信厅信管函〔2024〕56号',
      '各省、自治区、直辖市通信管理局，各相关企业：',
      '为深入贯彻《个人信息保护法》，工业和信息化部决定开展专项行动。现将有关事项通知如下：',
      '一、工作目标',
      '通过专项行动，督促企业落实个人信息保护主体责任。',
      '二、重点任务',
      '（一）规范APP个人信息收集行为。重点整治违规收集个人信息等问题。',
      '三、工作要求',
      '各通信管理局于2024年11月30日前将工作总结报送工业和信息化部。',
      '工业和信息化部办公厅\n2024年3月25日',
    ]);
    expect(titles).toEqual(['工业和信息化部办公厅关于开展2024年移动互联网应用程序个人信息保护专项行动的通知']);
  });

  it('titles a court case by its headline, not by the case number under it', () => {
    const text = normalizeText(
      '**北京互联网法院审结一起个人信息保护纠纷案**\n\n（2023）京0491民初12345号\n\n2023年9月14日，北京互联网法院对原告王某诉被告某科技公司个人信息保护纠纷一案作出一审判决。\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual(['北京互联网法院审结一起个人信息保护纠纷案']);
  });

  it('skips a 【导读】 of bulleted headlines and its summary line, and the authors\' biographies', () => {
    const text = normalizeText(
      [
        '【导读】',
        '◆ 两部门公布《人脸识别技术应用安全管理办法》，6月1日起施行',
        '◆ 域外：英国ICO对软件服务商处以307万英镑罚款',
        '本期共收录动态9条，其中监管速递3条、域外视野2条。', '',
        '▌监管速递', '',
        '01｜两部门公布《人脸识别技术应用安全管理办法》',
        '3月21日，国家互联网信息办公室、公安部联合公布《人脸识别技术应用安全管理办法》，自2025年6月1日起施行。', '',
        '—— 本期完 ——', '',
        '作者简介',
        '王某某，君衡律师事务所合伙人，主要执业领域为数据合规、网络安全与个人信息保护。',
        '李某某，君衡律师事务所律师。',
      ].join('\n'),
    );
    expect(segmentText(text).map((s) => s.title)).toEqual(['两部门公布《人脸识别技术应用安全管理办法》']);
  });

  it('keeps the attachments a notice prints after its foot (the draft, its 起草说明) inside the notice', () => {
    const text = normalizeText(
      [
        '公安部关于《网络安全事件应急处置管理规定（征求意见稿）》公开征求意见的公告', '',
        '我部起草了《网络安全事件应急处置管理规定（征求意见稿）》，现向社会公开征求意见。意见反馈截止日期为2024年12月8日。', '',
        '附件：1.网络安全事件应急处置管理规定（征求意见稿）',
        '2.关于《网络安全事件应急处置管理规定（征求意见稿）》的起草说明', '',
        '公安部', '二〇二四年十一月八日', '',
        '附件1', '', '网络安全事件应急处置管理规定', '（征求意见稿）', '',
        '第一章 总 则', '', '第一条 为了规范网络安全事件应急处置工作，制定本规定。', '',
        '第五章 法律责任', '', '第二十五条 网络运营者未按照本规定报告网络安全事件的，依照《中华人民共和国网络安全法》第五十九条的规定处罚。', '',
        '附件2', '', '关于《网络安全事件应急处置管理规定（征求意见稿）》的起草说明', '',
        '《网络安全法》第二十五条要求网络运营者制定网络安全事件应急预案。', '',
        '相关链接：国务院 国家互联网信息办公室 工业和信息化部',
      ].join('\n'),
    );
    const segs = segmentText(text);
    expect(segs).toHaveLength(1);
    expect(itemText(text, segs[0]!)).toMatch(/制定网络安全事件应急预案。$/);
  });

  it('keeps a notice\'s attachment line and table of apps inside the notice', () => {
    const text = normalizeText(
      '工业和信息化部关于侵害用户权益行为的APP通报（2023年第6批）\n\n工业和信息化部近期组织第三方检测机构对手机应用软件进行检查。截至目前，尚有28款APP未完成整改，现予以通报。\n\n附件：存在问题的APP名单\n\n序号\tAPP名称\t应用开发者\t所涉问题\n1\t掌上爱车\t北京驰行网络科技有限公司\t违规收集个人信息；\n\u3000\t\u3000\t\u3000\t超范围收集个人信息\n2\t萌宠日记\t成都萌趣科技有限公司\tAPP频繁自启动和关联启动\n……（共28款，详见附件）\n',
    );
    const segs = segmentText(text);
    expect(segs).toHaveLength(1);
    expect(itemText(text, segs[0]!)).toMatch(/共28款，详见附件）$/);
  });

  it('keeps the numbered points a notice announces with 如下： inside it, but not dated cases', () => {
    const notice = normalizeText(
      '关于21款App违法违规收集使用个人信息情况的通报\n\n经检测，发现21款App存在违法违规收集使用个人信息问题，现将有关情况通报如下：\n\n一、未经用户同意收集使用个人信息\n《悦动健身》（版本号4.1.3）、《学霸课堂》（版本号1.9.2）等2款App。\n\n二、违反必要原则，收集与其提供的服务无关的个人信息\n《佛山公交》（版本号3.0.5）等1款App。\n\n请上述App运营者于2023年11月23日前完成整改。\n',
    );
    expect(segmentText(notice)).toHaveLength(1);
    const cases = normalizeText(
      '上海市网信办公布网信执法工作情况\n\n上海市网信办依法查处了一批违法违规案件。现将部分典型案例公布如下：\n\n一、某生活服务平台违法处理个人信息案\n11月3日，上海市网信办对某网络科技有限公司作出行政处罚决定。\n\n二、某短视频平台信息内容管理主体责任缺失案\n11月9日，上海市网信办约谈某短视频平台主要负责人。\n',
    );
    expect(segmentText(cases)).toHaveLength(2);
  });

  it('keeps the signature and date at a notice\'s foot in the notice, but not in the last case of a release', () => {
    const notice = normalizeText(
      '关于21款App违法违规收集使用个人信息情况的通报\n\n请上述App运营者于2023年11月23日前完成整改。\n\n特此通报。\n\n广东省互联网信息办公室\n二〇二三年十一月八日\n\n【关闭窗口】\n',
    );
    const [one] = segmentText(notice);
    expect(itemText(notice, one!)).toMatch(/广东省互联网信息办公室\n二〇二三年十一月八日$/);
    const release = normalizeText(
      '上海市网信办公布网信执法工作情况\n\n一、某生活服务平台违法处理个人信息案\n11月3日，上海市网信办对某网络科技有限公司作出行政处罚决定。\n\n二、依法处置违法违规网站平台\n11月28日，上海市网信办依法关闭违法违规网站127家。\n\n上海市互联网信息办公室\n2023年12月5日\n',
    );
    const segs = segmentText(release);
    expect(itemText(release, segs[segs.length - 1]!)).toMatch(/关闭违法违规网站127家。$/);
  });

  it('titles a court case by its name, not by the subtitle under it or its 【基本案情】 labels', () => {
    const text = normalizeText(
      '案例一\n被告人吴某某侵犯公民个人信息案\n——非法获取、出售公民行踪轨迹信息\n\n【基本案情】\n2021年6月至2022年3月，被告人吴某某通过网络购买他人车辆定位信息。\n\n【裁判结果】\n杭州市西湖区人民法院于2022年10月18日作出一审判决。\n\n案例二\n被告人刘某侵犯公民个人信息案\n——非法提供人脸识别数据\n\n【基本案情】\n2022年5月至11月，被告人刘某非法获取并出售人脸照片。\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual(['被告人吴某某侵犯公民个人信息案', '被告人刘某侵犯公民个人信息案']);
  });

  it('reads a procuratorate\'s case (案例一 / name / 【关键词】 / keywords) by its name and masks the keywords', () => {
    const text = normalizeText(
      '案例一\n浙江省温州市某区人民检察院督促整治快递面单信息泄露行政公益诉讼案\n【关键词】\n行政公益诉讼　快递面单　个人信息保护　诉前检察建议\n【基本案情】\n2022年下半年以来，温州市某区多家快递网点随意丢弃快递面单。\n【检察机关履职过程】\n2023年4月，温州市某区人民检察院依法立案调查。\n\n案例二\n刘某某侵犯公民个人信息刑事附带民事公益诉讼案\n【关键词】\n刑事附带民事公益诉讼　公益损害赔偿金\n【基本案情】\n2021年3月至2022年9月，被告人刘某某出售公司客户信息4.6万余条。\n',
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual(['浙江省温州市某区人民检察院督促整治快递面单信息泄露行政公益诉讼案', '刘某某侵犯公民个人信息刑事附带民事公益诉讼案']);
    expect(segs[0]!.masked.map((m) => text.slice(m.start, m.end))).toEqual(['【关键词】', '行政公益诉讼 快递面单 个人信息保护 诉前检察建议']);
  });

  it('makes a case\'s dated second-instance ruling an item of its own, from the appeal on', () => {
    const text = normalizeText(
      '案例一\n被告人吴某某侵犯公民个人信息案\n【裁判结果】\n浙江省杭州市西湖区人民法院于2022年10月18日作出一审判决，判处被告人吴某某有期徒刑三年六个月，并处罚金人民币七万元。宣判后，吴某某提出上诉。杭州市中级人民法院于2022年12月30日作出二审裁定，驳回上诉，维持原判。\n【典型意义】\n本案被告人出售行踪轨迹信息1,120余条。\n\n案例二\n某网络公司诉上海市某区互联网信息办公室行政处罚案\n▍裁判结果\n2024年1月22日，浦东法院作出一审判决，判决驳回原告的诉讼请求。原告不服提起上诉，2024年5月10日，上海市第一中级人民法院二审判决驳回上诉，维持原判。\n\n案例三\n被告人王某侵犯公民个人信息案\n【裁判结果】\n2023年4月12日，南山区人民法院作出判决。宣判后，各被告人均未上诉，判决已发生法律效力。\n',
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual(['被告人吴某某侵犯公民个人信息案', null, '某网络公司诉上海市某区互联网信息办公室行政处罚案', null, '被告人王某侵犯公民个人信息案']);
    expect(itemText(text, segs[0]!)).toMatch(/并处罚金人民币七万元。$/);
    expect(itemText(text, segs[1]!)).toMatch(/^宣判后，吴某某提出上诉。杭州市中级人民法院于2022年12月30日[\s\S]*1,120余条。$/);
    expect(itemText(text, segs[3]!)).toMatch(/^原告不服提起上诉，2024年5月10日/);
  });

  it('makes a dated fine a lawsuit recounts an item of its own, masked from the case', () => {
    const text = normalizeText(
      '案例三\n江苏省南京市人民检察院诉某科技公司违法处理儿童个人信息民事公益诉讼案\n【基本案情】\n某科技公司运营的一款儿童学习类App在未取得监护人同意的情况下收集儿童个人信息。2023年3月，南京市互联网信息办公室依据《中华人民共和国个人信息保护法》第六十六条第一款规定，对该公司作出责令改正、给予警告，并处罚款人民币二十万元的行政处罚。\n【检察机关履职过程】\n2024年2月28日，南京市中级人民法院作出判决，判令该公司删除违法收集的个人信息。\n\n案例四\n被告人王某侵犯公民个人信息案\n【基本案情】\n2023年3月，某区公安分局对王某所在公司罚款人民币5万元。2023年9月，某区人民法院判处王某有期徒刑一年。\n',
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual(['江苏省南京市人民检察院诉某科技公司违法处理儿童个人信息民事公益诉讼案', null, '被告人王某侵犯公民个人信息案']);
    expect(itemText(text, segs[1]!)).toMatch(/^2023年3月，南京市互联网信息办公室[^\n]*行政处罚。$/);
    expect(segs[0]!.masked.map((m) => text.slice(m.start, m.end))).toEqual([itemText(text, segs[1]!)]);
    expect(itemText(text, segs[0]!)).toMatch(/删除违法收集的个人信息。$/);
  });

  it('reads a short line after a case part label as the start of its paragraph, not a headline', () => {
    const text = normalizeText(
      '案例一\n某科技公司诉某数据公司不正当竞争纠纷案\n▍裁判结果\n2023年11月28日，浦东法院作出一审判决，判令被告赔偿原告经济损失。\n▍典型意义\n本案明确了平台经\n营者对其投入大量资源收集、整理的数据享有竞争性权益。\n',
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual(['某科技公司诉某数据公司不正当竞争纠纷案']);
    expect(itemText(text, segs[0]!)).toMatch(/享有竞争性权益。$/);
  });

  it('reads ▍基本案情 / ▍裁判结果 as labels inside a court case, not as headlines', () => {
    const text = normalizeText(
      '案例二\n刘某诉某物业公司个人信息保护纠纷案\n▍基本案情\n某物业公司以“不录入人脸不发门禁卡”为由，强制要求业主录入人脸信息。\n▍裁判结果\n2024年3月15日，浦东法院作出判决，判令被告删除刘某的人脸信息。\n▍典型意义\n物业服务企业不得将人脸识别作为出入小区的唯一验证方式。\n\n案例三\n某网络公司诉上海市某区互联网信息办公室行政处罚案\n▍基本案情\n某网络公司运营的一款求职App在用户注销账号后仍保留其简历信息。\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual(['刘某诉某物业公司个人信息保护纠纷案', '某网络公司诉上海市某区互联网信息办公室行政处罚案']);
  });

  it('masks a release\'s closing words instead of reading them as its last case', () => {
    const text = normalizeText(
      '【案例七】盐城某中学未履行等级保护义务案\n1月4日，盐城市公安局亭湖分局依据《中华人民共和国网络安全法》第二十一条之规定，对该单位予以警告。\n\n江苏公安网安部门提醒：各网络运营者要认真落实《网络安全法》《数据安全法》等法律法规规定。\n',
    );
    const [seg] = segmentText(text);
    expect(seg!.masked).toHaveLength(1);
    expect(text.slice(seg!.masked[0]!.start, seg!.masked[0]!.end)).toMatch(/^江苏公安网安部门提醒：/);
  });

  it('does not make an item of the introduction of a document that is one release of cases', () => {
    const text = normalizeText(
      '江苏公安网安部门公布2023年度网络安全行政执法典型案例\n\n2023年，全省公安机关网安部门全年共查处网络安全违法案件3100余起，罚款共计1536万元。现公布一批典型案例。\n\n【案例一】无锡某信息科技公司未履行网络安全等级保护义务案\n2023年3月，无锡市公安局梁溪分局对该公司处以警告并处罚款人民币伍万元。\n\n【案例二】南京某医疗科技公司未履行数据安全保护义务案\n2023年5月，南京市公安局鼓楼分局对该公司处罚款人民币拾万元。\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual([
      '【案例一】无锡某信息科技公司未履行网络安全等级保护义务案',
      '【案例二】南京某医疗科技公司未履行数据安全保护义务案',
    ]);
  });

  it('starts an item at each paragraph that opens with a bracketed headline', () => {
    const text = normalizeText(
      '02 执法动态\n\n【天津网信办处罚一家数据泄露企业】12月14日，天津市互联网信息办公室对某科技公司处以罚款人民币10万元。\n\n【重庆公安查处人脸信息案】12月20日，重庆市公安局江北区分局处罚款五万元。\n\n【裁判结果】宿迁市宿城区人民法院于2023年6月9日作出判决。\n',
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual(['天津网信办处罚一家数据泄露企业', '重庆公安查处人脸信息案']);
    expect(segs[0]!.sectionPath).toEqual(['02 执法动态']);
    expect(itemText(text, segs[1]!)).toMatch(/^【重庆公安查处人脸信息案】12月20日/);
  });

  it('keeps a table laid out with runs of spaces inside its notice, signature and date included', () => {
    const text = normalizeText(
      '关于侵害用户权益行为的APP通报（2024年第1批）\n\n江苏省通信管理局近期组织检查，发现12款APP存在侵害用户权益行为，现予以通报。上述APP应于2月5日前完成整改。\n\n序号  应用名称  应用开发者  所涉问题\n1  掌上公交  南京某科技有限公司  违规收集个人信息\n2  苏e行  苏州某网络有限公司  超范围收集个人信息\n\n江苏省通信管理局\n2024年1月22日\n',
    );
    const segs = segmentText(text);
    expect(segs).toHaveLength(1);
    expect(itemText(text, segs[0]!)).toMatch(/2024年1月22日$/);
  });

  it('keeps a numbered list of apps the notice opened with ： inside it', () => {
    const text = normalizeText(
      '关于下架15款违法违规App的通报\n\n近期，浙江省互联网信息办公室组织对省内App开展检测，发现以下App存在违法违规收集使用个人信息问题：\n1.《钱江生活》（版本号2.1.0），未经用户同意收集个人信息\n2.《西湖书城》（版本号1.3.5），违反必要原则收集个人信息\n3.《之江出行》（版本号4.0.2），未提供注销账号功能\n\n依据《中华人民共和国个人信息保护法》第六十四条，我办已通知应用商店对上述App予以下架。\n',
    );
    const segs = segmentText(text);
    expect(segs).toHaveLength(1);
    expect(itemText(text, segs[0]!)).toMatch(/予以下架。$/);
  });

  it('reads 案例一：<case name> alone on its line as the case\'s headline, its dated paragraphs inside it', () => {
    const text = normalizeText(
      '检察机关依法惩治侵犯公民个人信息犯罪典型案例\n\n案例一：被告人吴某某侵犯公民个人信息案\n【基本案情】\n2021年6月至2022年3月，被告人吴某某通过网络购买他人车辆定位信息。\n【裁判结果】\n2022年10月18日，浙江省杭州市西湖区人民法院判处被告人吴某某有期徒刑三年六个月。\n\n案例二：被告人刘某侵犯公民个人信息案\n【基本案情】\n2022年5月至11月，被告人刘某非法获取并出售人脸照片。\n【裁判结果】\n2023年9月14日，上海市浦东新区人民法院判处被告人刘某有期徒刑三年三个月。\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual(['案例一：被告人吴某某侵犯公民个人信息案', '案例二：被告人刘某侵犯公民个人信息案']);
  });

  it('reads （一）… over its own paragraph as the item\'s headline, not a group', () => {
    const text = normalizeText(
      '一、立法动态\n\n（一）国家网信办发布《网络安全事件报告管理办法（征求意见稿）》\n12月8日，国家互联网信息办公室发布《网络安全事件报告管理办法（征求意见稿）》。\n\n（二）国家数据局等部门印发《“数据要素×”三年行动计划（2024—2026年）》\n12月31日，国家数据局会同中央网信办等部门联合印发该计划。\n近日，多地数据局亦出台配套措施。\n',
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual([
      '国家网信办发布《网络安全事件报告管理办法（征求意见稿）》',
      '国家数据局等部门印发《“数据要素×”三年行动计划（2024—2026年）》',
    ]);
    expect(segs.map((s) => s.sectionPath)).toEqual([['立法动态'], ['立法动态']]);
  });

  it('splits numbered date-led paragraphs (1、12月8日，… / （2）12月20日，…) into items', () => {
    const text = normalizeText(
      '一、立法动态\n\n1、12月8日，国家互联网信息办公室发布《网络安全事件报告管理办法（征求意见稿）》。\n\n2、12月15日，全国信息安全标准化技术委员会秘书处发布《敏感个人信息识别指南（征求意见稿）》。\n\n二、执法动态\n\n（1）12月14日，天津市互联网信息办公室对某科技公司处以罚款人民币10万元。\n（2）12月20日，重庆市公安局江北区分局对某汽车销售公司处罚款人民币五万元。\n',
    );
    expect(segmentText(text)).toHaveLength(4);
  });

  it('ends a 导读 block at the first headline with a paragraph of its own', () => {
    const text = normalizeText(
      '导读\n本期关注国家网信办网络安全事件报告新规及天津网信办数据泄露处罚案。\n\n1. 国家网信办就《网络安全事件报告管理办法（征求意见稿）》公开征求意见\n12月8日，国家互联网信息办公室发布《网络安全事件报告管理办法（征求意见稿）》。\n\n2. 天津网信办对某科技公司作出行政处罚\n12月14日，天津市互联网信息办公室对某科技公司处以罚款人民币10万元。\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual([
      '国家网信办就《网络安全事件报告管理办法（征求意见稿）》公开征求意见',
      '天津网信办对某科技公司作出行政处罚',
    ]);
  });

  it('keeps a signature and date written on one line at a notice\'s foot', () => {
    const text = normalizeText('关于21款App违法违规收集使用个人信息情况的通报\n\n请上述App运营者于2023年11月23日前完成整改。\n\n特此通报。\n\n广东省互联网信息办公室          2023年11月8日\n');
    const segs = segmentText(text);
    expect(segs).toHaveLength(1);
    expect(itemText(text, segs[0]!)).toMatch(/2023年11月8日$/);
  });

  it('keeps a first item that holds a notice\'s list of points, even before several items', () => {
    const text = normalizeText(
      '关于开展App个人信息保护专项整治的通知\n\n各有关单位：现将有关事项通知如下：\n\n一、加强App个人信息保护监测\n近期各地要组织对本地App开展检测。\n\n二、督促企业限期整改\n对发现问题的App，应督促企业限期整改。\n\n【案例一】无锡某信息科技公司未履行网络安全等级保护义务案\n2023年3月，无锡市公安局梁溪分局对该公司处以警告。\n\n【案例二】南京某医疗科技公司未履行数据安全保护义务案\n2023年5月，南京市公安局鼓楼分局对该公司处罚款人民币拾万元。\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual([
      '关于开展App个人信息保护专项整治的通知',
      '【案例一】无锡某信息科技公司未履行网络安全等级保护义务案',
      '【案例二】南京某医疗科技公司未履行数据安全保护义务案',
    ]);
  });

  it('reads an English-only digest as one item per headline', () => {
    const text = normalizeText(
      '## Enforcement\n\n### CNIL fines Google EUR 150 million over cookies\n\nOn 6 January 2022, the CNIL fined Google LLC and Google Ireland a total of EUR 150 million.\n\n### ICO fines TikTok GBP 12.7 million\n\nOn 4 April 2023, the ICO issued a fine of GBP 12.7 million to TikTok.\n\nIt found that TikTok had processed children\'s data without consent.\n',
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual([
      'CNIL fines Google EUR 150 million over cookies',
      'ICO fines TikTok GBP 12.7 million',
    ]);
    expect(segs[1]!.body).toHaveLength(2);
    expect(segs[1]!.bodyEn).toHaveLength(0);
  });

  it('keeps English headlines that start with a symbol apart, instead of pairing them as translations', () => {
    const text = normalizeText(
      '■ Italy – Garante fines OpenAI EUR 15 million over ChatGPT\n\nOn 20 December 2024 the Garante fined OpenAI EUR 15 million.\n\n■ Ireland – DPC fines Meta EUR 251 million\n\nOn 17/12/2024 the Irish DPC announced final decisions imposing fines on Meta.\n',
    );
    const segs = segmentText(text);
    expect(segs).toHaveLength(2);
    expect(segs.every((s) => s.bodyEn.length === 0)).toBe(true);
  });

  it('does not take an English headline as the translation of an untitled English paragraph', () => {
    const text = normalizeText(
      'On 3 August the CAC published draft Measures on compliance audits.\n\nMIIT orders removal of 8 apps\n\nThe Ministry of Industry and Information Technology announced on 29 August that it had ordered 8 apps taken down.\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual([null, 'MIIT orders removal of 8 apps']);
  });

  it('reads capitalised English section names as sections and skips an introduction and a commentary section', () => {
    const text = normalizeText(
      [
        'China Data & Cyber Monthly – September 2023', '', '10 October 2023', '',
        'Welcome to the September 2023 edition of our China Data & Cyber Monthly. September was a busy month.', '',
        'Key contacts: Jane Whitfield (Partner, Shanghai)', '',
        'ENFORCEMENT', '',
        '5.  Shanghai police fine company for failing to protect data', '',
        'On 19 September, the Shanghai Municipal Public Security Bureau fined a company CNY 500,000.', '',
        'Our take: enforcement of the Data Security Law is picking up.', '',
        'LOOKING AHEAD', '',
        'We expect the final version of the cross-border rules before the end of the year.',
      ].join('\n'),
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual(['Shanghai police fine company for failing to protect data']);
    expect(segs[0]!.sectionPath).toEqual(['ENFORCEMENT']);
    expect(segs[0]!.commentary).toMatch(/^Our take:/);
  });

  it('makes each data row of a text table an item', () => {
    const text = normalizeText(
      [
        'THE LARGEST GDPR FINES TO DATE (as at 31/12/2024)', '',
        'Infringements of the basic principles can be fined up to €20 million.', '',
        'Date        | DPA            | Country     | Fine (EUR)     | Provisions',
        '------------+----------------+-------------+----------------+----------------',
        '22/05/2023  | Irish DPC      | Ireland     | 1.200.000.000  | Art. 46(1) GDPR',
        '16/07/2021  | CNPD           | Luxembourg  |   746.000.000  | Art. 6 GDPR',
        '10/02/2022  | Garante        | Italy       |    20.000.000  | Art. 5(1)(a) GDPR, Art. 6 GDPR',
      ].join('\n'),
    );
    const segs = segmentText(text);
    expect(segs.map((s) => text.slice(s.span.start, s.span.end).slice(0, 10))).toEqual(['THE LARGES', '22/05/2023', '16/07/2021', '10/02/2022']);
  });

  it('makes each numbered row of a tab-separated table of penalty decisions an item, across a page break', () => {
    const text = normalizeText(
      [
        '中国人民银行广东省分行行政处罚信息公示表（2025年第1期）', '',
        '序号\t当事人名称（姓名）\t行政处罚决定书文号\t违法行为类型\t行政处罚内容\t作出行政处罚决定机关名称\t作出行政处罚决定日期',
        '1\t广州某某银行股份有限公司\t广东银罚决字〔2024〕31号\t1.违反账户管理规定；',
        '2.违反信用信息采集、提供、查询及相关管理规定\t警告，罚款215.5万元\t中国人民银行广东省分行\t2024年12月20日',
        '2\t陈某某\t广东银罚决字〔2024〕32号\t对单位第1项违法行为负有责任\t罚款5.5万元\t中国人民银行广东省分行\t2024年12月20日', '',
        '第 1 页 共 2 页', '',
        '中国人民银行广东省分行行政处罚信息公示表（2025年第1期）',
        '3\t张某某\t汕头银罚决字〔2025〕2号\t违反人民币流通管理规定\t警告\t中国人民银行汕头市分行\t2025年1月6日', '',
        '注：本期共公示行政处罚案件3件，罚没金额合计约221万元。',
      ].join('\n'),
    );
    const segs = segmentText(text);
    expect(segs.map((s) => itemText(text, s).slice(0, 4))).toEqual(['1\t广州', '2\t陈某', '3\t张某']);
    expect(itemText(text, segs[0]!)).toMatch(/2024年12月20日$/);
    expect(segs[2]!.commentary).toMatch(/^注：本期共公示/);
  });

  it('makes each numbered row of a penalty table laid out with runs of spaces an item', () => {
    const text = normalizeText(
      [
        '国家金融监督管理总局温州监管分局行政处罚信息公开表', '',
        '序号  当事人名称  主要违法违规行为  行政处罚内容  作出决定机关',
        '1  某农村商业银行  数据安全管理不到位  罚款60万元  国家金融监督管理总局温州监管分局',
        '2  张某  对上述违法行为负有直接责任  警告并罚款5万元  国家金融监督管理总局温州监管分局',
      ].join('\n'),
    );
    expect(segmentText(text).map((s) => itemText(text, s).slice(0, 6))).toEqual(['1  某农村', '2  张某 ']);
  });

  it('keeps a tab-separated table of apps (no penalty columns) inside its notice', () => {
    const text = normalizeText(
      '关于侵害用户权益行为APP的通报\n\n上海市通信管理局发现17款APP存在问题，现予以通报。\n\n序号\tAPP名称\t应用开发者\t所涉问题\n1\t掌上爱车\t北京驰行网络科技有限公司\t违规收集个人信息\n2\t萌宠日记\t成都萌趣科技有限公司\tAPP频繁自启动和关联启动\n',
    );
    expect(segmentText(text)).toHaveLength(1);
  });

  it('reads a listing entry (headline, meta line, summary) as one item, a company suffix ending the headline', () => {
    const text = normalizeText(
      [
        'Breach of the Protection Obligation by Marina Bay Dental Group',
        '  Decision  |  Protection  |  12 Oct 2023',
        '  A financial penalty of $58,000 was imposed on Marina Bay Dental Group.',
        '',
        'Undertaking by Pelangi Fitness Pte. Ltd.',
        '  Undertaking  |  Protection  |  5 Sep 2023',
        '  The PDPC accepted an undertaking from Pelangi Fitness Pte. Ltd.',
      ].join('\n'),
    );
    expect(segmentText(text).map((s) => s.title)).toEqual([
      'Breach of the Protection Obligation by Marina Bay Dental Group',
      'Undertaking by Pelangi Fitness Pte. Ltd.',
    ]);
  });

  it('reads a news article page as one item under its headline: byline, editor and links are page furniture', () => {
    const text = normalizeText(
      [
        '当前位置：首页 > 专题 > 正文',
        '国家网信办对某知识平台依法作出行政处罚',
        '时间：2023-09-08 13:09:29 来源：光明网',
        '光明日报北京9月6日电（记者张明）国家互联网信息办公室6日发布通报称，依法对某知识平台涉嫌违法处理个人信息行为进行立案调查。',
        '经查实，该平台存在违反必要原则收集个人信息等违法行为。9月1日，国家互联网信息办公室对其作出行政处罚决定，并处人民币5000万元罚款。',
        '（责任编辑：赵丽）',
        '相关阅读：',
        '上一篇：工信部启动APP侵害用户权益专项整治',
        '下一篇：多地公安机关破获侵犯公民个人信息案',
        '分享到：微信 微博 QQ空间',
        '2023年02月03日 15:19   来源：人民网-人民日报海外版',
      ].join('\n\n'),
    );
    const items = segmentText(text);
    expect(items.map((s) => s.title)).toEqual(['国家网信办对某知识平台依法作出行政处罚']);
    expect(text.slice(items[0]!.span.start, items[0]!.span.end)).toMatch(/5000万元罚款。$/);
  });

  it('reads a regulator\'s notice page as one item under its title: menus, print buttons, QR prompt and site footer are furniture', () => {
    const text = normalizeText(
      [
        '网站首页 | 权威发布 | 政策法规 | 网络安全 | 数据治理',
        '首页 > 权威发布 > 政策法规',
        '国家互联网信息办公室关于《规范和促进数据跨境流动规定（征求意见稿）》公开征求意见的通知',
        '2023年09月28日 17:56 来源： 中国网信网',
        '【打印】 【纠错】',
        '扫一扫在手机打开当前页',
        '为保障国家数据安全，国家互联网信息办公室起草了《规范和促进数据跨境流动规定（征求意见稿）》，现向社会公开征求意见。',
        '意见反馈截止时间为2023年10月15日。',
        '国家互联网信息办公室\n2023年9月28日',
        '【打印】 【关闭】',
        '主办单位：中共中央网络安全和信息化委员会办公室',
        '版权所有：中国网信网 京ICP备14042428号 京公网安备11010202000001号',
        '网站标识码bm67000002 技术支持：国家计算机网络与信息安全管理中心',
      ].join('\n\n'),
    );
    const items = segmentText(text);
    expect(items.map((s) => s.title)).toEqual(['国家互联网信息办公室关于《规范和促进数据跨境流动规定（征求意见稿）》公开征求意见的通知']);
    expect(text.slice(items[0]!.span.start, items[0]!.span.end)).toMatch(/2023年9月28日$/);
  });

  it('reads a digest\'s ◆ headlines, numbered `headline：date，…` paragraphs and `• headline – text` bullets as items', () => {
    const text = normalizeText(
      [
        '数据合规周报（2024年第10期）',
        '一、立法动态',
        '◆ 国家网信办发布《个人信息出境认证办法（征求意见稿）》',
        '3月1日，国家互联网信息办公室发布《个人信息出境认证办法（征求意见稿）》，截止日期为2024年3月31日。',
        '二、执法动态',
        '1. 上海网信办查处一起数据泄露案：3月5日，上海市网信办依据《数据安全法》第四十五条第一款作出罚款5万元的行政处罚。',
        '2. 广东通信管理局通报18款APP：3月6日，广东省通信管理局通报18款APP，要求于3月13日前完成整改。',
        '3. 适用范围：本办法适用于境内个人信息处理者。',
        '三、海外动态',
        '• EDPB adopts opinion on "consent or pay" models – On 17 March 2024 the European Data Protection Board adopted an opinion.',
        '• ICO fines firm £7.5m – On 18 March 2024 the UK Information Commissioner\'s Office fined a firm £7.5 million.',
        'Source: https://example.com/weekly/10',
      ].join('\n\n'),
    );
    const items = segmentText(text);
    expect(items.map((s) => [s.title, s.sectionPath.at(-1)])).toEqual([
      ['国家网信办发布《个人信息出境认证办法（征求意见稿）》', '立法动态'],
      ['上海网信办查处一起数据泄露案', '执法动态'],
      // A numbered clause without a date after its colon is text of the item, not a headline.
      ['广东通信管理局通报18款APP', '执法动态'],
      ['EDPB adopts opinion on "consent or pay" models', '海外动态'],
      ['ICO fines firm £7.5m', '海外动态'],
    ]);
    for (const s of items) expect(text.slice(s.titleSpan!.start, s.titleSpan!.end)).toBe(s.title);
  });

  it('reads a law firm\'s note on one new rule as one item: its background, reading and advice sections are its commentary', () => {
    const text = normalizeText(
      [
        '《个人信息出境认证办法》正式发布：要点解读与合规建议',
        '2025年10月14日，国家互联网信息办公室、国家市场监督管理总局联合发布《个人信息出境认证办法》，自2026年1月1日起施行。',
        '一、出台背景',
        '2022年以来，我国已建立起数据出境安全评估、个人信息出境标准合同和个人信息保护认证三条路径。',
        '二、主要内容',
        '（一）适用范围',
        '《认证办法》适用于个人信息处理者通过认证方式向境外提供个人信息的活动。',
        '（二）认证机构',
        '从事个人信息出境认证的专业机构应当依法取得认证机构资质。',
        '三、合规建议',
        '企业应当梳理个人信息出境场景，评估选择合适的出境路径。',
        '四、其他动态',
        '10月15日，工业和信息化部印发《工业和信息化领域数据安全风险评估实施细则》。',
      ].join('\n\n'),
    );
    const items = segmentText(text);
    expect(items.map((s) => s.title)).toEqual(['《个人信息出境认证办法》正式发布：要点解读与合规建议', null]);
    expect(items[0]!.commentary).toMatch(/^2022年以来[\s\S]*评估选择合适的出境路径。$/);
    expect(items[1]!.sectionPath).toEqual(['其他动态']);
  });

  it('reads a PDF report\'s numbered chapters (2 Legislation and rule-making) as sections and its 2.1 numbers off its headlines', () => {
    const titles = titlesOf([
      '2 Legislation and rule-making',
      '2.1 SPC and SPP interpretation on telecom and online fraud\nOn 19 June 2024, the Supreme People\'s Court and the Supreme People\'s Procuratorate jointly issued a judicial interpretation.',
      '3 Enforcement',
      '3.1 MIIT names 30 apps for infringing user rights\nOn 6 June 2024, the MIIT named 30 apps.',
    ]);
    expect(titles).toEqual(['SPC and SPP interpretation on telecom and online fraud', 'MIIT names 30 apps for infringing user rights']);
    const segs = segmentText(normalizeText('2 Legislation and rule-making\n\n2.1 SPC and SPP interpretation\nOn 19 June 2024, the SPC issued a judicial interpretation.\n'));
    expect(segs.map((s) => s.sectionPath)).toEqual([['2 Legislation and rule-making']]);
  });

  it('keeps the rows of a notice\'s markdown table of apps inside the notice; rows of a table of fines are items', () => {
    const apps = titlesOf([
      '# 关于侵害用户权益行为的APP通报（2024年第2批）',
      '3月8日，广东省通信管理局通报5款存在侵害用户权益行为的APP。',
      '| 序号 | 应用名称 | 应用开发者 | 所涉问题 |\n| --- | --- | --- | --- |\n| 1 | 掌上公交 | 广州某科技有限公司 | 违规收集个人信息 |\n| 2 | 快乐学习 | 深圳某网络有限公司 | 超范围收集个人信息 |',
    ]);
    expect(apps).toEqual(['关于侵害用户权益行为的APP通报（2024年第2批）']);
    const fines = segmentText(normalizeText('# GDPR fines\n\nThe largest fines of the quarter:\n\n| Date | Authority | Company | Fine (EUR) |\n| --- | --- | --- | --- |\n| 22/05/2023 | Irish DPC | Meta | 1.200.000.000 |\n| 08/02/2024 | Garante | Enel | 79.107.101 |\n'));
    expect(fines).toHaveLength(3);
  });

  it('keeps a bare 来源：… line under an item as its source, not as the next headline', () => {
    const text = normalizeText(
      [
        '【立法动态】',
        '1. 国家网信办发布《个人信息出境认证办法（征求意见稿）》',
        '1月3日，国家互联网信息办公室发布《个人信息出境认证办法（征求意见稿）》，向社会公开征求意见。',
        '来源：网信中国',
        '2. 工信部印发《工业领域数据安全能力提升实施方案》',
        '1月6日，工业和信息化部印发《工业领域数据安全能力提升实施方案（2024—2026年）》。',
        '来源：工信微报',
      ].join('\n\n'),
    );
    const items = segmentText(text);
    expect(items.map((s) => [s.title, s.source])).toEqual([
      ['国家网信办发布《个人信息出境认证办法（征求意见稿）》', '网信中国'],
      ['工信部印发《工业领域数据安全能力提升实施方案》', '工信微报'],
    ]);
  });

  it('reads a news agency article as one item under its headline: byline, timestamp and credits are furniture', () => {
    const titles = titlesOf([
      'China fines ride-hailing firm 80 million yuan over data breaches',
      'By Staff Reporter',
      'March 4, 2024 7:15 AM GMT+8 Updated 2 hours ago',
      "BEIJING, March 4 (Reuters) - China's cyberspace regulator said on Monday it had fined a ride-hailing company 80 million yuan ($11.1 million).",
      'The company said in a statement it accepted the penalty and would rectify the problems.',
      'Reporting by Staff; Editing by Jane Doe',
      'Our Standards: The Thomson Reuters Trust Principles.',
    ]);
    expect(titles).toEqual(['China fines ride-hailing firm 80 million yuan over data breaches']);
  });

  it('skips a web page breadcrumb and a bracketed 本期導讀 in traditional script', () => {
    const text = normalizeText(
      '首頁 ＞ 出版品 ＞ 科技法律新知\n\n【本期導讀】本期彙整2022年9月至10月間臺灣、香港及歐盟在個人資料保護領域之重要動態。\n\n一、臺灣動態\n\n1. 數位發展部對電商業者處以罰鍰\n\n數位發展部於111年9月28日公布，對某網路購物平臺業者處罰鍰新臺幣20萬元。\n',
    );
    expect(segmentText(text).map((s) => s.title)).toEqual(['數位發展部對電商業者處以罰鍰']);
  });
  // eval-genre-en2 04 (a web digest of DPA decisions in translation): each entry's dateline sits over its headline.
  it('starts an item at the dateline over its headline, so that the dateline stays in the item', () => {
    const text = normalizeText(
      [
        '──────────────────────────────────────────────',
        'France · CNIL · 23/01/2024',
        'CNIL fines logistics operator €32 million over warehouse scanner monitoring',
        '',
        'The Commission nationale de l\'informatique et des libertés (CNIL) imposed a fine of €32.000.000 on a logistics operator.',
        '',
        '──────────────────────────────────────────────',
        'Netherlands · District Court of The Hague · 14/02/2024',
        'Court reduces AP fine on Tax Administration for blacklist',
        '',
        'The District Court of The Hague reduced to € 2.75 million the fine that the Autoriteit Persoonsgegevens (AP) had imposed.',
        '',
      ].join('\n'),
    );
    const segs = segmentText(text);
    expect(segs.map((s) => s.title)).toEqual([
      'CNIL fines logistics operator €32 million over warehouse scanner monitoring',
      'Court reduces AP fine on Tax Administration for blacklist',
    ]);
    expect(segs.map((s) => text.slice(s.span.start, s.span.end).split('\n')[0])).toEqual([
      'France · CNIL · 23/01/2024',
      'Netherlands · District Court of The Hague · 14/02/2024',
    ]);
  });
  // eval-genre-en2 01 and 06: a law-firm alert's masthead line and a PDF report's footnotes are not items
  it('makes no item of a lone masthead line or of the footnotes under a rule', () => {
    const alert = normalizeText(
      [
        'WHITCOMBE LANCASTER',
        'CLIENT ALERT | Data, Privacy & Cybersecurity | 14 November 2025',
        '',
        'China Tightens the Frame: Amended Cybersecurity Law',
        '',
        '1. NPCSC adopts amendments to the Cybersecurity Law',
        '',
        "On 28 October 2025, the Standing Committee of the National People's Congress adopted the Decision on Amending the Cybersecurity Law.",
        '',
        '_______________________',
        '1 See SDGO Quarterly Report Q1 2024, section 2.',
        "7 Yuhang District People's Court, criminal judgment.",
        '',
      ].join('\n'),
    );
    expect(segmentText(alert).map((s) => s.title)).toEqual(['NPCSC adopts amendments to the Cybersecurity Law']);
  });
  // eval-genre-en2 02: a bilingual bulletin sets both headlines over both paragraphs
  it('reads a Chinese headline over its English headline, then both paragraphs, as one bilingual item', () => {
    const text = normalizeText(
      [
        '01 | 国家网信办就《网络平台个人信息保护规定（征求意见稿）》公开征求意见',
        '     CAC Seeks Comments on Draft Provisions on Personal Information Protection of Online Platforms',
        '',
        '2024年7月12日，国家互联网信息办公室发布《网络平台个人信息保护规定（征求意见稿）》，向社会公开征求意见。',
        '',
        'On 12 July 2024, the Cyberspace Administration of China (CAC) released the Provisions on Personal Information Protection of Online Platforms (Draft for Comment) for public consultation.',
        '',
        '02 | 广东省人大常委会通过《广东省数据要素市场化配置条例》',
        '     Guangdong Adopts Regulations on the Market-Based Allocation of Data Factors',
        '',
        '2024年6月26日，广东省第十四届人民代表大会常务委员会第十次会议表决通过《广东省数据要素市场化配置条例》。',
        '',
        "On 26 June 2024, the Standing Committee of the Guangdong Provincial People's Congress adopted the Regulations.",
        '',
      ].join('\n'),
    );
    const segs = segmentText(text);
    expect(segs.map((s) => [s.title, s.titleEn])).toEqual([
      ['国家网信办就《网络平台个人信息保护规定（征求意见稿）》公开征求意见', 'CAC Seeks Comments on Draft Provisions on Personal Information Protection of Online Platforms'],
      ['广东省人大常委会通过《广东省数据要素市场化配置条例》', 'Guangdong Adopts Regulations on the Market-Based Allocation of Data Factors'],
    ]);
    expect(segs.every((s) => s.body.length === 1 && s.bodyEn.length === 1)).toBe(true);
  });
});


// Hong Kong and Taiwan publishers, and mainland texts put through a converter: the line patterns are
// simplified, the text is not.
describe('traditional script', () => {
  it('reads a penalty table whose head is written in traditional characters, one item a row', () => {
    const text = [
      '中國人民銀行廣東省分行行政處罰信息公示表（2025年第1期）',
      '',
      '序號\t當事人名稱（姓名）\t行政處罰決定書文號\t違法行為類型\t行政處罰內容\t作出行政處罰決定機關名稱\t作出行政處罰決定日期',
      '1\t廣州某某銀行股份有限公司\t廣東銀罰決字〔2024〕31號\t違反帳戶管理規定\t警告，罰款215.5萬元\t中國人民銀行廣東省分行\t2024年12月20日',
      '2\t陳某某（時任廣州某某銀行股份有限公司運營管理部總經理）\t廣東銀罰決字〔2024〕32號\t對單位違法行為負有責任\t罰款5.5萬元\t中國人民銀行廣東省分行\t2024年12月20日',
      '3\t佛山某支付科技有限公司\t廣東銀罰決字〔2024〕33號\t違反反洗錢管理規定\t警告，罰款共計468萬元\t中國人民銀行廣東省分行\t2024年12月27日',
    ].join('\n');
    const rows = segmentDocument(text);
    expect(rows.map((r) => text.slice(r.span.start, r.span.end).split('\t')[1])).toEqual(['廣州某某銀行股份有限公司', '陳某某（時任廣州某某銀行股份有限公司運營管理部總經理）', '佛山某支付科技有限公司']);
  });

  it('gives headlines and notes as written, not as the simplified copy it read', () => {
    const text = [
      '最高人民法院發佈個人資訊保護典型案例',
      '',
      '案例一：某科技公司違法收集人臉資訊案',
      '【基本案情】',
      '2023年5月，某科技公司在未取得用戶單獨同意的情況下，通過門禁系統收集業主人臉資訊三千餘條。',
      '【典型意義】',
      '本案明確了處理人臉資訊應當取得個人單獨同意。',
    ].join('\n');
    expect(segmentDocument(text).map((s) => s.title)).toEqual(['案例一：某科技公司違法收集人臉資訊案']);
  });
});
