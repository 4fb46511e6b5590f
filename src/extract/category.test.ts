import { describe, expect, it } from 'vitest';
import { SEED_CASES } from './__fixtures__/category-seeds.ts';
import { classifyCategory, headOf, markTitles, readSections, titleKind } from './category.ts';
import type { Category } from './types.ts';

const plain = { sectionPath: [] as string[], hasPenalty: false, hasCitation: false };

describe('classifyCategory on the seed newsletters', () => {
  it.each(SEED_CASES)('%j %s', (sectionPath, title, text, hasPenalty, hasCitation, withSections) => {
    expect(classifyCategory({ text, title, sectionPath, hasPenalty, hasCitation })).toBe(withSections);
  });

  it.each(SEED_CASES)('without sections: %j %s', (_path, title, text, hasPenalty, hasCitation, _with, without) => {
    expect(classifyCategory({ text, title, sectionPath: [], hasPenalty, hasCitation })).toBe(without);
  });

  it('covers every category', () => {
    expect(new Set(SEED_CASES.map((c) => c[5]))).toEqual(
      new Set(['legislation', 'enforcement', 'judicial', 'industry', 'overseas']),
    );
  });
});

// Realistic items of the genre that the seeds lack: courts, judicial interpretations, Hong Kong and
// Taiwan regulators, English-only reports, industry reports and deals, with no section headings.
const GENRE: [string | null, string, boolean, Category][] = [
  // A research institute's own guide or report is industry, not legislation (an association's notice to its
  // members stays legislation, as the seeds file it).
  [null, '3月5日，中国信通院发布《数据安全治理实践指南（3.0）》，总结了企业数据安全治理的实践经验。', false, 'industry'],
  [null, '全国网络安全标准化技术委员会发布《网络安全标准实践指南——敏感个人信息识别指南》。', false, 'legislation'],
  [null, '2023年8月，上海市浦东新区人民法院审结一起侵犯公民个人信息案，判处被告人有期徒刑三年，并处罚金10万元。', true, 'judicial'],
  [null, '最高人民法院、最高人民检察院联合发布《关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释》，自2017年6月1日起施行。', false, 'legislation'],
  ['全国首例人脸识别案二审宣判', '杭州市中级人民法院对郭某诉杭州野生动物世界服务合同纠纷案作出二审判决，判令删除其面部特征信息。', false, 'judicial'],
  [null, '北京市海淀区人民检察院就某App违规收集儿童个人信息一案向北京互联网法院提起民事公益诉讼。', false, 'judicial'],
  [null, '香港个人资料私隐专员公署发布《人工智能（AI）：个人资料保障模范框架》，为机构采购及使用人工智能提供建议。', false, 'overseas'],
  [null, '台湾地区数位发展部公布《个人资料保护法》修正草案，拟设立独立的个人资料保护委员会。', false, 'overseas'],
  [null, '新加坡个人数据保护委员会（PDPC）对一家物流公司处以罚款7.4万新元，因其未能保护客户个人数据。', true, 'overseas'],
  [null, '韩国个人信息保护委员会对谷歌和Meta分别处以692亿韩元和308亿韩元罚款。', true, 'overseas'],
  [null, '国家网信办与香港特区政府创新科技及工业局签署《关于促进粤港澳大湾区数据跨境流动的合作备忘录》。', false, 'legislation'],
  [null, '国家互联网信息办公室就《网络数据安全管理条例（征求意见稿）》公开征求意见，截止日期为12月13日。', false, 'legislation'],
  [null, '全国人大常委会第二次审议《个人信息保护法（草案）》。', false, 'legislation'],
  [null, '7月21日，国家互联网信息办公室依法对滴滴全球股份有限公司处人民币80.26亿元罚款。', true, 'enforcement'],
  [null, '广东省通信管理局决定对35款未按要求完成整改的APP予以下架处理。', false, 'enforcement'],
  ['公安部：今年以来侦破侵犯公民个人信息案件1.6万起', '公安部通报，今年以来全国公安机关共侦破侵犯公民个人信息案件1.6万起，抓获犯罪嫌疑人3.6万名。', false, 'enforcement'],
  [null, '奇安信发布《2023年中国政企机构数据安全风险研究报告》，报告显示，超过六成机构曾发生数据泄露。', false, 'industry'],
  [null, '中国信通院发布《数据要素白皮书（2023年）》，系统梳理数据要素市场发展情况。', false, 'industry'],
  [null, '11月8日，2023年世界互联网大会乌镇峰会开幕，主题为“建设包容、普惠、有韧性的数字世界”。', false, 'industry'],
  [null, '某网络安全公司宣布完成数亿元C轮融资，将用于数据安全产品研发。', false, 'industry'],
  [null, 'On July 21, 2022, the Cyberspace Administration of China (CAC) fined Didi Global CNY 8.026 billion for violating the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.', true, 'enforcement'],
  [null, "On August 20, 2021, the Standing Committee of the National People's Congress adopted the Personal Information Protection Law, which will take effect on November 1, 2021.", false, 'legislation'],
  [null, "The Shanghai No. 1 Intermediate People's Court sentenced a defendant to three years' imprisonment for infringing citizens' personal information.", false, 'judicial'],
  [null, "On May 22, 2023, Ireland's Data Protection Commission fined Meta EUR 1.2 billion for transferring personal data of EU users to the US.", true, 'overseas'],
  [null, "Hong Kong's Privacy Commissioner for Personal Data published guidance on the ethical development and use of AI.", false, 'overseas'],
  [null, 'The EU Data Act entered into force on January 11, 2024.', false, 'overseas'],
  [null, 'On 1 November 2021, the PIPL came into effect.', false, 'legislation'],
  [null, "The Beijing Internet Court ruled that the defendant's use of AI-generated voice infringed the plaintiff's personality rights.", false, 'judicial'],
  [null, "The UK ICO fined TikTok GBP 12.7 million for misusing children's data.", true, 'overseas'],
  [null, 'The MIIT named 26 apps that infringe user rights and ordered them to rectify by June 30.', false, 'enforcement'],
  [null, 'The Cybersecurity Association of China held the 2023 China Internet Security Conference in Beijing.', false, 'industry'],
  [null, '美国联邦贸易委员会（FTC）与亚马逊就Alexa儿童语音数据达成2500万美元和解。', true, 'overseas'],
  [null, 'Meta被爱尔兰数据保护委员会罚款12亿欧元。', true, 'overseas'],
  [null, '江苏省苏州市中级人民法院二审维持原判，以侵犯公民个人信息罪判处被告人有期徒刑四年。', false, 'judicial'],
  [null, '2023年中国网络安全市场规模达到约800亿元，同比增长8%。', false, 'industry'],
  [null, '国家网信办指导北京市网信办对百度、腾讯等平台进行约谈。', false, 'enforcement'],
  // Taiwan and Hong Kong bodies as their own pages name them, without 台湾/香港.
  ['国发会预告个资法部分条文修正草案', '国家发展委员会（国发会）于111年10月5日预告「个人资料保护法」部分条文修正草案，拟设立个人资料保护独立机关。', false, 'overseas'],
  ['宪法法庭就健保资料库案作成判决', '宪法法庭于2022年8月12日宣示111年宪判字第13号判决，认个人资料保护法第6条第1项但书第4款规定尚不违宪。', false, 'overseas'],
  ['NCC开罚电信业者 个资管理不当', '国家通讯传播委员会（NCC）今（19）日召开委员会议，依电信管理法第84条规定，核处罚锾新台币50万元。', true, 'overseas'],
  // A foreign regulator's page that never names its country.
  ['Breach of the Protection Obligation by an online retailer', 'Decision | Protection | 14 Sep 2023\nFinancial penalty of $74,000 imposed on the organisation, whose customer database was exfiltrated.', true, 'overseas'],
  // A lawsuit against a regulator's penalty is a court case, named `原告诉被告…案`.
  ['某网络公司诉上海市某区互联网信息办公室行政处罚案', '▍基本案情\n某网络公司运营的一款求职App在用户注销账号后仍保留并使用其简历信息用于营销推送。\n该公司不服，以处罚过重为由向浦东法院提起行政诉讼。\n▍裁判结果\n2024年1月22日，浦东法院作出一审判决，认为被诉行政处罚决定认定事实清楚、适用法律正确、程序合法、处罚幅度适当，判决驳回原告的诉讼请求。', false, 'judicial'],
  // A row of a 行政处罚信息公示表 whose only measure is a warning: the decision number says enforcement.
  [null, '7\t张某某\t汕头银罚决字〔2025〕2号\t违反人民币流通管理规定\t警告\t中国人民银行汕头市分行\t2025年1月6日', false, 'enforcement'],
  ['MIIT orders removal of 8 apps', 'The Ministry of Industry and Information Technology (MIIT) announced on 29 August that it had ordered app stores to take down 8 apps.', false, 'enforcement'],
  // eval-genre-en2 06: MIIT's English name holds `Industry` and `Technology`, which are no industry news
  [
    '3.2 MIIT names 30 apps for infringing user rights',
    'On 6 June 2024, the Ministry of Industry and Information Technology (MIIT) named 30 apps and SDKs that collected personal information without consent or beyond what was necessary, and ordered their operators to complete rectification by 15 June 2024. Apps that fail to do so face removal from app stores.',
    false,
    'enforcement',
  ],
];

