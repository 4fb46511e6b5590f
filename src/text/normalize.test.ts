import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['full-width digits and letters become ASCII', '罚款１０万元，ＡＰＰ', '罚款10万元，APP'],
    ['Chinese punctuation is kept', '依据《数据安全法》第四十五条（一）：', '依据《数据安全法》第四十五条（一）：'],
    ['CJK radical look-alikes from PDFs become characters', '⽹络安全和⼈⺠', '网络安全和人民'],
    ['ideographic and no-break spaces become spaces', '第一部分\u3000国内\u00A0动态', '第一部分 国内 动态'],
    ['zero-width characters and BOM are removed', '\uFEFF数据\u200B安全', '数据安全'],
    ['CRLF becomes LF', '甲\r\n\r\n乙', '甲\n\n乙'],
  ])('%s', (_what, input, expected) => {
    expect(normalizeText(input)).toBe(expected + '\n');
  });

  // Hong Kong and Taiwan sites and some CMSs type Chinese with ASCII punctuation.
  it.each([
    ['commas and brackets among Chinese words', '愛爾蘭資料保護委員會(DPC)於2022年9月15日宣布,因Instagram違反規定,處以罰款', '愛爾蘭資料保護委員會（DPC）於2022年9月15日宣布，因Instagram違反規定，處以罰款'],
    ['a comma before a figure and a bracket after Latin', '报告显示,2023年共通报28款APP(SDK)', '报告显示，2023年共通报28款APP（SDK）'],
    ['a label colon', '來源:中央社', '來源：中央社'],
    ['not figures, times or links', '罚款人民币7,860元，时间10:30，[阅读原文](https://example.cn/a(1))', '罚款人民币7,860元，时间10:30，[阅读原文](https://example.cn/a(1))'],
    ['not an English line', 'The Personal Information Protection Law (PIPL), in force since 2021: 个人信息保护法', 'The Personal Information Protection Law (PIPL), in force since 2021: 个人信息保护法'],
  ])('gives Chinese its full-width marks: %s', (_what, input, expected) => {
    expect(normalizeText(input)).toBe(expected + '\n');
  });

  it('re-joins a sentence split over a page break (seed 003)', () => {
    const head = '同时，指导有关企业深入排查并消除在安全制度、技术措施等方面存在的风险隐患。其中，对于某科技发展有限公司在实际运维过程中，发生遭黑客入侵，重要数据被';
    const tail = '窃取的安全事件中，存在不履行网络安全保护义务等违法行为。';
    expect(normalizeText(`${head}\n\n${tail}`)).toBe(`${head}${tail}\n`);
  });

  it('re-joins a paragraph of a narrow column (lines under 50 characters) and a line that stops on a comma', () => {
    const lines = [
      '憲法法庭於2022年8月12日宣示111年憲判字第13號判決，認個人資料保護法第6條第1項但書第4款規定',
      '尚不違憲，但衛生福利部將全民健康保險資料提供學術研究等目的外利用，欠缺當事人得請求停止利用之',
      '相關規定，違反憲法保障資訊隱私權之意旨。',
    ];
    expect(normalizeText(lines.join('\n'))).toBe(lines.join('') + '\n');
    const comma = ['國家發展委員會（國發會）於111年10月5日預告「個人資料保護法」部分條文修正草案，', '擬設立個人資料保護獨立機關。'];
    expect(normalizeText(comma.join('\n'))).toBe(comma.join('') + '\n');
  });

  // A notice printed to PDF at 38 columns: lines holding `App` or figures hold more characters than
  // lines of Han, and breaks fall after a title's 》, before a 、 and after an opening 《.
  it('re-joins a paragraph wrapped at a fixed width in columns, whatever character the break falls on', () => {
    const lines = [
      '　　为贯彻落实《中华人民共和国网络安全法》《中华人民共和国个',
      '人信息保护法》等法律法规要求，委托第三方机构对用户量大',
      '的App开展了个人信息收集使用情况检测，发现21款App存在违法违',
      '规问题。依据《中华人民共和国未成年人保护法》第七十五条之',
      '规定，没收违法所得人民币7,860元。依据《个人信息保护法》',
      '第六十四条，对《粤享停车》（版本号2.0.8）、《优鲜到家》（',
      '版本号5.6.0）、《惠州通》（版本号1.3.2）、《汕头生活圈》',
      '、《顺德房产网》等5款App予以通报，并要求相关运营者于',
      '2023年11月23日前报送整改报告。',
    ];
    expect(normalizeText(lines.join('\n'))).toBe(lines.map((l) => l.replace(/\u3000/g, ' ')).join('').trimStart() + '\n');
  });

  it('keeps a bilingual masthead line ending in English apart from the Chinese line under it', () => {
    const input = '2024年第7期（总第31期）  Issue 7, 2024 (No. 31)\n华衡数据合规研究院 编 · Compiled by Huaheng Institute for Data Compliance\n发布日期 Date: 2024-07-22';
    expect(normalizeText(input)).toBe(input + '\n');
  });

  it('keeps a short headline over its body in one block', () => {
    const input = '數位發展部對電商業者處以罰鍰\n數位發展部於111年9月28日公布，某網路購物平臺業者因未採行適當之安全措施，致會員個人資料外洩。';
    expect(normalizeText(input)).toBe(input + '\n');
  });

  it.each([
    ['a headline before a dated paragraph', '### 1. 十四届全国人大常委会公布立法规划：包括网络犯罪防治法等\n\n9月7日，十四届全国人大常委会公布立法规划。'],
    ['a short line before a date-led line', '第一部分 国内立法及政策动态\n\n11 月 1 日，国家广播电视总局办公厅发布通知。'],
    ['a sentence that ended', '……取得了显著成效。\n\n同时，针对互联网企业及联网单位开展安全监督检查。'],
    // eval-genre-zh2: the rows of a 行政处罚信息公示表 pasted from a page are long and end without a stop
    ['a row of a tab-separated table', '字号：大 中 小   文章来源：法律事务处   2025-01-10 16:20:05   打印本页 关闭窗口\n序号\t当事人名称（姓名）\t行政处罚内容\t作出行政处罚决定日期\n2\t陈某某（时任广州某某银行股份有限公司运营管理部总经理）\t罚款5.5万元\t2024年12月20日\n3\t佛山某支付科技有限公司\t罚款共计468万元\t2024年12月27日'],
    ['a byline with its posting time', '数安内参 2025-01-04 09:30 北京\n阅读 3.2万 分享到：微信 微博'],
    ['a paragraph before a sub-case', '同步公布五起不履行数据安全保护义务被罚案例，包括医学检验机构和科技公司等多家单位\n\n案例一：宿迁某医学检验机构不履行数据安全保护义务案。'],
    ['a web page\'s bar of posting details and buttons', '发布时间：2024-01-05 来源：信息通信管理局 | 字号：大 中 小 | 打印本页 | 关闭窗口\n\n工业和信息化部关于侵害用户权益行为的APP（SDK）通报（2024年第1批，总第36批）'],
  ])('keeps the break after %s', (_what, input) => {
    expect(normalizeText(input)).toBe(input + '\n');
  });
});
