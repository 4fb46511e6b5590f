import topicsData from '../extract/data/topics.json' with { type: 'json' };
import type { Lang } from './env.ts';

// Topic ids (personal-information, cross-border …) are the query language's words; people read the
// taxonomy's own labels (个人信息保护 / Personal information).
const LABELS = new Map(topicsData.topics.map((t) => [t.id, t.label]));

export function topicLabel(id: string, lang: Lang): string {
  return LABELS.get(id)?.[lang] ?? id;
}
