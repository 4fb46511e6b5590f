import { describe, expect, it } from 'vitest';
import { SEED, readSeed } from '../../test/helpers/seeds.ts';
import { stripMarkup } from './lines.ts';

// stripMarkup skips its regexes on lines without a markup character; the result must be the one
// the regexes give.
function fullStrip(raw: string, moreLink: (s: string) => string): string {
  const emphasis = raw
    .replace(/^#{1,6}\s+/, '')
    .replace(/^[-*+•]\s+/, '')
    .replace(/<\/?(b|strong|i|em|u|span)[^>]*>/gi, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2');
  return moreLink(emphasis)
    .replace(/\\([()[\]*_#])/g, '$1')
    .trim();
}

describe('stripMarkup', () => {
  it('removes heading marks, bullets, emphasis and escapes', () => {
    expect(stripMarkup('## **二、执法动态**')).toBe('二、执法动态');
    expect(stripMarkup('- <b>工信部</b>通报 22 款 APP')).toBe('工信部通报 22 款 APP');
    expect(stripMarkup('\\(一\\) 数据出境')).toBe('(一) 数据出境');
    expect(stripMarkup('  11月1日，国家网信办发布《规定》。 ')).toBe('11月1日，国家网信办发布《规定》。');
  });

  it('gives on every seed line what the full chain of regexes gives', () => {
    for (const name of Object.values(SEED)) {
      for (const line of readSeed(name).split('\n')) {
        // Lines without `](` hold no "more" link, so the identity stands in for its removal.
        if (line.includes('](')) continue;
        expect(stripMarkup(line)).toBe(fullStrip(line, (s) => s));
      }
    }
  });
});
