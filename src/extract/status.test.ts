import { describe, expect, it } from 'vitest';
import { instrumentStatus, itemStatus } from './status.ts';
import type { Span } from './types.ts';
import cues from './data/status-cues.json' with { type: 'json' };

/** The span inside the n-th 《》 of `text` (brackets excluded, as the instrument extractor gives it). */
function titleSpan(text: string, n = 0): Span {
  let open = -1;
  for (let i = 0; i <= n; i++) open = text.indexOf('《', open + 1);
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '《') depth++;
    if (text[j] === '》' && --depth === 0) return { start: open + 1, end: j };
  }
  throw new Error(`no title ${n} in ${text}`);
}

describe('instrumentStatus', () => {
  it.each([
    // drafts: the title says so, or the words next to it
    ['11月20日，国家互联网信息办公室会同公安部等有关部门起草了《网络安全威胁信息发布管理办法（征求意见稿）》，向社会公开征求意见。', 0, '2019-11-20', 'draft'],
    ['11月21日，工信部科技司公布《国家车联网产业标准体系建设指南（车辆智能管理）》征求意见稿，向社会公开征求意见。', 0, '2019-11-21', 'draft'],
    ['工信部就《移动互联网应用程序个人信息保护管理暂行规定》征求意见', 0, '2021-04-26', 'draft'],
    ['9月1日，中国人大网公布《中华人民共和国治安管理处罚法（修订草案）》，向社会公众征求意见。', 0, '2023-09-01', 'draft'],
    ['9月20日，国务院总理李强主持召开国务院常务会议，审议通过《未成年人网络保护条例（草案）》。', 0, '2023-09-20', 'draft'],
    ['2020年12月28日，《深圳经济特区数据暂行条例（草案）》提请深圳市人大常委会会议审议。', 0, '2020-12-28', 'draft'],
    ['8月31日，贵州省大数据发展管理局发布《贵州省数据要素登记管理办法（试行）》（征求意见稿），从登记机构等方面规范数据要素登记。', 0, '2023-08-31', 'draft'],
    ['2021年4月23日，信安标委发布公告，就推荐性国家标准《信息安全技术 人脸识别数据安全要求》征求意见稿向社会征求意见。', 0, '2021-04-23', 'draft'],
    // issued, not yet in force
    ['11月1日，工信部办公厅公布《关于开展 2019 年工业互联网试点示范项目推荐\n工作的通知》，对试点示范项目推荐条件作出了规定。', 0, '2019-11-01', 'issued'],
    ['9月26日，国家密码管理局印发《商用密码检测机构管理办法》《商用密码应用安全性评估管理办法》，均自2023年11月1日起施行。', 0, '2023-09-26', 'issued'],
    ['9月26日，国家密码管理局印发《商用密码检测机构管理办法》《商用密码应用安全性评估管理办法》，均自2023年11月1日起施行。', 1, '2023-09-26', 'issued'],
    ['9月20日，两高一部印发《关于依法惩治网络暴力违法犯罪的指导意见》。', 0, '2023-09-20', 'issued'],
    ['2020年12月25日，工业和信息化部（“工信部”）发布了《电信和互联网行业数据安全标准体系建设指南》。', 0, '2020-12-25', 'issued'],
    ['11月11日，教育部办公厅发布关于印发《教育移动互联网应用程序备案管理办法》的通知，要求在2019年12月1日至2020年1月31日前完成备案工作。', 0, '2019-11-11', 'issued'],
    ['2021年6月10日，第十三届全国人大常委会第二十九次会议表决通过《中华人民共和国数据安全法》，自2021年9月1日起施行。', 0, '2021-06-10', 'issued'],
    ['《生成式人工智能服务管理暂行办法》将于8月15日起施行。', 0, '2023-07-13', 'issued'],
    // in force
    ['9月24日，欧盟《数据治理法》全面施行，要点包括规范公共部门对于其持有的特定类别受保护数据的重复使用。', 0, '2023-09-24', 'effective'],
    ['9月1日，迪拜《数据保护条例（修正案）》正式施行。', 0, '2023-09-01', 'effective'],
    ['2022年8月1日《移动互联网应用程序信息服务管理规定》正式实施以来，国家互联网信息办公室依法依规组织开展备案管理工作。', 0, '2023-09-27', 'effective'],
    ['2021年9月1日，《中华人民共和国数据安全法》正式施行。', 0, '2021-09-01', 'effective'],
    ['12月1日，工信部印发《工业和信息化领域数据安全管理办法（试行）》，自印发之日起施行。', 0, '2022-12-01', 'effective'],
  ])('%s [title %i]', (text, n, itemDate, status) => {
    expect(instrumentStatus(text, titleSpan(text, n), itemDate)).toBe(status);
  });

  it.each([
    ['北京市公安局朝阳分局根据《数据安全法》第二十七条、第四十五条第一款之规定，给予该科技公司警告的行政处罚。', 0],
    ['国家互联网信息办公室依据《网络安全法》《个人信息保护法》《行政处罚法》等法律法规，对知网依法作出行政处罚。', 1],
    ['违反《网络安全法》第二十一条、第二十五条规定。', 0],
    ['国家互联网信息办公室提醒，深度合成服务技术支持者应当按照《互联网信息服务算法推荐管理规定》履行备案手续。', 0],
  ])('says nothing of a law only cited: %s', (text, n) => {
    expect(instrumentStatus(text, titleSpan(text, n), '2023-09-16')).toBeNull();
  });

  it('accepts a span that includes the brackets', () => {
    const text = '9月28日，国家互联网信息办公室发布《规范和促进数据跨境流动规定（征求意见稿）》。';
    const inner = titleSpan(text);
    expect(instrumentStatus(text, { start: inner.start - 1, end: inner.end + 1 }, null)).toBe('draft');
  });
});

