import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

// Ingested text is untrusted. JSX escapes it; this policy is the second wall: no inline script, no
// script from anywhere but this server, no plugins, no framing. Chart data travels in data
// attributes and the chart code in /assets/*.js, so nothing needs 'unsafe-inline'.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Referrer-Policy same-origin, not hono's default no-referrer: under no-referrer Chromium sends
// "Origin: null" on form posts, which the same-origin check must refuse. Other sites still get
// no Referer, so item URLs do not leak. The rest of hono's defaults (no framing, nosniff, …) stay.
const defaults = secureHeaders({ referrerPolicy: 'same-origin' });

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await defaults(c, async () => {
      await next();
    });
    c.header('Content-Security-Policy', CSP);
  };
}
