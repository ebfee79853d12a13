import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The longest test files (tens of seconds each: child servers, kill -9, Chromium, LibreOffice, the
 * access table), in the order they start. Vitest's own order, on a fresh checkout such as CI's,
 * is largest file first, so these small files came last and ran alone at the end of the run.
 */
const slowFiles = [
  'test/http-crash.test.ts',
  'test/access-table.pglite.test.ts',
  'test/access-table.postgres.test.ts',
  'test/browser/',
  'test/serve.test.ts',
  'src/cli/commands/database-commands.test.ts',
  'test/durability.test.ts',
  'src/db/open-database.test.ts',
  'test/bad-input.test.ts',
  'src/db/stores/backup-store.test.ts',
  'test/cli-report.test.ts',
  'src/domain/writers/libreoffice.test.ts',
];

/** Vitest's order, with the files of `slowFiles` moved to the front. */
class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = slowFiles.findIndex((path) => file.moduleId.includes(`/${path}`));
      return index === -1 ? slowFiles.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on a 2-core machine is ONE worker; most tests wait on PostgreSQL, Chromium or
    // LibreOffice (other processes), so three workers keep both cores busy.
    maxWorkers: 3,
    // As many as maxWorkers: with fewer, Vitest 3.2 stops idle workers that isolate: false still
    // uses ("Terminating worker thread").
    minWorkers: 3,
    // Each worker process runs many files and keeps the modules they import: without this, every one
    // of ~190 files started a new process and loaded Fastify, PGlite, drizzle… again, which took as
    // much CPU as the tests themselves. Safe because no test mocks modules, stubs globals or changes
    // process.env; each file still opens its own databases and apps.
    isolate: false,
    sequence: { sequencer: SlowFilesFirst },
  },
});
