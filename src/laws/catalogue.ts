import raw from './catalogue.json' with { type: 'json' };
import { catalogueSchema, type Catalogue } from './schema.ts';

// Instruments and versions regwatch knows without their text: CAC rules the law folder lacks, the
// draft 等保条例, and newer versions of laws whose folder text is outdated (网络安全法 2025). `laws
// import` stores them beside the folder's texts so a citation can say which version it needs.

let cached: Catalogue | undefined;

/** The shipped catalogue, validated once. A broken catalogue is a bug, so this throws. */
export function loadCatalogue(): Catalogue {
  cached ??= catalogueSchema.parse(raw);
  return cached;
}
