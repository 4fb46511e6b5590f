import { describe, expect, it } from 'vitest';
import { documentDayFirst, eventDate } from './dates.ts';
import type { ExtractContext } from './types.ts';

const ctx = (referenceDate: string | null): ExtractContext => ({ referenceDate, sectionPath: [] });

describe('eventDate: the date that leads the first paragraph', () => {
  it.each([
    // seed 000 (monthly, issue Nov 30 2019)
    ['11 月 1 日，国家广播电视总局办公厅发布《关于加强“双 11”期间网络视听电子商务直播节目和广告节目管理的通知》，提出在“双 11”来临之际，加强管理。', '2019-11-30', '2019-11-01'],
    ['11月14日，公安部在京召开新闻发布会，通报全国公安机关开展“净网2019”专项行动工作情况及典型案例：截至今年10月31日，共侦破涉网案件45743起。', '2019-11-30', '2019-11-14'],
    ['11月8日上午，北京互联网法院召开“营造诚信网购环境 共享品质互联生活”网络购物典型问题及相关建议新闻通报会。', '2019-11-30', '2019-11-08'],
    ['- 拉卡拉旗下考拉征信涉嫌侵犯公民个人信息犯罪\n11 月 20 日，据报道，江苏淮安警方依法打击了 7 家涉嫌侵犯公民个人信息犯罪的公司，涉嫌非法缓存公民个人信息 1 亿多条。', '2019-11-30', '2019-11-20'],
    ['11月15日，河南省地方金融监督管理局网站公告了该省第一批拟注销的12家P2P网贷机构。公告称，2016年以来，河南省网络借贷行业一直在进行专项整治。', '2019-11-30', '2019-11-15'],
    // seed 001 (weekly, issue 2020.04), bilingual
    ['### 公安部、中央网信办牵头建立跨部委打击危害公民个人信息和数据安全违法犯罪长效机制\n2020年4月15日，公安部发布新闻称，近日经中央领导批准，公安部与中央网信办牵头，建立打击危害公民个人信息和数据安全违法犯罪长效机制。', '2020-04', '2020-04-15'],
    ['### MPS & CAC Take the Lead to Establish a Long-Term Mechanism\nOn April 15, 2020, the Ministry of Public Security (“MPS”) announced that recently, with the approval of the central leadership, the MPS and the CAC took the lead.', '2020-04', '2020-04-15'],
    // seed 002 (issue 2021.01): December items in a January issue
    ['### 2020年公安机关侦办侵犯公民个人信息刑事案件3100余起\n2020年12月29日，公安部发布新闻称，截至12月20日，全国共侦办侵犯公民个人信息刑事案件3100余起。', '2021-01', '2020-12-29'],
    ['## Chinese Regulators Order Ant Group to Protect Personal Data and Privacy\nOn December 26, 2020, the People\'s Bank of China (“PBC”) and other Chinese financial regulatory authorities jointly convened a meeting with Ant Group.', '2021-01', '2020-12-26'],
    // seed 003 (issue 2023年10月20日)
    ['### 4. 长沙市数据资源管理局印发《长沙市数据官制度建设实施意见》\n9月14日消息，长沙市数据资源管理局近日印发《长沙市数据官制度建设实施意见》。', '2023-10-20', '2023-09-14'],
    ['## 2. 国家互联网信息办公室发布《规范和促进数据跨境流动规定（征求意见稿）》\n9月28日，国家互联网信息办公室发布《规范和促进数据跨境流动规定（征求意见稿）》，涉及十一项内容。', '2023-10-20', '2023-09-28'],
    ['## 12. 上海市网信办、市市场监管局对部分房产中介、汽车 4S 店开展个人信息保护工作联合检查\n9 月 26 日、27 日，上海市网信办、市市场监管局执法人员先后对链家地产、中原地产和太平洋房屋 3 家房产中介的线下门店开展个人信息保护工作现场检查。', '2023-10-20', '2023-09-26'],
    ['案例一：5月25日，北碚区公安分局在工作中获悉线索，有人使用违法通信软件，通过内地手机参与“手机口”业务进行诈骗。', '2023-10-20', '2023-05-25'],
    ['### 4. 山东：首次设立网络安全工程职称，填补网信职称评价空白\n2022年4月18日，中共山东省委网信办、山东省人力资源和社会保障厅联合印发通知，在全省开展网络安全工程职称评价工作。', '2023-10-20', '2022-04-18'],
    ['## 2. 四川：全国首批建成网信职称评价体系\n2021年1月，四川省委网信办与四川省人社厅联合印发《四川省网络信息安全专业职称申报评审基本条件（试行）》。', '2023-10-20', '2021-01'],
    ['## 8. 因网站被植入非法网站暗链, 重庆市巴南区网信办对一企业处以警告\n9月7日消息, 重庆市巴南区网信办工作发现, 属地一生产公司开办的网站存在源代码被植入非法网站暗链的情况。', '2023-10-20', '2023-09-07'],
    // seed 004 (issue 2021.04)
    ['工信部就《移动互联网应用程序个人信息保护管理暂行规定》征求意见\n2021年4月26日，为加强移动互联网应用程序个人信息保护，规范App个人信息处理活动，工业和信息化部（“工信部”）发布《移动互联网应用程序个人信息保护管理暂行规定（征求意见稿）》，向社会公开征求意见，截止日期为5月26日。', '2021-04', '2021-04-26'],
    ['MIIT Seeks Advice on the Interim Regulations\n\nOn April 26, 2021, in order to strengthen the personal information protection, the MIIT issued the Interim Regulations (Exposure Draft). The deadline for advice submission is May 26.', '2021-04', '2021-04-26'],
    ['### 关注数据安全！英国发布首份二手智能设备买卖指南\n\n2020年12月28日，英国国家网络安全中心（National Cyber Security Centre, “NCSC”）发布了《二手智能设备买卖指南》。', '2021-01', '2020-12-28'],
    // genre cases the seeds lack
    ['2月28日（周三），工业和信息化部召开APP侵害用户权益专项整治工作推进会。', '2024-03-15', '2024-02-28'],
    ['12月29日，国家互联网信息办公室发布《网络安全审查办法（修订草案征求意见稿）》。', '2021-01-05', '2020-12-29'],
    ['1月3日，工业和信息化部印发《关于开展APP侵害用户权益专项整治工作的通知》。', '2020-12-30', '2021-01-03'],
    ['【典型案例】\n2022年7月21日，国家互联网信息办公室依法作出对滴滴全球股份有限公司处人民币80.26亿元罚款的行政处罚决定。', null, '2022-07-21'],
    ['9月1日起，《中华人民共和国数据安全法》正式施行。', '2021-09-30', '2021-09-01'],
    ['二〇二一年八月二十日，第十三届全国人民代表大会常务委员会第三十次会议通过《个人信息保护法》。', null, '2021-08-20'],
    ['On 8 September 2023, the Irish Data Protection Commission (DPC) announced a fine of €345 million against TikTok.', null, '2023-09-08'],
    ['2023-09-15 — The European Data Protection Board adopted a binding decision on TikTok.', null, '2023-09-15'],
    // English leads often have no comma after the date.
    ['On 20 December 2024 the Italian data protection authority fined OpenAI EUR 15 million.', null, '2024-12-20'],
    ['On 17/12/2024 the Irish DPC announced final decisions imposing fines on Meta.', null, '2024-12-17'],
    // A row of a table of fines leads with its date.
    ['22/05/2023  | Irish DPC      | Ireland     | Meta Platforms Ireland Ltd    | 1.200.000.000  | Art. 46(1) GDPR', null, '2023-05-22'],
  ])('%s', (text, ref, date) => {
    const found = eventDate(text, ctx(ref));
    expect(found?.value).toBe(date);
    if (found) expect(text.slice(found.span.start, found.span.end)).toBe(found.text);
  });
});

