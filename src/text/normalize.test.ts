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
