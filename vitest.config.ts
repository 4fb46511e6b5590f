import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Starts a private PostgreSQL server when Debian's binaries are installed, so the storage tests
    // run against both backends (test/helpers/backends.ts).
    globalSetup: ['test/helpers/pg-server.ts'],
  },
});
