import authorities from '../extract/data/authorities.json' with { type: 'json' };
import countries from '../extract/data/countries.json' with { type: 'json' };
import localBodies from '../extract/data/local-bodies.json' with { type: 'json' };
import placesEn from '../extract/data/places-en.json' with { type: 'json' };
import topics from '../extract/data/topics.json' with { type: 'json' };

// A PDF breaks a word over two lines with a hyphen (`Supreme People's Pro-` / `curatorate`). Without
// an English dictionary a break cannot be told from a compound (`smart-` / `lock`), but the words the
// extractors look up can: those of the gazetteers' English names and the topics' terms. A break that
// rejoins into one of them loses its hyphen; any other keeps it, now without the line's space.

const VOCABULARY: ReadonlySet<string> = new Set(
  (JSON.stringify([authorities, countries, localBodies, placesEn, topics]).match(/[A-Za-z]{5,}/g) ?? []).map((w) => w.toLowerCase()),
);

const BROKEN = /([A-Za-z]+)-$/;
const CONTINUED = /^([a-z]+)/;

/**
 * How a wrapped line `prev` joins the `next` line of its paragraph: with a space (`space`), at a
 * hyphen kept (`hyphen`: smart-lock), or into one word without the hyphen (`word`: Procuratorate).
 */
export function lineJoin(prev: string, next: string): 'space' | 'hyphen' | 'word' {
  const head = BROKEN.exec(prev);
  const tail = head ? CONTINUED.exec(next) : null;
  if (!head || !tail) return 'space';
  return VOCABULARY.has(`${head[1]}${tail[1]}`.toLowerCase()) ? 'word' : 'hyphen';
}