describe('eventDate: a date attached to the main verb, when none leads', () => {
  it.each([
    ['杭州互联网法院于3月15日公开宣判一起涉人脸识别的个人信息保护纠纷案。', '2022-04-01', '2022-03-15'],
    ['欧盟委员会3月8日对苹果公司处以18亿欧元罚款。', '2024-03-11', '2024-03-08'],
    ['市网信办3月8日会同市公安局对某公司开展检查。', '2024-03-11', '2024-03-08'],
    ['工信部信息通信管理局11月20日通报了第三批侵害用户权益行为的APP。', '2019-11-30', '2019-11-20'],
    ['根据工信部部署安排，7月24日，江苏省通信管理局联合省工信厅启动“铸网2023”专项行动，历时1个多月。', '2023-10-20', '2023-07-24'],
    ['指出广东省通信管理局于 8 月 16 日向社会公开通报了 53 款存在侵害用户权益和安全隐患问题的 APP。', '2023-10-20', '2023-08-16'],
    ['东莞网安部门查明，刘某乐开办电子商务公司，为知名电商平台的网店商家提供“有偿刷单”的非法业务。2023 年 7 月，东莞网安部门联合大朗分局开展收网行动。', '2023-10-20', '2023-07'],
    ['The Cyberspace Administration of China on July 7, 2022 published the Measures for Security Assessment of Outbound Data Transfers.', null, '2022-07-07'],
    ['【天津网信办处罚一家数据泄露企业】12月14日，天津市互联网信息办公室对某科技公司处以罚款人民币10万元。', '2024-01-15', '2023-12-14'],
    ['1、12月8日，国家互联网信息办公室发布《网络安全事件报告管理办法（征求意见稿）》。', '2023-12-31', '2023-12-08'],
    // a court case: the offence period opens it, the judgment in a later paragraph dates it
    ['被告人吴某某侵犯公民个人信息案\n【基本案情】\n2021年6月至2022年3月，被告人吴某某通过网络购买他人车辆定位信息，并加价出售给下家。\n【裁判结果】\n浙江省杭州市西湖区人民法院于2022年10月18日作出一审判决，以侵犯公民个人信息罪判处被告人吴某某有期徒刑三年六个月。', '2023-11-27', '2022-10-18'],
    ['被告单位深圳某科技有限公司为拓展业务，自2020年起指使员工非法抓取求职者简历信息。\n广东省深圳市南山区人民法院于2023年4月12日作出判决，判处被告单位罚金人民币一千五百万元。', '2023-11-27', '2023-04-12'],
    ['By a decision of 14 November 2024, published on 10 December 2024, the CNIL fined Orange EUR 50 million.', null, '2024-11-14'],
    // A wire digest attributes the news at the sentence's end.
    ["Italy's data protection authority, the Garante, fined Enel Energia 79,107,101 euros for telemarketing violations, the agency announced 8 March.", '2024-03-12', '2024-03-08'],
    ["The U.K. Information Commissioner's Office issued a reprimand to Birmingham Children's Trust after it disclosed a child's address, the ICO said on 11 March.", '2024-03-12', '2024-03-11'],
    ['国家发展委员会（国发会）于111年10月5日预告「个人资料保护法」部分条文修正草案，拟设立个人资料保护独立机关。', null, '2022-10-05'],
    ['宪法法庭于2022年8月12日宣示111年宪判字第13号判决，认个人资料保护法第6条第1项但书第4款规定尚不违宪。', null, '2022-08-12'],
    ['A company in Shijiazhuang challenged a penalty decision of the local cyberspace authority. On 22 September, the Shijiazhuang Intermediate People\'s Court upheld the decision.', '2023-10-10', '2023-09-22'],
    // eval-genre-en2: the dot of `Feb.` ends no sentence, so the date still belongs to the first one
    ['Texas AG secures $1.4 billion settlement over facial recognition\n\nTexas Attorney General Ken Paxton announced on Feb. 18 a $1.4 billion settlement with a social media company.', '2025-04-02', '2025-02-18'],
    ['The Securities and Exchange Commission (SEC) announced settled charges on Jan. 16, 2025 against four technology companies.', '2025-04-02', '2025-01-16'],
    // `signed by Governor Tim Walz on May 24, 2024`: `by` names the agent, it sets no deadline
    ["Minnesota Consumer Data Privacy Act enters into force this summer\n\nMinnesota's comprehensive privacy law, signed by Governor Tim Walz on May 24, 2024, takes effect on July 31, 2025.", '2025-04-02', '2024-05-24'],
    // a month alone leads: `In May,` / `In September,` (year from the reference)
    ['3.3 Shenzhen regulator fines navigation app developer\nIn May, the Shenzhen Municipal Cyberspace Administration fined a local navigation app developer RMB 500,000.', '2024-07', '2024-05'],
    ['In September, the Shanghai Municipal Cyberspace Administration fined a Shanghai-based automotive parts maker RMB 1 million.', '2025-11-14', '2025-09'],
  ])('%s', (text, ref, date) => {
    expect(eventDate(text, ctx(ref))?.value).toBe(date);
  });
});

