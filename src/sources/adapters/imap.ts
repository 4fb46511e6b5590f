import type { ImapFlow } from 'imapflow';
import { formatImapState, mailboxUrl, parseImapSettings, parseImapState, type ImapSettings } from '../imap-config.ts';
import { imapError, openImap } from '../imap-connect.ts';
import { messageEntries } from '../imap-message.ts';
import type { AdapterContext, AdapterResult, SourceAdapter, SourceEntry } from '../types.ts';

/**
 * An IMAP mailbox that newsletters are mailed to. Each run reads the messages with a UID above the
 * last one processed (optionally only the unseen ones), turns each body and PDF/DOCX/HTML
 * attachment into an entry, flags the messages \Seen (configurable) and returns the mailbox's
 * UIDVALIDITY and last UID as the source's stored validator, so a restart does not read them again.
 * Entry URLs (`imap://user@host:port/INBOX;UIDVALIDITY=v/;UID=n[/;SECTION=k…]`) are also
 * remembered per source, so even a lost validator does not store a message twice.
 */
export const imapAdapter: SourceAdapter = {
  id: 'imap',
  name: 'IMAP mailbox (mailed newsletters)',
  kind: 'feed',
  validateConfig(config, url) {
    // With the source URL, everything a run needs (host, user, mailbox) is checked before it is stored.
    if (url !== undefined) parseImapSettings(url, config);
    else parseImapSettings('imap://check@localhost/', { user: 'check', host: 'localhost', ...(isObject(config) ? config : {}) });
  },
  fetch: (ctx) => fetchMailbox(ctx),
};

async function fetchMailbox(ctx: AdapterContext): Promise<AdapterResult> {
  const s = parseImapSettings(ctx.url, ctx.config);
  const client = await openImap(ctx.url, s, ctx.http);
  try {
    const result = await readMailbox(client, s, ctx);
    await client.logout().catch(() => client.close());
    return result;
  } catch (err) {
    client.close();
    throw imapError(ctx.url, err);
  }
}

async function readMailbox(client: ImapFlow, s: ImapSettings, ctx: AdapterContext): Promise<AdapterResult> {
  const lock = await client.getMailboxLock(s.mailbox, { readOnly: !s.markSeen });
  try {
    const box = client.mailbox;
    if (!box) throw new Error(`mailbox ${s.mailbox} could not be opened`);
    const uidValidity = String(box.uidValidity);
    const state = parseImapState(ctx.etag);
    // A new UIDVALIDITY means the server renumbered the mailbox: start over (entry URLs carry the
    // UIDVALIDITY, and documents with the same text are stored once anyway).
    const lastUid = state && state.uidValidity === uidValidity ? state.lastUid : 0;
    const base = mailboxUrl(s, uidValidity);
    const empty = (last: number): AdapterResult => ({
      notModified: false,
      found: box.exists,
      entries: [],
      etag: formatImapState({ uidValidity, lastUid: last }),
      lastModified: null,
      problems: [],
    });
    if (box.exists === 0) return empty(lastUid);

    const query = s.select === 'unseen' ? { uid: `${lastUid + 1}:*`, seen: false } : { uid: `${lastUid + 1}:*` };
    const found = (await client.search(query, { uid: true })) || [];
    // `n:*` always matches the highest UID, even below n.
    const uids = found.filter((u) => u > lastUid).sort((a, b) => a - b).slice(0, s.maxMessages);
    if (uids.length === 0) return empty(lastUid);

    const sizes = new Map<number, number>();
    for await (const m of client.fetch(uids.join(','), { uid: true, size: true }, { uid: true })) sizes.set(m.uid, m.size ?? 0);

    const entries: SourceEntry[] = [];
    const problems: string[] = [];
    const done: number[] = [];
    const maxBytes = s.maxMessageMb * 1024 * 1024;
    for (const uid of uids) {
      const url = `${base}/;UID=${uid}`;
      const size = sizes.get(uid) ?? 0;
      if (size > maxBytes) {
        problems.push(`${url}: message is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${s.maxMessageMb} MB limit (left unread)`);
        continue;
      }
      const msg = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
      if (!msg || !msg.source) {
        problems.push(`${url}: message vanished before it was read`);
        continue;
      }
      try {
        const parsed = await messageEntries(msg.source, { url, minBodyChars: s.minBodyChars });
        entries.push(...parsed.entries.filter((e) => !ctx.isKnown(e.url)));
        problems.push(...parsed.problems);
        if (parsed.entries.length === 0) problems.push(`${url}: no body text and no PDF, DOCX or HTML attachment`);
      } catch (err) {
        problems.push(imapError(url, err).message);
      }
      done.push(uid);
    }
    if (s.markSeen && done.length > 0) await client.messageFlagsAdd(done.join(','), ['\\Seen'], { uid: true });
    return {
      notModified: false,
      found: box.exists,
      entries,
      etag: formatImapState({ uidValidity, lastUid: Math.max(lastUid, ...uids) }),
      lastModified: null,
      problems,
    };
  } finally {
    lock.release();
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
