import { describe, expect, it } from 'vitest';
import { ConfigError, QueryError } from '../errors.ts';
import { openDb } from '../store/db.ts';
import { listSavedSearches } from '../store/saved-searches.ts';
import { publicView, saveSearch } from './saved.ts';

const NOW = new Date('2026-01-01T00:00:00Z');

describe('saveSearch', () => {
  it('validates the query with the search parser and the channels before storing', () => {
    const db = openDb(':memory:');
    expect(() => saveSearch(db, { name: 'a', query: 'after:soon' }, NOW)).toThrow(QueryError);
    expect(() => saveSearch(db, { name: 'a', query: '"open' }, NOW)).toThrow(QueryError);
    expect(() => saveSearch(db, { name: 'a', query: '知网', webhook: 'ftp://x' , secret: 'x'.repeat(16) }, NOW)).toThrow(ConfigError);
    expect(() => saveSearch(db, { name: 'a', query: '知网', webhook: 'https://hooks.example/x' }, NOW)).toThrow(/--secret/);
    expect(() => saveSearch(db, { name: 'a', query: '知网', email: 'not-an-address' }, NOW)).toThrow(ConfigError);
    expect(() => saveSearch(db, { name: 'a', query: '知网', email: 'a@b.example', digest: 'hourly' }, NOW)).toThrow(/daily or weekly/);
    expect(listSavedSearches(db)).toEqual([]);
    const s = saveSearch(db, { name: 'a', query: '知网 category:enforcement', webhook: 'https://hooks.example/x', secret: 's'.repeat(20), email: 'a@b.example' }, NOW);
    expect(s).toMatchObject({ name: 'a', digest: 'daily', createdAt: NOW.toISOString() });
    expect(publicView(s).webhookSecret).toBe('(set)');
    expect(() => saveSearch(db, { name: 'a', query: '知网' }, NOW)).toThrow(/exists already/);
    // The default secret from the configuration is enough.
    expect(saveSearch(db, { name: 'b', query: '知网', webhook: 'https://hooks.example/x' }, NOW, { defaultSecret: 'd'.repeat(16) }).webhookSecret).toBeNull();
  });
});
