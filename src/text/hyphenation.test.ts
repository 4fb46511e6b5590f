import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';

// eval-genre-en2 06, an English PDF report: words broken over lines.
describe('a word a PDF broke with a hyphen at the end of a line', () => {
  it('is rejoined when it is a word the extractors look up, and otherwise keeps its hyphen', () => {
    const text = normalizeText(
      [
        "On 19 June 2024, the Supreme People's Court and the Supreme People's Pro-",
        'curatorate jointly issued a judicial interpretation, and the Shenzhen Cyber-',
        'space Administration fined a smart-',
        'lock maker and confis-',
        'cated its gains.',
      ].join('\n'),
    );
    expect(text).toContain("Supreme People's Procuratorate jointly");
    expect(text).toContain('Shenzhen Cyberspace Administration');
    expect(text).toContain('a smart-lock maker');
    expect(text).toContain('confis-cated its gains');
  });
});
