import * as robotsModule from 'robots-parser';

// robots-parser is CommonJS (`module.exports = fn`) but its types declare a default export; under
// NodeNext the namespace's `default` is module.exports at runtime and the function in the types.
// TypeScript and Node disagree on what that default is, so the function is typed here.
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = robotsModule.default as unknown as (url: string, body: string) => Robot;

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our user agent, in ms, or null. */
  delayMs: number | null;
}

export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, delayMs: null };
// RFC 9309 §2.3.1.4: when robots.txt is unreachable because of a server error, assume everything
// is disallowed (for this run; the cache lives as long as the client).
export const DISALLOW_ALL: RobotsRules = { isAllowed: () => false, delayMs: null };

export function parseRobots(robotsUrl: string, body: string, userAgent: string): RobotsRules {
  const robots = robotsParser(robotsUrl, body);
  const delay = robots.getCrawlDelay(userAgent);
  return {
    // robots-parser answers undefined for a URL of another origin; a redirect target gets its own rules.
    isAllowed: (url) => robots.isAllowed(url, userAgent) !== false,
    delayMs: typeof delay === 'number' && delay > 0 ? Math.min(delay, 60) * 1000 : null,
  };
}
