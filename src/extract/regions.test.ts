import { describe, expect, it } from 'vitest';
import { extractRegion, provinceOf } from './regions.ts';

const region = (text: string): string | null => extractRegion(text, { style: 'written' })?.value ?? null;

describe('extractRegion: the acting local authority’s place', () => {
  it.each([
    ['2021年4月19日，浙江省宁波市市场监督管理局（“宁波市市监局”）发布公告，对宁波保利实业投资有限公司处以人民币25万元的罚款。', '宁波市'],
    ['案例一：宿迁某医学检验机构不履行数据安全保护义务案。宿迁公安机关依据《数据安全法》第四十五条规定，对该机构予以行政警告并处罚款 10 万元。', '宿迁'],
    ['9月14日，江苏省公安厅召开专题新闻发布会，通报全省公安机关在打击网络犯罪方面取得的成效。', '江苏省'],
    ['江苏公安机关公布多起不履行数据安全保护义务行政执法案例。9月6日，公安部网安局发布消息称，江苏公安机关网安部门聚焦信息数据泄露问题。', '江苏'],
    ['9月16日消息，北京市公安局昌平、朝阳两分局网安部门近日充分运用《数据安全法》。', '北京市'],
    ['9月7日消息，重庆市巴南区网信办工作发现，属地一生产公司开办的网站存在源代码被植入非法网站暗链的情况。', '重庆市'],
    ['9月27日消息，浙江温州平阳县公安网安部门近日打掉一个专门针对企业投放木马程序的犯罪团伙。', '温州'],
    ['11 月 20 日，据报道，江苏淮安警方依法打击了 7 家涉嫌侵犯公民个人信息犯罪的公司。拉卡拉支付旗下的北京考拉征信服务有限公司涉嫌非法提供身份证返照查询。', '淮安'],
    ['9月13日消息，国家网信办近日指导广东省网信办，依法约谈腾讯公司相关负责人，没收违法所得并处 100 万元罚款。', '广东省'],
    ['11月8日上午，北京互联网法院召开网络购物典型问题及相关建议新闻通报会。', '北京'],
    ['On April 19, 2021, Ningbo Municipal Administration for Market Regulation (“Ningbo AMR”) issued a statement.', 'Ningbo'],
    ['江苏江阴市公安局网安大队对某公司作出行政处罚。', '江阴市'],
    // A district alone gives way to the city the text names (永定区 is in 张家界, not Fujian).
    ['6 月 13 日，李某在张家界落网。目前，永定公安分局正在进一步深挖下游犯罪。', '张家界'],
    // …else the district's own city, when the district name is unique in the country.
    ['9月7日消息，巴南区网信办工作发现，属地一生产公司开办的网站存在暗链。', '重庆市'],
  ])('%s', (text, expected) => {
    expect(region(text)).toBe(expected);
  });
});

describe('extractRegion: overseas items', () => {
  it.each([
    ['2020年12月28日，英国国家网络安全中心（National Cyber Security Centre, “NCSC”）发布了《二手智能设备买卖指南》。', '英国'],
    ['On December 28, 2020, UK\'s National Cyber Security Centre ("NCSC") published the guidance.', 'UK'],
    ['2021年4月22日，欧盟数据保护委员会（European Data Protection Board，“EDPB”）发布了关于向社交媒体用户定向推广的指南终稿。', '欧盟'],
    ['On April 22, 2021, the European Data Protection Board (“EDPB”) published the final version of its guidelines.', 'EU'],
    // The state in the body's own name is the most specific place written.
    ['9月14日，美国加州司法部公布关于谷歌位置隐私实践的和解协议。协议指出，谷歌必须向加州支付 9300 万美元。', '加州'],
    ['美国联邦贸易委员会（FTC）与某公司就儿童隐私问题达成和解，该公司将向纽约州支付罚款。', '美国'],
    ['9月1日，迪拜《数据保护条例（修正案）》正式施行，新增人工智能相关规定。（来源：迪拜国际金融中心管理局）', '迪拜'],
    ['9月18日，澳大利亚内政部长介绍本国网络安全战略制定情况，提出建立“六个网络盾牌”。', '澳大利亚'],
    ['9月1日，德国数字协会 Bitkom 表示，到 2023 年，数据盗窃将给德国造成 2060 亿欧元损失。', '德国'],
    ['香港個人資料私隱專員公署發表調查報告，指某公司違反私隱條例。', '香港'],
    ['The Privacy Commissioner for Personal Data (PCPD) published an investigation report.', 'Hong Kong'],
  ])('%s', (text, expected) => {
    expect(region(text)).toBe(expected);
  });
});