describe('classifyCategory on genre items without sections', () => {
  it.each(GENRE)('%s %s', (title, text, hasPenalty, expected) => {
    expect(classifyCategory({ ...plain, title, text, hasPenalty })).toBe(expected);
  });
});

describe('section headings', () => {
  it.each([
    [['第一部分 国内立法及政策动态'], 'legislation', true, false],
    [['第二部分 国内行政执法动态'], 'enforcement', true, false],
    [['第三部分 国内司法案件'], 'judicial', true, false],
    [['第四部分：境内外重要行业新闻'], 'industry', false, true],
    [['国内要闻 Domestic News'], null, true, false],
    [['海外动态 Overseas News'], 'overseas', false, false],
    [['境内前沿观察二：治理实践', '（一）公安机关治理实践'], 'enforcement', true, false],
    [['境内前沿观察一：立法动向', '（三）地方层面动向'], 'legislation', true, false],
    [['境外前沿观察：月度速览十则'], 'overseas', false, false],
    [['行业前沿观察一：2023 网络诚信建设专题'], 'industry', false, false],
    [['Enforcement Actions'], 'enforcement', false, false],
    // eval-genre-en2 05: an e-mail digest's country headings in capitals
    [['VIETNAM'], 'overseas', false, false],
    [['NEW ZEALAND'], 'overseas', false, false],
    [['欧盟动态'], 'overseas', false, false],
    [['中国数据合规要闻'], null, true, false],
    [['立方网络安全与数据合规周报 Weekly Cybersecurity and Data Protection Review on Policy'], null, false, false],
  ] as const)('%j', (path, category, domestic, mixed) => {
    expect(readSections(path, null)).toEqual({ category, domestic, mixed });
  });

  it("reads Vietnam's Ministry of Public Security (MPS) under a country heading as overseas", () => {
    const text =
      "On 31 December 2024, Vietnam's Ministry of Public Security (MPS) released a draft decree on administrative sanctions for violations of personal data protection rules. Comments are due within 60 days.";
    expect(classifyCategory({ ...plain, sectionPath: ['VIETNAM'], title: 'MPS releases draft decree on personal data penalties', text })).toBe('overseas');
    // without the heading the title's bare MPS still leaves it open; the possessive alone does not make it mainland
    expect(classifyCategory({ ...plain, title: null, text })).toBe('overseas');
  });

  it('ignores a heading that is the item title and words inside 《》', () => {
    const title = '国务院办公厅印发《提升行政执法质量三年行动计划（2023—2025年）》';
    expect(readSections(['境内前沿观察一：立法动向', title], title).category).toBe('legislation');
    expect(readSections(['境内前沿观察二：治理实践', `1. ${title}`], title).category).toBe('enforcement');
    expect(readSections(['关于《行政处罚法》的解读'], null).category).toBeNull();
  });

  it('lets a plainly different head override a one-category section', () => {
    const text = '9月15日消息，上海市人民检察院近日联合上海市委网信办制定发布《上海市互联网证券信息服务企业合规指引》。';
    const input = { text, title: null, sectionPath: ['（二）网信部门治理实践'], hasPenalty: false, hasCitation: false };
    expect(classifyCategory(input)).toBe('legislation');
  });

  it('keeps a one-category section when the head also supports it', () => {
    const text = '11 月 25 日，据报道，近日北京警方一举破获非法数字货币交易所 BISS 的诈骗案，抓捕犯罪嫌疑人数十人。';
    expect(classifyCategory({ ...plain, text, title: null, sectionPath: ['第三部分 国内司法案件'] })).toBe('judicial');
    expect(classifyCategory({ ...plain, text, title: null })).toBe('enforcement');
  });
});

