import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import pkg from '../package.json' with { type: 'json' };

// The one place that reads the environment. Flags given on the command line override it; both are
// validated together so a bad setting is reported with every other bad setting at start-up.

function isDatabaseUrl(v: string): boolean {
  try {
    const u = new URL(v);
    // The host may be left out (postgres:///regwatch: the local server); the database may not.
    return /^postgres(ql)?:\/\//i.test(v) && u.pathname.length > 1;
  } catch {
    return false;
  }
}

const schema = z.object({
  // A SQLite file path, or a PostgreSQL URL naming a database.
  REGWATCH_DB: z
    .string()
    .min(1)
    .default('regwatch.db')
    .refine((v) => !/^postgres(ql)?:/i.test(v) || isDatabaseUrl(v), 'a PostgreSQL URL names a database: postgres://user:password@host:5432/database'),
  REGWATCH_MAX_FILE_MB: z.coerce.number().positive().max(10_000).default(50),
  // Fetching: private, loopback and link-local addresses are refused unless an admin allows them,
  // either all of them or only for named hosts (an intranet mirror), so a source URL can never be
  // used to probe the machine's own network or a cloud metadata endpoint.
  REGWATCH_ALLOW_PRIVATE_HOSTS: z.enum(['true', 'false', '1', '0']).default('false'),
  REGWATCH_PRIVATE_HOST_ALLOWLIST: z.string().default(''),
  REGWATCH_USER_AGENT: z.string().min(1).optional(),
  REGWATCH_FETCH_MAX_MB: z.coerce.number().positive().max(1_000).default(20),
  REGWATCH_FETCH_TIMEOUT_S: z.coerce.number().positive().max(600).default(30),
  REGWATCH_HOST_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
  // Publishing: the name on a newsletter's cover and the disclaimer printed at its end.
  REGWATCH_PUBLISHER: z.string().min(1).max(200).default('regwatch'),
  REGWATCH_DISCLAIMER: z
    .string()
    .min(1)
    .max(5000)
    .default('本刊内容根据公开资料整理，仅供参考，不构成法律意见。各条目的来源及原文以其发布机构公布的内容为准。'),
  // Alerts: the SMTP server for email digests (smtp:// or smtps://, credentials in the URL), the
  // sender address, and the HMAC key for webhooks saved without a secret of their own.
  REGWATCH_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  REGWATCH_MAIL_FROM: z.string().min(3).max(320).default('regwatch <regwatch@localhost>'),
  REGWATCH_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  REGWATCH_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),
  REGWATCH_WEBHOOK_TIMEOUT_S: z.coerce.number().positive().max(120).default(10),
  // Web access: how long an idle session lives (sliding), and whether cookies are marked Secure with
  // the __Host- prefix even when the app itself sees plain HTTP (behind a TLS-terminating proxy).
  REGWATCH_SESSION_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
  REGWATCH_SECURE_COOKIES: z.enum(['true', 'false', '1', '0']).default('false'),
});

// The User-Agent names the version that made the request, so site operators can tell releases apart.
const VERSION = pkg.version;
const HOMEPAGE = 'https://github.com/regwatch/regwatch';

export interface Config {
  /** SQLite file path (resolved against the working directory), or a postgres:// URL. */
  dbPath: string;
  /** Files larger than this are refused before they are read. */
  maxFileBytes: number;
  fetch: FetchConfig;
  publish: PublishConfig;
  alerts: AlertsConfig;
  web: WebConfig;
}

export interface WebConfig {
  /** Idle lifetime of a session; every request extends it (REGWATCH_SESSION_HOURS). */
  sessionTtlMs: number;
  /** Always mark cookies Secure and use the __Host- prefix (REGWATCH_SECURE_COOKIES). */
  secureCookies: boolean;
}

export interface AlertsConfig {
  /** SMTP server for digests (REGWATCH_SMTP_URL); digests are skipped with a warning without it. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** HMAC key for webhooks saved without their own secret (REGWATCH_WEBHOOK_SECRET). */
  webhookSecret: string | undefined;
  webhookMaxAttempts: number;
  webhookTimeoutMs: number;
}

export interface PublishConfig {
  /** Publisher name on the newsletter cover (REGWATCH_PUBLISHER). */
  publisher: string;
  /** Disclaimer at the end of every newsletter (REGWATCH_DISCLAIMER). */
  disclaimer: string;
}

export interface FetchConfig {
  /** Allow URLs that resolve to private, loopback, link-local or other non-public addresses. */
  allowPrivateHosts: boolean;
  /** Host names allowed to resolve to private addresses even when allowPrivateHosts is off. */
  privateHostAllowlist: string[];
  userAgent: string;
  maxResponseBytes: number;
  totalTimeoutMs: number;
  /** Minimum time between two requests to the same host. */
  hostIntervalMs: number;
}

export interface ConfigOverrides {
  db?: string | undefined;
  maxFileMb?: number | string | undefined;
}

