/**
 * Catalogue test data written straight through the repositories: an item in any status (with the
 * history a real item in that status would have), an attachment, and the account most recently
 * created (the access-table test signs its probe's account in just before the probe runs).
 */
import { desc } from 'drizzle-orm';
import type { Database } from '../src/db/database.ts';
import { appendInfoItemHistory, insertInfoItem, insertItemAttachment, updateInfoItem } from '../src/db/repositories/info-items.ts';
import { accounts } from '../src/db/schema/accounts.ts';
import type { InfoItemKind, InfoItemStatus } from '../src/domain/catalog/info-item.ts';
import type { AttachmentInfo, InfoItemRecord } from '../src/use-cases/catalog/items/info-item-store.ts';
import { uniqueSuffix } from './factories.ts';

export interface TestItemOptions {
  agencyId: string;
  status?: InfoItemStatus;
  kind?: InfoItemKind;
  title?: string;
  authorAccountId?: string | null;
  /** Who approved the stages before the current one (default: no one recorded). */
  approvers?: { first?: string; second?: string };
  at?: Date;
}

const stageOrder: InfoItemStatus[] = ['draft', 'firstReview', 'secondReview', 'finalReview'];

export async function createTestItem(db: Database, options: TestItemOptions): Promise<InfoItemRecord> {
  const at = options.at ?? new Date('2025-03-01T02:00:00Z');
  const status = options.status ?? 'draft';
  const isPublic = status === 'published' || status === 'withdrawn';
  const item = await insertInfoItem(db, {
    agencyId: options.agencyId,
    indexNumber: `TEST-${uniqueSuffix()}/2025-00001`,
    kind: options.kind ?? 'general',
    title: options.title ?? `关于测试事项的通知${uniqueSuffix()}`,
    publisher: '测试县测试局',
    documentNumber: null,
    writtenOn: '2025-02-27',
    subjectCode: 'S0501',
    genreCode: 'G0301',
    validFrom: null,
    validUntil: null,
    bodyHtml: '<p>现将有关事项通知如下。</p>',
    bodyText: '现将有关事项通知如下。',
    status,
    authorAccountId: options.authorAccountId ?? null,
    interpretsItemId: null,
    createdAt: at,
    updatedAt: at,
  });
  const history = async (action: string, from: string | null, to: string, actor: string | null, stage: string | null = null) =>
    appendInfoItemHistory(db, { itemId: item.id, agencyId: item.agencyId, action, stage, fromStatus: from, toStatus: to, actorAccountId: actor, comment: null, at });
  await history('create', null, 'draft', item.authorAccountId);
  if (status !== 'draft') await history('submit', 'draft', 'firstReview', item.authorAccountId);
  const reached = isPublic || status === 'scheduled' ? 3 : stageOrder.indexOf(status);
  if (reached >= 2) await history('approve', 'firstReview', 'secondReview', options.approvers?.first ?? null, 'first');
  if (reached >= 3) await history('approve', 'secondReview', 'finalReview', options.approvers?.second ?? null, 'second');
  if (!isPublic) return item;
  await history('approve', 'finalReview', 'published', null, 'final');
  if (status === 'withdrawn') await history('withdraw', 'published', 'withdrawn', null);
  return updateInfoItem(db, item.id, { publishedOn: '2025-03-01', publishedAt: at, ...(status === 'withdrawn' ? { withdrawnAt: at } : {}) }, at);
}

/** A small real PDF as an item's attachment. */
export async function createTestAttachment(db: Database, item: InfoItemRecord, fileName = '附件.pdf'): Promise<AttachmentInfo> {
  const content = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n');
  return insertItemAttachment(db, {
    itemId: item.id,
    agencyId: item.agencyId,
    fileName,
    mediaType: 'application/pdf',
    sizeBytes: content.length,
    sha256: 'test',
    content,
    extractedText: '',
    position: 0,
    createdAt: new Date('2025-03-01T02:00:00Z'),
  });
}

/** The account created last: in the access-table test, the one the probe's request is signed in as. */
export async function latestAccountId(db: Database): Promise<string> {
  const [row] = await db.select({ id: accounts.id }).from(accounts).orderBy(desc(accounts.createdAt)).limit(1);
  if (row === undefined) throw new Error('no account yet');
  return row.id;
}
