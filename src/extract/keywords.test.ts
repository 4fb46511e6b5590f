import { describe, expect, it } from 'vitest';
import { assignTopics, extractKeywords, keywordText, keywordsOfPrepared, topicRegExp, topicTaxonomy } from './keywords.ts';

describe('extractKeywords keeps domain terms whole', () => {
  it.each([
    ['南开分局网络安全保卫支队立即启动“一案双查”，查处其网络运营者未履行网络安全保护义务一案。', '一案双查'],
    ['据通报，公安部组织开展“净网 2023”专项行动以来，江苏公安机关累计侦破涉网犯罪案件 2.3 万余起。', '净网2023'],
    ['9月28日，国家互联网信息办公室发布《规范和促进数据跨境流动规定（征求意见稿）》，明确不需要申报数据出境安全评估的情形。', '数据跨境流动'],
    ['根据网络安全审查结论及发现的问题和移送的线索，国家互联网信息办公室依法对知网涉嫌违法处理个人信息行为进行立案调查。', '网络安全审查'],
    ['上海警方全力推动网络安全等级保护覆盖范围，组织全市重点单位落实网络安全等级保护工作。', '网络安全等级保护'],
    ['国家互联网信息办公室发布第二批境内深度合成服务算法备案信息，清单涉及共 110 项深度合成算法产品。', '深度合成'],
    ['据查，这三家企业均在其售楼处安装、使用人脸抓拍系统，违反人脸识别相关规定。', '人脸识别'],
    ['信安标委就推荐性国家标准《信息安全技术 移动互联网应用程序（APP）SDK安全指南》征求意见。', 'SDK'],
    ['工信部等五部门联合印发《元宇宙产业创新发展三年行动计划（2023—2025年）》，推动元宇宙创新发展。', '元宇宙'],
    ['宿迁公安机关依据《数据安全法》第四十五条规定，对该机构予以行政警告并处罚款 10 万元。', '数据安全法'],
    ['中国互联网金融协会发布《关于增强个人信息保护意识依法开展业务的通知》。', '个人信息保护'],
  ])('%s → %s', (text, term) => {
    expect(extractKeywords(text, 8)).toContain(term);
  });
});

describe('extractKeywords drops stopwords, numbers and fragments', () => {
  const text =
    '2023年9月14日，江苏省公安厅召开专题新闻发布会，通报全省公安机关在打击网络犯罪、整治网络乱象方面取得的成效，累计侦破涉网犯罪案件 2.3 万余起，下架违规 APP 应用 422 款。';

  it('returns no boilerplate, numbers or single characters', () => {
    const keywords = extractKeywords(text, 20);
    for (const word of ['发布', '通报', '网络', '2023', '14', '422', '第四十五']) expect(keywords).not.toContain(word);
    for (const word of keywords) expect([...word].length).toBeGreaterThanOrEqual(2);
  });

  it('respects the limit and ranks the distinctive terms', () => {
    expect(extractKeywords(text, 3)).toHaveLength(3);
    expect(extractKeywords(text, 0)).toEqual([]);
    expect(extractKeywords(text, 10)).toContain('APP');
  });

  it('keeps only name-like Latin words in a bilingual item', () => {
    const bilingual =
      '2021年4月23日，工信部发布新闻称，在2021年第一季度检测中，腾讯应用宝、小米应用商店、OPPO软件商店、华为应用市场和vivo应用商店发现问题数量分别占比14.22%。\n' +
      'On April 23, 2021, MIIT issued a statement, stating that during the first quarter inspection of 2021, the respective proportions of problematic Apps were published.';
    const keywords = extractKeywords(bilingual, 10);
    expect(keywords).toContain('MIIT');
    for (const word of ['April', 'stating', 'problematic', 'respective']) expect(keywords).not.toContain(word);
  });

  it('uses English words for English text', () => {
    const english =
      'The European Data Protection Board published guidelines on the targeting of social media users, clarifying the roles of social media providers and targeters.';
    const keywords = extractKeywords(english, 6);
    expect(keywords.slice(0, 2)).toEqual(['media', 'social']);
    expect(keywords).not.toContain('the');
  });
});

describe('keywordText', () => {
  it('rejoins words split by PDF extraction and folds full-width forms', () => {
    expect(keywordText('“净网 2023”专项行动，下架违规 ＡＰＰ 应用 422 款')).toBe('“净网2023”专项行动,下架违规APP应用422款');
    expect(keywordText('the Data Security Law')).toBe('the Data Security Law');
  });
});