describe('extractRegion: no region', () => {
  it.each([
    ['national body acting', '9月1日，国家互联网信息办公室发布公告，对知网（CNKI）依法作出行政处罚。知网主要运营主体为同方知网（北京）技术有限公司。'],
    ['national legislation', '2021年4月26日，工业和信息化部（“工信部”）发布《移动互联网应用程序个人信息保护管理暂行规定（征求意见稿）》。'],
    ['several places at once', '8月31日，上海、江苏、北京等地公安机关公布2023年执法工作情况。'],
    ['a university, not a city', '11月6日，中山大学法学院发布研究报告。'],
    ['nothing named', '2023网民网络安全感满意度调查活动样本采集工作启动仪式举行。'],
    ['a place name inside a word', '苹果和谷歌会在底层支撑平台中构建这项功能，合力打造接触者追踪平台。'],
  ])('%s', (_label, text) => {
    expect(extractRegion(text)).toBeNull();
  });
});

describe('extractRegion: spans', () => {
  it('points at the place as written in the original text', () => {
    const text = '2021年4月19日，浙江省宁波市市场监督管理局发布公告。';
    const r = extractRegion(text);
    expect(r?.value).toBe('宁波');
    expect(r?.text).toBe('宁波市');
    expect(text.slice(r!.span.start, r!.span.end)).toBe('宁波市');
  });

  it('takes a place named in a local instrument when no authority acts', () => {
    const text = '2020年12月28日，《深圳经济特区数据暂行条例（草案）》全文公布，向社会公开征求意见。';
    const r = extractRegion(text);
    expect(r?.value).toBe('深圳');
    expect(r?.span.start).toBe(text.indexOf('《') + 1);
  });

  it('prefers the authority a draft is submitted to when it is the only body', () => {
    expect(region('2020年12月28日，《深圳经济特区数据暂行条例（草案）》提请深圳市人大常委会会议审议。')).toBe('深圳市');
  });
});

describe('extractRegion: short style (the default) and written style', () => {
  it.each([
    ['8月30日，武汉市人民政府办公厅印发《武汉建设国家人工智能创新应用先导区实施方案（2023-2025年）》。', '武汉市', '武汉'],
    ['9月1日，贵州省工业和信息化厅印发《贵州省工业领域数字化转型实施方案（2023-2025年）》。', '贵州省', '贵州'],
    ['9月3日，西双版纳公安机关依托边境警务执法合作机制开展联合打击行动。', '西双版纳', '西双版纳'],
    ['9月26日消息，重庆市北碚区公安分局近日破获多起帮助信息网络犯罪活动案件。', '重庆市', '重庆'],
    ['On April 19, 2021, Ningbo Municipal Administration for Market Regulation issued a statement.', 'Ningbo', 'Ningbo'],
    ['2020年12月28日，英国国家网络安全中心发布了《二手智能设备买卖指南》。', '英国', '英国'],
  ])('%s', (text, written, short) => {
    expect(extractRegion(text, { style: 'written' })?.value).toBe(written);
    expect(extractRegion(text)?.value).toBe(short);
    expect(extractRegion(text, { style: 'short' })?.value).toBe(short);
  });
});

describe('provinceOf', () => {
  it.each([
    ['苏州', '江苏省'],
    ['苏州市', '江苏省'],
    ['江苏', '江苏省'],
    ['昌平区', '北京市'],
    ['西双版纳', '云南省'],
    ['内蒙古', '内蒙古自治区'],
    ['Ningbo', '浙江省'],
    ['香港', '香港特别行政区'],
  ])('%s -> %s', (place, province) => {
    expect(provinceOf(place)).toBe(province);
  });

  it('is null for foreign and unknown places', () => {
    expect(provinceOf('英国')).toBeNull();
    expect(provinceOf('迪拜')).toBeNull();
    expect(provinceOf('火星')).toBeNull();
  });
});
