// Summary numbers for charts and fine tables, computed in TypeScript so both databases agree.

export interface FineSummary {
  currency: string;
  count: number;
  min: number;
  median: number;
  max: number;
  total: number;
}

/** Count, min, median, max and total of amounts, per currency (largest count first). */
export function summariseFines(fines: { amount: number; currency: string }[]): FineSummary[] {
  const byCurrency = new Map<string, number[]>();
  for (const f of fines) byCurrency.set(f.currency, [...(byCurrency.get(f.currency) ?? []), f.amount]);
  return [...byCurrency.entries()]
    .map(([currency, amounts]) => {
      const sorted = [...amounts].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
      return { currency, count: sorted.length, min: sorted[0]!, median, max: sorted[sorted.length - 1]!, total: sorted.reduce((a, b) => a + b, 0) };
    })
    .sort((a, b) => b.count - a.count);
}

/** Counts per year between the first and last year present, gaps filled with zero. */
export function perYear(dates: (string | null)[]): { year: string; count: number }[] {
  const years = dates.filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
  if (years.length === 0) return [];
  const out: { year: string; count: number }[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push({ year: String(y), count: years.filter((x) => x === y).length });
  return out;
}