describe('eventDate: a notice is dated at its foot, not by its posting time', () => {
  it('takes the date line at the foot', () => {
    const notice = [
      '国家互联网信息办公室关于发布第二批深度合成服务算法备案信息的公告',
      '发布时间：2023-09-01 16:30:00',
      '根据《互联网信息服务深度合成管理规定》，现公开发布第二批境内深度合成服务算法备案信息。',
      '国家互联网信息办公室',
      '2023年8月30日',
    ].join('\n');
    expect(eventDate(notice, ctx(null))?.value).toBe('2023-08-30');
  });

  it('takes the date that ends a signature line, but not a date run into a sentence', () => {
    const signed = '关于21款App违法违规收集使用个人信息情况的通报\n发布时间：2023-11-09 16:12\n请上述App运营者于2023年11月23日前完成整改。\n特此通报。\n广东省互联网信息办公室          2023年11月8日';
    expect(eventDate(signed, ctx(null))?.value).toBe('2023-11-08');
    const runIn = '关于21款App违法违规收集使用个人信息情况的通报\n发布时间：2023-11-09 16:12\n请上述App运营者完成整改。\n整改报告报送截止2023年11月23日';
    expect(eventDate(runIn, ctx(null))?.value).toBe('2023-11-09');
  });

  it('dates a row of a table of decisions by its date cell, a cell broken over lines included', () => {
    const row = '1\t广州某某银行股份有限公司\t广东银罚决字〔2024〕31号\t1.违反账户管理规定；\n2.违反信用信息采集、提供、查询及相关管理规定\t警告，罚款215.5万元\t中国人民银行广东省分行\t2024年12月20日';
    expect(eventDate(row, ctx('2025-01-10'))?.value).toBe('2024-12-20');
    const oneLine = '6\t汕头某融资担保有限公司\t汕头银罚决字〔2025〕1号\t违反信用信息采集、提供、查询及相关管理规定\t罚款30万元\t中国人民银行汕头市分行\t2025年1月6日';
    expect(eventDate(oneLine, ctx('2025-01-10'))?.value).toBe('2025-01-06');
    // cells between bars, as a markdown table writes them
    expect(eventDate('| 22/05/2023 | Irish DPC | Meta | 1.200.000.000 |', ctx('2024-04-30'))?.value).toBe('2023-05-22');
  });

  it('takes the foot above the attachments a notice prints after it', () => {
    const notice = '公安部关于《网络安全事件应急处置管理规定（征求意见稿）》公开征求意见的公告\n发布时间：2024-11-12  来源：公安部网站\n我部起草了《网络安全事件应急处置管理规定（征求意见稿）》，现向社会公开征求意见。\n一、登录公安部网站提出意见。\n二、通过电子邮件方式发送至：wajyj@mps.gov.cn。\n三、通过信函方式将意见寄至公安部网络安全保卫局。\n意见反馈截止日期为2024年12月8日。\n附件：1.网络安全事件应急处置管理规定（征求意见稿）\n公安部\n二〇二四年十一月八日\n附件1\n网络安全事件应急处置管理规定\n第一条 为了规范网络安全事件应急处置工作，制定本规定。\n第二条 网络运营者发生网络安全事件的应急处置活动，适用本规定。\n第三条 网络安全事件分为四级。';
    expect(eventDate(notice, ctx(null))?.value).toBe('2024-11-08');
  });

  it('reads Taiwan\'s 今（19）日 against the reference date', () => {
    const text = '國家通訊傳播委員會（NCC）今（19）日召開第1037次委員會議，核處罰鍰新臺幣50萬元。';
    expect(eventDate(text, ctx('2022-10-20'))?.value).toBe('2022-10-19');
    expect(eventDate(text, ctx('2022-11-03'))?.value).toBe('2022-10-19');
  });

  it('dates an item whose headline is an entry into force by that date, when its lead has no other', () => {
    const text = 'UK–US data bridge takes effect\nThe UK Extension to the EU-US Data Privacy Framework came into force on 12 October 2023, after the Regulations were laid before Parliament.';
    expect(eventDate(text, ctx('2023-10-13'))?.value).toBe('2023-10-12');
    const plain = 'UK–US data bridge\nThe UK Extension to the EU-US Data Privacy Framework came into force on 12 October 2023, after the Regulations were laid before Parliament.';
    expect(eventDate(plain, ctx('2023-10-13'))).toBeNull();
  });

  // A regulator's listing: headline, a `Kind | Obligation | date` meta line, then the summary.
  it.each([
    // the headline ends on a company suffix, whose full stop is not a sentence end
    ['Undertaking by Pelangi Fitness Pte. Ltd.\n  Undertaking  |  Protection  |  5 Sep 2023\n  The PDPC accepted an undertaking from Pelangi Fitness Pte. Ltd. in lieu of an investigation.', '2023-09-05'],
    ['Breach of the Protection Obligation by Marina Bay Dental Group\n  Decision  |  Protection  |  12 Oct 2023\n  A financial penalty of $58,000 was imposed on Marina Bay Dental Group for failing to protect the personal data of its patients.', '2023-10-12'],
    // eval-genre-en2 04: the dateline over the headline, cells between dots
    ['France · CNIL · 23/01/2024\nCNIL fines logistics operator €32 million over warehouse scanner monitoring\n\nThe Commission nationale de l\'informatique et des libertés (CNIL) imposed a fine of €32.000.000 on a logistics operator.', '2024-01-23'],
  ])('takes the date of a listing entry from its meta line: %s', (text, date) => {
    expect(eventDate(text, ctx(null))?.value).toBe(date);
  });

  it('falls back on the posting time when the notice has no dated foot', () => {
    const page = '关于侵害用户权益行为的APP通报（2023年第5批，总第31批）\n发布时间：2023-09-27\n为维护APP用户合法权益，我部组织第三方检测机构进行抽查。';
    expect(eventDate(page, ctx(null))?.value).toBe('2023-09-27');
  });

  // A news site's article: byline with the posting time, then a dateline before the lead.
  it.each([
    // a bare day before the verb is a day of the dateline's month
    ['光明日报北京9月6日电（记者张明）国家互联网信息办公室6日发布通报称，依法对某平台涉嫌违法处理个人信息行为进行立案调查。', '2023-09-06'],
    // a lead date after the dateline is the event's
    ['新华社北京3月5日电 3月4日，工业和信息化部召开专题会议，部署APP侵害用户权益专项整治工作。', '2023-03-04'],
    // a lead without a date of its own is dated by the dateline
    ['人民网北京8月30日电（记者李文）国家市场监督管理总局发布通报，对三家企业违法收集个人信息的行为作出处罚。', '2023-08-30'],
    ['BEIJING, Aug. 31 (Xinhua) -- China\'s cyberspace regulator has fined an online platform 5 million yuan for illegally collecting personal information.', '2023-08-31'],
  ])('reads the lead after a news dateline, not the posting time: %s', (body, date) => {
    const page = `某平台涉嫌违法处理个人信息被查处\n时间：2023-09-08 13:09:29 来源：光明网\n${body}`;
    expect(eventDate(page, ctx('2023-09-08'))?.value).toBe(date);
  });

  it.each([
    ['央视网消息：国家互联网信息办公室今天（3日）发布《个人信息出境认证办法（征求意见稿）》，向社会公开征求意见。', '2025-01-03'],
    ['央视网消息（新闻联播）：今天（3日），国家互联网信息办公室发布《个人信息出境认证办法（征求意见稿）》。', '2025-01-03'],
    ['记者从公安部获悉，公安部昨天（2日）召开新闻发布会，通报打击侵犯公民个人信息犯罪工作情况。', '2025-01-02'],
    ['据“网信中国”微信公众号消息，12月27日，国家互联网信息办公室发布《个人信息出境认证办法（征求意见稿）》。', '2024-12-27'],
  ])('reads 今天（3日） in mainland news as that day of the reference month: %s', (body, date) => {
    expect(eventDate(`国家网信办发布新规\n${body}`, ctx('2025-01-03'))?.value).toBe(date);
  });

  it('does not read 国家电网 as a dateline (which would stop the reading at its line)', () => {
    const text = '国家电网公司发布《电力数据安全管理办法》，规范数据处理活动。\n10月9日，国家电网公司召开数据安全工作会议。';
    expect(eventDate(text, ctx('2023-10-20'))?.value).toBe('2023-10-09');
  });

  it('gives no date to a dateline over 近日 (记者近日从…获悉)', () => {
    const page = '国家网信办通报2022年全国网络执法情况\n2023年02月03日 15:19 来源：人民网\n本报北京电（记者王明）记者近日从国家网信办获悉，2022年，全国网信系统累计依法约谈网站平台8608家。';
    expect(eventDate(page, ctx('2023-02-03'))).toBeNull();
  });

  it.each([
    ['In a press release dated February 18, 2025, the Texas Attorney General said he had sued an insurer.', '2025-02-18'],
    ['(Feb 27, 2025) — The California Privacy Protection Agency fined a carmaker $345,000.', '2025-02-27'],
    ['Announced: 24 May 2024. The HHS Office for Civil Rights settled with a hospital for $950,000.', '2024-05-24'],
  ])('reads an English roundup\'s dated lead: %s', (body, date) => {
    expect(eventDate(`Regulator acts\n${body}`, ctx('2025-03-01'))?.value).toBe(date);
  });

  it('does not take a posting date under the headline of a short item for its foot', () => {
    const text = 'China Finalizes Rules on Compliance Audits\nFebruary 20, 2025\nOn February 14, 2025, the Cyberspace Administration of China issued the Measures.\n';
    expect(eventDate(text, ctx('2025-02-20'))?.value).toBe('2025-02-14');
  });

  it('takes the labelled date of a decision laid out as fields', () => {
    const text = '行政处罚决定书文号：金罚决字〔2024〕12号\n被处罚当事人姓名或名称：某银行股份有限公司\n行政处罚决定：罚款420万元\n作出处罚决定的机关名称：国家金融监督管理总局\n作出处罚决定的日期：2024年3月15日';
    expect(eventDate(text, ctx('2024-03-29'))?.value).toBe('2024-03-15');
  });

  it('reads an official Chinese-numeral foot date', () => {
    const notice = '工业和信息化部办公厅关于开展2023年网络安全技术应用试点示范工作的通知\n各省、自治区、直辖市工业和信息化主管部门：\n现将有关事项通知如下。\n工业和信息化部办公厅\n二〇二三年九月十四日';
    expect(eventDate(notice, ctx(null))?.value).toBe('2023-09-14');
  });
});