describe('titleKind and markTitles', () => {
  it.each([
    ['元宇宙产业创新发展三年行动计划（2023—2025年）', 'LAW'],
    ['贵州省数据要素登记管理办法（试行）', 'LAW'],
    ['关于印发〈网络音视频信息服务管理规定〉的通知', 'LAW'],
    ['关于下架18款侵害用户权益APP的通报', 'NOTICE'],
    // a plan, not a case (`…案`)
    ['工业和信息化领域数据安全事件应急预案（试行）', 'LAW'],
    ['中国网络诚信发展报告 2024', 'REPORT'],
    ['2019中国刷脸支付技术应用社会价值专题研究报\n告', 'REPORT'],
    ['中国学术期刊（光盘版）', 'DOC'],
  ])('%s → %s', (title, kind) => {
    expect(titleKind(title)).toBe(kind);
  });

  it('replaces each title with its kind', () => {
    expect(markTitles('依据《数据安全法》和《北爱尔兰警察局数据保护审计报告》')).toBe('依据《LAW》和《REPORT》');
  });
});

describe('headOf', () => {
  it('is the title and the first sentence', () => {
    expect(headOf('标题', '9月1日，某局发布通知。第二句。', 220)).toBe('标题\n9月1日，某局发布通知。');
    expect(headOf(null, 'On April 22, 2021, the SPP published cases. More text.', 220)).toBe(
      'On April 22, 2021, the SPP published cases.',
    );
  });
});
