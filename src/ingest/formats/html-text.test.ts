import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { htmlFragmentToText, htmlToText } from './html-text.ts';

// One walk, two forms: markdown-ish lines for the segmenter, plain lines for source entries.
const page = `<h2>工业和信息化部通报侵害用户权益行为的APP</h2>
<p><strong>一、通报内容</strong></p>
<p>工业和信息化部组织第三方检测机构进行抽查，
共发现23款APP存在侵害用户权益行为。</p>
<ul><li>违规收集个人信息</li><li>强制、频繁、过度索取权限</li></ul>
<script>alert(1)</script>`;

describe('htmlToText', () => {
  it('marks headings, bold paragraphs and list items for the segmenter', () => {
    const $ = cheerio.load(page);
    expect(htmlToText($, $('body'))).toBe(
      '## 工业和信息化部通报侵害用户权益行为的APP\n\n**一、通报内容**\n\n' +
        '工业和信息化部组织第三方检测机构进行抽查，共发现23款APP存在侵害用户权益行为。\n\n' +
        '- 违规收集个人信息\n- 强制、频繁、过度索取权限\n',
    );
  });

  it('gives the same lines without markers or blank lines in the plain form', () => {
    expect(htmlFragmentToText(page)).toBe(
      '工业和信息化部通报侵害用户权益行为的APP\n一、通报内容\n' +
        '工业和信息化部组织第三方检测机构进行抽查，共发现23款APP存在侵害用户权益行为。\n' +
        '违规收集个人信息\n强制、频繁、过度索取权限',
    );
    expect(htmlFragmentToText('国家网信办发布《网络数据安全管理条例》 &amp; 解读')).toBe('国家网信办发布《网络数据安全管理条例》 & 解读');
  });
});
