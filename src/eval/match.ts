// One-to-one matching of predicted values against gold values. A gold value can be credited to at
// most one predicted value and vice versa, so duplicates count: two gold 罚款 against one predicted
// 罚款 is one hit and one miss.

/** Size of the multiset intersection of two lists of comparison keys. */
export function multisetOverlap(predicted: readonly string[], gold: readonly string[]): number {
  const remaining = new Map<string, number>();
  for (const key of gold) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  let hits = 0;
  for (const key of predicted) {
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      hits += 1;
    }
  }
  return hits;
}

/**
 * Size of a maximum one-to-one matching under a relation that is not an equality (dates at gold's
 * precision: a predicted 2023-09-14 can serve gold 2023-09 or gold 2023-09-14). A greedy pass is
 * not enough there: giving that predicted day to gold 2023-09 first can leave gold 2023-09-14
 * unmatched although predicted 2023-09-02 could have taken 2023-09. Kuhn's augmenting paths find
 * the true maximum; O(P·G·(P+G)) is nothing for the few dozen values of one document.
 */
export function maxMatching<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  matches: (p: P, g: G) => boolean,
): number {
  const edges = predicted.map((p) => gold.flatMap((g, j) => (matches(p, g) ? [j] : [])));
  // goldOwner[j] = index of the predicted value currently matched to gold j, or -1.
  const goldOwner = new Array<number>(gold.length).fill(-1);

  function augment(i: number, visited: boolean[]): boolean {
    for (const j of edges[i] ?? []) {
      if (visited[j]) continue;
      visited[j] = true;
      const owner = goldOwner[j] ?? -1;
      if (owner === -1 || augment(owner, visited)) {
        goldOwner[j] = i;
        return true;
      }
    }
    return false;
  }

  let size = 0;
  for (let i = 0; i < predicted.length; i += 1) {
    if (augment(i, new Array<boolean>(gold.length).fill(false))) size += 1;
  }
  return size;
}
