import { describe, expect, it } from 'vitest';
import { actionValues, actionVocabulary, extractActions } from './actions.ts';

const pairs = (text: string) => extractActions(text).map((f) => [f.value, f.text]);

describe('extractActions: measures taken (seed sentences)', () => {
  it.each([
    [
      '宿迁公安机关依据《数据安全法》第四十五条规定，对该机构予以行政警告并处罚款 10 万元。',
      [['警告', '予以行政警告'], ['罚款', '罚款']],
    ],
    [
      '北京市公安局昌平分局根据《数据安全法》第二十七条、第四十五条第一款之规定，给予该企业警告，并处罚款五万元，责令限期改正。',
      [['警告', '警告'], ['罚款', '罚款'], ['责令改正', '责令限期改正']],
    ],
    [
      '依法约谈腾讯公司相关负责人，依据《未成年人保护法》第一百二十七条，实施行政处罚，责令暂停“小世界”版块信息更新 30 日，没收违法所得并处 100 万元罚款。',
      [['约谈', '约谈'], ['暂停更新', '责令暂停“小世界”版块信息更新'], ['没收违法所得', '没收违法所得'], ['罚款', '罚款']],
    ],
    [
      '对知网（CNKI）依法作出责令停止违法处理个人信息行为，并处人民币5000万元罚款的行政处罚。',
      [['责令停止违法行为', '责令停止违法处理个人信息行为'], ['罚款', '罚款']],
    ],
    ['为严肃处理上述 APP 的违规行为，广东省通信管理局决定对上述 APP 予以下架处理。', [['下架', '下架']]],
    ['其中，广东东莞网安部门组织全市 17 个镇街分局开展三波次集中收网打击行动，成功打掉犯罪团伙 22 个，依法刑事拘留嫌疑人 89 名。', [['刑事拘留', '刑事拘留']]],
    ['目前，该案已移送起诉12人，取保候审11人，案件仍在侦办中。', [['移送起诉', '移送起诉']]],
    ['9 月 12 日，最高人民检察院、公安部联合挂牌督办第三批 5 起特大跨境电信网络诈骗犯罪案件。', [['挂牌督办', '挂牌督办']]],
    ['北京警方破获案件1000余起，对800余名犯罪嫌疑人采取刑事强制措施。', [['刑事强制措施', '刑事强制措施']]],
    ['巴南区网信办依据《网络安全法》第五十九条规定，对该企业予以行政警告处罚，并责令其限期整改。', [['警告', '予以行政警告'], ['责令改正', '责令其限期整改']]],
    ['上海市网信办联合徐汇区网信办依法约谈餐饮连锁企业“胡子大厨”负责人，要求企业立整立改。', [['约谈', '约谈'], ['责令改正', '立整立改']]],
    ['江苏公安机关行政处罚违法违规互联网运营单位 368 家次，下架违规 APP 应用 422 款。', [['行政处罚', '行政处罚'], ['下架', '下架']]],
    ['目前，该公司已被依法予以行政处罚。', [['行政处罚', '行政处罚']]],
    ['9 月 1 日，海南省互联网信息办公室通报 23 款移动应用程序违法违规收集使用个人信息情况。', [['通报', '通报']]],
    ['截至目前，尚有 25 款 APP 未完成整改，现予以通报。', [['通报', '现予以通报']]],
    ['国家互联网信息办公室依法对知网（CNKI）涉嫌违法处理个人信息行为进行立案调查。', [['立案调查', '对知网（CNKI）涉嫌违法处理个人信息行为进行立案调查']]],
    ['行动期间，全国市场监管部门共立案查办各类侵害消费者个人信息案件 1474 件，罚没款 1946.4 万元，移送公安机关案件 154 件。', [['立案调查', '立案查办'], ['罚款', '罚没款'], ['移送公安机关', '移送公安机关']]],
    ['因非法追踪用户位置数据，谷歌支付 9300 万美元和解', [['和解', '和解']]],
    ['因重要信息系统突发事件未报告，北京中关村银行被罚 20 万元', [['罚款', '被罚']]],
    ['清理违法有害信息445万余条，关闭网络账号60万余个，约谈整改相关网站及APP3.7万余家次。', [['关停', '关闭'], ['约谈', '约谈']]],
    [
      'On April 19, 2021, Ningbo AMR issued a statement, stated that it fined Ningbo Baoli Industrial Investment Co., Ltd. CNY 250,000.',
      [['罚款', 'fined']],
    ],
    [
      'MIIT has urged the relevant platform companies to carry out comprehensive rectification.',
      [['责令改正', 'urged the relevant platform companies to carry out comprehensive rectification']],
    ],
    ['Chinese financial regulatory authorities jointly convened a meeting with Ant Group.', [['约谈', 'convened a meeting with']]],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('extractActions: genre sentences the seeds lack', () => {
  it.each([
    ['法院以侵犯公民个人信息罪判处被告人有期徒刑三年，并处罚金人民币五万元。', [['判处有期徒刑', '判处被告人有期徒刑'], ['罚金', '罚金']]],
    ['违法行为人王某被公安机关依法行政拘留10日。', [['行政拘留', '行政拘留']]],
    ['市市场监管局依法吊销该公司营业执照，没收其违法所得12万元。', [['吊销许可证', '吊销该公司营业执照'], ['没收违法所得', '没收其违法所得']]],
    ['The CAC ordered the app operator to rectify within 15 days and confiscated its illegal gains.', [['责令改正', 'ordered the app operator to rectify'], ['没收违法所得', 'confiscated its illegal gains']]],
    ['Google agreed to pay $93 million in a settlement with California.', [['和解', 'agreed to pay'], ['和解', 'settlement']]],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('extractActions: threatened, conditional and statutory measures are not taken', () => {
  it.each([
    '上述 12 款 APP 开发运营者应在 9 月 13 日前完成整改落实工作，整改落实不到位的，将视情采取下架、关停、行政处罚等措施。',
    '修订草案规定，违反规定向他人出售或者提供个人信息的，处十日以上十五日以下拘留；情节较轻的，处五日以上十日以下拘留。',
    '逾期不整改的，将依法依规组织开展相关处置工作。',
    '电商平台及时关闭电子烟店铺并将电子烟产品及时下架。',
    '对依法需要行政处罚的，可以向有关主管机关提出从轻或者减轻处罚的建议。',
    '违反本法规定的，由有关主管部门责令改正，处五万元以上五十万元以下罚款。',
    '截止9月5日，尚有12款APP未按要求完成整改。',
    '依据《中华人民共和国行政处罚法》第三十二条，当事人有下列情形之一的，应当从轻或者减轻行政处罚。',
    'The company could be fined up to 4% of global turnover if it fails to comply.',
    'Apps that fail to rectify by May 26 will be removed from app stores.',
    '11月14日，公安部在京召开新闻发布会，通报全国公安机关开展“净网2019”专项行动工作情况及典型案例。',
    '广东省通信管理局发布《关于下架 18 款侵害用户权益 APP 的通报》。',
    '启动“网络诚信建设”专题调查，是又一次志愿服务团队实战化演练。',
    '更强调在一线的工作能力和解决实际问题的能力。',
  ])('%s', (text) => {
    expect(extractActions(text)).toEqual([]);
  });
});

describe('extractActions: spans and values', () => {
  it('gives spans into the input and the words as written', () => {
    const text = '对该公司予以行政警告并责令限期改正。';
    for (const f of extractActions(text)) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
    expect(extractActions(text).map((f) => f.span)).toEqual([
      { start: 4, end: 10 },
      { start: 11, end: 17 },
    ]);
  });

  it('lists distinct canonical values in order of first mention', () => {
    const found = extractActions('予以警告并处罚款。二次违规的企业被罚款20万元，Ningbo AMR fined it CNY 250,000.');
    expect(actionValues(found)).toEqual(['警告', '罚款']);
  });

  it('keeps a generic 行政处罚 only when no specific measure precedes it in the sentence', () => {
    expect(pairs('对该公司责令改正，处罚款人民币五万元的行政处罚。')).toEqual([
      ['责令改正', '责令改正'],
      ['罚款', '罚款'],
    ]);
  });

  it('exposes the vocabulary with English labels', () => {
    expect(actionVocabulary()).toContainEqual({ value: '罚款', en: 'fine' });
    expect(actionVocabulary()).toContainEqual({ value: '责令改正', en: 'order to rectify' });
  });
});
