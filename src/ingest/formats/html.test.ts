import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, htmlDocumentToText, htmlReader } from './html.ts';

const text = (html: string) => htmlDocumentToText(html).text;

describe('HTML main content', () => {
  it('keeps the article and drops navigation, page header and footer, sidebars, forms and share blocks', () => {
    const out = text(`<html><body><header>站点导航</header><nav><a href="/">首页</a></nav>
      <div class="breadcrumb">首页 &gt; 周报</div>
      <article><header><h1>本期要闻</h1></header><p>正文第一段。</p><footer>标签：数据</footer></article>
      <aside>热门文章</aside><form><input value="搜索"><button>搜索</button></form>
      <div id="related-posts"><p>相关推荐</p></div><footer>版权所有</footer></body></html>`);
    expect(out).toBe('# 本期要闻\n\n正文第一段。\n');
  });

  it('without <article> or <main>, takes the element holding most of the paragraph text', () => {
    const body = '<p>工业和信息化部通报了侵害用户权益的应用程序，要求限期整改。</p>'.repeat(4);
    const out = text(`<body><div class="top"><p>登录</p></div><div class="wrap"><div class="content">${body}</div><div class="links"><p>友情链接</p></div></div></body>`);
    expect(out.split('\n\n')).toHaveLength(4);
    expect(out).not.toMatch(/登录|友情链接/);
  });

  it('writes structure as the segmenter reads it: headings, bold headlines, bullets, line breaks, table rows', () => {
    const out = text(`<main><h2>国内要闻</h2><p><strong>网信办发布新规</strong></p>
      <p>第一行<br>第二行</p><p>普通<b>加粗</b>段落</p><ul><li>要点一</li><li>要点二<ul><li>子项</li></ul></li></ul>
      <table><tr><th>当事人</th><th>罚款</th></tr><tr><td>某公司</td><td>50万元</td></tr></table></main>`);
    expect(out).toBe(
      '## 国内要闻\n\n**网信办发布新规**\n\n第一行\n第二行\n\n普通加粗段落\n\n- 要点一\n- 要点二\n- 子项\n当事人 | 罚款\n某公司 | 50万元\n',
    );
  });

  it('decodes entities and drops the spaces that source line breaks leave inside Chinese text', () => {
    expect(text('<p>个人信息\n   保护法&nbsp;&amp;&#x4E2D;&lt;国&gt; A&nbsp;B</p>')).toBe('个人信息保护法\u00A0&中<国> A\u00A0B\n');
  });

  it('lets nothing executable through: scripts, handlers, javascript: links and comments give no markup', () => {
    const out = text(`<article><p onclick="alert(1)">正文<script>alert(1)</script><a href="javascript:alert(1)">链接</a></p>
      <!-- <p>注释</p> --><style>p{}</style><iframe src="https://x"></iframe><img src=x onerror="alert(1)">
      <noscript><p>请启用脚本</p></noscript><svg><script>alert(2)</script></svg></article>`);
    expect(out).toBe('正文链接\n');
  });
});

describe('HTML charset', () => {
  const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>数据安全法第四十五条</p></body></html>';

  it('uses the declared charset when the bytes are not UTF-8', async () => {
    const r = await htmlReader.read(iconv.encode(page, 'gbk'), 'page.html');
    expect(r.encoding).toBe('GB18030');
    expect(r.text).toBe('数据安全法第四十五条\n');
    const meta = iconv.encode('<meta charset="GBK"><p>个人信息保护</p>', 'gbk');
    expect(decodeHtml(meta, 'a.html').text).toContain('个人信息保护');
  });

  it('trusts UTF-8 bytes over a wrong declaration', () => {
    expect(decodeHtml(Buffer.from(page, 'utf8'), 'page.html')).toMatchObject({ encoding: 'UTF-8' });
  });

  // A page re-saved by an editor gains a BOM but keeps its old GBK declaration; the BOM is right.
  const stale = '<html><head><meta charset="gbk"></head><body><p>网络数据安全管理条例自2025年1月1日起施行</p></body></html>';

  it('lets a UTF-8 byte order mark win over a declared GBK charset', async () => {
    const r = await htmlReader.read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(stale, 'utf8')]), 'bom.html');
    expect(r).toMatchObject({ encoding: 'UTF-8', text: '网络数据安全管理条例自2025年1月1日起施行\n' });
  });

  it('lets a UTF-16LE byte order mark win over a declared GBK charset', async () => {
    const r = await htmlReader.read(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(stale, 'utf-16le')]), 'bom16.html');
    expect(r).toMatchObject({ encoding: 'UTF-16LE', text: '网络数据安全管理条例自2025年1月1日起施行\n' });
  });
});