describe('eventDate: a case dated by its judgment, past its part labels', () => {
  it.each([
    [
      '刘某某侵犯公民个人信息刑事附带民事公益诉讼案\n【基本案情】\n2021年3月至2022年9月，被告人刘某某将公司客户信息共计4.6万余条出售给他人。\n【检察机关履职过程】\n上海市闵行区人民检察院以刘某某涉嫌侵犯公民个人信息罪提起公诉。2023年8月16日，上海市闵行区人民法院作出一审判决。',
      '2023-08-16',
    ],
    [
      '刘某诉某物业公司个人信息保护纠纷案\n▍基本案情\n某物业公司强制要求业主录入人脸信息。\n业主刘某多次要求使用门禁卡未果，遂诉至法院。\n▍审理过程\n被告辩称，人脸识别系统系为保障小区安全。\n▍裁判结果\n2024年3月15日，浦东法院作出判决，判令被告删除刘某的人脸信息。',
      '2024-03-15',
    ],
    // a month lead, then the day of the act in the same paragraph
    [
      '浙江省温州市某区人民检察院督促整治快递面单信息泄露行政公益诉讼案\n【基本案情】\n2022年下半年以来，温州市某区多家快递网点随意丢弃快递面单。\n【检察机关履职过程】\n2023年4月，温州市某区人民检察院在履职中发现该线索后依法立案调查。同年5月10日，该院向区邮政管理局制发诉前检察建议。',
      '2023-05-10',
    ],
    ['2024年3月，成都市某区人民检察院立案调查，并于同年4月2日向区市场监管局制发检察建议。', '2024-04-02'],
    // a month lead alone keeps its month
    ['2023年3月，无锡市公安局网安支队在网络安全检查中发现该网站存在高危漏洞，对该公司处以警告。', '2023-03'],
  ])('%s', (text, expected) => {
    expect(eventDate(text, ctx('2024-11-26'))?.value).toBe(expected);
  });
});

