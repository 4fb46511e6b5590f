import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { joinWrappedEnglish } from './wrap-en.ts';

describe('English paragraphs wrapped at a fixed width', () => {
  it('are re-joined into one line, so that no wrapped line reads as a headline', () => {
    const input = [
      'On 14 September, the Public Security Bureau of Shantou, Guangdong Province, issued a warning to a local',
      'internet service provider and ordered it to rectify, after it was found that the company had not retained',
      'network logs for at least six months. The bureau acted under Articles 21 and 59 of the Cybersecurity Law.',
      'A fine of RMB 10,000 was also imposed on the company.',
    ].join('\n');
    const out = normalizeText(input).trim().split('\n');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/to a local internet service provider .* had not retained network logs/);
  });

  it('join lines that stop on a dash or a conjunction', () => {
    const input = [
      'The provisions of the amended Personal Information Protection Act that were deferred when',
      'The amendment took effect on 15 September 2023 — including the right to data portability —',
      'Will take effect in stages from March 2024.',
    ].join('\n');
    expect(normalizeText(input).trim().split('\n')).toHaveLength(1);
  });

  it('join a line that stops on a word no sentence ends with, and a line that goes on in lower case', () => {
    const input = 'Welcome to the September edition. The Cyberspace Administration of China (CAC) said on 1 September that it had\nfined CNKI RMB 50 million.';
    expect(normalizeText(input)).toBe(input.replace('\n', ' ') + '\n');
  });

  it.each([
    ['a headline over its body', 'FTC finalizes order with DNA testing firm 1Health.io\nThe Federal Trade Commission (FTC) announced on September 7, 2023 a proposed order\nrequiring 1Health.io to pay $75,000 and to strengthen its protections for genetic information.', 1],
    ['the rows of a table', '22/05/2023  | Irish DPC | Ireland | 1.200.000.000\n16/07/2021  | CNPD      | Luxembourg |   746.000.000\n22/07/2024  | AP        | Netherlands |   290.000.000', 0],
    ['a headline over a date-led paragraph', 'California enacts the Delete Act\nOn October 10, 2023, Governor Gavin Newsom signed SB 362, the "Delete Act", into law.', 0],
  ])('keep the break after %s', (_what, input, joins) => {
    expect(normalizeText(input).trim().split('\n')).toHaveLength(input.split('\n').length - joins);
    expect(normalizeText(input).startsWith(input.split('\n')[0]! + '\n')).toBe(true);
  });

  // A hard-wrapped bilingual text lends its width to two-line blocks; a Chinese headline there
  // ends on `)` and the next line starts with a figure, but neither is an English word.
  it('leave a Chinese headline and the date-led Chinese line under it apart', () => {
    const lines = ['11. 工信部通报28款侵害用户权益APP(SDK)', '12月22日,工业和信息化部通报2023年第6批侵害用户权益行为的APP(SDK),共涉及28款APP(SDK)。'];
    expect(joinWrappedEnglish(lines, 76)).toEqual(lines);
  });
});
