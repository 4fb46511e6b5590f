import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.ts';
import type { Sql } from '../store/sql.ts';
import { getDocument, listDocuments } from '../store/documents.ts';
import { getSource, insertSource, listRuns } from '../store/sources.ts';
import { testOptions } from './__fixtures__/options.ts';
import { dovecotMissing, startDovecot, type Dovecot } from './__fixtures__/imap/dovecot.ts';
import { imapAdapter } from './adapters/imap.ts';
import { parseImapSettings } from './imap-config.ts';
import { messageEntries } from './imap-message.ts';
import { HttpClient } from './http.ts';
import { runSources } from './service.ts';

const NOW = new Date('2024-11-05T08:00:00Z');
const now = () => NOW;
const ENV = 'REGWATCH_IMAP_TEST_PASSWORD';

function compose(opts: Mail.Options): Promise<Buffer> {
  return new MailComposer({ from: 'newsletter@example.org', to: 'news@example.org', date: new Date('2024-11-04T09:00:00Z'), ...opts }).compile().build();
}

const NEWSLETTER_HTML = `<html><head><title>mail</title></head><body><div class="content">
<h1>数据合规周报 第45期</h1>
<h2>国家网信办发布《网络数据安全管理条例》</h2>
<p>2024年9月30日，国务院公布《网络数据安全管理条例》，自2025年1月1日起施行。条例对个人信息保护、重要数据安全、网络数据跨境安全管理等作出规定。</p>
<h2>某市网信办对某公司作出行政处罚</h2>
<p>2024年10月8日，某市网信办依据《网络安全法》第五十九条，对某公司处以罚款5万元。</p>
</div></body></html>`;

async function docxBytes(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '个人信息保护月报（2024年10月）', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '工业和信息化部通报侵害用户权益的APP', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('2024年10月15日，工业和信息化部通报了38款存在侵害用户权益行为的APP，要求相关企业于10月25日前完成整改。'),
          ],
        },
      ],
    }),
  );
}

describe('IMAP messages → entries', () => {
  it('keeps the HTML body titled by the subject and reads a DOCX attachment titled by its file name', async () => {
    const raw = await compose({
      subject: '周报',
      text: '见附件。',
      attachments: [{ filename: '个人信息保护月报.docx', content: await docxBytes() }, { filename: 'logo.png', content: Buffer.from('x') }],
    });
    const { entries, problems } = await messageEntries(raw, { url: 'imap://u@h:143/INBOX;UIDVALIDITY=1/;UID=7', minBodyChars: 200 });
    expect(problems).toEqual([]);
    // The two-word cover note is not a document of its own; the PNG is ignored.
    expect(entries.map((e) => [e.url, e.title])).toEqual([['imap://u@h:143/INBOX;UIDVALIDITY=1/;UID=7/;SECTION=1;FILENAME=%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF%E4%BF%9D%E6%8A%A4%E6%9C%88%E6%8A%A5.docx', '个人信息保护月报']]);
    expect(entries[0]!.text).toContain('38款存在侵害用户权益行为的APP');
  });
});

describe('IMAP config', () => {
  it('takes host, port, user and mailbox from the URL and refuses a stored password', async () => {
    expect(parseImapSettings('imaps://me%40example.org@mail.example.org/News', { passwordEnv: 'REGWATCH_IMAP_X' })).toMatchObject({
      host: 'mail.example.org',
      port: 993,
      secure: true,
      user: 'me@example.org',
      mailbox: 'News',
      select: 'new',
      markSeen: true,
    });
    expect(() => parseImapSettings('imap://u@h/', { passwordEnv: 'REGWATCH_IMAP_X', password: 'hunter2' })).toThrow(/must not be stored/);
    expect(() => parseImapSettings('imap://u:hunter2@h/', { passwordEnv: 'REGWATCH_IMAP_X' })).toThrow(/must not be part of the source URL/);
    expect(() => parseImapSettings('imap://100%user@h/', { passwordEnv: 'REGWATCH_IMAP_X' })).toThrow(/not validly %-escaped/);
    // Only REGWATCH_IMAP_* variables: a source config cannot send another secret to its server.
    expect(() => imapAdapter.validateConfig({ passwordEnv: 'AWS_SECRET_ACCESS_KEY' })).toThrow(/REGWATCH_IMAP_/);
    expect(() => imapAdapter.validateConfig({ passwordEnv: 'REGWATCH_IMAP_NEWS' })).not.toThrow();
  });
});

const missing = dovecotMissing();

