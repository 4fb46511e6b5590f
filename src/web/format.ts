import type { Lang } from './env.ts';

const SYMBOL: Record<string, string> = { CNY: '元', USD: 'US$', EUR: '€', GBP: '£', HKD: 'HK$', JPY: '¥' };

/** A fine as a reader of the language writes it: 5000万元 / CNY 50,000,000. */
export function money(amount: number, currency: string, lang: Lang): string {
  if (lang === 'zh' && currency === 'CNY') {
    if (amount >= 1e8 && amount % 1e4 === 0) return `${trim(amount / 1e8)}亿元`;
    if (amount >= 1e4 && amount % 100 === 0) return `${trim(amount / 1e4)}万元`;
    return `${amount.toLocaleString('zh-CN')}元`;
  }
  const sym = currency === 'CNY' ? 'CNY ' : (SYMBOL[currency] ?? `${currency} `);
  return `${sym}${amount.toLocaleString('en-US')}`;
}

function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}
