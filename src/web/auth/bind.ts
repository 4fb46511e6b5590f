import ipaddr from 'ipaddr.js';

/**
 * Whether a bind address only accepts connections from this machine (127.0.0.0/8, ::1, localhost).
 * Anything else, including 0.0.0.0 and host names, is reachable from the network and needs login.
 */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost') return true;
  if (!ipaddr.isValid(h)) return false;
  return ipaddr.process(h).range() === 'loopback';
}
