import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { SourceFetchError } from './errors.ts';
import { checkLiteralHost, guardedLookup, type AddressPolicy, type Resolver } from './ssrf.ts';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface RequestLimits {
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
}

/**
 * One GET, no redirects followed: the caller re-checks every hop. node:http is used rather than
 * fetch because its `lookup` hook lets the SSRF check run on the very addresses connected to.
 */
export function requestOnce(
  url: URL,
  headers: Record<string, string>,
  limits: RequestLimits,
  policy: AddressPolicy,
  resolve: Resolver,
): Promise<RawResponse> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new SourceFetchError(url.href, 'blocked-scheme', `refused: only http and https URLs are fetched, not ${url.protocol}`));
  }
  try {
    checkLiteralHost(url, policy);
  } catch (err) {
    return Promise.reject(err as Error);
  }
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise<RawResponse>((resolvePromise, reject) => {
    let done = false;
    const fail = (err: SourceFetchError) => {
      if (done) return;
      done = true;
      clearTimeout(total);
      req.destroy();
      reject(err);
    };
    const req = lib.request(url, {
      method: 'GET',
      headers: { ...headers, 'accept-encoding': 'gzip, deflate, br' },
      lookup: guardedLookup(url.href, policy, resolve) as unknown as http.RequestOptions['lookup'],
      // A fresh connection per request: a pooled socket would skip the lookup check.
      agent: false,
    });
    const total = setTimeout(() => fail(new SourceFetchError(url.href, 'timeout', `no complete answer within ${limits.totalTimeoutMs / 1000} s`)), limits.totalTimeoutMs);
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      const t = setTimeout(() => fail(new SourceFetchError(url.href, 'timeout', `could not connect within ${limits.connectTimeoutMs / 1000} s`)), limits.connectTimeoutMs);
      socket.once('connect', () => clearTimeout(t));
      socket.once('close', () => clearTimeout(t));
    });
    req.on('error', (err) => {
      if (err instanceof SourceFetchError) return fail(err);
      fail(new SourceFetchError(url.href, 'network', `network error: ${err.message}`));
    });
    req.on('response', (res) => {
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > limits.maxBytes) return fail(tooLarge(url, limits.maxBytes));
      // A connection cut mid-body surfaces on the response, not on the decompressor piped from it.
      res.on('error', (err) => fail(new SourceFetchError(url.href, 'network', `response broken off: ${err.message}`)));
      const stream = decoded(res);
      const chunks: Buffer[] = [];
      let size = 0;
      // Counted after decompression, so a small gzip bomb is stopped too.
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          stream.destroy();
          return fail(tooLarge(url, limits.maxBytes));
        }
        chunks.push(chunk);
      });
      stream.on('error', (err) => fail(new SourceFetchError(url.href, 'network', `response broken off: ${err.message}`)));
      stream.on('end', () => {
        if (done) return;
        done = true;
        clearTimeout(total);
        resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.end();
  });
}

function decoded(res: http.IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (enc === 'deflate') return res.pipe(zlib.createInflate());
  if (enc === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

function tooLarge(url: URL, max: number): SourceFetchError {
  return new SourceFetchError(url.href, 'too-large', `refused: response is larger than ${(max / 1024 / 1024).toFixed(1)} MB`);
}