describe('eventDate: the same day as the item before', () => {
  it.each([
    ['同日，广东省通信管理局还公开通报 25 款未按要求完成整改 APP，指出近期监测发现 114 款 APP 存在侵害用户权益问题。', '2023-09-14', '2023-09-14'],
    ['On the same day, the EDPB also adopted a statement on the Data Act.', '2023-03-28', '2023-03-28'],
    // a month-only context cannot say which day
    ['同日，广东省通信管理局还公开通报 25 款未按要求完成整改 APP。', '2023-09', null],
  ])('%s', (text, ref, date) => {
    const found = eventDate(text, ctx(ref));
    expect(found?.value ?? null).toBe(date);
    if (found) expect(found.text).toMatch(/^(同日|the same day)$/); // `On ` is read as a prefix
  });
});

describe('eventDate: no date', () => {
  it.each([
    ['## 公安部公布十起侵犯公民个人信息违法犯罪典型案例\n近日，公安部公布了2019年以来公安机关侦破的10起侵犯公民个人信息违法犯罪典型案例。', '2020-04'],
    ['## MPS Releases 10 Typical Cases\nRecently, the MPS released 10 typical cases involving the infringements of citizens’ personal information detected since 2019.', '2020-04'],
    ['日前，上海市网信办对属地 46 款 App 收集使用个人信息情况开展专项检查。', '2023-10-20'],
    // a campaign range is not one event date
    ['9月13日至22日，“2023 网民网络安全感满意度调查活动”网民意见综合采集阶段工作成功开展，取得系列新成果。', '2023-10-20'],
    // statistics cut-offs, background and effective dates are not the event
    ['截至10月31日，全国共侦破涉网案件45743起，抓获犯罪嫌疑人65832名。', '2019-11-30'],
    ['2016年以来，全国公安机关在相关网安专项行动中侦破侵犯公民个人信息案件1.7万余起。', '2020-04'],
    ['自2023年2月份以来，张家界市政府有关部门多次接到从事旅游直播的从业者举报。', '2023-10-20'],
    ['《商用密码检测机构管理办法》自2023年11月1日起施行，共29条。', '2023-10-20'],
    ['2019年，广东省人力资源和社会保障厅和广东省科学技术协会印发《广东省网络空间安全工程技术人才职称评价改革实施方案》。', '2023-10-20'],
    ['案例一：宿迁某医学检验机构不履行数据安全保护义务案。该机构运营的医学检验信息平台存在 SQL 注入漏洞、弱口令等网络安全隐患。', '2023-10-20'],
    // a month-day with no year anywhere cannot be dated
    ['11 月 25 日，据报道，北京警方一举破获非法数字货币交易所 BISS 的诈骗案。', null],
  ])('%s', (text, ref) => {
    expect(eventDate(text, ctx(ref))).toBeNull();
  });
});

