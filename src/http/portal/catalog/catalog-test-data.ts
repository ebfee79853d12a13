/**
 * Catalogue items for the portal's tests and access probes, written straight into the tables (the
 * console's drafting and review are tested on their own): an item in any status, its attachments
 * and register events. Only imported by tests and test/access-expectations.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../../db/database.ts';
import { infoItemAttachments, infoItems, registerEvents } from '../../../db/schema/catalog.ts';
import type { InfoItemKind, InfoItemStatus, Validity } from '../../../domain/catalog/info-item.ts';

export interface TestItemOptions {
  agencyId: string;
  indexNumber?: string;
  title?: string;
  kind?: InfoItemKind;
  status?: InfoItemStatus;
  publisher?: string;
  documentNumber?: string | null;
  writtenOn?: string | null;
  publishedOn?: string | null;
  publishedAt?: Date | null;
  subjectCode?: string;
  genreCode?: string;
  validity?: Validity | null;
  validFrom?: string | null;
  validUntil?: string | null;
  bodyHtml?: string;
  bodyText?: string;
  withdrawnAt?: Date | null;
  interpretsItemId?: string | null;
}

export interface TestItem {
  id: string;
  agencyId: string;
  indexNumber: string;
}

let sequence = 0;

/** A published general item unless the options say otherwise; unique 索引号 with a `/` in it. */
export async function createTestItem(db: Database, options: TestItemOptions): Promise<TestItem> {
  sequence += 1;
  const status = options.status ?? 'published';
  const isPublic = status === 'published' || status === 'withdrawn';
  const publishedOn = options.publishedOn === undefined ? (isPublic ? '2025-02-20' : null) : options.publishedOn;
  const [row] = await db
    .insert(infoItems)
    .values({
      agencyId: options.agencyId,
      indexNumber: options.indexNumber ?? `TEST${process.pid % 10000}/2025-${String(sequence).padStart(5, '0')}`,
      kind: options.kind ?? 'general',
      title: options.title ?? `测试信息${sequence}`,
      publisher: options.publisher ?? '测试县人民政府',
      documentNumber: options.documentNumber ?? null,
      writtenOn: options.writtenOn ?? null,
      publishedOn,
      publishedAt: options.publishedAt ?? (publishedOn === null ? null : new Date(`${publishedOn}T02:00:00Z`)),
      subjectCode: options.subjectCode ?? 'S0203',
      genreCode: options.genreCode ?? 'G0301',
      validity: options.validity ?? null,
      validFrom: options.validFrom ?? null,
      validUntil: options.validUntil ?? null,
      bodyHtml: options.bodyHtml ?? '<p>测试正文。</p>',
      bodyText: options.bodyText ?? '测试正文。',
      status,
      withdrawnAt: options.withdrawnAt ?? null,
      interpretsItemId: options.interpretsItemId ?? null,
    })
    .returning({ id: infoItems.id, agencyId: infoItems.agencyId, indexNumber: infoItems.indexNumber });
  return row!;
}

export async function addTestAttachment(db: Database, item: TestItem, file: { fileName: string; mediaType: string; content: Uint8Array }): Promise<{ id: string; sha256: string }> {
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const [row] = await db
    .insert(infoItemAttachments)
    .values({ itemId: item.id, agencyId: item.agencyId, fileName: file.fileName, mediaType: file.mediaType, sizeBytes: file.content.byteLength, sha256, content: file.content })
    .returning({ id: infoItemAttachments.id });
  return { id: row!.id, sha256 };
}

export async function addTestRegisterEvent(
  db: Database,
  item: TestItem,
  event: { event: 'issued' | 'amended' | 'expired' | 'abolished'; effectiveOn: string; relatedItemId?: string | null; note?: string | null },
): Promise<void> {
  await db.insert(registerEvents).values({
    itemId: item.id,
    agencyId: item.agencyId,
    event: event.event,
    effectiveOn: event.effectiveOn,
    relatedItemId: event.relatedItemId ?? null,
    note: event.note ?? null,
    recordedAt: new Date('2025-03-01T02:00:00Z'),
  });
}
