import { describe, expect, it } from 'vitest';
import { seedDb, SEPTEMBER } from '../publish/__fixtures__/seed-db.ts';
import { benchExport } from './export.ts';

describe('benchExport', () => {
  it('produces the newsletter once per format and reports its size and memory (no timing asserted)', async () => {
    const db = await seedDb();
    const { results, skipped } = await benchExport(db, { ...SEPTEMBER, publisher: 'P', disclaimer: 'D', formats: ['md', 'html', 'docx'] });
    expect(skipped).toEqual([]);
    expect(results.map((r) => r.format)).toEqual(['md', 'html', 'docx']);
    for (const r of results) {
      expect(r.entries).toBeGreaterThan(0);
      expect(r.bytes).toBeGreaterThan(0);
      expect(r.peakRssMb).toBeGreaterThan(0);
    }
    expect(new Set(results.map((r) => r.entries)).size).toBe(1);
  });

  it('skips pdf when Chromium is missing', async () => {
    const db = await seedDb();
    const { results, skipped } = await benchExport(db, { ...SEPTEMBER, publisher: 'P', disclaimer: 'D', formats: ['pdf'], chromiumPath: '/nonexistent/chromium' });
    expect(results).toEqual([]);
    expect(skipped[0]).toMatch(/^pdf: /);
  });
});
