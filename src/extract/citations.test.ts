import { describe, expect, it } from 'vitest';
import cues from './data/citation-cues.json' with { type: 'json' };
import { articleNumber, bareLawName, extractCitations } from './citations.ts';

type Row = [string, number, number | null];
const cite = (text: string): Row[] =>
  extractCitations(text).map((f) => [f.value.law, f.value.article, f.value.paragraph]);

describe('extractCitations: Chinese', () => {
  it.each<[string, Row[]]>([
    // seed 003
    [
      '宿迁公安机关依据《数据安全法》第四十五条规定，对该机构予以行政警告并处罚款 10 万元。',
      [['数据安全法', 45, null]],
    ],
    [
      '北京市公安局昌平分局根据《数据安全法》第二十七条、第四十五条第一款之规定，给予该企业警告，并处罚款',
      [['数据安全法', 27, null], ['数据安全法', 45, 1]],
    ],
    [
      '导致其网站被植入非法网站暗链, 违反《网络安全法》第二十一条、第二十五条规定。巴南区网信办依据《网络安全法》第五十九条规定, 对该企业予以行政警告处罚',
      [['网络安全法', 21, null], ['网络安全法', 25, null], ['网络安全法', 59, null]],
    ],
    [
      '依据《网络安全法》第二十一条、第五十九条之规定，南开分局对该单位及相关主管人员',
      [['网络安全法', 21, null], ['网络安全法', 59, null]],
    ],
    [
      '依法约谈腾讯公司相关负责人，依据《未成年人保护法》第一百二十七条，实施行政处罚，责令暂停“小世界”版块信息更新 30 日',
      [['未成年人保护法', 127, null]],
    ],
    [
      '存在不履行网络安全保护义务等违法行为，根据《网络安全法》第五十九条第一款之规定，对该公司责令改正，处罚款人民币五万元',
      [['网络安全法', 59, 1]],
    ],
    [
      '国家金融监督管理总局北京监管局依据《银行业监督管理法》第四十六条给予其20万元罚款的行政处罚。',
      [['银行业监督管理法', 46, null]],
    ],
    [
      '旨在落实英国科学、创新和技术部于2023年6月根据《2018年数据保护法》第17条提出的在《欧盟-美国数据隐私框架》下扩展',
      [['2018年数据保护法', 17, null]],
    ],
    // line broken by a PDF page between the law and its second article
    [
      '四川警方依据《网络安全法》第二十二条、\n第六十条进行行政处罚。',
      [['网络安全法', 22, null], ['网络安全法', 60, null]],
    ],
    // genre cases
    ['根据《数据安全法》第四十五条第一款第（三）项的规定，处以罚款。', [['数据安全法', 45, 1]]],
    ['依据《中华人民共和国个人信息保护法》第六十六条，对该公司处以罚款。', [['个人信息保护法', 66, null]]],
    [
      '该行为违反了《中华人民共和国个人信息保护法》第六十六条至第六十八条的规定。',
      [['个人信息保护法', 66, null], ['个人信息保护法', 67, null], ['个人信息保护法', 68, null]],
    ],
    ['上述行为违反了《网络安全法》第二十一、二十五条的规定。', [['网络安全法', 21, null], ['网络安全法', 25, null]]],
    ['某公司未落实网络安全等级保护制度，违反网络安全法第二十二条，被处警告。', [['网络安全法', 22, null]]],
    ['国家网信办依据个人信息保护法第六十六条，对其处以五千万元罚款。', [['个人信息保护法', 66, null]]],
    [
      '《个人信息保护法》已于2021年11月1日施行，某公司违反该法第二十二条，监管部门依据同法第六十四条约谈其负责人。',
      [['个人信息保护法', 22, null], ['个人信息保护法', 64, null]],
    ],
    [
      '国家网信办发布《网络数据安全管理条例》。依据该条例第六十四条，可处五十万元以下罚款。',
      [['网络数据安全管理条例', 64, null]],
    ],
    [
      '国家网信办发布《个人信息出境认证办法》（以下简称《办法》）。根据《办法》第十条第二款，认证机构应当',
      [['个人信息出境认证办法', 10, 2]],
    ],
    ['2022年8月1日《移动互联网应用程序信息服务管理规定》正式实施。根据《规定》第一条第三款', [['移动互联网应用程序信息服务管理规定', 1, 3]]],
    ['被告人的行为已构成侵犯公民个人信息罪，依照《中华人民共和国刑法》第二百五十三条之一第一款、第六十七条第三款之规定', [['刑法', 67, 3]]],
    ['依照刑法第二百八十七条之一之规定，判处有期徒刑一年。', []],
    ['市场监管部门依据《广告法》第64-2条作出处罚。', []],
    ['依据《网络安全法》第 59 条第 1 款，责令改正。', [['网络安全法', 59, 1]]],
    ['根据《通用数据保护条例》（GDPR）第83条第5款，最高可处2000万欧元罚款。', [['通用数据保护条例', 83, 5]]],
    ['臺北市政府依《個人資料保護法》第四十八條第一款處以罰鍰。', [['個人資料保護法', 48, 1]]],
    ['依据《数据安全法》第四十五条第一款、第二款的规定作出处罚。', [['数据安全法', 45, 1], ['数据安全法', 45, 2]]],
    ['依据《网络安全法》第四十一条、四十二条的规定，责令改正。', [['网络安全法', 41, null], ['网络安全法', 42, null]]],
    ['根据《中华人民共和国个人信息保护法》第五十五条、第五十六条及第六十六条第一、二款的规定，处罚款人民币三十万元。', [['个人信息保护法', 55, null], ['个人信息保护法', 56, null], ['个人信息保护法', 66, 1], ['个人信息保护法', 66, 2]]],
  ])('%s', (text, expected) => {
    expect(cite(text)).toEqual(expected);
  });

  it.each([
    '这是第一类项目，共计79件，包括网络安全法（修改）。',
    '《商用密码检测机构管理办法》共29条，涉及总体要求、资质认定条件和程序。',
    '根据有关规定第三条，企业应当备案。',
    '聚焦五大方面十八条主要任务，加快形成新质生产力。',
  ])('finds no provision in: %s', (text) => {
    expect(cite(text)).toEqual([]);
  });

  it('lists a provision once and keeps its first span', () => {
    const text = '苏州公安机关依据《数据安全法》第四十五条规定处罚。盐城公安机关依据《数据安全法》第四十五条规定处罚。';
    const found = extractCitations(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.span).toEqual({ start: 15, end: 20 });
    expect(found[0]?.text).toBe('第四十五条');
  });
});

