import { describe, expect, it } from 'vitest';
import { extractAuthorities, lookupAuthority } from './authorities.ts';

const names = (text: string): string[] => extractAuthorities(text).map((a) => a.value.name);
const ids = (text: string): Array<[string, string | null]> => extractAuthorities(text).map((a) => [a.value.name, a.value.id]);

describe('extractAuthorities: courts, procuratorates and regulators of case releases (eval-genre-zh2)', () => {
  it.each([
    // a court by its district's short name, as its own releases write it
    ['2023年9月，浦东法院依据《中华人民共和国民事诉讼法》第一百一十四条规定，对被告某数据公司处以罚款人民币30万元。', ['浦东法院']],
    // a district the release leaves unnamed
    ['2023年4月，温州市某区人民检察院在履职中发现该线索后依法立案调查。', ['温州市某区人民检察院']],
    ['2023年5月18日，上海市某区互联网信息办公室依据《中华人民共和国个人信息保护法》第六十六条第一款规定作出行政处罚决定。', ['上海市某区互联网信息办公室']],
    // a procuratorate's branch
    ['上海市人民检察院第三分院诉某营销公司个人信息保护民事公益诉讼案', ['上海市人民检察院第三分院']],
    // a postal administration beside a market regulator
    ['区邮政管理局收到检察建议后，会同区市场监管局开展专项检查，责令12家快递网点限期整改。', ['区邮政管理局', '区市场监管局']],
    // a foreign data protection authority named by what it is
    ['12月20日，意大利数据保护机构（Garante）宣布，对OpenAI处以1500万欧元罚款。', ['意大利数据保护机构', 'Garante']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives no id to a body in a place the text leaves unnamed', () => {
    expect(ids('2023年4月，温州市某区人民检察院依法立案调查。')).toEqual([['温州市某区人民检察院', null]]);
  });
});

describe('extractAuthorities: sentences from the seed newsletters', () => {
  it.each([
    ['11 月 1 日，国家烟草专卖局、国家市场监管总局公布《关于进一步保护未成年人免受电子烟侵害的通告》，敦促电子烟生产、销售企业。', ['国家烟草专卖局', '国家市场监管总局']],
    ['11月13日，江苏省高院发布《关于在扫黑除恶专项斗争中打击与防范网络“套路贷”虚假诉讼工作指南》。', ['江苏省高院']],
    ['11月20日，国家互联网信息办公室会同公安部等有关部门起草了《网络安全威胁信息发布管理办法（征求意见稿）》。', ['国家互联网信息办公室', '公安部']],
    ['11月21日，工信部科技司公布《国家车联网产业标准体系建设指南（车辆智能管理）》征求意见稿。', ['工信部科技司']],
    ['11月4日，工业和信息化部信息通信管理局召开信息通信领域App侵害用户权益专项整治行动整治工作启动会。', ['工业和信息化部信息通信管理局']],
    ['11月15日，据报道，在上海互金整治办的牵头下，上海市金融稳定联席办和中国人民银行上海总部联合印发《关于开展虚拟货币交易场所排摸整治的通知》。', ['上海互金整治办', '上海市金融稳定联席办', '中国人民银行上海总部']],
    ['11月27日，互联网金融风险专项整治工作领导小组办公室与网络借贷风险专项整治工作领导小组办公室联合发布《关于网络借贷信息中介机构转型为小额贷款公司试点的指导意见》。', ['互联网金融风险专项整治工作领导小组办公室', '网络借贷风险专项整治工作领导小组办公室']],
    ['11 月 20 日，据报道，江苏淮安警方依法打击了 7 家涉嫌侵犯公民个人信息犯罪的公司。其中，拉卡拉支付旗下的北京考拉征信服务有限公司涉嫌非法提供身份证返照查询。', ['江苏淮安警方']],
    ['2021年4月19日，浙江省宁波市市场监督管理局（“宁波市市监局”）发布公告，对宁波保利实业投资有限公司侵害消费者个人信息权利的行为处以罚款。宁波市市监局驳回了这一申辩。', ['浙江省宁波市市场监督管理局', '宁波市市监局']],
    ['2021年4月22日，全国人民代表大会常务委员会法制工作委员会（“法工委”）发言人出席新闻发布会。草案将于4月26日提请全国人大常委会审议。', ['全国人民代表大会常务委员会法制工作委员会', '法工委']],
    ['2021年4月23日，全国信息安全标准化技术委员会（“信安标委”）发布公告。另外，4月19日，信安标委也曾就两项推荐性国家标准征求意见。', ['全国信息安全标准化技术委员会', '信安标委']],
    ['2020年12月26日，中国人民银行、中国银行保险监督管理委员会、中国证监会、国家外汇管理局等金融管理部门联合约谈了蚂蚁集团。', ['中国人民银行', '中国银行保险监督管理委员会', '中国证监会', '国家外汇管理局']],
    ['9月6日，公安部网安局发布消息称，江苏公安机关网安部门聚焦信息数据泄露问题。宿迁公安机关依据《数据安全法》第四十五条规定，对该机构予以行政警告并处罚款 10 万元。（来源：公安部网安局）', ['公安部网安局', '江苏公安机关网安部门', '宿迁公安机关']],
    ['案例二：江苏苏州公安网安部门工作发现，成都某科技有限公司在为苏州某信息科技股份有限公司相关系统运维过程中未建立制度。苏州公安机关依据《数据安全法》第四十五条规定，对该公司予以行政警告并处罚款 5 万元。', ['江苏苏州公安网安部门', '苏州公安机关']],
    ['9月16日消息，北京市公安局昌平、朝阳两分局网安部门近日充分运用《数据安全法》。案例一：北京市公安局昌平分局网安部门工作中发现。北京市公安局昌平分局根据《数据安全法》第二十七条之规定，给予该企业警告。', ['北京市公安局昌平、朝阳两分局网安部门', '北京市公安局昌平分局网安部门', '北京市公安局昌平分局']],
    ['3月12日，杭州市公安局西湖区分局网警大队依法查处一起不履行网络安全保护义务案。', ['杭州市公安局西湖区分局网警大队']],
    // Published cases often hide the place: the body is still named, without an id or a region.
    ['3月8日，某市公安局网安支队对辖区一家医院处以罚款；某区网信办约谈了该企业，某地公安机关已立案。', ['某市公安局网安支队', '某区网信办', '某地公安机关']],
    // The body that passed on the tip (接…通报) did not act.
    ['案例二：北京市公安局朝阳分局网安部门接市公安局网安总队通报，辖区某科技公司存在数据泄露隐患。', ['北京市公安局朝阳分局网安部门']],
    ['前段时间，天津公安南开分局网络安全保卫支队接到线索。依据《网络安全法》第二十一条、第五十九条之规定，南开分局对该单位予以罚款。', ['天津公安南开分局网络安全保卫支队', '南开分局']],
    // 按照公安部…部署: the ministry directed; the local bureau acted.
    ['9月20日消息，按照公安部“净网2023”专项行动的总体部署，湖南省张家界市公安局永定分局近日成功破获1起案件。', ['湖南省张家界市公安局永定分局']],
    ['9月7日消息，重庆市巴南区网信办工作发现，属地一生产公司开办的网站被植入暗链。巴南区网信办依据《网络安全法》第五十九条规定，对该企业予以行政警告处罚。（来源：网信重庆）', ['重庆市巴南区网信办', '巴南区网信办']],
    ['9月12日，上海市网信办联合徐汇区网信办依法约谈餐饮连锁企业“胡子大厨”负责人。', ['上海市网信办', '徐汇区网信办']],
    ['9月26日、27日，上海市网信办、市市场监管局执法人员先后对链家地产等房产中介的线下门店开展现场检查。', ['上海市网信办', '市市场监管局']],
    ['9月1日，海南省互联网信息办公室通报 23 款移动应用程序违法违规收集使用个人信息情况。', ['海南省互联网信息办公室']],
    ['9月8日，国家金融监督管理总局北京监管局公开京金罚决字〔2023〕6号行政处罚决定书，北京中关村银行发生重要信息系统突发事件但未向监管部门报告。（来源：国家金融监督管理总局）', ['国家金融监督管理总局北京监管局']],
    ['9月16日，深圳市人民检察院联合深圳市互联网信息办公室、深圳市司法局、深圳市发展和改革委员会、深圳数据交易所等多部门发布《深圳市企业数据合规指引》。', ['深圳市人民检察院', '深圳市互联网信息办公室', '深圳市司法局', '深圳市发展和改革委员会']],
    ['8月29日，工信部办公厅、教育部办公厅、文化和旅游部办公厅、国务院国资委办公厅、国家广播电视总局办公厅联合印发《元宇宙产业创新发展三年行动计划（2023—2025年）》。', ['工信部办公厅', '教育部办公厅', '文化和旅游部办公厅', '国务院国资委办公厅', '国家广播电视总局办公厅']],
    ['8月31日，贵州省大数据发展管理局发布《贵州省数据要素登记管理办法（试行）》（征求意见稿）。', ['贵州省大数据发展管理局']],
    ['9月3日，在公安部和云南省公安厅的组织部署下，西双版纳公安机关依托边境警务执法合作机制开展联合打击行动。', ['公安部', '云南省公安厅', '西双版纳公安机关']],
    ['9月11日，斯里兰卡信息与通信技术局（ICTA）证实，斯里兰卡政府云系统“兰卡政府云”（LGC）近日遭受大规模勒索攻击。ICTA估计。', ['斯里兰卡信息与通信技术局', 'ICTA']],
    ['11月12日，欧洲数据保护委员会（European Data Protection Board, “EDPB”）发布了针对《通用数据保护条例》（GDPR）域外适用效力3/2018指南的最终版本。', ['欧洲数据保护委员会', 'European Data Protection Board', 'EDPB']],
    ['On April 15, 2020, the Ministry of Public Security (“MPS”) announced that the MPS and the Cyberspace Administration of China (“CAC”) took the lead.', ['Ministry of Public Security', 'MPS', 'Cyberspace Administration of China', 'CAC']],
    ['On April 19, 2021, Ningbo Municipal Administration for Market Regulation (“Ningbo AMR”) issued a statement. Ningbo AMR rejected the defense.', ['Ningbo Municipal Administration for Market Regulation', 'Ningbo AMR']],
    // a unit named before its local body (eval-genre-en2 02)
    ['The Xihu Branch of the Hangzhou Public Security Bureau fined the company; the Standing Committee of the Guangdong Provincial People\'s Congress adopted the regulations.', ['Xihu Branch of the Hangzhou Public Security Bureau', 'Standing Committee of the Guangdong Provincial People\'s Congress']],
    ['On December 28, 2020, UK\'s National Cyber Security Centre ("NCSC") published the Buying and Selling Second-Hand Devices guidance.', ['National Cyber Security Centre', 'NCSC']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('extractAuthorities: the wider genre', () => {
  it.each([
    ['2023年7月10日，国家网信办、国家发展改革委、教育部、科技部、工业和信息化部、公安部、广电总局公布《生成式人工智能服务管理暂行办法》。', ['国家网信办', '国家发展改革委', '教育部', '科技部', '工业和信息化部', '公安部', '广电总局']],
    ['中共中央办公厅、国务院办公厅印发《关于加强数字政府建设的指导意见》。', ['中共中央办公厅', '国务院办公厅']],
    ['近日，上海市徐汇区人民法院审结一起侵犯公民个人信息案，广州市中级人民法院二审维持原判，北京市第一中级人民法院另案审理。', ['上海市徐汇区人民法院', '广州市中级人民法院', '北京市第一中级人民法院']],
    ['浙江省温州市瓯海区人民检察院对某公司提起民事公益诉讼，福建省厦门市思明区市场监督管理局依法查处。', ['浙江省温州市瓯海区人民检察院', '福建省厦门市思明区市场监督管理局']],
    ['中国人民银行广州分行对某支付公司罚款，中国银保监会上海监管局、国家税务总局上海市税务局亦作出处罚。', ['中国人民银行广州分行', '中国银保监会上海监管局', '国家税务总局上海市税务局']],
    ['江苏省网信办会同省公安厅、省通信管理局约谈12家企业。', ['江苏省网信办', '省公安厅', '省通信管理局']],
    ['中共江苏省委网信办、省人力资源和社会保障厅共同推动了此项工作。', ['中共江苏省委网信办', '省人力资源和社会保障厅']],
    ['上海市消费者权益保护委员会（上海市消保委）对某公司提起公益诉讼。', ['上海市消费者权益保护委员会', '上海市消保委']],
    ['意大利数据保护局（Garante）对OpenAI处以1500万欧元罚款。法国国家信息与自由委员会（CNIL）对谷歌处以罚款。', ['意大利数据保护局', 'Garante', '法国国家信息与自由委员会', 'CNIL']],
    ['美国得克萨斯州总检察长起诉某车企违法收集驾驶数据；瑞士联邦数据保护和信息专员、越南信息和通信部分别发布指引。', ['美国得克萨斯州总检察长', '瑞士联邦数据保护和信息专员', '越南信息和通信部']],
    ['The Irish Data Protection Commission (DPC) fined Meta €1.2 billion. The Shanghai Municipal Cyberspace Administration summoned three platforms.', ['Irish Data Protection Commission', 'DPC', 'Shanghai Municipal Cyberspace Administration']],
    ['The Guangdong Provincial Communications Administration ordered 18 apps off the stores; the Beijing Internet Court ruled on the case.', ['Guangdong Provincial Communications Administration', 'Beijing Internet Court']],
    ['國家互聯網信息辦公室發布通知。香港個人資料私隱專員公署發表調查報告。', ['國家互聯網信息辦公室', '香港個人資料私隱專員公署']],
    ['美国联邦贸易委员会（FTC）与某公司达成和解，德国联邦卡特尔局亦认定其违法。', ['美国联邦贸易委员会', 'FTC', '德国联邦卡特尔局']],
    ['广西壮族自治区大数据发展局、内蒙古自治区通信管理局、宁夏回族自治区网信办联合印发通知。', ['广西壮族自治区大数据发展局', '内蒙古自治区通信管理局', '宁夏回族自治区网信办']],
    ['上海一中院二审认为，原审判决认定事实清楚；杭州市中院另案维持原判。', ['上海一中院', '杭州市中院']],
    ['网络安全审查办公室按照《网络安全审查办法》，对知网启动网络安全审查。', ['网络安全审查办公室']],
    ['苏州工业园区管委会印发《苏州工业园区数据资产管理办法》。', ['苏州工业园区管委会']],
    // a zone's sub-bureau and a committee's secretariat keep their last part
    ['12月19日，苏州市公安局工业园区分局依据《中华人民共和国网络安全法》第二十四条第一款之规定，对该公司处罚款人民币伍万元。', ['苏州市公安局工业园区分局']],
    ['12月15日，全国信息安全标准化技术委员会秘书处发布《网络安全标准实践指南——敏感个人信息识别指南（征求意见稿）》。', ['全国信息安全标准化技术委员会秘书处']],
    // 深圳市场监管局 is 深圳 + 市场监管局, though 深圳市 is the longer place name.
    ['深圳市场监管局对某公司罚款，上海市场监督管理局亦立案调查。', ['深圳市场监管局', '上海市场监督管理局']],
    ['The Shenzhen Municipal Health Commission and the Jiangsu Provincial Department of Industry and Information Technology issued a notice; Zhejiang High People\'s Court upheld the ruling.', ['Shenzhen Municipal Health Commission', 'Jiangsu Provincial Department of Industry and Information Technology', 'Zhejiang High People\'s Court']],
    ['On 20 December 2024 the Italian data protection authority (Garante per la protezione dei dati personali) fined OpenAI. The Agencia Española de Protección de Datos (AEPD) and the Dutch DPA followed.', ['Garante per la protezione dei dati personali', 'Agencia Española de Protección de Datos', 'AEPD', 'Dutch DPA']],
    ['PPC orders LY Corporation. On 28 March 2024, the Personal Information Protection Commission of Japan issued a guidance to LY Corporation.', ['PPC', 'Personal Information Protection Commission of Japan']],
    ['The Polish Data Protection Authority (UODO) fined a bank; the Finnish Data Protection Ombudsman and the Hamburg Commissioner for Data Protection issued orders.', ['Polish Data Protection Authority', 'UODO', 'Finnish Data Protection Ombudsman', 'Hamburg Commissioner for Data Protection']],
    ['The Australian Communications and Media Authority and the eSafety Commissioner acted; the Japan Fair Trade Commission, the Korea Communications Commission and the Saudi Data and AI Authority (SDAIA) issued rules.', ['Australian Communications and Media Authority', 'eSafety Commissioner', 'Japan Fair Trade Commission', 'Korea Communications Commission', 'Saudi Data and AI Authority', 'SDAIA']],
    ['国家发展委员会（国发会）预告修正草案。宪法法庭宣示判决。案件在观塘裁判法院判刑，私隐专员认为该公司违规。', ['国家发展委员会', '国发会', '宪法法庭', '观塘裁判法院', '私隐专员']],
    // A body's name used as a modifier names no body.
    ['The amended Provisions on Administrative Law Enforcement Procedures of Cyberspace Administration Departments, published by the CAC in March, became effective.', ['CAC']],
    // The kind first, then the place.
    ['On 14 September, the Public Security Bureau of Shantou, Guangdong Province, issued a warning. The Cyberspace Administration of China (CAC) was not involved.', ['Public Security Bureau of Shantou', 'Cyberspace Administration of China', 'CAC']],
    ['On 30 August, the National People\'s Congress Standing Committee (NPCSC) adopted the law. The General Office of the State Council issued the Opinions, which the State Council had approved.', ['National People\'s Congress Standing Committee', 'NPCSC', 'General Office of the State Council', 'State Council']],
    // eval-genre-en2: US state attorneys general, foreign courts by level and place, a local commerce bureau, an appeals board
    ["Texas Attorney General Ken Paxton announced on Feb. 18 a $1.4 billion settlement with a social media company.", ['Texas Attorney General']],
    ["Recently, the Minnesota Attorney General's Office published FAQs on the law.", ["Minnesota Attorney General's Office"]],
    ['On 8 January, the Federal Court of Australia ordered a pathology provider to pay a civil penalty of A$5.8 million in proceedings brought by the Australian Information Commissioner.', ['Federal Court of Australia', 'Australian Information Commissioner']],
    ['The District Court of The Hague reduced to € 2.75 million the fine that the Autoriteit Persoonsgegevens (AP) had imposed.', ['District Court of The Hague', 'Autoriteit Persoonsgegevens', 'AP']],
    ['On 10 October 2025, the Tianjin Municipal Commerce Bureau and the Tianjin Municipal Cyberspace Administration published the negative list.', ['Tianjin Municipal Commerce Bureau', 'Tianjin Municipal Cyberspace Administration']],
    ['On 11 March, the Norwegian Privacy Appeals Board (Personvernnemnda) upheld the fine of NOK 65 million that Datatilsynet had imposed.', ['Norwegian Privacy Appeals Board', 'Personvernnemnda', 'Datatilsynet']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('extractAuthorities: bodies named without a place, when they act', () => {
  it.each([
    ['2016年以来，全国公安机关在相关网安专项行动中侦破侵犯公民个人信息案件1.7万余起。', ['全国公安机关']],
    ['据统计，行动期间，全国市场监管部门共立案查办各类侵害消费者个人信息案件 1474 件，移送公安机关案件 154 件。', ['全国市场监管部门']],
    ['为进一步规范辖区内网络直播行业，南昌网安部门近日会同网信办，联合派出所，对全市网络直播平台开展网络安全监督检查。', ['南昌网安部门', '网信办', '派出所']],
    ['2023 年 7 月，东莞网安部门联合大朗分局开展收网行动，抓获嫌疑人 35 名。', ['东莞网安部门', '大朗分局']],
    ['法院经审理认为，被告公司未经同意收集原告人脸信息，构成侵权。', ['法院']],
    ['Since 2016, the public security organs have detected more than 17000 cases; 50 cases were cracked by public security organs in Jiangsu.', ['public security organs']],
    ['9月8日，英国 ICO 发布《北爱尔兰警察局数据保护审计报告》执行摘要。', ['英国 ICO']],
    ['9月18日，澳大利亚内政部长介绍本国网络安全战略制定情况。', ['澳大利亚内政部长']],
    ['9月15日，北京经济技术开发区印发《北京经济技术开发区首席数据官制度工作方案》。', ['北京经济技术开发区']],
    ['9月20日，国务院总理李强主持召开国务院常务会议，审议通过《未成年人网络保护条例（草案）》。', ['国务院常务会议']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['要求公安机关及其人民警察不得将个人信息用于其他用途。'],
    ['人民法院、人民检察院、公安机关要充分认识网络暴力的社会危害。'],
    ['发现违法犯罪线索的，应当及时移送公安机关。'],
  ])('not as an object or in a list of duties: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('extractAuthorities: a case name\'s parties', () => {
  it('keeps the procuratorate of a subtitle under a 公益诉讼案 headline (only a defendant after 诉 is masked)', () => {
    expect(names('被告人李某侵犯公民个人信息刑事附带民事公益诉讼案\n——检察机关提起刑事附带民事公益诉讼\n【基本案情】')).toEqual(['检察机关']);
  });
});

describe('extractAuthorities: what is not an authority', () => {
  it.each([
    ['names inside a title', '2023年9月18日，工信部发布《工业和信息化部元宇宙标准化工作组筹建方案（征求意见稿）》。', ['工信部']],
    ['a nested title', '国务院办公厅印发《国务院办公厅关于依托全国一体化政务服务平台建立政务服务效能提升常态化工作机制的意见》。', ['国务院办公厅']],
    ['a source note', '9月5日，浙江省通信管理局组织第三方检测机构对APP进行检查。（来源：工信部、地方通信管理局）', ['浙江省通信管理局']],
    ['a reporter’s source', '新华社北京9月1日电 记者从公安部获悉，全国公安机关开展“净网”专项行动。', ['全国公安机关']],
    ['a news report', '据公安部网安局消息，近日，某公司因未履行数据安全保护义务被处罚。', []],
    ['the defendant named in a case', '某网络公司诉上海市某区互联网信息办公室行政处罚案：2024年5月10日，上海市浦东新区人民法院判决驳回原告诉讼请求。', ['上海市浦东新区人民法院']],
    ['the body that approved or asked', '经国务院同意，国家互联网信息办公室等四部门联合发布《规定》。根据国务院办公厅通知要求，工信部开展检查。', ['国家互联网信息办公室', '工信部']],
    ['the stock opening of an official text', '答：党中央、国务院高度重视数据安全工作。国家互联网信息办公室公布了《规定》。', ['国家互联网信息办公室']],
    ['the stock opening of an answer after its question', '一、问：《规定》出台的背景是什么？\n\n答：党中央、国务院高度重视数据安全和发展工作。近年来，国家网信办先后出台了《数据出境安全评估办法》。', ['国家网信办']],
    ['a website to read or comment on', '国家互联网信息办公室起草了《规定（征求意见稿）》。公众可登录中华人民共和国司法部 中国政府法制信息网，进入“立法意见征集”栏目提出意见。', ['国家互联网信息办公室']],
    ['pronouns and generic departments', '我部将会同各地公安部门、交通运输部门及相关单位开展检查。', []],
    ['an institute of a ministry', '公安部第三研究所网络安全法律研究中心发布研究报告。', []],
    ['the court a regulator files in', 'On 5 June 2024, the Office of the Australian Information Commissioner (OAIC) commenced civil penalty proceedings against Medibank in the Federal Court of Australia.', ['Office of the Australian Information Commissioner', 'OAIC']],
    ['duties a regulation allocates', '11月25日，上海市第十五届人民代表大会常务委员会表决通过《上海市数据条例》。《条例》明确，市政府办公厅负责统筹规划全市数据发展工作；市网信办负责统筹协调本市个人信息保护工作。', ['上海市第十五届人民代表大会常务委员会']],
    ['the source line over the lead', '来源：上海人大\n\n11月25日，上海市第十五届人民代表大会常务委员会第三十七次会议表决通过《上海市数据条例》。', ['上海市第十五届人民代表大会常务委员会']],
    ['a company\'s own department', '张某（时任某银行股份有限公司信息科技部总经理）对违规行为负有直接责任，国家金融监督管理总局对其罚款10万元。', ['国家金融监督管理总局']],
    ['a word that contains 央行', '中央行政机关应当加强数据安全管理。', []],
    ['a body a draft is submitted to, when another body acts', '2021年4月22日，法工委发言人表示，草案将于4月26日提请全国人大常委会审议。', ['法工委']],
    ['the same body when nobody else acts', '2020年12月28日，《深圳经济特区数据暂行条例（草案）》提请深圳市人大常委会会议审议。', ['深圳市人大常委会']],
    // eval-genre-zh2: the body a report goes to, and a notice's postal address for comments
    ['the body a report goes to', '12月31日，工业和信息化部办公厅印发预案，要求地方行业监管部门在发现重大数据安全事件后1小时内向工业和信息化部报告。', ['工业和信息化部办公厅']],
    ['an address for comments', '公安部起草了征求意见稿。通过信函方式将意见寄至：北京市东城区东长安街14号公安部网络安全保卫局，邮编：100741。', ['公安部']],
    ['places in company names', '北京考拉征信服务有限公司、同方知网（北京）技术有限公司均被调查。', []],
    ['an ambiguous abbreviation with no context', 'The ICO market boomed in 2017 as token sales multiplied.', []],
    ['a place followed by people, not a body', '河南公安干警深入社区开展反诈宣传。', []],
    ['county names that are common words (公安县, 会同县)', '由相关部门会同公安、文化和旅游等部门确定信息种类；罚款可以由公安派出所决定。', []],
    ['a place before ordinary words', '北京市民反映强烈的问题，江苏省内各级单位均已整改。', []],
    ['a pronoun the text defines', '江苏省公安厅（以下简称“本厅”）发布通报，本厅将继续严打。', ['江苏省公安厅']],
    ['the issuer abbreviation in a document number', '按照《工业和信息化部关于进一步提升移动互联网应用服务能力的通知》（工信部信管函〔2023〕26号）工作部署，工业和信息化部组织检查。', ['工业和信息化部']],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('extractAuthorities: ids and spans', () => {
  it('gives gazetteer ids, derived ids for local bodies and null for unknown ones', () => {
    expect(ids('浙江省宁波市市场监督管理局（“宁波市市监局”）发布公告。福建省数字福建建设领导小组办公室印发通知。')).toEqual([
      ['浙江省宁波市市场监督管理局', 'cn-330200.amr'],
      ['宁波市市监局', 'cn-330200.amr'],
      ['福建省数字福建建设领导小组办公室', null],
    ]);
    expect(ids('工业和信息化部（“工信部”）与北京市公安局昌平分局网安部门、国家金融监督管理总局北京监管局')).toEqual([
      ['工业和信息化部', 'miit'],
      ['工信部', 'miit'],
      ['北京市公安局昌平分局网安部门', 'cn-110114.psb-cyber'],
      ['国家金融监督管理总局北京监管局', 'nfra/cn-110000'],
    ]);
    expect(ids('深圳市场监管局')).toEqual([['深圳市场监管局', 'cn-440300.amr']]);
  });

  it('keeps each distinct surface form once, at its first occurrence', () => {
    const text = '工信部发布通知。工信部还公布了名单。工业和信息化部已督促整改。';
    const found = extractAuthorities(text);
    expect(found.map((a) => [a.value.name, a.span.start])).toEqual([
      ['工信部', 0],
      ['工业和信息化部', 18],
    ]);
  });

  it('points spans at the original text even across stray PDF spaces', () => {
    const text = '11月20日，国家互联网 信息办公室会同江 苏 省 公 安 厅发布通知。';
    const found = extractAuthorities(text);
    expect(found.map((a) => a.value.name)).toEqual(['国家互联网信息办公室', '江苏省公安厅']);
    for (const a of found) expect(text.slice(a.span.start, a.span.end)).toBe(a.text);
    expect(found[1]?.text).toBe('江 苏 省 公 安 厅');
  });
});

describe('lookupAuthority', () => {
  it.each([
    ['工信部', { id: 'miit', name: '工业和信息化部', en: 'Ministry of Industry and Information Technology', abbr: 'MIIT', level: 'ministry', parent: null }],
    ['CAC', { id: 'cac', name: '国家互联网信息办公室', en: 'Cyberspace Administration of China', abbr: 'CAC', level: 'national', parent: null }],
    ['法工委', { id: 'npcsc.lac', name: '全国人民代表大会常务委员会法制工作委员会', en: 'Legislative Affairs Commission of the NPC Standing Committee', abbr: 'LAC', level: 'national', parent: 'npcsc' }],
    ['宁波市市监局', { id: 'cn-330200.amr', name: '宁波市市场监督管理局', en: 'Ningbo Administration for Market Regulation', abbr: null, level: 'municipal', parent: null }],
    ['江苏省公安厅', { id: 'cn-320000.psb', name: '江苏省公安厅', en: 'Jiangsu Public Security Bureau', abbr: null, level: 'provincial', parent: null }],
    ['重庆市巴南区网信办', { id: 'cn-500113.cac', name: '重庆市巴南区网信办', en: null, abbr: null, level: 'district', parent: null }],
  ])('%s', (name, entry) => {
    expect(lookupAuthority(name)).toEqual(entry);
  });

  it('returns null for text that is not exactly one authority', () => {
    expect(lookupAuthority('腾讯公司')).toBeNull();
    expect(lookupAuthority('工信部和公安部')).toBeNull();
    expect(lookupAuthority('福建省数字福建建设领导小组办公室')).toBeNull();
  });
});
