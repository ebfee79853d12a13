/**
 * The search index of the catalogue: `info_items.search_vector`, written from the character
 * bigrams and @node-rs/jieba tokens of domain/search/tokenize.ts — title weight A, body B,
 * attachment text C — in PostgreSQL's `simple` configuration, so PGlite and PostgreSQL index and
 * match the same way.
 */
import { sql } from 'drizzle-orm';
import { tokenString } from '../../domain/search/tokenize.ts';
import { queryRows, type Database } from '../database.ts';

/** Longest text indexed per part; tsvector positions stop at 16,383 anyway. */
const maxIndexedCharacters = 200_000;

/** Recomputes one item's search vector from its title, body text and attachments' extracted text. */
export async function refreshSearchVector(db: Database, itemId: string): Promise<void> {
  const [row] = await queryRows<{ title: string; body: string; attachments: string }>(
    db,
    sql`select i.title, i.body_text as body,
               coalesce((select string_agg(a.extracted_text, ' ' order by a.position) from info_item_attachments a where a.item_id = i.id), '') as attachments
        from info_items i where i.id = ${itemId}`,
  );
  if (row === undefined) return;
  const part = (text: string) => tokenString(text.slice(0, maxIndexedCharacters));
  await db.execute(sql`
    update info_items set search_vector =
      setweight(to_tsvector('simple', ${part(row.title)}), 'A') ||
      setweight(to_tsvector('simple', ${part(row.body)}), 'B') ||
      setweight(to_tsvector('simple', ${part(row.attachments)}), 'C')
    where id = ${itemId}`);
}
