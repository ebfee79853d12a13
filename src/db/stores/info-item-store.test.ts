/**
 * The catalogue's SQL on both database kinds, through the use cases: the 索引号 sequence (gapless
 * under concurrent creations and rollbacks), duplicates refused by the unique index with nothing
 * written, and the review transitions with their effects (register event, scheduled publication,
 * send-back, attachments in the search vector).
 */
import { sql } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import { expect, it } from 'vitest';
import type { Principal, Role } from '../../domain/access/roles.ts';
import type { InfoItemMetadata } from '../../domain/catalog/info-item.ts';
import { ReviewRefusedError } from '../../domain/catalog/review.ts';
import { addInfoItemAttachments, removeInfoItemAttachment } from '../../use-cases/catalog/items/item-attachments.ts';
import { createInfoItem, type NewInfoItemForm } from '../../use-cases/catalog/items/create-info-item.ts';
import { DuplicateIndexNumberError } from '../../use-cases/catalog/items/info-item-errors.ts';
import type { StaffActor } from '../../use-cases/catalog/items/info-item-store.ts';
import { listReviewQueue } from '../../use-cases/catalog/items/list-review-queue.ts';
import { publishDueItems } from '../../use-cases/catalog/items/publish-due-items.ts';
import { reviewInfoItem } from '../../use-cases/catalog/items/review-info-item.ts';
import { createTestAccount, createTestAgency } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import { queryRows } from '../database.ts';
import { insertInfoItem, nextIndexSequence } from '../repositories/info-items.ts';
import { createInfoItemDeps } from './info-item-store.ts';

const notice: InfoItemMetadata = {
  kind: 'general',
  title: '关于开展2025年度土地卫片执法检查的通知',
  publisher: '测试县自然资源局',
  documentNumber: null,
  writtenOn: '2025-05-30',
  subjectCode: 'S0501',
  genreCode: 'G0301',
  validFrom: null,
  validUntil: null,
  interpretsItemId: null,
};

let creditDigit = 0;

