import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import { segmentText } from '../segment/segment.ts';
import { tableCells, tablePenalties } from './table-penalties.ts';

const HEAD = 'Date        | DPA            | Country     | Fine (EUR)     | Provisions';
const columns = tableCells(HEAD).map((c) => c.text);
const fines = (row: string, cols = columns) => tablePenalties(row, cols).map((f) => [f.value.amount, f.value.currency, f.text]);

describe('tablePenalties: the amount in a table of fines', () => {
  it.each([
    ['22/05/2023  | Irish DPC      | Ireland     | 1.200.000.000  | Art. 46(1) GDPR', [[1200000000, 'EUR', '1.200.000.000']]],
    ['16/07/2021  | CNPD           | Luxembourg  |   746,000,000  | Art. 6 GDPR', [[746000000, 'EUR', '746,000,000']]],
    ['10/02/2022  | Garante        | Italy       | 20 000 000     | Art. 5(1)(a) GDPR', [[20000000, 'EUR', '20 000 000']]],
    // A cell that names its currency keeps it.
    ['04/04/2023  | ICO            | UK          | £12,700,000    | Art. 8 UK GDPR', [[12700000, 'GBP', '£12,700,000']]],
    ['04/04/2023  | ICO            | UK          | n/a            | Art. 8 UK GDPR', []],
  ])('%s', (row, expected) => {
    expect(fines(row)).toEqual(expected);
  });

  it('needs a money column', () => {
    expect(fines('22/05/2023 | Irish DPC | Ireland | 1.200.000.000', tableCells('Date | DPA | Country | Users').map((c) => c.text))).toEqual([]);
  });

  it('is reached through the segmenter, which gives each row its head', () => {
    const text = normalizeText([HEAD, '------------+----------------+-------------+----------------+-------', '22/05/2023  | Irish DPC      | Ireland     | 1.200.000.000  | Art. 46(1) GDPR'].join('\n'));
    const [row] = segmentText(text);
    expect(row?.columns).toEqual(columns);
  });
});
