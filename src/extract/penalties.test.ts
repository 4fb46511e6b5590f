import { describe, expect, it } from 'vitest';
import { distinctPenalties, extractPenalties } from './penalties.ts';

type Row = [amount: number, currency: string, kind: string];
const values = (text: string): Row[] =>
  extractPenalties(text).map((f) => [f.value.amount, f.value.currency, f.value.kind]);

describe('extractPenalties: penalties found', () => {
  it.each<[string, Row[]]>([
    // seeds (江苏公安、网信办、金融监管总局、宁波市监局、加州司法部)
    ['宿迁公安机关依据《数据安全法》第四十五条规定，对该机构予以行政警告并处罚款 10 万元。', [[100000, 'CNY', 'fine']]],
    [
      '对该公司责令改正，处罚款人民币五万元的行政处罚，同时对直接负责的主管人员处罚款人民币一万元的行政处罚。',
      [[50000, 'CNY', 'fine'], [10000, 'CNY', 'fine']],
    ],
    [
      '南开分局对该单位及相关主管人员分别予以罚款伍万元和贰万元的行政处罚。',
      [[50000, 'CNY', 'fine'], [20000, 'CNY', 'fine']],
    ],
    ['作出责令停止违法处理个人信息行为，并处人民币5000万元罚款的行政处罚。', [[50000000, 'CNY', 'fine']]],
    // An FTC order is a settlement.
    [
      'The FTC announced a proposed order requiring 1Health.io, which operates the Vitagene genetic testing service, to pay $75,000 and to strengthen its protections.',
      [[75000, 'USD', 'settlement']],
    ],
    ['责令暂停“小世界”版块信息更新 30 日，没收违法所得并处 100 万元罚款。', [[1000000, 'CNY', 'fine']]],
    ['协议指出，谷歌必须向加州支付 9300 万美元，并遵守一系列保护加州用户隐私利益的禁令条款', [[93000000, 'USD', 'settlement']]],
    ['10. 因非法追踪用户位置数据，谷歌支付 9300 万美元和解', [[93000000, 'USD', 'settlement']]],
    ['国家金融监督管理总局北京监管局依据《银行业监督管理法》第四十六条给予其20万元罚款的行政处罚。', [[200000, 'CNY', 'fine']]],
    // a total the sentence goes on to split into its parts: the parts only
    ['对该行给予警告，并处罚款共计人民币1,580万元，其中对该行罚款1,500万元，对相关责任人员罚款80万元。', [[15000000, 'CNY', 'fine'], [800000, 'CNY', 'fine']]],
    // a total over several parties, then each party's share after a colon
    ['On 12 March 2025 the PIPC imposed penalty surcharges totaling KRW 1.5 billion on three companies: KRW 800 million on Alpha, KRW 500 million on Beta and KRW 200 million on Gamma.', [[800000000, 'KRW', 'fine'], [500000000, 'KRW', 'fine'], [200000000, 'KRW', 'fine']]],
    // an order that requires payment settles; the suspended part of the sum is no payment of its own
    ["The FTC's order requires the company to pay $2.95 million, of which $1 million is suspended.", [[2950000, 'USD', 'settlement']]],
    // a 行政处罚信息公示表 row: one party's fines for several violations, summed (eval-genre-zh2)
    ['3\t佛山某支付科技有限公司\t广东银罚决字〔2024〕33号\t违反反洗钱管理规定\t警告，没收违法所得12.8万元，罚款共计468万元\t中国人民银行广东省分行', [[128000, 'CNY', 'confiscation'], [4680000, 'CNY', 'fine']]],
    ['1.因重要信息系统突发事件未报告，北京中关村银行被罚20万元', [[200000, 'CNY', 'fine']]],
    ['根据《侵害消费者权益行为处罚办法》和《消费者权益保护法》，处以人民币25万元的罚款。', [[250000, 'CNY', 'fine']]],
    ['此前，在4月14日与4月15日，已另有两家房地产企业因同样理由被分别罚款25万。', [[250000, 'CNY', 'fine']]],
    [
      'it fined Ningbo Baoli Industrial Investment Co., Ltd. CNY 250,000, according to the Measures',
      [[250000, 'CNY', 'fine']],
    ],
    [
      'there were another two real estate companies fined for the same reason for CNY 250,000 respectively.',
      [[250000, 'CNY', 'fine']],
    ],
    // Chinese genre cases the seeds lack
    ['依据《网络安全法》第六十四条，没收违法所得1.2万元，并处罚款5万元。', [[12000, 'CNY', 'confiscation'], [50000, 'CNY', 'fine']]],
    ['法院以侵犯公民个人信息罪判处被告人有期徒刑三年，并处罚金人民币十万元。', [[100000, 'CNY', 'criminal-fine']]],
    ['判处有期徒刑一年六个月，并处罚金人民币 2 万元。', [[20000, 'CNY', 'criminal-fine']]],
    ['市网信办拟对该公司处以罚款人民币30万元，并告知其享有陈述、申辩的权利。', [[300000, 'CNY', 'fine']]],
    ['上海市通信管理局对该公司作出罚款 3 万元的行政处罚决定。', [[30000, 'CNY', 'fine']]],
    ['爱尔兰数据保护委员会对Meta处以12亿欧元罚款', [[1200000000, 'EUR', 'fine']]],
    ['愛爾蘭資料保護委員會罰款4億500萬歐元', [[405000000, 'EUR', 'fine']]],
    ['卢森堡数据保护机构对亚马逊罚款7.46亿欧元（约合人民币56亿元）。', [[746000000, 'EUR', 'fine']]],
    ['西班牙数据保护局罚款204.600.000欧元', [[204600000, 'EUR', 'fine']]],
    ['韩国个人信息保护委员会对谷歌和Meta分别处以692亿韩元和308亿韩元罚款。', [[69200000000, 'KRW', 'fine'], [30800000000, 'KRW', 'fine']]],
    ['该公司被罚超6000万元', [[60000000, 'CNY', 'fine']]],
    ['台湾地区“个资法”修正后，某电商平台被处新台币200万元罚款。', [[2000000, 'TWD', 'fine']]],
    ['金管会表示，某银行未采取适当安全措施，核处新台币600万元罚锾，并命其限期改正。', [[6000000, 'TWD', 'fine']]],
    ['英国信息专员办公室（ICO）对该公司开出 750 万英镑罚单', [[7500000, 'GBP', 'fine']]],
    ['双方达成和解，该公司同意支付 1.5 亿美元', [[150000000, 'USD', 'settlement']]],
    // English digests
    ['In January 2022 the CNIL fined Google €150 million and Facebook €60 million over cookie refusal.', [[150000000, 'EUR', 'fine'], [60000000, 'EUR', 'fine']]],
    ['The Irish DPC fined Meta EUR 1.2 billion for transfers of personal data to the US.', [[1200000000, 'EUR', 'fine']]],
    ['Google agreed to pay $93 million to settle a lawsuit brought by California.', [[93000000, 'USD', 'settlement']]],
    ['The PIPC imposed a penalty surcharge of KRW 6.4 billion on the operator.', [[6400000000, 'KRW', 'fine']]],
    ['The ICO issued a fine of £7,552,800 to Clearview AI Inc.', [[7552800, 'GBP', 'fine']]],
    ['The ICO issued a notice of intent to fine British Airways £183.39m for the 2018 breach.', [[183390000, 'GBP', 'fine']]],
    ['Didi was fined RMB 8.026 billion by the CAC on July 21, 2022.', [[8026000000, 'CNY', 'fine']]],
    ['The FTC announced a $5 billion civil penalty against Facebook.', [[5000000000, 'USD', 'fine']]],
    ['Twitter will pay $150 million in civil penalties to resolve the FTC complaint.', [[150000000, 'USD', 'fine']]],
    ['Uber reached a $148 million settlement with all 50 states over its 2016 data breach.', [[148000000, 'USD', 'settlement']]],
    ['Meta was ordered to pay a 1.2 billion euro fine.', [[1200000000, 'EUR', 'fine']]],
    ['Sephora agreed to a $1.2 million settlement with the California AG.', [[1200000, 'USD', 'settlement']]],
    ['The court fined the company £5,000 and ordered it to pay costs of £1,200.', [[5000, 'GBP', 'fine']]],
    [
      'GDPR fines: €1.2 billion (Meta), €746 million (Amazon), €405 million (Instagram).',
      [[1200000000, 'EUR', 'fine'], [746000000, 'EUR', 'fine'], [405000000, 'EUR', 'fine']],
    ],
    ['Amazon was hit with a record €746m fine', [[746000000, 'EUR', 'fine']]],
    ['Didi Global was fined 8.026 billion yuan ($1.2 billion) on Thursday', [[8026000000, 'CNY', 'fine']]],
    ['依据《中华人民共和国网络安全法》第六十四条罚款5万元', [[50000, 'CNY', 'fine']]],
    ['罚款人民币壹拾万元整', [[100000, 'CNY', 'fine']]],
    ['该平台因违规收集个人信息被责令整改，罚款 5 万余元', [[50000, 'CNY', 'fine']]],
    ['| 1 | 某科技公司 | 未履行网络安全保护义务 | 警告、罚款 | 1万元 |', [[10000, 'CNY', 'fine']]],
    [
      '法院判处被告人有期徒刑二年，并处罚金人民币一万元；判处被告人李某有期徒刑一年，并处罚金人民币五千元。',
      [[10000, 'CNY', 'criminal-fine'], [5000, 'CNY', 'criminal-fine']],
    ],
    [
      '该公司被处以警告，并处罚款人民币 5 万元整，没收违法所得 3,560 元。',
      [[50000, 'CNY', 'fine'], [3560, 'CNY', 'confiscation']],
    ],
    ['依法对其处以罚款1万元，对其法定代表人处以罚款5000元', [[10000, 'CNY', 'fine'], [5000, 'CNY', 'fine']]],
    // eval-genre-en2: `fining` governs the sum; an earlier fine named by `it imposed on` after it
    ['The Data Protection Commission (DPC) announced a final decision fining a social media company EUR 91 million after an inquiry.', [[91000000, 'EUR', 'fine']]],
    [
      "The PIPC's record remains the KRW 69.2 billion and KRW 30.8 billion it imposed on Google and Meta in September 2022 for behavioural advertising without consent.",
      [[69200000000, 'KRW', 'fine'], [30800000000, 'KRW', 'fine']],
    ],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('extractPenalties: money that is not a penalty', () => {
  it.each([
    // statutory ranges and maxima
    ['违反本法规定的，由有关主管部门责令改正，处五万元以上五十万元以下罚款。'],
    ['拒不改正的，处十万元以下罚款'],
    // eval-genre-en2: what fines can reach is the statutory maximum
    ['Under Art. 83 GDPR, fines can reach EUR 20 million or up to 4% of global turnover, whichever is higher.'],
    ['最高可处5000万元或者上一年度营业额百分之五以下罚款'],
    ['Companies face fines of up to €20 million or 4% of global annual turnover.'],
    ['The company could be fined as much as $2 billion.'],
    // ranges without one figure
    ['对违规企业分别处以1-7万元不等的罚款'],
    ['罚款5万元至10万元'],
    // totals across many cases
    ['全国市场监管部门共立案查办各类侵害消费者个人信息案件 1474 件，查获涉案信息 369.2 万条，罚没款 1946.4 万元，移送公安机关案件 154 件；'],
    ['三家房企因使用人脸识别系统被宁波市市监局共罚款75万'],
    ['Ningbo AMR Fines 3 Real Estate Companies CNY 750,000 for Improperly Using Facial Recognition System'],
    ['2023年全省通信管理局累计罚款 1200 万元'],
    ['In 2023 European regulators issued fines totalling €2.1 billion.'],
    ['据统计，今年以来全省网信部门共查处违法违规网站 326 家，罚款 58 万元'],
    ['2022年全国罚没收入 3000 亿元'],
    ['Under the PIPL, violators may be fined up to RMB 50 million or 5% of their annual turnover.'],
    ['被处罚的企业注册资本1000万元'],
    // other money
    ['广东东莞网安部门组织全市 17 个镇街分局开展三波次集中收网打击行动，成功打掉犯罪团伙 22 个，涉案金额达 5.3 亿元。'],
    ['该团伙从 2022 年 3 月至今有偿删帖约 1.1 万次，非法获利约 53 万元人民币。'],
    ['抓获犯罪嫌疑人23名，冻结、扣押涉案资金6000余万元，扣押涉案车辆4台'],
    ['抓获涉案犯罪嫌疑人30名，退赔退赃118万元。'],
    ['嫌疑人以公开数据相威胁，敲诈勒索人民币 50 万元'],
    ['今年11月1日到11日，全国网络零售额超过了8700亿元人民币，同比增长了26.7%。'],
    ['博通-赛门铁克企业安全业务 107 亿美元天价收购案完成'],
    ['字节跳动在两年以前以 10 亿美元的价格收购美国社交媒体 app Musical.ly'],
    ['德国因数据盗窃、网络间谍破坏活动造成的损失将达到 2060 亿欧元'],
    ['法院判决被告赔偿原告经济损失及合理开支共计 5 万元'],
    // totals of a period or of counted cases, even written 罚款共计
    ['全年共查处网络安全违法案件3100余起，行政处罚单位和个人2600余家（人），罚款共计1536万元。'],
    ['今年以来，市场监管部门对违法收集人脸信息的经营者罚款共计320万元。'],
    ['The jury awarded $10 million in damages to the plaintiffs.'],
    ['The hackers demanded a ransom of $4 million.'],
    // counts that look like money
    ['泄露数据 83.23 亿条，共计 19.1GB'],
    ['涉嫌非法缓存公民个人信息 1 亿多条'],
    // rates the law sets
    ['Data brokers that fail to register face fines of $200 per day.'],
    ['Operators that do not comply face a penalty of €5,000 for each day of delay.'],
  ])('%s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('extractPenalties: conversions and spans', () => {
  it('keeps the fine and drops its bracketed conversion', () => {
    expect(values('The CNIL fined Google €150 million ($165 million) on Thursday.')).toEqual([
      [150000000, 'EUR', 'fine'],
    ]);
    expect(values('台湾某公司被罚款 1 亿元（约新台币 4.3 亿元）')).toEqual([[100000000, 'CNY', 'fine']]);
  });

  it('reports the source words and their span', () => {
    const text = '对该机构予以行政警告并处罚款 10 万元。';
    const [found] = extractPenalties(text);
    expect(found?.text).toBe('10 万元');
    expect(found && text.slice(found.span.start, found.span.end)).toBe('10 万元');
  });
});

describe('distinctPenalties', () => {
  it('lists a restated fine once', () => {
    const text =
      '处以人民币25万元的罚款。另有两家企业被分别罚款25万。It fined the company CNY 250,000. Another two were fined CNY 250,000 respectively.';
    expect(extractPenalties(text)).toHaveLength(4);
    expect(distinctPenalties(extractPenalties(text)).map((f) => f.value)).toEqual([
      { amount: 250000, currency: 'CNY', kind: 'fine', target: null, payer: null },
    ]);
  });
});

type Party = [amount: number, kind: string, target: string | null, payer: 'entity' | 'person' | null];
const parties = (text: string): Party[] =>
  extractPenalties(text).map((f) => [f.value.amount, f.value.kind, f.value.target ?? null, f.value.payer ?? null]);

describe('extractPenalties: whom the penalty is on', () => {
  it.each<[string, Party[]]>([
    // seeds
    [
      '对该公司责令改正，处罚款人民币五万元的行政处罚，同时对直接负责的主管人员处罚款人民币一万元的行政处罚。',
      [[50000, 'fine', '该公司', 'entity'], [10000, 'fine', '直接负责的主管人员', 'person']],
    ],
    // An appositive gives the named party, not its description.
    [
      '对该不动产登记中心予以行政警告并责令改正；对该系统的建设运维单位北京某科技发展研究中心予以行政警告并处罚款 5 万元。',
      [[50000, 'fine', '北京某科技发展研究中心', 'entity']],
    ],
    [
      '南开分局对该单位及相关主管人员分别予以罚款伍万元和贰万元的行政处罚。',
      [[50000, 'fine', '该单位', 'entity'], [20000, 'fine', '相关主管人员', 'person']],
    ],
    ['宿迁公安机关依据《数据安全法》第四十五条规定，对该机构予以行政警告并处罚款 10 万元。', [[100000, 'fine', '该机构', 'entity']]],
    [
      '宁波市市场监督管理局对宁波保利实业投资有限公司侵害消费者个人信息权利的行为，根据《侵害消费者权益行为处罚办法》和《消费者权益保护法》，处以人民币25万元的罚款。',
      [[250000, 'fine', '宁波保利实业投资有限公司', 'entity']],
    ],
    ['1.因重要信息系统突发事件未报告，北京中关村银行被罚20万元', [[200000, 'fine', '北京中关村银行', 'entity']]],
    ['协议指出，谷歌必须向加州支付 9300 万美元，并遵守一系列保护加州用户隐私利益的禁令条款', [[93000000, 'settlement', '谷歌', 'entity']]],
    ['10. 因非法追踪用户位置数据，谷歌支付 9300 万美元和解', [[93000000, 'settlement', '谷歌', 'entity']]],
    [
      'it fined Ningbo Baoli Industrial Investment Co., Ltd. CNY 250,000, according to the Measures',
      [[250000, 'fine', 'Ningbo Baoli Industrial Investment Co., Ltd.', 'entity']],
    ],
    // the text does not say, or says only 其
    ['作出责令停止违法处理个人信息行为，并处人民币5000万元罚款的行政处罚。', [[50000000, 'fine', null, null]]],
    ['国家金融监督管理总局北京监管局依据《银行业监督管理法》第四十六条给予其20万元罚款的行政处罚。', [[200000, 'fine', null, null]]],
    ['愛爾蘭資料保護委員會罰款4億500萬歐元', [[405000000, 'fine', null, null]]],
    [
      'there were another two real estate companies fined for the same reason for CNY 250,000 respectively.',
      [[250000, 'fine', null, null]],
    ],
    // Chinese genre sentences
    ['依法对其处以罚款1万元，对其法定代表人处以罚款5000元', [[10000, 'fine', null, null], [5000, 'fine', '其法定代表人', 'person']]],
    ['卢森堡数据保护机构对亚马逊罚款7.46亿欧元（约合人民币56亿元）。', [[746000000, 'fine', '亚马逊', 'entity']]],
    [
      '韩国个人信息保护委员会对谷歌和Meta分别处以692亿韩元和308亿韩元罚款。',
      [[69200000000, 'fine', '谷歌', 'entity'], [30800000000, 'fine', 'Meta', 'entity']],
    ],
    ['台湾地区“个资法”修正后，某电商平台被处新台币200万元罚款。', [[2000000, 'fine', '某电商平台', 'entity']]],
    ['双方达成和解，该公司同意支付 1.5 亿美元', [[150000000, 'settlement', '该公司', 'entity']]],
    [
      '该公司被处以警告，并处罚款人民币 5 万元整，没收违法所得 3,560 元。',
      [[50000, 'fine', '该公司', 'entity'], [3560, 'confiscation', '该公司', 'entity']],
    ],
    [
      '法院判处被告人有期徒刑二年，并处罚金人民币一万元；判处被告人李某有期徒刑一年，并处罚金人民币五千元。',
      [[10000, 'criminal-fine', '被告人', 'person'], [5000, 'criminal-fine', '被告人李某', 'person']],
    ],
    ['涉事企业杭州某网络科技有限公司被处罚款10万元', [[100000, 'fine', '杭州某网络科技有限公司', 'entity']]],
    // One sum on each of two parties: reported together.
    ['市场监管局对甲公司和乙公司分别罚款5万元', [[50000, 'fine', '甲公司和乙公司', 'entity']]],
    // English digests
    ['the CNIL fined Google LLC €90 million', [[90000000, 'fine', 'Google LLC', 'entity']]],
    [
      'In January 2022 the CNIL fined Google €150 million and Facebook €60 million over cookie refusal.',
      [[150000000, 'fine', 'Google', 'entity'], [60000000, 'fine', 'Facebook', 'entity']],
    ],
    ['Google agreed to pay $93 million to settle a lawsuit brought by California.', [[93000000, 'settlement', 'Google', 'entity']]],
    ['The PIPC imposed a penalty surcharge of KRW 6.4 billion on the operator.', [[6400000000, 'fine', 'the operator', 'entity']]],
    ['The ICO issued a fine of £7,552,800 to Clearview AI Inc.', [[7552800, 'fine', 'Clearview AI Inc.', 'entity']]],
    ['Didi Global was fined 8.026 billion yuan ($1.2 billion) on Thursday', [[8026000000, 'fine', 'Didi Global', 'entity']]],
    ['The FTC announced a $5 billion civil penalty against Facebook.', [[5000000000, 'fine', 'Facebook', 'entity']]],
    ['Uber reached a $148 million settlement with all 50 states over its 2016 data breach.', [[148000000, 'settlement', 'Uber', 'entity']]],
    ['The court fined the company £5,000 and ordered it to pay costs of £1,200.', [[5000, 'fine', 'the company', 'entity']]],
    [
      'GDPR fines: €1.2 billion (Meta), €746 million (Amazon).',
      [[1200000000, 'fine', 'Meta', 'entity'], [746000000, 'fine', 'Amazon', 'entity']],
    ],
    ['The magistrates fined Mr Smith £2,000 for unlawfully obtaining personal data.', [[2000, 'fine', 'Mr Smith', 'person']]],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});
