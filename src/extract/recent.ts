// Remembers the last few results of a pure function of a text. One item's text is read by several
// extractors that need the same intermediate result (its dates, its lead date, its short titles),
// with a few short phrases of it read in between; keeping a handful of entries lets the item's own
// text be found again. Callers must treat the values they get as shared: copy before changing.

interface Entry<V> {
  text: string;
  variant: string | null;
  value: V;
}

export class Recent<V> {
  private entries: Entry<V>[] = [];

  constructor(private readonly size = 4) {}

  /** The value for `text` (and `variant`, e.g. a reference date), computed when not remembered. */
  get(text: string, variant: string | null, compute: () => V): V {
    const i = this.entries.findIndex((e) => e.variant === variant && e.text === text);
    const entry = i >= 0 ? this.entries.splice(i, 1)[0]! : { text, variant, value: compute() };
    this.entries.unshift(entry);
    if (this.entries.length > this.size) this.entries.pop();
    return entry.value;
  }
}