describe.skipIf(missing !== null)(`IMAP source against a real dovecot${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let dovecot: Dovecot;
  let db: Sql;
  let savedEnv: string | undefined;

  beforeAll(async () => {
    dovecot = await startDovecot();
    savedEnv = process.env[ENV];
    process.env[ENV] = dovecot.password;
  }, 30_000);
  afterAll(async () => {
    if (savedEnv === undefined) delete process.env[ENV];
    else process.env[ENV] = savedEnv;
    await dovecot?.stop();
  });
  beforeEach(async () => {
    db = await openStore(':memory:');
  });
  afterEach(async () => db.close());

  async function append(mailbox: string, raw: Buffer): Promise<void> {
    const c = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    await c.connect();
    try {
      await c.mailboxCreate(mailbox).catch(() => undefined);
      await c.append(mailbox, raw);
    } finally {
      await c.logout();
    }
  }

  async function seenFlags(mailbox: string): Promise<boolean[]> {
    const c = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: dovecot.user, pass: dovecot.password }, logger: false });
    await c.connect();
    const flags: boolean[] = [];
    const lock = await c.getMailboxLock(mailbox, { readOnly: true });
    try {
      for await (const m of c.fetch('1:*', { uid: true, flags: true }, { uid: true })) flags.push(m.flags?.has('\\Seen') ?? false);
    } finally {
      lock.release();
      await c.logout();
    }
    return flags;
  }

  async function addImapSource(mailbox: string): Promise<number> {
    const config = { passwordEnv: ENV, mailbox };
    imapAdapter.validateConfig(config);
    const url = `imap://${dovecot.user}@${dovecot.host}:${dovecot.port}/${mailbox}`;
    return await insertSource(db, { adapter: 'imap', name: 'mailed newsletters', url, config, intervalMinutes: 60 }, NOW);
  }

  // The loopback dovecot is allowed the way an admin would allow an intranet mail server.
  const allowed = () => new HttpClient(testOptions({ privateHostAllowlist: ['127.0.0.1'] }));

  it('stores bodies and attachments once, marks messages seen and picks up only new ones', async () => {
    const box = 'Newsletters';
    await append(box, await compose({ subject: '数据合规周报 第45期', html: NEWSLETTER_HTML }));
    await append(
      box,
      await compose({ subject: 'Fwd: 月报', text: '请查收附件。', attachments: [{ filename: '个人信息保护月报（2024年10月）.docx', content: await docxBytes() }] }),
    );
    const id = await addImapSource(box);

    const [first] = await runSources(db, allowed(), [id], { now });
    expect(first).toMatchObject({ status: 'ok', found: 2, new: 2, error: null, warning: null });
    const docs = await listDocuments(db);
    expect(docs.map((d) => d.title)).toEqual(['数据合规周报 第45期', '个人信息保护月报（2024年10月）']);
    expect((await getDocument(db, docs[0]!.id))!.text).toContain('《网络数据安全管理条例》');
    expect((await getDocument(db, docs[1]!.id))!.text).toContain('38款存在侵害用户权益行为的APP');
    expect(docs[0]!.source).toMatch(new RegExp(`^imap://news@127\\.0\\.0\\.1:${dovecot.port}/Newsletters;UIDVALIDITY=\\d+/;UID=1$`));
    expect(await seenFlags(box)).toEqual([true, true]);
    expect((await getSource(db, id))!.etag).toMatch(/^imap:\d+:2$/);

    const [second] = await runSources(db, allowed(), [id], { now });
    expect(second).toMatchObject({ status: 'ok', found: 2, new: 0, error: null, warning: null });
    expect(await listDocuments(db)).toHaveLength(2);

    await append(box, await compose({ subject: '执法动态 11月', html: NEWSLETTER_HTML.replace('第45期', '第46期').replace('5万元', '10万元') }));
    const [third] = await runSources(db, allowed(), [id], { now });
    expect(third).toMatchObject({ status: 'ok', found: 3, new: 1, error: null });
    expect((await listDocuments(db)).map((d) => d.title)).toEqual(['数据合规周报 第45期', '个人信息保护月报（2024年10月）', '执法动态 11月']);
    expect((await listRuns(db, id)).map((r) => r.new)).toEqual([2, 0, 1]);
  });

  it('refuses the loopback server unless the address policy allows it, and fails the run cleanly', async () => {
    const id = await addImapSource('INBOX');
    const [r] = await runSources(db, new HttpClient(testOptions()), [id], { now });
    expect(r).toMatchObject({ status: 'failed', new: 0 });
    expect(r!.error).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect((await getSource(db, id))!.errorStreak).toBe(1);
  });

  it('records a wrong password as a failed run', async () => {
    const id = await addImapSource('INBOX');
    process.env[ENV] = 'wrong';
    try {
      const [r] = await runSources(db, allowed(), [id], { now });
      expect(r).toMatchObject({ status: 'failed' });
      expect(r!.error).toMatch(/login failed/i);
    } finally {
      process.env[ENV] = dovecot.password;
    }
  });
});
