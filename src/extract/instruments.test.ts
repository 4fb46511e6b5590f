import { describe, expect, it } from 'vitest';
import cues from './data/instrument-cues.json' with { type: 'json' };
import { definedShortForms, extractInstruments, isGenericTitle, titleCore } from './instruments.ts';

const titles = (text: string): string[] => extractInstruments(text).map((f) => f.value.title);

describe('extractInstruments', () => {
  it.each([
    // seeds
    [
      '11月29日，国家互联网信息办公室、文化和旅游部、国家广播电视总局联合发布《关于印发〈网络音视频信息服务管理规定〉的通知》。该规定要求',
      ['关于印发〈网络音视频信息服务管理规定〉的通知'],
    ],
    [
      '9月26日，国家密码管理局印发《商用密码检测机构管理办法》《商用密码应用安全性评估管理办法》，均自2023年11月1日起施行。',
      ['商用密码检测机构管理办法', '商用密码应用安全性评估管理办法'],
    ],
    [
      '2023年4月23日，全国信息安全标准化技术委员会（“信安标委”）发布公告，就推荐性国家标准《信息安全技术 人脸识别数据安全要求》征求意见稿向社会征求意见',
      ['信息安全技术 人脸识别数据安全要求'],
    ],
    [
      '欧盟委员会发布《关于〈协调联盟应对重大跨境关键基础设施中断的蓝图〉的理事会建议提案》。',
      ['关于〈协调联盟应对重大跨境关键基础设施中断的蓝图〉的理事会建议提案'],
    ],
    [
      '9 月 26 日，上海市通信管理局发布《关于侵害用户权益行为 APP 的通报（2023 年第三批）》。',
      ['关于侵害用户权益行为 APP 的通报（2023 年第三批）'],
    ],
    [
      '根据《个人信息保护法》《App 违法违规收集使用个人信息行为认定方法》《常见类型移动互联网应用程序必要个人信息范围规定》',
      ['个人信息保护法', 'App 违法违规收集使用个人信息行为认定方法', '常见类型移动互联网应用程序必要个人信息范围规定'],
    ],
    [
      '8月31日，贵州省大数据发展管理局发布《贵州省数据要素登记管理办法（试行）》（征求意见稿），从登记机构、登记主体',
      ['贵州省数据要素登记管理办法（试行）'],
    ],
    ['旨在落实英国科学、创新和技术部于2023年6月根据《2018年数据保护法》第17条提出的在《欧盟-美国数据隐私框架》下扩展', ['2018年数据保护法', '欧盟-美国数据隐私框架']],
    ['2021年4月21日，欧盟委员会提出了首个关于人工智能法律框架的提案：《建立关于人工智能统一规则的条例提案》。', ['建立关于人工智能统一规则的条例提案']],
    ['9月1日，迪拜《数据保护条例（修正案）》正式施行。', ['数据保护条例（修正案）']],
    // genre cases the seeds lack
    ['国家网信办发布《网络安全事件报告管理办法》，自2025年11月1日起施行。', ['网络安全事件报告管理办法']],
    ['工业和信息化部印发《工业领域数据安全能力提升实施方案（2024-2026年）》的通知', ['工业领域数据安全能力提升实施方案（2024-2026年）']],
    ['国务院办公厅印发《关于构建数据基础制度更好发挥数据要素作用的意见》（“数据二十条”）。', ['关于构建数据基础制度更好发挥数据要素作用的意见']],
    ['法院依照《中华人民共和国刑法》第二百五十三条之一的规定，判处被告人有期徒刑三年。', ['中华人民共和国刑法']],
    ['The CAC released the 《数据出境安全评估申报指南（第二版）》 on 22 March.', ['数据出境安全评估申报指南（第二版）']],
    ['香港私隱專員公署發布《保障個人資料：僱員監察實務守則》及《個人資料（私隱）條例》的修訂建議。', ['保障個人資料：僱員監察實務守則', '個人資料（私隱）條例']],
  ])('keeps instruments: %s', (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it.each([
    // reports, journals, newsletters, games and apps (seeds)
    '11月21日，艾媒产业升级研究中心发布《2019中国刷脸支付技术应用社会价值专题研究报\n\n告》。报告显示',
    '会上介绍了《司法大数据专题报告之网络犯罪特点和趋势》主要内容、数据来源和统计口径',
    '9月8日，英国信息专员办公室公布《北爱尔兰警察局数据保护审计报告》执行摘要。',
    '相关调查数据被引用到《中国网络诚信发展报告 2023》，并在“2023 年中国网络文明大会”上成功发布',
    '主要运营主体为同方知网（北京）技术有限公司、《中国学术期刊（光盘版）》电子杂志社有限公司三家公司',
    '立方律师事务所编写《立方观评》的目的仅为帮助客户及时了解中国法律及实务的最新动态和发展',
    // genre cases
    '腾讯旗下手游《王者荣耀》上线未成年人防沉迷新规。',
    '据《法治日报》报道，某地法院审结一起侵犯公民个人信息案。',
    '中国信通院发布《数据安全治理实践白皮书（2023年）》。',
    '用户在《今日头条》客户端中可关闭个性化推荐。',
  ])('drops non-instruments: %s', (text) => {
    expect(titles(text)).toEqual([]);
  });

  it.each([
    [
      '2020年4月10日，国家发展改革委、中央网信办联合印发《关于推进“上云用数赋智”行动 培育新经济发展实施方案》（“《实施方案》”）的通知。《实施方案》指出要构建设备数字化',
      ['关于推进“上云用数赋智”行动 培育新经济发展实施方案'],
    ],
    [
      '2021年9月，江苏省专业技术人员职称工作领导小组印发《江苏省网络安全工程专业技术资格条件（试行）》（以下简称《资格条件》）。《资格条件》明确网络安全工程专业职称设员级',
      ['江苏省网络安全工程专业技术资格条件（试行）'],
    ],
    [
      '2020年12月28日，《深圳经济特区数据暂行条例（草案）》提请深圳市人大常委会会议审议。针对大数据“杀熟”，《条例（草案）》规定经营性数据要素市场主体不得',
      ['深圳经济特区数据暂行条例（草案）'],
    ],
    [
      '工业和信息化部（“工信部”）发布了《电信和互联网行业数据安全标准体系建设指南》。该《指南》概括性阐述了电信和互联网行业数据安全标准体系',
      ['电信和互联网行业数据安全标准体系建设指南'],
    ],
    [
      '2022年8月1日《移动互联网应用程序信息服务管理规定》正式实施以来，国家互联网信息办公室依法依规组织开展应用程序分发平台备案管理工作。根据《规定》有关要求',
      ['移动互联网应用程序信息服务管理规定'],
    ],
    ['按照《通知》，全省各级各类事业单位、国有企业从事网络信息安全专业技术工作的人员可通过初定取得职称。', []],
    [
      '国家网信办发布《个人信息出境认证办法（征求意见稿）》（以下简称“《办法》”）。《办法》共19条。',
      ['个人信息出境认证办法（征求意见稿）'],
    ],
  ])('drops short forms and back-references: %s', (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it('returns a repeated title once, with its first span', () => {
    const text = '依据《数据安全法》进行行政处罚的案件。这表明《数据安全法》正在逐步成为重要依据。';
    const found = extractInstruments(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.span).toEqual({ start: 3, end: 8 });
    expect(found[0]?.text).toBe('数据安全法');
  });

  it('treats full- and half-width brackets of one title as the same title', () => {
    const text = '发布《贵州省数据要素登记管理办法（试行）》。\n\n2. 贵州省发布《贵州省数据要素登记管理办法(试行)》';
    expect(titles(text)).toEqual(['贵州省数据要素登记管理办法（试行）']);
  });

  it('keeps stray PDF spaces as written and joins a title broken over a line', () => {
    expect(titles('上海网信办联合多部门发布《上海市互联网证券信息服务企业 合规指引》')).toEqual([
      '上海市互联网证券信息服务企业 合规指引',
    ]);
    expect(titles('工信部发布《电信和互联网行业数据安全标准体系建\n设指南》，提出')).toEqual([
      '电信和互联网行业数据安全标准体系建设指南',
    ]);
  });

  it('does not run an unclosed bracket past the end of the sentence', () => {
    const text = '某公司依据《个人信息保护法的相关规定开展自查。随后发布《数据安全管理办法》。';
    expect(titles(text)).toEqual(['数据安全管理办法']);
  });

  it('gives spans that point at the title in the source', () => {
    const text = '9月28日，国家互联网信息办公室发布《规范和促进数据跨境流动规定（征求意见稿）》，涉及十一项内容。';
    for (const f of extractInstruments(text)) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
  });
});

describe('definedShortForms', () => {
  it.each([
    ['（以下简称《报告》）', '网民对2022年网络诚信建设状况的评价显示，《中国网络诚信发展报告 2023》（以下简称《报告》）显示', '报告', '中国网络诚信发展报告 2023'],
    ['quoted', '印发《关于推进“上云用数赋智”行动 培育新经济发展实施方案》（“《实施方案》”）的通知', '实施方案', '关于推进“上云用数赋智”行动 培育新经济发展实施方案'],
    ['quotes without 《》', '《中华人民共和国个人信息保护法》（以下简称“个保法”）第六十六条', '个保法', '中华人民共和国个人信息保护法'],
    ['back-reference', '2022年8月1日《移动互联网应用程序信息服务管理规定》正式实施以来。根据《规定》有关要求', '规定', '移动互联网应用程序信息服务管理规定'],
    ['generic with draft mark', '《深圳经济特区数据暂行条例（草案）》提请审议。《条例（草案）》规定', '条例（草案）', '深圳经济特区数据暂行条例（草案）'],
  ])('%s', (_label, text, short, full) => {
    expect(definedShortForms(text).get(short)).toBe(full);
  });

  it('does not tie a bare 《通知》 to an unrelated notice far away', () => {
    const text = `发出《违法违规 APP 处置通知》责令限期整改。${'据介绍，职称初定是初次职称认定。'.repeat(120)}按照《通知》，全省各级各类事业单位`;
    expect(definedShortForms(text).has('通知')).toBe(false);
  });

  it('does not treat a law’s own short name as a back-reference', () => {
    const text = '《中华人民共和国密码法》自2020年1月1日起施行。《密码法》规定';
    expect(definedShortForms(text).has('密码法')).toBe(false);
    expect(titles(text)).toEqual(['中华人民共和国密码法', '密码法']);
  });
});

describe('title helpers', () => {
  it.each([
    ['数据保护条例（修正案）', '数据保护条例'],
    ['中国网络诚信发展报告 2023', '中国网络诚信发展报告'],
    ['元宇宙产业创新发展三年行动计划（2023—2025年）', '元宇宙产业创新发展三年行动计划'],
    ['个人信息出境认证办法征求意见稿', '个人信息出境认证办法'],
  ])('titleCore(%s) = %s', (title, core) => {
    expect(titleCore(title).core).toBe(core);
  });

  it.each([
    ['办法', true],
    ['实施方案', true],
    ['条例（草案）', true],
    ['指南', true],
    ['密码法', false],
    ['数据二十条', false],
  ])('isGenericTitle(%s) = %s', (title, generic) => {
    expect(isGenericTitle(title)).toBe(generic);
  });
});

describe('instrument-cues.json', () => {
  it('has no word that is both an instrument head and a non-instrument head', () => {
    const overlap = cues.instrumentHeads.filter((w) => cues.nonInstrumentHeads.includes(w));
    expect(overlap).toEqual([]);
  });
  it.each(Object.entries(cues).filter(([k]) => k !== '$comment'))('%s has no blanks or repeats', (_k, list) => {
    const words = list as string[];
    expect(words.every((w) => w.trim() !== '')).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  });
});