describe('extractCitations: a draft printed in a notice', () => {
  it('reads its article headings as headings, its references as citations', () => {
    const text = '2.关于《网络安全事件应急处置管理规定（征求意见稿）》的起草说明\n公安部\n二〇二四年十一月八日\n附件1\n网络安全事件应急处置管理规定\n（征求意见稿）\n第一章 总 则\n  第一条 为了规范网络安全事件应急处置工作，制定本规定。\n  第二十五条 网络运营者未按照本规定报告网络安全事件的，由公安机关依照《中华人民共和国网络安全法》\n第五十九条的规定处罚。';
    expect(cite(text)).toEqual([['网络安全法', 59, null]]);
  });
});

describe('extractCitations: English', () => {
  it.each<[string, Row[]]>([
    ['The police fined the company under Article 45 of the Data Security Law.', [['Data Security Law', 45, null]]],
    [
      'Tianjin police imposed a fine pursuant to Articles 21 and 59 of the Cybersecurity Law.',
      [['Cybersecurity Law', 21, null], ['Cybersecurity Law', 59, null]],
    ],
    ['Processing must be lawful, fair and transparent (Art. 5(1)(a) GDPR).', [['GDPR', 5, 1]]],
    ['The operator failed to keep logs as required by Article 21(5) of the Cybersecurity Law.', [['Cybersecurity Law', 21, null]]],
    ['The fine was calculated under Article 83(5) GDPR.', [['GDPR', 83, 5]]],
    ['CAC relied on Article 66 of the PRC Personal Information Protection Law.', [['Personal Information Protection Law', 66, null]]],
    ["Under Article 27 of China's Data Security Law, processors must set up a data security system.", [['Data Security Law', 27, null]]],
    [
      "Article 59 of the Cybersecurity Law of the People's Republic of China provides for fines.",
      [['Cybersecurity Law', 59, null]],
    ],
    [
      'Articles 66 to 68 of the PIPL set out the penalties.',
      [['PIPL', 66, null], ['PIPL', 67, null], ['PIPL', 68, null]],
    ],
    ['The DPC found infringements of Article 5 and Article 6(1) of the GDPR.', [['GDPR', 5, null], ['GDPR', 6, 1]]],
    ['The ICO relied on Article 17 of Regulation (EU) 2016/679 in its reprimand.', [['Regulation (EU) 2016/679', 17, null]]],
    ['It breached Article 32 of the UK GDPR. The ICO issued a reprimand.', [['UK GDPR', 32, null]]],
    [
      'Articles 9 and 10 of the Measures for the Security Assessment of Outbound Data Transfers apply.',
      [
        ['Measures for the Security Assessment of Outbound Data Transfers', 9, null],
        ['Measures for the Security Assessment of Outbound Data Transfers', 10, null],
      ],
    ],
    ['Under paragraph 2 of Article 66 of the PIPL, the fine may reach RMB 50 million.', [['PIPL', 66, 2]]],
    ['The amendment adds Article 64-2 of the Cybersecurity Law.', []],
    ['Article 3 of the agreement sets out the scope.', []],
  ])('%s', (text, expected) => {
    expect(cite(text)).toEqual(expected);
  });
});