describeEachDatabase('the catalogue store', ({ db }) => {
  let current = new Date('2025-06-02T02:00:00Z');
  const deps = () => createInfoItemDeps(db(), () => current);

  async function world() {
    creditDigit += 1;
    const agency = await createTestAgency(db(), { creditCode: `11430321MB1${String(creditDigit).padStart(6, '0')}A`.slice(0, 18) });
    const staff = async (role: Role): Promise<StaffActor> => {
      const account = await createTestAccount(db(), { agencyId: agency.id }, [role]);
      const principal: Principal = { accountId: account.id, grants: [{ role, agencyId: agency.id, includeSubtree: false }] };
      return { principal, name: account.displayName, ip: '192.0.2.1' };
    };
    return { agency, author: await staff('handler'), r1: await staff('reviewer'), r2: await staff('reviewer'), approver: await staff('approver') };
  }

  const form = (agencyCode: string, overrides: Partial<NewInfoItemForm> = {}): NewInfoItemForm => ({ agencyCode, indexNumber: null, metadata: notice, bodyHtml: '<p>各乡镇：</p><p>现将有关事项通知如下。</p>', ...overrides });

  async function count(table: string, agencyId: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from ${sql.raw(table)} where agency_id = ${agencyId}`);
    return row!.n;
  }

  it('numbers concurrent drafts without gaps, and a rolled-back number is given again', async () => {
    const { agency, author } = await world();
    const created = await Promise.all(Array.from({ length: 6 }, () => createInfoItem(deps(), { actor: author, form: form(agency.code) })));
    const refused = await createInfoItem(deps(), { actor: author, form: form(agency.code, { metadata: { ...notice, title: '' } }) });
    expect(refused.ok).toBe(false);
    await expect(
      db().transaction(async (tx) => {
        await nextIndexSequence(tx, agency.id, 2025);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const last = await createInfoItem(deps(), { actor: author, form: form(agency.code) });
    const numbers = [...created, last].map((r) => (r.ok ? r.value.indexNumber : 'refused')).sort();
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `${agency.creditCode}/2025-${String(n).padStart(5, '0')}`));
  });

  it('refuses a duplicate 索引号, by the check and by the unique index, writing nothing', async () => {
    const { agency, author } = await world();
    const first = await createInfoItem(deps(), { actor: author, form: form(agency.code, { indexNumber: 'LCX/2019-00077' }) });
    expect(first.ok).toBe(true);
    const before = [await count('info_items', agency.id), await count('info_item_history', agency.id), await count('audit_log', agency.id)];
    await expect(createInfoItem(deps(), { actor: author, form: form(agency.code, { indexNumber: 'LCX/2019-00077' }) })).rejects.toMatchObject({ code: 'info.duplicateIndexNumber' });
    const row = { ...notice, agencyId: agency.id, indexNumber: 'LCX/2019-00077', bodyHtml: '', bodyText: '', status: 'draft' as const, authorAccountId: null, createdAt: current, updatedAt: current };
    await expect(db().transaction((tx) => insertInfoItem(tx, row))).rejects.toBeInstanceOf(DuplicateIndexNumberError);
    expect([await count('info_items', agency.id), await count('info_item_history', agency.id), await count('audit_log', agency.id)]).toEqual(before);
    // A generated number skips the one entered by hand.
    const generated = await createInfoItem(deps(), { actor: author, form: form(agency.code, { indexNumber: `${agency.creditCode}/2025-00001` }) });
    const next = await createInfoItem(deps(), { actor: author, form: form(agency.code) });
    expect([generated.ok && generated.value.indexNumber, next.ok && next.value.indexNumber]).toEqual([`${agency.creditCode}/2025-00001`, `${agency.creditCode}/2025-00002`]);
  });

  it('takes a normative document through 初审, 复审 and 终审 to publication with its issued event', async () => {
    const { agency, author, r1, r2, approver } = await world();
    const metadata = { ...notice, kind: 'normativeDocument', genreCode: 'G02', documentNumber: '测自然资规〔2025〕1号', validFrom: '2025-07-01' } as const;
    const created = await createInfoItem(deps(), { actor: author, form: form(agency.code, { metadata }) });
    const itemId = created.ok ? created.value.id : '';
    await reviewInfoItem(deps(), { actor: author, itemId, command: { kind: 'submit' } });
    await reviewInfoItem(deps(), { actor: r1, itemId, command: { kind: 'approve', stage: 'first', publishAt: null } });
    const twice = reviewInfoItem(deps(), { actor: r1, itemId, command: { kind: 'approve', stage: 'second', publishAt: null } });
    await expect(twice).rejects.toBeInstanceOf(ReviewRefusedError);
    await expect(twice).rejects.toMatchObject({ code: 'info.sameReviewer' });
    await reviewInfoItem(deps(), { actor: r2, itemId, command: { kind: 'approve', stage: 'second', publishAt: null } });
    const { item } = await reviewInfoItem(deps(), { actor: approver, itemId, command: { kind: 'approve', stage: 'final', publishAt: null } });
    expect(item).toMatchObject({ status: 'published', publishedOn: '2025-06-02', validity: 'inForce', publishedAt: current });
    const events = await queryRows<{ event: string; effective_on: string }>(db(), sql`select event, effective_on::text from register_events where item_id = ${itemId}`);
    expect(events).toEqual([{ event: 'issued', effective_on: '2025-07-01' }]);
    const history = await queryRows<{ action: string; stage: string | null; to_status: string }>(db(), sql`select action, stage, to_status from info_item_history where item_id = ${itemId} order by id`);
    expect(history.map((h) => `${h.action}:${h.stage ?? ''}:${h.to_status}`)).toEqual(['create::draft', 'submit::firstReview', 'approve:first:secondReview', 'approve:second:finalReview', 'approve:final:published']);
    const audit = await queryRows<{ action: string }>(db(), sql`select action from audit_log where target_id = ${itemId} order by seq`);
    expect(audit.map((a) => a.action)).toEqual(['info.create', 'info.submit', 'info.approve', 'info.approve', 'info.approve']);
  });

  it('publishes a scheduled item when its time comes, and sends an item back to its author with the comment', async () => {
    const { agency, author, r1, r2, approver } = await world();
    const created = await createInfoItem(deps(), { actor: author, form: form(agency.code) });
    const itemId = created.ok ? created.value.id : '';
    await reviewInfoItem(deps(), { actor: author, itemId, command: { kind: 'submit' } });
    await reviewInfoItem(deps(), { actor: r1, itemId, command: { kind: 'approve', stage: 'first', publishAt: null } });
    await reviewInfoItem(deps(), { actor: r2, itemId, command: { kind: 'approve', stage: 'second', publishAt: null } });
    const at = new Date(current.getTime() + 3_600_000);
    expect((await reviewInfoItem(deps(), { actor: approver, itemId, command: { kind: 'approve', stage: 'final', publishAt: at } })).item).toMatchObject({ status: 'scheduled', scheduledAt: at, publishedOn: null });
    expect((await publishDueItems(deps())).map((i) => i.id)).not.toContain(itemId);
    current = new Date(at.getTime() + 60_000);
    expect((await publishDueItems(deps())).find((i) => i.id === itemId)).toMatchObject({ status: 'published', publishedOn: '2025-06-02' });
    expect(await publishDueItems(deps())).toEqual([]);

    const other = await createInfoItem(deps(), { actor: author, form: form(agency.code, { metadata: { ...notice, title: '关于征求意见的公告' } }) });
    const otherId = other.ok ? other.value.id : '';
    await reviewInfoItem(deps(), { actor: author, itemId: otherId, command: { kind: 'submit' } });
    await reviewInfoItem(deps(), { actor: r1, itemId: otherId, command: { kind: 'approve', stage: 'first', publishAt: null } });
    expect((await reviewInfoItem(deps(), { actor: r2, itemId: otherId, command: { kind: 'sendBack', stage: 'second', comment: '请补充征求意见的截止日期。' } })).item.status).toBe('draft');
    const queue = await listReviewQueue(deps(), { principal: author.principal });
    expect(queue.sentBack).toEqual([expect.objectContaining({ id: otherId, comment: '请补充征求意见的截止日期。', sentBackBy: r2.name })]);
  });

  it('puts an attachment’s text into the search vector and takes it out again', async () => {
    const { agency, author } = await world();
    const created = await createInfoItem(deps(), { actor: author, form: form(agency.code) });
    const itemId = created.ok ? created.value.id : '';
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('耕地保护目标责任书')] }] })));
    const added = await addInfoItemAttachments(deps(), { actor: author, itemId, uploads: [{ fileName: '责任书.docx', bytes: docx }] });
    expect(added.ok).toBe(true);
    const vectorHas = async (word: string) => (await queryRows<{ hit: boolean }>(db(), sql`select search_vector @@ to_tsquery('simple', ${word}) as hit from info_items where id = ${itemId}`))[0]!.hit;
    expect(await vectorHas('耕地')).toBe(true);
    expect(await vectorHas('卫片')).toBe(true);
    await removeInfoItemAttachment(deps(), { actor: author, itemId, attachmentId: added.ok ? added.value[0]!.id : '' });
    expect(await vectorHas('耕地')).toBe(false);
  });
});

