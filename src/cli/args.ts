import { QueryError } from '../errors.ts';

/** Commander parser for ids, limits and counts: a positive whole number, or a usage error naming the argument. */
export function positiveInt(what: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new QueryError(`${what} must be a positive whole number, got "${v}"`);
    return n;
  };
}
