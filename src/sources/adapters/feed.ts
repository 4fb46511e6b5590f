import { decodeBody } from '../decode.ts';
import { parseFeed } from './feed-parse.ts';
import type { SourceAdapter } from '../types.ts';

/** Any RSS, Atom or JSON feed; entries carry their own content, so no article page is fetched. */
export const feedAdapter: SourceAdapter = {
  id: 'feed',
  name: 'RSS / Atom / JSON Feed',
  kind: 'feed',
  validateConfig() {},
  async fetch(ctx) {
    const res = await ctx.http.get(ctx.url, { etag: ctx.etag, lastModified: ctx.lastModified });
    if (res.status === 'not-modified') {
      return { notModified: true, found: 0, entries: [], etag: ctx.etag, lastModified: ctx.lastModified, problems: [] };
    }
    const entries = parseFeed(decodeBody(res.body, res.contentType, res.url), res.url);
    return { notModified: false, found: entries.length, entries, etag: res.etag, lastModified: res.lastModified, problems: [] };
  },
};
