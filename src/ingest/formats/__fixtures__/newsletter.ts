// One small bilingual newsletter (three developments, two sections) rendered as markdown, HTML and
// DOCX by the tests, so each reader can be checked against the same expected items.

export interface Development {
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  /** Optional rows of a small table in the body (header row first). */
  table?: string[][];
  /** Optional bullet points in the body. */
  points?: string[];
}

export const NEWSLETTER = {
  title: '数据合规周报 Data Compliance Weekly',
  issue: '2024年3月25日',
  sections: [
    {
      heading: '国内要闻 Domestic News',
      items: [
        {
          title: '国家网信办发布《促进和规范数据跨境流动规定》',
          titleEn: 'CAC Releases the Provisions on Promoting and Regulating Cross-Border Data Flows',
          body: '2024年3月22日，国家网信办公布《促进和规范数据跨境流动规定》，自公布之日起施行，明确了数据出境安全评估、个人信息出境标准合同和个人信息保护认证的适用情形。',
          bodyEn: 'On March 22, 2024, the CAC published the Provisions on Promoting and Regulating Cross-Border Data Flows, effective on the date of publication, clarifying when a security assessment is required.',
          points: ['免予申报的情形', '自由贸易试验区负面清单'],
        },
        {
          title: '上海市网信办对一家公司处以罚款',
          titleEn: 'Shanghai CAC Fines a Company for Data Security Violations',
          body: '2024年3月15日，上海市网信办依据《数据安全法》第四十五条，对某科技公司未履行数据安全保护义务的行为处以罚款人民币50万元。',
          bodyEn: 'On March 15, 2024, the Shanghai CAC fined a technology company RMB 500,000 under Article 45 of the Data Security Law for failing to fulfil its data security obligations.',
          table: [
            ['当事人', '罚款'],
            ['某科技公司', '50万元'],
          ],
        },
      ],
    },
    {
      heading: '海外动态 Overseas News',
      items: [
        {
          title: '欧盟议会通过《人工智能法》',
          titleEn: 'European Parliament Adopts the Artificial Intelligence Act',
          body: '2024年3月13日，欧洲议会以523票赞成通过《人工智能法》，对高风险人工智能系统提出了合规要求。',
          bodyEn: 'On March 13, 2024, the European Parliament adopted the Artificial Intelligence Act with 523 votes in favour, setting requirements for high-risk AI systems.',
        },
      ],
    },
  ] satisfies { heading: string; items: Development[] }[],
};

export function toMarkdown(): string {
  const out = [`# ${NEWSLETTER.title}`, '', NEWSLETTER.issue, ''];
  for (const s of NEWSLETTER.sections) {
    out.push(`## ${s.heading}`, '');
    for (const d of s.items as Development[]) {
      out.push(`### ${d.title}`, '', d.body, '');
      for (const p of d.points ?? []) out.push(`- ${p}`);
      if (d.points) out.push('');
      for (const row of d.table ?? []) out.push(row.join(' | '));
      if (d.table) out.push('');
      out.push(`### ${d.titleEn}`, '', d.bodyEn, '');
    }
  }
  return out.join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved web page: site chrome, share bar, scripts and a hostile link around one article. */
export function toHtml(charset = 'utf-8'): string {
  const items = NEWSLETTER.sections
    .map((s) => {
      const devs = (s.items as Development[]).map((d) => {
        const points = d.points ? `<ul>${d.points.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : '';
        const table = d.table ? `<table>${d.table.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>` : '';
        return `<p><strong>${esc(d.title)}</strong></p>\n<p>${esc(d.body)}</p>${points}${table}\n<h3>${esc(d.titleEn)}</h3>\n<p>${esc(d.bodyEn)}</p>`;
      });
      return `<section><h2>${esc(s.heading)}</h2>\n${devs.join('\n')}</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="${charset}"><title>周报 | 某律所</title>
<style>body{font:14px sans-serif}</style><script>window.track('view')</script></head>
<body>
<header><a href="/">某律所首页</a> <a href="/about">关于我们</a></header>
<nav><ul><li><a href="/news">新闻中心</a></li><li><a href="/team">专业团队</a></li></ul></nav>
<article>
<header><h1>${esc(NEWSLETTER.title)}</h1></header>
<p>${NEWSLETTER.issue}</p>
<!-- 编辑备注：不要发布 -->
${items}
<div class="share-bar">分享到：微信 微博 <a href="javascript:alert(1)">复制链接</a></div>
<script>alert(1)</script>
</article>
<aside><h3>相关阅读</h3><p>往期周报回顾</p></aside>
<footer>© 2024 某律所 版权所有</footer>
</body></html>`;
}
