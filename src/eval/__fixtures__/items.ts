// Builds EvalItems for tests: every field empty or null unless the test says otherwise, so each
// test shows only the values it is about.

import type { EvalItem } from '../types.ts';

export function item(fields: Partial<EvalItem> = {}): EvalItem {
  return {
    date: null,
    title: null,
    authorities: [],
    instruments: [],
    citations: [],
    penalties: [],
    actions: [],
    category: 'enforcement',
    region: null,
    status: null,
    deadline: null,
    ...fields,
  };
}
