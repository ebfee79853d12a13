/**
 * The register's SQL on both database kinds: table A counted in SQL equals the pure figures for a
 * generated register; an event recorded through the store updates the item; the automatic expiry;
 * the Art. 20 figures saved and read back exactly.
 */
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createTestAccount, createTestAgency } from '../../../test/factories.ts';
import { createInterpretation, createRegisterDocument, lifecycleArbitrary } from '../../../test/register-factories.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import type { Agency } from '../../domain/agencies/agency.ts';
import { countFigures, registerFigures, type RegisterDocument } from '../../domain/catalog/register.ts';
import { expireDueDocuments } from '../../use-cases/catalog/register/expire-due-documents.ts';
import { recordRegisterEvent } from '../../use-cases/catalog/register/record-register-event.ts';
import { auditLog } from '../schema/audit-log.ts';
import { infoItemHistory, infoItems } from '../schema/catalog.ts';
import { createRegisterDeps, createRegisterStore } from './register-store.ts';

const clockAt = (iso: string) => () => new Date(iso);

describeEachDatabase('register store', ({ db }) => {
  let agency: Agency;
  let documents: RegisterDocument[];

  // A generated register (fixed seed): 40 lifecycles, plus items the register must not count.
  beforeAll(async () => {
    agency = await createTestAgency(db());
    const lifecycles = fc.sample(lifecycleArbitrary, { seed: 20_250_303, numRuns: 40 });
    documents = [];
    for (const lifecycle of lifecycles) {
      const created = await createRegisterDocument(db(), { agencyId: agency.id, kind: lifecycle.kind, events: lifecycle.events });
      documents.push({ id: created.id, ...lifecycle });
    }
    await createRegisterDocument(db(), { agencyId: agency.id, status: 'withdrawn', publishedOn: '2022-05-01' });
    await createInterpretation(db(), { agencyId: agency.id, interpretsItemId: documents[0]!.id, publishedOn: '2022-05-02' });
  }, 60_000);

  it('counts table A in SQL exactly as the pure register figures, for every year', async () => {
    const store = createRegisterStore(db());
    for (let year = 2018; year <= 2026; year += 1) {
      const pure = registerFigures(documents, year);
      const sql = await store.countRegisterFigures({ agencyIds: [agency.id], year });
      expect({ year, ...sql }).toEqual({ year, regulations: countFigures(pure.regulations), normativeDocuments: countFigures(pure.normativeDocuments) });
    }
    // The register is not empty in the years compared: the comparison means something.
    expect(countFigures(registerFigures(documents, 2022).normativeDocuments).inForce + countFigures(registerFigures(documents, 2022).regulations).inForce).toBeGreaterThan(0);
    expect((await store.listRegisterItems([agency.id])).length).toBe(40);
  });

  it('records an amendment and an abolition: validity, history and audit, and refuses a bad one without writing', async () => {
    const office = await createTestAgency(db());
    const account = await createTestAccount(db(), { agencyId: office.id }, ['handler']);
    const actor = { principal: { accountId: account.id, grants: [{ role: 'handler' as const, agencyId: office.id, includeSubtree: false }] }, name: '张承办', ip: '192.0.2.1' };
    const target = await createRegisterDocument(db(), { agencyId: office.id, publishedOn: '2023-02-01' });
    const newer = await createRegisterDocument(db(), { agencyId: office.id, publishedOn: '2025-01-20' });
    const deps = createRegisterDeps(db(), clockAt('2025-03-03T02:00:00Z'));
    const amended = await recordRegisterEvent(deps, { actor, itemId: target.id, input: { event: 'amended', effectiveOn: '2025-01-20', relatedItemId: newer.id, note: '' } });
    expect(amended.ok).toBe(true);
    const tooEarly = await recordRegisterEvent(deps, { actor, itemId: target.id, input: { event: 'abolished', effectiveOn: '2024-12-31', relatedItemId: '' } });
    expect(tooEarly).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'register.invalidEarlyDate', path: 'effectiveOn' })] });
    const abolished = await recordRegisterEvent(deps, { actor, itemId: target.id, input: { event: 'abolished', effectiveOn: '2025-03-03', relatedItemId: newer.id, note: '清理' } });
    expect(abolished.ok).toBe(true);
    const [row] = await db().select({ validity: infoItems.validity }).from(infoItems).where(eq(infoItems.id, target.id));
    expect(row!.validity).toBe('abolished');
    const history = await db().select().from(infoItemHistory).where(eq(infoItemHistory.itemId, target.id));
    expect(history.map((h) => [h.action, h.comment])).toEqual([
      ['amend', '修改，2025-01-20起'],
      ['abolish', '废止，2025-03-03起：清理'],
    ]);
    const audits = await db().select().from(auditLog).where(eq(auditLog.targetId, target.id));
    expect(audits.map((a) => a.action)).toEqual(['register.recordEvent', 'register.recordEvent']);
    const store = createRegisterStore(db());
    expect((await store.listEventsNaming(newer.id)).map((e) => e.event)).toEqual(['amended', 'abolished']);
  });

  it('expires documents whose validity period has passed, once', async () => {
    const office = await createTestAgency(db());
    const due = await createRegisterDocument(db(), { agencyId: office.id, publishedOn: '2023-01-01', validUntil: '2025-03-01' });
    const notYet = await createRegisterDocument(db(), { agencyId: office.id, publishedOn: '2023-01-01', validUntil: '2025-03-02' });
    const deps = createRegisterDeps(db(), clockAt('2025-03-02T01:00:00Z'));
    const expired = await expireDueDocuments(deps, '2025-03-02');
    expect(expired.filter((e) => e.agencyId === office.id).map((e) => [e.itemId, e.effectiveOn])).toEqual([[due.id, '2025-03-02']]);
    expect((await expireDueDocuments(deps, '2025-03-02')).filter((e) => e.agencyId === office.id)).toEqual([]);
    const rows = await db().select({ id: infoItems.id, validity: infoItems.validity }).from(infoItems).where(eq(infoItems.agencyId, office.id));
    expect(new Map(rows.map((r) => [r.id, r.validity]))).toEqual(new Map([[due.id, 'expired'], [notYet.id, 'inForce']]));
  });

  it('saves the Art. 20 figures and reads the amount back exactly as entered', async () => {
    const store = createRegisterStore(db());
    const figures = { licensingDecisions: 1204, penaltyDecisions: null, enforcementDecisions: 0, feesWanYuan: '24252.311080' };
    await store.saveArt20Figures({ agencyId: agency.id, year: 2024, figures, accountId: null, now: new Date('2025-01-05T00:00:00Z') });
    await store.saveArt20Figures({ agencyId: agency.id, year: 2024, figures: { ...figures, penaltyDecisions: 3 }, accountId: null, now: new Date('2025-01-06T00:00:00Z') });
    const [saved] = await store.listArt20Figures({ agencyIds: [agency.id], year: 2024 });
    expect(saved).toEqual({ agencyId: agency.id, year: 2024, ...figures, penaltyDecisions: 3, updatedAt: new Date('2025-01-06T00:00:00Z') });
  });
});
