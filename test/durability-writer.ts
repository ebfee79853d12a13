/**
 * The child of test/durability.test.ts: opens the configured database (DATA_DIR or DATABASE_URL)
 * and runs WRITERS concurrent writers until it is killed. Even writers append audit entries, odd
 * writers create agencies; each prints `ack audit <seq>` or `ack agency <code>` only after its
 * transaction has committed — the moment a server would answer "success".
 */
import { openDatabaseFromEnv } from '../src/db/open-database.ts';
import { createAgency } from '../src/db/repositories/agencies.ts';
import { appendAuditEntry } from '../src/db/repositories/audit-log.ts';
import type { Database } from '../src/db/database.ts';

const writers = Number(process.env.WRITERS ?? '50');
const handle = await openDatabaseFromEnv(process.env);
process.stdout.write('ready\n');

async function write(db: Database, writer: number): Promise<never> {
  for (let n = 0; ; n += 1) {
    if (writer % 2 === 0) {
      const entry = await appendAuditEntry(db, {
        occurredAt: new Date(),
        actorAccountId: null,
        actorName: `writer ${writer}`,
        action: 'test.durability',
        targetType: null,
        targetId: null,
        agencyId: null,
        ip: null,
        details: { writer, n },
      });
      process.stdout.write(`ack audit ${entry.seq}\n`);
    } else {
      const agency = await createAgency(db, { parentId: null, code: `d-${process.pid}-${writer}-${n}`, name: `写入者${writer}-${n}`, kind: 'department' });
      process.stdout.write(`ack agency ${agency.code}\n`);
    }
  }
}

await Promise.all(Array.from({ length: writers }, (_, writer) => write(handle.db, writer)));
