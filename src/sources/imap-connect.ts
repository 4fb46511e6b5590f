import net from 'node:net';
import { ImapFlow } from 'imapflow';
import { imapSecret } from '../config.ts';
import { InputError } from '../errors.ts';
import { SourceFetchError } from './errors.ts';
import type { HttpClient } from './http.ts';
import type { ImapSettings } from './imap-config.ts';
import { checkAddress, systemResolver, type AddressPolicy, type Resolver } from './ssrf.ts';

/**
 * The admin's address policy (REGWATCH_ALLOW_PRIVATE_HOSTS / REGWATCH_PRIVATE_HOST_ALLOWLIST), as
 * the HTTP client holds it. HttpClient keeps it private, so it is read here by name; if that ever
 * changes the policy falls back to the strictest one (refuse every non-public address).
 */
export function addressPolicyOf(http: HttpClient): AddressPolicy {
  const p = (http as unknown as { policy?: Partial<AddressPolicy> }).policy;
  if (p && typeof p.allowPrivateHosts === 'boolean' && Array.isArray(p.privateHostAllowlist)) {
    return { allowPrivateHosts: p.allowPrivateHosts, privateHostAllowlist: p.privateHostAllowlist };
  }
  return { allowPrivateHosts: false, privateHostAllowlist: [] };
}

/**
 * Resolves the IMAP host once and checks every answer against the policy, then connects to the
 * checked address (TLS still verifies the certificate for the host name), so a DNS answer that
 * changes between check and connect cannot reach a private address.
 */
export async function resolveImapHost(url: string, host: string, policy: AddressPolicy, resolve: Resolver = systemResolver): Promise<string> {
  if (net.isIP(host)) {
    checkAddress(url, host, host, policy);
    return host;
  }
  let answers;
  try {
    answers = await resolve(host);
  } catch (err) {
    throw new SourceFetchError(url, 'network', `cannot resolve ${host}: ${(err as Error).message}`);
  }
  if (answers.length === 0) throw new SourceFetchError(url, 'network', `${host} has no address`);
  for (const a of answers) checkAddress(url, host, a.address, policy);
  return answers[0]!.address;
}

/** A logged-in client; errors come back as InputErrors so a bad mailbox fails only its source. */
export async function openImap(url: string, s: ImapSettings, http: HttpClient, env?: NodeJS.ProcessEnv): Promise<ImapFlow> {
  const pass = imapSecret(s.passwordEnv, env);
  if (pass === undefined) throw new InputError(url, `the IMAP password is missing: set the environment variable ${s.passwordEnv}`);
  const address = await resolveImapHost(url, s.host, addressPolicyOf(http));
  const timeout = s.timeoutS * 1000;
  const client = new ImapFlow({
    host: address,
    port: s.port,
    secure: s.secure,
    ...(s.secure && !net.isIP(s.host) ? { servername: s.host } : {}),
    auth: { user: s.user, pass },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: Math.min(timeout, 30_000),
    greetingTimeout: Math.min(timeout, 16_000),
    socketTimeout: timeout,
  });
  // Without a listener a late socket error would be an unhandled 'error' event and end the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    client.close();
    throw imapError(url, err);
  }
  return client;
}

/** Any failure of the IMAP conversation as an InputError the source run records. */
export function imapError(url: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const e = err as { message?: string; code?: string; authenticationFailed?: boolean; responseText?: string };
  if (e.authenticationFailed) return new InputError(url, `IMAP login failed${e.responseText ? `: ${e.responseText}` : ''}`);
  const detail = [e.message, e.responseText, e.code].filter(Boolean).join(' — ') || String(err);
  return new SourceFetchError(url, 'network', `IMAP: ${detail}`);
}
