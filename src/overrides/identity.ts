import { createHash } from 'node:crypto';

// An item's identity across document versions and re-extraction: the source of its document plus
// fingerprints of its headline and of its body. Fingerprints ignore case, width, whitespace and
// punctuation, so re-flowed lines or a corrected comma in the new version keep the same key.

export function fingerprint(text: string): string {
  const norm = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return createHash('sha256').update(norm).digest('hex').slice(0, 32);
}

export interface ItemKeys {
  headlineKey: string;
  bodyKey: string;
}

export function keysOf(item: { headline: string; body: string }): ItemKeys {
  return { headlineKey: fingerprint(item.headline), bodyKey: fingerprint(item.body) };
}
