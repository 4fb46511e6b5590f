import { z } from 'zod';
import { IMAP_SECRET_PATTERN } from '../config.ts';
import { InputError } from '../errors.ts';

/**
 * An IMAP source's settings. The source URL (`imap://user@host:port/MAILBOX`, `imaps://` for TLS)
 * names the mailbox; the config may give or override host, port, secure, user and mailbox. The
 * password is never part of either: `passwordEnv` names a REGWATCH_IMAP_* environment variable
 * read at run time, so nothing secret is stored in the database.
 */
const schema = z
  .object({
    host: z.string().min(1).max(255).optional(),
    port: z.number().int().min(1).max(65535).optional(),
    secure: z.boolean().optional(),
    user: z.string().min(1).max(320).optional(),
    passwordEnv: z.string().regex(IMAP_SECRET_PATTERN, 'must name a REGWATCH_IMAP_* environment variable'),
    mailbox: z.string().min(1).max(1000).optional(),
    /** `new`: every message with a UID above the last one processed; `unseen`: only those not \Seen. */
    select: z.enum(['new', 'unseen']).default('new'),
    /** Flag processed messages \Seen (off: the mailbox is opened read-only). */
    markSeen: z.boolean().default(true),
    /** Messages read per run, oldest first; the rest come next run. */
    maxMessages: z.number().int().min(1).max(5000).default(200),
    /** Larger messages are skipped (reported as a problem). */
    maxMessageMb: z.number().positive().max(200).default(25),
    /** A body this short next to a readable attachment is a cover note and is not stored. */
    minBodyChars: z.number().int().min(0).max(100_000).default(200),
    timeoutS: z.number().positive().max(600).default(60),
  })
  .strict();

export type ImapSourceConfig = z.output<typeof schema>;

export interface ImapSettings extends Omit<ImapSourceConfig, 'host' | 'port' | 'secure' | 'user' | 'mailbox'> {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  mailbox: string;
}

/** Parses URL + config into complete settings; throws InputError naming every problem. */
export function parseImapSettings(url: string, config: unknown): ImapSettings {
  const raw = config !== null && typeof config === 'object' && !Array.isArray(config) ? (config as Record<string, unknown>) : {};
  if ('password' in raw || 'pass' in raw) {
    throw new InputError('imap', 'a password must not be stored in the source config: put it in a REGWATCH_IMAP_* environment variable and set "passwordEnv" to its name');
  }
  const parsed = schema.safeParse(config ?? {});
  if (!parsed.success) {
    throw new InputError('imap', `invalid IMAP config: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`).join('; ')}`);
  }
  const c = parsed.data;
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    u = null;
  }
  const fromUrl = u && (u.protocol === 'imap:' || u.protocol === 'imaps:') ? u : null;
  if (fromUrl?.password) throw new InputError(url, 'a password must not be part of the source URL; use "passwordEnv"');
  const secure = c.secure ?? (fromUrl ? fromUrl.protocol === 'imaps:' : true);
  const host = c.host ?? (fromUrl?.hostname.replace(/^\[|\]$/g, '') || undefined);
  const user = c.user ?? (fromUrl?.username ? unescapeUrlPart(url, fromUrl.username) : undefined);
  const mailbox = c.mailbox ?? (fromUrl && fromUrl.pathname.length > 1 ? unescapeUrlPart(url, fromUrl.pathname.slice(1).split(';')[0]!) : 'INBOX');
  const port = c.port ?? (fromUrl?.port ? Number(fromUrl.port) : secure ? 993 : 143);
  if (!host) throw new InputError(url, 'no IMAP host: use an imap:// or imaps:// URL or set "host"');
  if (!user) throw new InputError(url, 'no IMAP user: put it in the URL (imap://user@host/) or set "user"');
  return { ...c, host, port, secure, user, mailbox };
}

/** A %-escaped user or mailbox from the URL; a stray `%` is a usage error, not a URIError. */
function unescapeUrlPart(url: string, part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new InputError(url, `"${part}" is not validly %-escaped (write a literal % as %25)`);
  }
}

/** The mailbox's identity, used as the prefix of every stored entry URL (RFC 5092 style). */
export function mailboxUrl(s: ImapSettings, uidValidity: bigint | number | string): string {
  const host = s.host.includes(':') ? `[${s.host}]` : s.host;
  return `${s.secure ? 'imaps' : 'imap'}://${encodeURIComponent(s.user)}@${host}:${s.port}/${encodeURIComponent(s.mailbox)};UIDVALIDITY=${String(uidValidity)}`;
}

/** Where a run stopped: kept in the source's stored validator (its `etag` column) between runs. */
export interface ImapState {
  uidValidity: string;
  lastUid: number;
}

const STATE = /^imap:(\d+):(\d+)$/;

export function parseImapState(etag: string | null): ImapState | null {
  const m = etag ? STATE.exec(etag) : null;
  return m ? { uidValidity: m[1]!, lastUid: Number(m[2]) } : null;
}

export function formatImapState(s: ImapState): string {
  return `imap:${s.uidValidity}:${s.lastUid}`;
}
