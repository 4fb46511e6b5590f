import dns from 'node:dns';
import type { LookupAddress } from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { SourceFetchError } from './errors.ts';

/** Resolves a host name to every address DNS gives for it. Injected in tests. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

export interface AddressPolicy {
  allowPrivateHosts: boolean;
  /** Lower-case host names that may resolve to private addresses (an intranet mirror). */
  privateHostAllowlist: string[];
}

/**
 * The range name of an address that must not be fetched, or null when it is public. Only global
 * unicast passes: loopback, private, link-local (incl. 169.254.169.254), unique-local, CGNAT,
 * unspecified, multicast, broadcast, reserved and the 6to4/Teredo/NAT64 tunnels that embed an IPv4
 * address are all refused. IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 inside it.
 */
export function blockedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const range = ipaddr.process(address).range();
  return range === 'unicast' ? null : range;
}

function allowedHost(hostname: string, policy: AddressPolicy): boolean {
  return policy.allowPrivateHosts || policy.privateHostAllowlist.includes(hostname.toLowerCase());
}

/** Throws when a literal or resolved address of `hostname` is not public and not allowed. */
export function checkAddress(url: string, hostname: string, address: string, policy: AddressPolicy): void {
  const range = blockedRange(address);
  if (range === null || allowedHost(hostname, policy)) return;
  const via = hostname === address ? '' : ` (${hostname} resolves to ${address})`;
  throw new SourceFetchError(
    url,
    'blocked-address',
    `refused: ${address} is a ${range} address${via}; set REGWATCH_ALLOW_PRIVATE_HOSTS=true or list the host in REGWATCH_PRIVATE_HOST_ALLOWLIST to allow it`,
  );
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node:http(s) that checks every DNS answer at connect time, so the address checked is
 * the address connected to: a host that answers public to a first query and private to a second
 * (DNS rebinding) cannot slip through, and one bad answer among several refuses the whole host.
 */
export function guardedLookup(url: string, policy: AddressPolicy, resolve: Resolver) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    resolve(hostname)
      .then((answers) => {
        if (answers.length === 0) throw new SourceFetchError(url, 'network', `${hostname} has no address`);
        for (const a of answers) checkAddress(url, hostname, a.address, policy);
        const wanted = options.family === 4 || options.family === 6 ? answers.filter((a) => a.family === options.family) : answers;
        if (options.all) return callback(null, wanted);
        const first = wanted[0];
        if (!first) throw new SourceFetchError(url, 'network', `${hostname} has no IPv${String(options.family)} address`);
        callback(null, first.address, first.family);
      })
      .catch((err: unknown) => callback(err as NodeJS.ErrnoException, ''));
  };
}

/** Literal IP hosts never reach `lookup`, so they are checked before connecting. */
export function checkLiteralHost(url: URL, policy: AddressPolicy): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) checkAddress(url.href, host, host, policy);
}

/**
 * Checks a URL before a request made by a client that has no `lookup` hook (global fetch, used for
 * webhook POSTs): the scheme, a literal IP, and every address the host resolves to now. Weaker than
 * `guardedLookup` (a host could answer differently at connect time), but it keeps a saved webhook
 * from being pointed at the machine's own network or a metadata endpoint by mistake or on purpose.
 */
export async function checkUrl(raw: string, policy: AddressPolicy, resolve: Resolver = systemResolver): Promise<void> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SourceFetchError(raw, 'blocked-scheme', 'refused: not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SourceFetchError(raw, 'blocked-scheme', `refused: only http and https URLs, not ${url.protocol}`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) return checkAddress(raw, host, host, policy);
  for (const a of await resolve(host)) checkAddress(raw, host, a.address, policy);
}