describe('itemStatus', () => {
  const status = (text: string, itemDate: string | null, referenceDate: string | null = null) =>
    itemStatus(text, { referenceDate, sectionPath: [], itemDate });

  it.each([
    ['工信部就《移动互联网应用程序个人信息保护管理暂行规定》征求意见\n2021年4月26日，工业和信息化部（“工信部”）发布《移动互联网应用程序个人信息保护管理暂行规定（征求意见稿）》，向社会公开征求意见，截止日期为5月26日。', '2021-04-26', 'draft', '《移动互联网应用程序个人信息保护管理暂行规定》'],
    ['### 3. 国家密码管理局印发《商用密码检测机构管理办法》《商用密码应用安全性评估管理办法》\n9月26日，国家密码管理局印发《商用密码检测机构管理办法》《商用密码应用安全性评估管理办法》，均自2023年11月1日起施行。', '2023-09-26', 'issued', '《商用密码检测机构管理办法》'],
    ['### 3. 欧盟《数据治理法》全面施行\n9月24日，欧盟《数据治理法》全面施行，要点包括：（1）规范公共部门对于其持有的特定类别受保护数据的重复使用。', '2023-09-24', 'effective', '《数据治理法》'],
    ['## 2. “英美数据桥”正式确定，于10月12日生效\n9月21日，“英美数据桥”正式确定，旨在落实英国科学、创新和技术部的决定。', '2023-09-21', 'issued', '生效'],
    ['### **1. 十四届全国人大常委会公布立法规划：包括网络犯罪防治法等**\n9月7日，十四届全国人大常委会公布立法规划，包含三类项目共130件法律草案。', '2023-09-07', 'issued', '公布'],
    ['### 关注数据安全！英国发布首份二手智能设备买卖指南\n2020年12月28日，英国国家网络安全中心（National Cyber Security Centre, “NCSC”）发布了《二手智能设备买卖指南》。', '2020-12-28', 'issued', '《二手智能设备买卖指南》'],
    ['On April 26, 2021, the MIIT issued the Interim Regulations on the Management of Personal Information Protection (Exposure Draft) and sought advice publicly.', '2021-04-26', 'draft', 'Exposure Draft'],
    ['法工委：个人信息保护法草案将设置严格的法律责任\n2021年4月22日，法工委发言人出席新闻发布会，对个人信息保护法草案进行了介绍。', '2021-04-22', 'draft', '草案'],
    ['MIIT Seeks Advice on the Interim Regulations\nOn April 26, 2021, the Ministry of Industry and Information Technology (“MIIT”) issued the *Interim Regulations on the Management of Personal Information Protection for Mobile Internet Applications (Exposure Draft)* and sought advice publicly.', '2021-04-26', 'draft', 'Seeks Advice'],
    ['MIIT Publishes Guidelines on Data Security Standard System Construction\nOn December 25, 2020, the Ministry of Industry and Information Technology (“MIIT”) published the *Guidelines on Data Security Standard System Construction in the Telecommunications and Internet Industry*.', '2020-12-25', 'issued', 'Publishes'],
    ['EU Data Act enters into force\nOn 11 January 2024, the Data Act entered into force.', '2024-01-11', 'effective', 'enters into force'],
    ['California enacts the Delete Act\nOn October 10, 2023, Governor Gavin Newsom signed SB 362, the "Delete Act", into law.', '2023-10-10', 'issued', 'enacts'],
    // an emergency plan is an instrument too (eval-genre-zh2)
    ['【4】工信部印发《工业和信息化领域数据安全事件应急预案（试行）》\n12月31日，工业和信息化部办公厅印发《工业和信息化领域数据安全事件应急预案（试行）》，将数据安全事件分为四个级别。', '2024-12-31', 'issued', '《工业和信息化领域数据安全事件应急预案（试行）》'],
    // a revised draft put out for a public comment period (eval-genre-zh2)
    ['【11】美国加州隐私保护局发布自动化决策技术规则修订稿\n1月2日，美国加州隐私保护局（CPPA）发布自动化决策技术（ADMT）规则修订稿，开启为期45天的公众评议期。', '2025-01-02', 'draft', '修订稿'],
    // eval-genre-en2 03: the headline's effect phrase has no date; the lead's date is after the item's
    ["Minnesota Consumer Data Privacy Act enters into force this summer\n\nMinnesota's comprehensive privacy law, signed by Governor Tim Walz on May 24, 2024, takes effect on July 31, 2025.", '2024-05-24', 'issued', 'enters into force'],
    // A headline's infinitive is the future.
    ['National standard on data classification to take effect in March 2024\nOn 25 September, SAMR and SAC jointly published the national standard, which will be effective from 1 March 2024.', '2023-09-25', 'issued', 'take effect'],
    ['《网络安全审查办法》施行\n2022年1月4日，国家互联网信息办公室等十三部门联合修订发布《网络安全审查办法》，自2022年2月15日起施行。', '2022-02-20', 'effective', '《网络安全审查办法》'],
    ['2022年1月4日，国家互联网信息办公室等十三部门联合修订发布《网络安全审查办法》，自2022年2月15日起施行。', '2022-02-20', 'effective', '《网络安全审查办法》'],
    // an issued instrument whose effective date, stated in a later sentence, has passed is in force
    ['2022年1月4日，国家互联网信息办公室等十三部门联合修订发布《网络安全审查办法》。修订后的办法自2022年2月15日起施行。', '2022-02-20', 'effective', '2022年2月15日'],
    ['2022年1月4日，国家互联网信息办公室等十三部门联合修订发布《网络安全审查办法》。修订后的办法自2022年2月15日起施行。', '2022-01-04', 'issued', '《网络安全审查办法》'],
  ])('%s', (text, itemDate, value, written) => {
    const found = status(text, itemDate);
    expect(found?.value).toBe(value);
    expect(found?.text).toBe(written);
  });

  it('uses the reference date when the item has none', () => {
    const text = '工信部印发《工业和信息化领域数据安全管理办法（试行）》，自2023年1月1日起施行。';
    expect(status(text, null, '2023-02')?.value).toBe('effective');
    expect(status(text, null, '2022-12')?.value).toBe('issued');
  });

  it.each([
    ['9月1日，德国数字协会 Bitkom 表示，到 2023 年，数据盗窃将给德国造成 2060 亿欧元损失。'],
    // issuing a statement, a settlement or a report is not issuing an instrument
    ['## 苹果和谷歌联手开发新型冠状病毒肺炎接触者追踪技术\n2020年4月10日，苹果和谷歌公司发布声明称，两家公司将联手推出一项方案。'],
    ['## 10. 因非法追踪用户位置数据，谷歌支付 9300 万美元和解\n9月14日，美国加州司法部公布关于谷歌位置隐私实践的和解协议。'],
    ['## 6. 英国 ICO 发布《北爱尔兰警察局数据保护审计报告》执行摘要\n9月8日，英国信息专员办公室公布《北爱尔兰警察局数据保护审计报告》执行摘要。'],
    ['On December 29, 2020, the Ministry of Public Security released that as of December 20, more than 3,100 criminal cases had been investigated.'],
  ])('gives null when the lead says nothing of an instrument: %s', (text) => {
    expect(status(text, '2023-09-01')).toBeNull();
  });
});

describe('status-cues.json', () => {
  const lists = [cues.draftInTitle, ...Object.values(cues.zh), ...Object.values(cues.en)];
  it('has no empty or duplicated cues', () => {
    for (const list of lists) {
      expect(list.every((w) => w.trim() === w && w !== '')).toBe(true);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('writes English cues in lower case (they are matched case-insensitively)', () => {
    for (const list of Object.values(cues.en)) expect(list.every((w) => w === w.toLowerCase())).toBe(true);
  });
});
