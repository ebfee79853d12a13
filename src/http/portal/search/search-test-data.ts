/**
 * Test data for search: info items written straight into the tables with their search vector
 * refreshed as the application does, so search can be tested without the review workflow.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/database.ts';
import { refreshSearchVector } from '../../../db/repositories/search-index.ts';
import { infoItemAttachments, infoItems } from '../../../db/schema/catalog.ts';
import type { InfoItemKind, InfoItemStatus } from '../../../domain/catalog/info-item.ts';

export interface TestSearchItem {
  agencyId: string;
  title: string;
  body?: string;
  publishedOn?: string;
  status?: InfoItemStatus;
  kind?: InfoItemKind;
  subjectCode?: string;
  genreCode?: string;
  publisher?: string;
  /** Text extracted from an attachment. */
  attachmentText?: string;
}

export async function createSearchItem(db: Database, item: TestSearchItem): Promise<{ id: string; indexNumber: string }> {
  const indexNumber = `TEST-${randomBytes(4).toString('hex')}/2025-00001`;
  const [row] = await db
    .insert(infoItems)
    .values({
      agencyId: item.agencyId,
      indexNumber,
      kind: item.kind ?? 'general',
      title: item.title,
      publisher: item.publisher ?? '莲城县人民政府',
      publishedOn: item.publishedOn ?? '2025-01-15',
      subjectCode: item.subjectCode ?? 'S0203',
      genreCode: item.genreCode ?? 'G0301',
      bodyHtml: `<p>${item.body ?? ''}</p>`,
      bodyText: item.body ?? '',
      status: item.status ?? 'published',
    })
    .returning({ id: infoItems.id });
  const id = row!.id;
  if (item.attachmentText !== undefined) {
    await db.insert(infoItemAttachments).values({
      itemId: id,
      agencyId: item.agencyId,
      fileName: '附件.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 4,
      sha256: '0'.repeat(64),
      content: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
      extractedText: item.attachmentText,
    });
  }
  await refreshSearchVector(db, id);
  return { id, indexNumber };
}
