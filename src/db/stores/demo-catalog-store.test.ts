/**
 * The demo county's catalogue, seeded through batched inserts: 索引号 from the agencies' patterns
 * with the sequences past them, reviews by three different people, the register as the generator
 * made it, the search vectors filled.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/test-db.ts';
import { generateDemoCatalog } from '../../domain/catalog/demo-items.ts';
import { checkAnnualReport } from '../../domain/annual-report/check.ts';
import { reportWithTableA } from '../../domain/catalog/table-a.ts';
import { countFigures, currentValidity, registerFigures, type RegisterDocument, type RegisterEvent } from '../../domain/catalog/register.ts';
import { tokenString } from '../../domain/search/tokenize.ts';
import { chinaDateOf } from '../../use-cases/applications/china-date.ts';
import { calendarFromRows } from '../../use-cases/applications/load-calendar.ts';
import { computeTableA } from '../../use-cases/catalog/register/get-table-a.ts';
import { seedDemoCatalog } from '../../use-cases/catalog/seed-demo-catalog.ts';
import { seedDemoCounty } from '../../use-cases/seed-demo-county.ts';
import { queryRows } from '../database.ts';
import { listCalendarRows } from '../repositories/calendar.ts';
import { createDemoCatalogDeps } from './demo-catalog-store.ts';
import { createDemoCountyStore } from './demo-county-store.ts';
import { createRegisterStore } from './register-store.ts';

const now = new Date('2026-12-07T02:00:00Z');

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

describeEachDatabase('seedDemoCatalog', ({ db }) => {
  it('seeds the catalogue once: numbered, reviewed by three people, the register as generated, searchable', async () => {
    await seedDemoCounty({ ...createDemoCountyStore(db()), hashPassword: async () => 'not-a-real-hash' }, { isProduction: false, now });
    const outcome = await seedDemoCatalog(createDemoCatalogDeps(db()), { now, isProduction: false });
    expect(outcome).toMatchObject({ seeded: true });
    expect(await seedDemoCatalog(createDemoCatalogDeps(db()), { now, isProduction: false })).toEqual({ seeded: false, reason: 'hasItems' });
    await expect(seedDemoCatalog(createDemoCatalogDeps(db()), { now, isProduction: true })).rejects.toMatchObject({ code: 'demo_seed_forbidden' });

    const statuses = await queryRows<{ kind: string; status: string; count: number }>(db(), sql`select kind, status, count(*)::int as count from info_items group by 1, 2`);
    expect(statuses.reduce((sum, r) => sum + r.count, 0)).toBe(outcome.seeded ? outcome.items : -1);
    expect(new Set(statuses.map((r) => r.kind))).toEqual(new Set(['general', 'normativeDocument', 'interpretation']));
    expect(new Set(statuses.map((r) => r.status))).toEqual(new Set(['draft', 'firstReview', 'secondReview', 'finalReview', 'scheduled', 'published', 'withdrawn']));

    // 索引号: the default pattern, gapless per agency and year, the sequence row at the last one.
    const numbers = await queryRows<{ code: string; credit: string | null; index_number: string; seq: number; year: number; last_value: number }>(
      db(),
      sql`select a.code, a.credit_code as credit, i.index_number, substring(i.index_number from '-([0-9]+)$')::int as seq, s.year, s.last_value
          from info_items i join agencies a on a.id = i.agency_id
          join index_sequences s on s.agency_id = i.agency_id and s.year = substring(i.index_number from '/([0-9]{4})-')::int`,
    );
    expect(numbers).toHaveLength(outcome.seeded ? outcome.items : -1);
    for (const row of numbers) expect(row.index_number).toBe(`${row.credit ?? row.code.toUpperCase()}/${row.year}-${String(row.seq).padStart(5, '0')}`);
    const groups = groupBy(numbers, (r) => `${r.code}/${r.year}`);
    for (const rows of groups.values()) {
      expect(rows.map((r) => r.seq).sort((a, b) => a - b)).toEqual(rows.map((_, i) => i + 1));
      expect(rows[0]!.last_value).toBe(rows.length);
    }

    // Every published item: 初审, 复审, 终审 by three different accounts, none of them its author.
    const reviews = await queryRows<{ reviewers: number; by_author: number }>(
      db(),
      sql`select count(distinct h.actor_account_id)::int as reviewers, count(*) filter (where h.actor_account_id = i.author_account_id)::int as by_author
          from info_items i join info_item_history h on h.item_id = i.id and h.action = 'approve'
          where i.status = 'published' group by i.id`,
    );
    expect(reviews.length).toBeGreaterThan(350);
    expect(reviews.every((r) => r.reviewers === 3 && r.by_author === 0)).toBe(true);

    // The register in the database is the one the generator made, and each validity follows from its events.
    const events = await queryRows<{ item_id: string; kind: string; validity: string | null; event: string; effective_on: string; related_item_id: string | null }>(
      db(),
      sql`select e.item_id, i.kind, i.validity, e.event, e.effective_on::text as effective_on, e.related_item_id from register_events e join info_items i on i.id = e.item_id order by e.id`,
    );
    const documents = [...groupBy(events, (e) => e.item_id)].map(([id, rows]) => {
      const list: RegisterEvent[] = rows.map((r) => ({ event: r.event as RegisterEvent['event'], effectiveOn: r.effective_on, relatedItemId: r.related_item_id }));
      expect(rows[0]!.validity).toBe(currentValidity(list));
      return { id, kind: 'normativeDocument', events: list } satisfies RegisterDocument;
    });
    const generated = generateDemoCatalog({ today: chinaDateOf(now), calendar: calendarFromRows(await listCalendarRows(db())) });
    const generatedDocuments = [...groupBy(generated.registerEvents, (e) => e.itemKey)].map(([id, rows]) => ({
      id, kind: 'normativeDocument' as const, events: rows.map((r) => ({ event: r.event, effectiveOn: r.effectiveOn, relatedItemId: r.relatedKey })),
    }));
    for (const year of [2025, 2026]) {
      const counts = (figures: ReturnType<typeof registerFigures>) => Object.values(figures.normativeDocuments).map((ids: string[]) => ids.length);
      expect(counts(registerFigures(documents, year))).toEqual(counts(registerFigures(generatedDocuments, year)));
      expect(registerFigures(documents, year).regulations.issued).toEqual([]);
    }

    // Search vectors for every item; a phrase of the texts finds items.
    const [search] = await queryRows<{ missing: number; found: number }>(
      db(),
      sql`select count(*) filter (where search_vector is null)::int as missing,
                 count(*) filter (where search_vector @@ plainto_tsquery('simple', ${tokenString('部门预算')}))::int as found
          from info_items`,
    );
    expect(search).toEqual({ missing: 0, found: expect.any(Number) });
    expect(search!.found).toBeGreaterThan(0);

    // The DOCX originals, with their checksum and text, attached to published normative documents.
    const files = await queryRows<{ kind: string; status: string; media_type: string; checksum_ok: boolean; has_text: boolean }>(
      db(),
      sql`select i.kind, i.status, a.media_type, a.sha256 = encode(sha256(a.content), 'hex') as checksum_ok, strpos(a.extracted_text, i.document_number) > 0 and strpos(a.extracted_text, i.publisher) > 0 as has_text
          from info_item_attachments a join info_items i on i.id = a.item_id`,
    );
    expect(files).toHaveLength(outcome.seeded ? outcome.attachments : -1);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(file).toEqual({ kind: 'normativeDocument', status: 'published', media_type: expect.stringContaining('wordprocessingml'), checksum_ok: true, has_text: true });

    const [figures] = await queryRows<{ rows: number; penalties: number }>(db(), sql`select count(*)::int as rows, sum(penalty_decisions)::int as penalties from art20_figures`);
    expect(figures!.rows).toBe(16 * 2);
    expect(figures!.penalties).toBeGreaterThan(0);

    // Table A for the whole county (every agency counted), computed from the register and the Art. 20
    // figures in SQL, equals the figures of the generated data and passes every consistency rule.
    const registerStore = createRegisterStore(db());
    const agencies = await registerStore.listAgencies();
    const county = agencies.find((agency) => agency.code === 'lcx')!;
    for (const year of [2025, 2026]) {
      const { proactive } = await computeTableA(registerStore, { agency: county, agencies, year });
      const expected = countFigures(registerFigures(generatedDocuments, year).normativeDocuments);
      expect(proactive.normativeDocuments).toEqual(expected);
      expect(proactive.regulations).toEqual({ issued: 0, abolished: 0, inForce: 0 });
      const art20 = generated.art20Figures.filter((f) => f.year === year);
      const sum = (pick: (f: (typeof art20)[number]) => number) => art20.reduce((total, f) => total + pick(f), 0);
      expect(proactive.licensing.decisions).toBe(sum((f) => f.licensingDecisions));
      expect(proactive.penalty.decisions).toBe(sum((f) => f.penaltyDecisions));
      expect(proactive.enforcement.decisions).toBe(sum((f) => f.enforcementDecisions));
      expect(Number(proactive.fees.amountWanYuan)).toBeCloseTo(sum((f) => Number(f.feesWanYuan)), 4);
      const findings = checkAnnualReport(reportWithTableA(proactive, county.name, year));
      expect(findings.filter((f) => f.locations.some((l) => l.path?.startsWith('proactive')))).toEqual([]);
    }
  }, 180_000);
});
