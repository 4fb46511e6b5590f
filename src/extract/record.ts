import type { Segment } from '../segment/types.ts';
import type { Category, InstrumentStatus, IsoDate, Span } from './types.ts';

/** Fields whose values are stored in `item_values`, one row per value with its provenance. */
export type ValueField =
  | 'date'
  | 'authority'
  | 'instrument'
  | 'citation'
  | 'penalty'
  | 'action'
  | 'region'
  | 'status'
  | 'deadline'
  | 'effective'
  | 'keyword'
  | 'topic';

export interface ItemValue {
  field: ValueField;
  /** Canonical text used for filters and facets (e.g. `数据安全法#45#1`, `50000 CNY`). */
  value: string;
  /** The full structured value. */
  data: Record<string, unknown>;
  /** Offsets in the document text, or null for derived values (keywords, topics). */
  span: Span | null;
  surface: string | null;
}

/** An item as it leaves the extract stage: its segment, readable text and extracted fields. */
export interface ItemRecord {
  segment: Segment;
  /** Title, or a short lead for items without one (display only; `segment.title` stays as given). */
  headline: string;
  body: string;
  bodyEn: string | null;
  date: IsoDate | null;
  category: Category;
  region: string | null;
  status: InstrumentStatus | null;
  deadline: IsoDate | null;
  values: ItemValue[];
}