// eval-genre-en2 03: a US round-up writes `Jan. 14, 2025` in one item and `On 1/9/2025` in another.
describe('eventDate: ambiguous numeric dates follow the document', () => {
  const text = 'On 1/9/2025, the Department of Justice (DOJ), acting on a referral from the FTC, filed a proposed stipulated order.';

  it('reads the document order from its unambiguous numeric dates, else from its English dates', () => {
    expect(documentDayFirst('On Jan. 14, 2025, the Federal Trade Commission (FTC) finalized its consent order.\n\n' + text)).toBe(false);
    expect(documentDayFirst('On 17/12/2024 the Irish DPC announced final decisions.\n\nOn 12 December 2024 the AEPD imposed a fine.')).toBe(true);
    expect(documentDayFirst('On 3/21/2025 OCR announced a settlement.\n\nOn 4 April 2025 it published guidance.')).toBe(false);
    expect(documentDayFirst('2024年7月12日，国家互联网信息办公室发布《规定》。')).toBeNull();
  });

  it('reads an item without evidence of its own in the document order', () => {
    expect(eventDate(text, { referenceDate: '2025-04-02', sectionPath: [], dayFirst: false })?.value).toBe('2025-01-09');
    expect(eventDate(text, { referenceDate: '2025-04-02', sectionPath: [], dayFirst: true })?.value).toBe('2025-09-01');
    // evidence inside the item itself comes first
    expect(eventDate('On 1/9/2025 the AP fined the bank; the decision of 17/12/2024 was upheld.', { referenceDate: null, sectionPath: [], dayFirst: false })?.value).toBe('2025-09-01');
  });
});
