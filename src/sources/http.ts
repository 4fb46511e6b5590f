import type { FetchConfig } from '../config.ts';
import { SourceFetchError } from './errors.ts';
import { HostLimiter, sleep } from './limiter.ts';
import { requestOnce, type RawResponse, type RequestLimits } from './request.ts';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules } from './robots.ts';
import { systemResolver, type AddressPolicy, type Resolver } from './ssrf.ts';

export interface HttpOptions extends FetchConfig {
  connectTimeoutMs?: number;
  maxRedirects?: number;
  maxRetries?: number;
  /** First retry delay; doubled each time. */
  retryBaseMs?: number;
  /** A Retry-After longer than this is cut down to it, so one source cannot stall a run. */
  maxRetryAfterMs?: number;
  /** How the client waits between retries; tests pass one that records the wait. */
  sleep?: (ms: number) => Promise<void>;
  maxInFlightPerHost?: number;
  respectRobots?: boolean;
  resolver?: Resolver;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | {
      status: 'ok';
      /** The final URL, after redirects. */
      url: string;
      contentType: string;
      body: Buffer;
      etag: string | null;
      lastModified: string | null;
    };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The one HTTP client every source goes through: safe, polite, bounded. */
export class HttpClient {
  private readonly limiter: HostLimiter;
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  private readonly policy: AddressPolicy;
  private readonly limits: RequestLimits;
  private readonly resolver: Resolver;

  constructor(private readonly opts: HttpOptions) {
    this.limiter = new HostLimiter(opts.hostIntervalMs, opts.maxInFlightPerHost ?? 2);
    this.policy = { allowPrivateHosts: opts.allowPrivateHosts, privateHostAllowlist: opts.privateHostAllowlist };
    this.limits = {
      connectTimeoutMs: opts.connectTimeoutMs ?? Math.min(10_000, opts.totalTimeoutMs),
      totalTimeoutMs: opts.totalTimeoutMs,
      maxBytes: opts.maxResponseBytes,
    };
    this.resolver = opts.resolver ?? systemResolver;
  }

  /** GET with redirects followed by hand (each hop re-checked: scheme, address, robots.txt). */
  async get(url: string, validators: Validators = {}): Promise<FetchResult> {
    let current = parseUrl(url);
    const max = this.opts.maxRedirects ?? 5;
    for (let hop = 0; ; hop++) {
      await this.checkRobots(current);
      const res = await this.withRetries(current, this.headers(validators));
      if (REDIRECTS.has(res.status)) {
        const location = res.headers.location;
        if (!location) throw new SourceFetchError(current.href, 'http-status', `redirect ${res.status} without a Location`, res.status);
        if (hop >= max) throw new SourceFetchError(url, 'too-many-redirects', `refused: more than ${max} redirects`);
        current = parseUrl(location, current);
        continue;
      }
      if (res.status === 304) return { status: 'not-modified', url: current.href };
      if (res.status < 200 || res.status >= 300) {
        throw new SourceFetchError(current.href, 'http-status', `HTTP ${res.status}`, res.status);
      }
      return {
        status: 'ok',
        url: current.href,
        contentType: String(res.headers['content-type'] ?? ''),
        body: res.body,
        etag: header(res, 'etag'),
        lastModified: header(res, 'last-modified'),
      };
    }
  }

  private headers(v: Validators): Record<string, string> {
    const h: Record<string, string> = { 'user-agent': this.opts.userAgent, accept: '*/*' };
    if (v.etag) h['if-none-match'] = v.etag;
    if (v.lastModified) h['if-modified-since'] = v.lastModified;
    return h;
  }

  /** Retries 5xx, 429 and network failures with exponential backoff; honours Retry-After. */
  private async withRetries(url: URL, headers: Record<string, string>): Promise<RawResponse> {
    const maxRetries = this.opts.maxRetries ?? 3;
    const base = this.opts.retryBaseMs ?? 1000;
    for (let attempt = 0; ; attempt++) {
      let res: RawResponse | null = null;
      let error: SourceFetchError | null = null;
      const release = await this.limiter.acquire(url.host);
      try {
        res = await requestOnce(url, headers, this.limits, this.policy, this.resolver);
      } catch (err) {
        if (!(err instanceof SourceFetchError)) throw err;
        error = err;
      } finally {
        release();
      }
      const retryable = error ? error.transient : res !== null && (res.status >= 500 || res.status === 429);
      if (!retryable || attempt >= maxRetries) {
        if (error) throw error;
        return res as RawResponse;
      }
      const backoff = base * 2 ** attempt;
      const after = res ? retryAfterMs(header(res, 'retry-after')) : null;
      await (this.opts.sleep ?? sleep)(Math.min(Math.max(backoff, after ?? 0), this.opts.maxRetryAfterMs ?? 60_000));
    }
  }

  /** robots.txt is fetched once per origin and cached for the life of the client. */
  private async checkRobots(url: URL): Promise<void> {
    if (this.opts.respectRobots === false) return;
    let rules = this.robots.get(url.origin);
    if (!rules) {
      rules = this.loadRobots(url);
      this.robots.set(url.origin, rules);
    }
    const r = await rules;
    if (r.delayMs !== null) this.limiter.slowDown(url.host, r.delayMs);
    if (!r.isAllowed(url.href)) {
      throw new SourceFetchError(url.href, 'robots', `refused: ${url.origin}/robots.txt disallows this URL for our user agent`);
    }
  }

  private async loadRobots(url: URL): Promise<RobotsRules> {
    const robotsUrl = new URL('/robots.txt', url);
    const release = await this.limiter.acquire(url.host);
    try {
      const res = await requestOnce(robotsUrl, this.headers({}), this.limits, this.policy, this.resolver);
      if (res.status >= 200 && res.status < 300) return parseRobots(robotsUrl.href, res.body.toString('utf8'), this.opts.userAgent);
      if (res.status >= 500) return DISALLOW_ALL;
      return ALLOW_ALL; // 4xx (and redirects, not followed for robots.txt): no rules
    } catch (err) {
      // An address refusal is the real answer for the page too; say so rather than "robots".
      if (err instanceof SourceFetchError && err.reason === 'blocked-address') throw err;
      if (err instanceof SourceFetchError && err.reason === 'blocked-scheme') throw err;
      return ALLOW_ALL;
    } finally {
      release();
    }
  }
}

/** A URL, or a redirect's Location resolved against the page that sent it. */
function parseUrl(url: string, base?: URL): URL {
  try {
    return new URL(url, base);
  } catch {
    throw new SourceFetchError(base?.href ?? url, 'blocked-scheme', base ? `redirect to an invalid URL: ${url}` : 'not a valid URL');
  }
}

function header(res: RawResponse, name: string): string | null {
  const v = res.headers[name];
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
