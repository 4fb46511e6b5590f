import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { ConfigError, QueryError } from '../errors.ts';
import { listSavedSearches } from '../store/saved-searches.ts';
import { publicView, saveSearch } from './saved.ts';

const NOW = new Date('2026-01-01T00:00:00Z');

describeEachBackend('saveSearch', (open) => {
  it('validates the query with the search parser and the channels before storing', async () => {
    const db = await open();
    await expect(saveSearch(db, { name: 'a', query: 'after:soon' }, NOW)).rejects.toThrow(QueryError);
    await expect(saveSearch(db, { name: 'a', query: '"open' }, NOW)).rejects.toThrow(QueryError);
    await expect(saveSearch(db, { name: 'a', query: '知网', webhook: 'ftp://x' , secret: 'x'.repeat(16) }, NOW)).rejects.toThrow(ConfigError);
    await expect(saveSearch(db, { name: 'a', query: '知网', webhook: 'https://hooks.example/x' }, NOW)).rejects.toThrow(/--secret/);
    await expect(saveSearch(db, { name: 'a', query: '知网', email: 'not-an-address' }, NOW)).rejects.toThrow(ConfigError);
    await expect(saveSearch(db, { name: 'a', query: '知网', email: 'a@b.example', digest: 'hourly' }, NOW)).rejects.toThrow(/daily or weekly/);
    expect(await listSavedSearches(db)).toEqual([]);
    const s = await saveSearch(db, { name: 'a', query: '知网 category:enforcement', webhook: 'https://hooks.example/x', secret: 's'.repeat(20), email: 'a@b.example' }, NOW);
    expect(s).toMatchObject({ name: 'a', digest: 'daily', createdAt: NOW.toISOString() });
    expect(publicView(s).webhookSecret).toBe('(set)');
    await expect(saveSearch(db, { name: 'a', query: '知网' }, NOW)).rejects.toThrow(/exists already/);
    // The default secret from the configuration is enough.
    expect((await saveSearch(db, { name: 'b', query: '知网', webhook: 'https://hooks.example/x' }, NOW, { defaultSecret: 'd'.repeat(16) })).webhookSecret).toBeNull();
  });
});
