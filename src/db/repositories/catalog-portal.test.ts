/**
 * The catalogue's SQL on both database kinds: the one-scan counts per dimension (grouping sets with
 * a FILTER per count), the public lookup of an item, register events joined both ways, and the
 * classification positions written in one statement.
 */
import { beforeAll, expect, it } from 'vitest';
import { createTestAgency } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import type { Agency } from '../../domain/agencies/agency.ts';
import { addTestRegisterEvent, createTestItem, type TestItem } from '../../http/portal/catalog/catalog-test-data.ts';
import { countCatalogFacets, findPublicItem, listPublishedItems, listRegisterEventsBy, listRegisterEventsOf } from './catalog-portal.ts';
import { listClassifications, setClassificationPositions } from './classifications.ts';

describeEachDatabase('catalogue queries', ({ db }) => {
  let agency: Agency;
  let other: Agency;
  let norm: TestItem;
  let abolishing: TestItem;
  let withdrawn: TestItem;

  beforeAll(async () => {
    agency = await createTestAgency(db());
    other = await createTestAgency(db());
    norm = await createTestItem(db(), { agencyId: agency.id, kind: 'normativeDocument', publishedOn: '2025-03-01', subjectCode: 'S0401', genreCode: 'G02', validity: 'abolished' });
    abolishing = await createTestItem(db(), { agencyId: agency.id, kind: 'normativeDocument', publishedOn: '2026-01-05', subjectCode: 'S0401', genreCode: 'G02', validity: 'inForce' });
    await createTestItem(db(), { agencyId: agency.id, publishedOn: '2025-07-01', subjectCode: 'S0203', genreCode: 'G0301' });
    await createTestItem(db(), { agencyId: other.id, publishedOn: '2025-08-01', subjectCode: 'S0203', genreCode: 'G0301' });
    withdrawn = await createTestItem(db(), { agencyId: agency.id, status: 'withdrawn', withdrawnAt: new Date('2025-09-01T00:00:00Z') });
    await createTestItem(db(), { agencyId: agency.id, status: 'draft' });
    await addTestRegisterEvent(db(), norm, { event: 'issued', effectiveOn: '2025-03-01' });
    await addTestRegisterEvent(db(), norm, { event: 'abolished', effectiveOn: '2026-01-05', relatedItemId: abolishing.id, note: '整体废止' });
  }, 60_000);

  it('counts each dimension under the other filters, and the total under all, in one query', async () => {
    const { total, counts } = await countCatalogFacets(db(), { agencyId: agency.id, year: 2025 });
    expect(total).toBe(2);
    expect(counts.year.sort((a, b) => a.value.localeCompare(b.value))).toEqual([
      { value: '2025', count: 2 },
      { value: '2026', count: 1 },
    ]);
    expect(counts.agency.find((c) => c.value === other.id)).toEqual({ value: other.id, count: 1 });
    expect(counts.agency.find((c) => c.value === agency.id)).toEqual({ value: agency.id, count: 2 });
    expect(counts.kind.sort((a, b) => a.value.localeCompare(b.value))).toEqual([
      { value: 'general', count: 1 },
      { value: 'normativeDocument', count: 1 },
    ]);
    const narrowed = await countCatalogFacets(db(), { agencyId: agency.id, subjectCodes: ['S0401'], kind: 'normativeDocument' });
    expect(narrowed.total).toBe(2);
    // S0203 has only general items: under the kind filter it counts nothing and is left out.
    expect(narrowed.counts.subject).toEqual([{ value: 'S0401', count: 2 }]);
  });

  it('lists published items newest first and finds a withdrawn one only by its number', async () => {
    const rows = await listPublishedItems(db(), { agencyId: agency.id }, { offset: 0, limit: 10 });
    expect(rows.map((r) => r.publishedOn)).toEqual(['2026-01-05', '2025-07-01', '2025-03-01']);
    expect(rows[0]).toMatchObject({ agencyCode: agency.code, kind: 'normativeDocument', validity: 'inForce' });
    expect(await findPublicItem(db(), agency.code, withdrawn.indexNumber)).toMatchObject({ status: 'withdrawn', withdrawnAt: new Date('2025-09-01T00:00:00Z') });
    expect(await findPublicItem(db(), other.code, norm.indexNumber)).toBeNull();
  });

  it('joins register events to the published document at their other end, both ways', async () => {
    const events = await listRegisterEventsOf(db(), norm.id);
    expect(events.map((e) => e.event)).toEqual(['issued', 'abolished']);
    expect(events[1]).toMatchObject({ effectiveOn: '2026-01-05', note: '整体废止', related: { id: abolishing.id, indexNumber: abolishing.indexNumber, agencyCode: agency.code } });
    const acts = await listRegisterEventsBy(db(), abolishing.id);
    expect(acts).toHaveLength(1);
    expect(acts[0]?.related?.id).toBe(norm.id);
  });

  it('writes many classification positions in one statement', async () => {
    await setClassificationPositions(db(), 'genre', [
      { code: 'G01', position: 1 },
      { code: 'G02', position: 0 },
    ]);
    const genre = (await listClassifications(db())).filter((n) => n.scheme === 'genre');
    expect(genre.slice(0, 2).map((n) => n.code)).toEqual(['G02', 'G01']);
  });
});
