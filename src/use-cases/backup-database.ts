/**
 * `gongkai backup`: a logical dump of every application table as JSON lines —
 *   1. a header `{ format, version, schema, createdAt, tables }` (`schema` is the migration tag),
 *   2. one line per row `{ table, row }`, tables in foreign-key order, rows in key order,
 *   3. a trailer `{ end: true, rowCounts }`, so that a truncated file is recognised on restore.
 */

export const backupFormat = 'gongkai-backup';
export const backupFormatVersion = 1;

export interface BackupHeader {
  format: typeof backupFormat;
  version: number;
  /** The newest migration applied to the database the backup comes from. */
  schema: string;
  createdAt: string;
  tables: string[];
}

export interface BackupSummary {
  schema: string;
  rowCounts: Record<string, number>;
}

/** A consistent read of the whole database (one transaction). */
export interface BackupSnapshot {
  /** Rows of one table as JSON object texts. */
  readRows(table: string): AsyncIterable<string>;
}

export interface BackupSource {
  schemaVersion: string;
  /** In restore order (parents first). */
  tables: readonly string[];
  withSnapshot<T>(work: (snapshot: BackupSnapshot) => Promise<T>): Promise<T>;
}

/** Writes the backup line by line through `writeLine` (each line without its newline). */
export async function backupDatabase(
  source: BackupSource,
  writeLine: (line: string) => Promise<void>,
  now: Date,
): Promise<BackupSummary> {
  const header: BackupHeader = {
    format: backupFormat,
    version: backupFormatVersion,
    schema: source.schemaVersion,
    createdAt: now.toISOString(),
    tables: [...source.tables],
  };
  await writeLine(JSON.stringify(header));
  const rowCounts = await source.withSnapshot(async (snapshot) => {
    const counts: Record<string, number> = {};
    for (const table of source.tables) {
      counts[table] = 0;
      const prefix = `{"table":${JSON.stringify(table)},"row":`;
      for await (const row of snapshot.readRows(table)) {
        // The row is already JSON (from the database); embedding it avoids a parse and re-serialisation.
        await writeLine(`${prefix}${row}}`);
        counts[table] += 1;
      }
    }
    return counts;
  });
  await writeLine(JSON.stringify({ end: true, rowCounts }));
  return { schema: source.schemaVersion, rowCounts };
}
