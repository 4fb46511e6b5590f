import type { StoredValue } from '../store/items.ts';
import type { Selected } from './select.ts';

// The 导读 and 关键词 of a section are generated from stored values, never written by a model, so
// every figure they state can be traced to an item.

const CURRENCY_ZH: Record<string, string> = { CNY: '元', USD: '美元', EUR: '欧元', GBP: '英镑', HKD: '港元', JPY: '日元', AUD: '澳元' };

/** 50000000 CNY -> 5000万元; 1.2e9 USD -> 12亿美元. */
export function formatAmount(amount: number, currency: string): string {
  const unit = CURRENCY_ZH[currency] ?? ` ${currency}`;
  const trim = (n: number) => String(Math.round(n * 100) / 100);
  if (amount >= 1e8) return `${trim(amount / 1e8)}亿${unit}`;
  if (amount >= 1e4) return `${trim(amount / 1e4)}万${unit}`;
  return `${trim(amount)}${unit}`;
}

interface Fine {
  amount: number;
  kind: string;
  currency: string;
  target: string | null;
  authority: string | null;
  headline: string;
}

function finesOf(items: Selected[]): Fine[] {
  const fines: Fine[] = [];
  for (const sel of items.flatMap((s) => [s, ...s.children])) {
    const authority = sel.values.find((v) => v.field === 'authority')?.value ?? null;
    for (const v of sel.values) {
      if (v.field !== 'penalty' || typeof v.data.amount !== 'number') continue;
      if (v.data.kind !== 'fine' && v.data.kind !== 'settlement') continue;
      fines.push({
        amount: v.data.amount,
        kind: v.data.kind,
        currency: typeof v.data.currency === 'string' ? v.data.currency : 'CNY',
        target: typeof v.data.target === 'string' ? v.data.target : null,
        authority,
        headline: sel.item.headline,
      });
    }
  }
  // Yuan first (the domestic sections), then by amount; currencies are not converted.
  return fines.sort((a, b) => Number(b.currency === 'CNY') - Number(a.currency === 'CNY') || b.amount - a.amount);
}

const STATUS_ZH: Record<string, string> = { draft: '征求意见或草案', issued: '印发或公布', effective: '施行' };

function instrumentsOf(items: Selected[]): Map<string, string[]> {
  const byStatus = new Map<string, string[]>();
  for (const sel of items) {
    for (const v of sel.values) {
      const status = typeof v.data.status === 'string' ? v.data.status : null;
      if (v.field !== 'instrument' || !status || !STATUS_ZH[status]) continue;
      // 《中华人民共和国X法》 and 《X法》 are one instrument.
      const title = v.value.replace(/^中华人民共和国/, '');
      const list = byStatus.get(status) ?? [];
      if (!list.includes(title)) list.push(title);
      byStatus.set(status, list);
    }
  }
  return byStatus;
}

/** 导读 sentences: how many developments, the largest fines, the instruments issued or drafted. */
export function guideOf(items: Selected[], sectionTitle: string, limits = { fines: 3, instruments: 5 }): string[] {
  const out = [`本期${sectionTitle}共收录 ${items.length} 条动态。`];
  const fines = finesOf(items).slice(0, limits.fines);
  if (fines.length) {
    const parts = fines.map((f) => {
      const money = formatAmount(f.amount, f.currency);
      if (f.kind === 'settlement') return `${f.target ?? f.headline}支付${money}和解金${f.authority ? `（${f.authority}）` : ''}`;
      if (!f.target) return `${f.headline}（罚款${money}）`;
      return `${f.authority ? `${f.authority}对` : ''}${f.target}处以${money}罚款`;
    });
    out.push(`金额较大的处罚：${parts.join('；')}。`);
  }
  for (const [status, titles] of instrumentsOf(items)) {
    const shown = titles.slice(0, limits.instruments).map((t) => `《${t}》`).join('');
    const more = titles.length > limits.instruments ? `等 ${titles.length} 件` : '';
    out.push(`${STATUS_ZH[status]}的文件：${shown}${more}。`);
  }
  return out;
}

/**
 * Keywords of a section ranked against the corpus: tf = section items carrying the keyword,
 * idf = log(all items / items carrying it). Words common to every section sink.
 */
export function sectionKeywords(sectionValues: StoredValue[][], corpusDf: Map<string, number>, corpusSize: number, limit = 8): string[] {
  const tf = new Map<string, number>();
  for (const values of sectionValues) {
    const words = new Set(values.filter((v) => v.field === 'keyword').map((v) => v.value));
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  }
  const score = (w: string, n: number) => n * Math.log((corpusSize + 1) / ((corpusDf.get(w) ?? 0) + 1));
  return [...tf]
    .filter(([, n]) => n > 1 || sectionValues.length <= 2)
    .map(([w, n]) => ({ w, s: score(w, n) }))
    .sort((a, b) => b.s - a.s || a.w.localeCompare(b.w))
    .slice(0, limit)
    .map((x) => x.w);
}