describe('assignTopics', () => {
  it.each([
    [
      '9月28日，国家互联网信息办公室发布《规范和促进数据跨境流动规定（征求意见稿）》，明确不需要申报数据出境安全评估、订立个人信息出境标准合同的情形。',
      [
        { topic: 'cross-border-data', matched: ['数据跨境流动', '数据出境', '个人信息出境', '标准合同'] },
        { topic: 'personal-information', matched: ['个人信息'] },
      ],
    ],
    [
      '据查，这三家企业均在其售楼处安装、使用人脸抓拍系统自动存储所有到访客户的人脸生物识别信息。',
      [{ topic: 'sensitive-pi-biometrics', matched: ['人脸抓拍', '生物识别'] }],
    ],
    [
      '国家网信办近日指导广东省网信办，依法约谈腾讯公司相关负责人，依据《未成年人保护法》第一百二十七条实施行政处罚。',
      [{ topic: 'minors-online', matched: ['未成年人'] }],
    ],
    [
      '北碚区公安分局已破获14起将自己的银行卡转交给他人，为他人信息网络犯罪活动提供支付结算的“帮信案”。',
      [
        { topic: 'telecom-fraud', matched: ['帮信'] },
        { topic: 'cybercrime', matched: ['网络犯罪'] },
      ],
    ],
    [
      'On April 22, 2021, the EDPB published the final version of its guidelines on the targeting of social media users under the GDPR.',
      [{ topic: 'overseas-regimes', matched: ['EDPB', 'GDPR'] }],
    ],
    [
      'MIIT also published the latest batch of problematic App lists, and required that the listed 138 Apps to be rectified.',
      [{ topic: 'apps-sdk', matched: ['App', 'Apps'] }],
    ],
  ])('%s', (text, expected) => {
    expect(assignTopics(text)).toEqual(expected);
  });

  it('matches acronyms only in capitals and Latin terms only as whole words', () => {
    expect(assignTopics('We said that the happy applicant would apply.')).toEqual([]);
    expect(assignTopics('欧盟委员会提出关于 AI 的提案')[0]?.topic).toBe('algorithms-ai');
    expect(assignTopics('在 2021 年第一季度检测中，APP3.7万余家次').map((t) => t.topic)).toEqual(['apps-sdk']);
  });

  // assignTopics finds all topics in one pass of a trie; each topic's regex is the definition.
  it('matches each topic as its regex does', () => {
    const text = keywordText(
      '国家网信办发布《生成式人工智能服务管理暂行办法》，算法备案、App 与 SDK 个人信息保护、数据出境安全评估、' +
        '网络诈骗、元宇宙均有涉及。The EU AI Act, the GDPR and app stores; Apps, APPs, appstore; US, us, U.S.',
    );
    const byTopic = new Map(assignTopics(text).map((t) => [t.topic, t.matched]));
    // notIn (银行 but not 银行卡) is applied after matching and is left out of this comparison.
    for (const topic of topicTaxonomy().filter((t) => !t.notIn)) {
      const seen = new Map<string, string>();
      for (const m of text.matchAll(topicRegExp(topic))) if (!seen.has(m[0].toLowerCase())) seen.set(m[0].toLowerCase(), m[0]);
      expect(byTopic.get(topic.id) ?? [], topic.id).toEqual([...seen.values()]);
    }
  });

  it('finds nothing in text off the taxonomy', () => {
    expect(assignTopics('11月6日，滴滴顺风车宣布于本月20日起恢复运营。')).toEqual([]);
  });

  it('has the 21 topics of the taxonomy with both labels', () => {
    const taxonomy = topicTaxonomy();
    expect(taxonomy.map((t) => t.id)).toHaveLength(21);
    expect(taxonomy.find((t) => t.id === 'mlps')?.label).toEqual({ zh: '网络安全等级保护', en: 'Multi-level protection scheme' });
  });
});

describe('keywordsOfPrepared and assignTopics on a text already through keywordText', () => {
  it('give what extractKeywords and assignTopics give on the text itself', () => {
    const text = '据通报，公安部组织开展“净网 2023”专项行动以来，下架违规 APP 应用 422 款，并对数据出境安全评估开展检查。';
    const prepared = keywordText(text);
    expect(keywordsOfPrepared(prepared, 8)).toEqual(extractKeywords(text, 8));
    expect(keywordsOfPrepared(prepared, 8)).toContain('净网2023');
    expect(assignTopics(text, prepared)).toEqual(assignTopics(text));
    expect(assignTopics(text, prepared).map((t) => t.topic)).toContain('apps-sdk');
  });
});
