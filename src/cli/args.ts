import { QueryError } from '../errors.ts';

// Plain decimal digits only: Number() would also take "0x10", "1e3", " 5 ", "+5" and "1e300",
// none of which a user typing a count or an id means.
const DIGITS = /^[1-9][0-9]*$/;

/** Commander parser for ids, limits and counts: a positive whole number, or a usage error naming the argument. */
export function positiveInt(what: string) {
  return (v: string): number => {
    const n = DIGITS.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n)) throw new QueryError(`${what} must be a positive whole number, got "${v}"`);
    return n;
  };
}