describe('citation helpers', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十七', 27],
    ['一百零二', 102],
    ['一百二十七', 127],
    ['二百五十三', 253],
    ['45', 45],
    ['４５', 45],
  ])('articleNumber(%s) = %d', (text, n) => {
    expect(articleNumber(text)).toBe(n);
  });

  it.each([
    ['某公司违反网络安全法', '网络安全法'],
    ['依据个人信息保护法', '个人信息保护法'],
    ['根据深圳经济特区数据条例', '深圳经济特区数据条例'],
    ['，刑法', '刑法'],
    ['根据有关规定', null],
    ['依法', null],
  ])('bareLawName(%s) = %s', (before, name) => {
    expect(bareLawName(before)).toBe(name);
  });

  it('citation-cues.json lists no blank or repeated words', () => {
    for (const [key, list] of Object.entries(cues)) {
      if (key === '$comment') continue;
      const words = list as string[];
      expect(words.every((w) => w.trim() !== '')).toBe(true);
      expect(new Set(words).size).toBe(words.length);
    }
  });
});

describe('extractCitations: Taiwan text (read from its simplified copy)', () => {
  it.each<[string, Row[]]>([
    // A Taiwan law named without brackets; 第1项 is not a 款 (FORMAT.md: the paragraph is the 款 only).
    ['违反个人资料保护法第27条第1项规定，依同法第48条第2项规定，处罚锾新台币20万元', [['个人资料保护法', 27, null], ['个人资料保护法', 48, null]]],
    ['宪法法庭宣示判决，认个人资料保护法第6条第1项但书第4款规定尚不违宪', [['个人资料保护法', 6, null]]],
    // A bare name followed by its abbreviation in brackets.
    ['违反欧盟一般资料保护规则（GDPR）第6条第1项等规定，对Instagram处以罚款', [['欧盟一般资料保护规则', 6, null]]],
  ])('%s', (text, expected) => {
    expect(cite(text)).toEqual(expected);
  });
});

describe('extractCitations: sections and regulations of common-law statutes', () => {
  it.each<[string, Row[]]>([
    ['for failing to put in place reasonable security arrangements, in breach of section 24 of the PDPA.', [['PDPA', 24, null]]],
    ['without notifying them of the purposes, in breach of sections 13 and 20 of the PDPA.', [['PDPA', 13, null], ['PDPA', 20, null]]],
    ['in breach of regulation 21 of the Privacy and Electronic Communications Regulations (PECR).', [['Privacy and Electronic Communications Regulations', 21, null]]],
    ['Section 5(2) of the Data Protection Act 2018 applies.', [['Data Protection Act 2018', 5, 2]]],
  ])('%s', (text, expected) => {
    expect(cite(text)).toEqual(expected);
  });

  it('does not read an EU Regulation by its number as a provision', () => {
    expect(cite('Regulation (EU) 2016/679 (GDPR) applies since 2018.')).toEqual([]);
  });
});
