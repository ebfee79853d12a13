import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on a 2-core machine is ONE worker; most tests wait on PostgreSQL, Chromium or
    // LibreOffice (other processes), so three workers keep both cores busy.
    maxWorkers: 3,
    minWorkers: 1,
  },
});
