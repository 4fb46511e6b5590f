import type { MiddlewareHandler } from 'hono';

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

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
  };
}