export function loadConfig(
  overrides: ConfigOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Config {
  const parsed = schema.safeParse({
    REGWATCH_DB: overrides.db ?? env.REGWATCH_DB ?? undefined,
    REGWATCH_MAX_FILE_MB: overrides.maxFileMb ?? env.REGWATCH_MAX_FILE_MB ?? undefined,
    REGWATCH_ALLOW_PRIVATE_HOSTS: env.REGWATCH_ALLOW_PRIVATE_HOSTS ?? undefined,
    REGWATCH_PRIVATE_HOST_ALLOWLIST: env.REGWATCH_PRIVATE_HOST_ALLOWLIST ?? undefined,
    REGWATCH_USER_AGENT: env.REGWATCH_USER_AGENT ?? undefined,
    REGWATCH_FETCH_MAX_MB: env.REGWATCH_FETCH_MAX_MB ?? undefined,
    REGWATCH_FETCH_TIMEOUT_S: env.REGWATCH_FETCH_TIMEOUT_S ?? undefined,
    REGWATCH_HOST_INTERVAL_MS: env.REGWATCH_HOST_INTERVAL_MS ?? undefined,
    REGWATCH_PUBLISHER: env.REGWATCH_PUBLISHER || undefined,
    REGWATCH_DISCLAIMER: env.REGWATCH_DISCLAIMER || undefined,
    REGWATCH_SMTP_URL: env.REGWATCH_SMTP_URL || undefined,
    REGWATCH_MAIL_FROM: env.REGWATCH_MAIL_FROM || undefined,
    REGWATCH_WEBHOOK_SECRET: env.REGWATCH_WEBHOOK_SECRET || undefined,
    REGWATCH_WEBHOOK_MAX_ATTEMPTS: env.REGWATCH_WEBHOOK_MAX_ATTEMPTS || undefined,
    REGWATCH_WEBHOOK_TIMEOUT_S: env.REGWATCH_WEBHOOK_TIMEOUT_S || undefined,
    REGWATCH_SESSION_HOURS: env.REGWATCH_SESSION_HOURS || undefined,
    REGWATCH_SECURE_COOKIES: env.REGWATCH_SECURE_COOKIES || undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const db = parsed.data.REGWATCH_DB;
  return {
    // A PostgreSQL URL is kept as given; a SQLite path is made absolute.
    dbPath: db === ':memory:' || /^postgres(ql)?:\/\//i.test(db) ? db : path.resolve(cwd, db),
    maxFileBytes: Math.round(parsed.data.REGWATCH_MAX_FILE_MB * 1024 * 1024),
    fetch: {
      allowPrivateHosts: ['true', '1'].includes(parsed.data.REGWATCH_ALLOW_PRIVATE_HOSTS),
      privateHostAllowlist: parsed.data.REGWATCH_PRIVATE_HOST_ALLOWLIST.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
      userAgent: parsed.data.REGWATCH_USER_AGENT ?? `regwatch/${VERSION} (+${HOMEPAGE})`,
      maxResponseBytes: Math.round(parsed.data.REGWATCH_FETCH_MAX_MB * 1024 * 1024),
      totalTimeoutMs: Math.round(parsed.data.REGWATCH_FETCH_TIMEOUT_S * 1000),
      hostIntervalMs: parsed.data.REGWATCH_HOST_INTERVAL_MS,
    },
    publish: { publisher: parsed.data.REGWATCH_PUBLISHER, disclaimer: parsed.data.REGWATCH_DISCLAIMER },
    alerts: {
      smtpUrl: parsed.data.REGWATCH_SMTP_URL,
      mailFrom: parsed.data.REGWATCH_MAIL_FROM,
      webhookSecret: parsed.data.REGWATCH_WEBHOOK_SECRET,
      webhookMaxAttempts: parsed.data.REGWATCH_WEBHOOK_MAX_ATTEMPTS,
      webhookTimeoutMs: Math.round(parsed.data.REGWATCH_WEBHOOK_TIMEOUT_S * 1000),
    },
    web: {
      sessionTtlMs: Math.round(parsed.data.REGWATCH_SESSION_HOURS * 3600 * 1000),
      secureCookies: ['true', '1'].includes(parsed.data.REGWATCH_SECURE_COOKIES),
    },
  };
}

// Mail sources keep their password out of the database: a source's config names an environment
// variable instead. Only REGWATCH_IMAP_* names may be used, so a source config (which anyone who can
// add a source controls) cannot send some other secret of this process to a server it chooses.
export const IMAP_SECRET_PATTERN = /^REGWATCH_IMAP_[A-Z0-9_]+$/;

/** The value of a named REGWATCH_IMAP_* secret, or undefined when unset, empty or not such a name. */
export function imapSecret(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!IMAP_SECRET_PATTERN.test(name)) return undefined;
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

/**
 * The password for `regwatch user add|passwd` from REGWATCH_PASSWORD, for scripts; undefined when
 * unset or empty (then the command prompts on a terminal). Never taken from the command line, where
 * it would show in `ps` and shell history.
 */
export function passwordFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = env.REGWATCH_PASSWORD;
  return v === undefined || v === '' ? undefined : v;
}
