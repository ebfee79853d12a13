/**
 * Register test data written straight into the tables (the catalogue's own publication code is not
 * needed for it): published rules and normative documents with their events, interpretations, and
 * random lifecycles for the register's figures.
 */
import fc from 'fast-check';
import type { Database } from '../src/db/database.ts';
import { infoItems, registerEvents } from '../src/db/schema/catalog.ts';
import { currentValidity, type RegisterEvent, type RegisterKind } from '../src/domain/catalog/register.ts';
import { uniqueSuffix } from './factories.ts';

export interface RegisterDocumentSeed {
  agencyId: string;
  kind?: RegisterKind;
  title?: string;
  documentNumber?: string | null;
  publishedOn?: string;
  /** Defaults to one `issued` event on the publication date. */
  events?: readonly RegisterEvent[];
  validUntil?: string | null;
  status?: 'published' | 'draft' | 'withdrawn';
}

export interface CreatedDocument {
  id: string;
  indexNumber: string;
  title: string;
}

/** A published rule or normative document with its register events (validity derived from them). */
export async function createRegisterDocument(db: Database, seed: RegisterDocumentSeed): Promise<CreatedDocument> {
  const suffix = uniqueSuffix();
  const publishedOn = seed.publishedOn ?? seed.events?.[0]?.effectiveOn ?? '2024-03-01';
  const events = seed.events ?? [{ event: 'issued', effectiveOn: publishedOn, relatedItemId: null }];
  const status = seed.status ?? 'published';
  const title = seed.title ?? `关于规范测试事项的通知${suffix}`;
  const [row] = await db
    .insert(infoItems)
    .values({
      agencyId: seed.agencyId,
      indexNumber: `TEST/${publishedOn.slice(0, 4)}-${suffix}`,
      kind: seed.kind ?? 'normativeDocument',
      title,
      publisher: '测试局',
      documentNumber: seed.documentNumber === undefined ? `测政发〔${publishedOn.slice(0, 4)}〕${suffix}号` : seed.documentNumber,
      writtenOn: publishedOn,
      publishedOn: status === 'draft' ? null : publishedOn,
      subjectCode: 'zwgk',
      genreCode: 'gfxwj',
      validity: currentValidity(events),
      validFrom: events[0]?.effectiveOn ?? null,
      validUntil: seed.validUntil ?? null,
      status,
      publishedAt: status === 'draft' ? null : new Date(`${publishedOn}T02:00:00Z`),
    })
    .returning({ id: infoItems.id, indexNumber: infoItems.indexNumber });
  const created = { id: row!.id, indexNumber: row!.indexNumber, title };
  if (events.length > 0) {
    await db.insert(registerEvents).values(events.map((event) => ({ itemId: created.id, agencyId: seed.agencyId, ...event, recordedAt: new Date(`${event.effectiveOn}T03:00:00Z`) })));
  }
  return created;
}

/** A published interpretation (政策解读) of a document. */
export async function createInterpretation(db: Database, seed: { agencyId: string; interpretsItemId: string; publishedOn: string; status?: 'published' | 'draft' }): Promise<CreatedDocument> {
  const suffix = uniqueSuffix();
  const title = `《测试通知》政策解读${suffix}`;
  const [row] = await db
    .insert(infoItems)
    .values({
      agencyId: seed.agencyId,
      indexNumber: `TEST/JD-${suffix}`,
      kind: 'interpretation',
      title,
      publisher: '测试局',
      publishedOn: seed.publishedOn,
      subjectCode: 'zwgk',
      genreCode: 'zcjd',
      status: seed.status ?? 'published',
      interpretsItemId: seed.interpretsItemId,
    })
    .returning({ id: infoItems.id, indexNumber: infoItems.indexNumber });
  return { id: row!.id, indexNumber: row!.indexNumber, title };
}

const day = (n: number) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Any lifecycle the register accepts, dated 2018–2025: issued, amendments, maybe an end, in date order. */
export const lifecycleArbitrary = fc
  .record({
    kind: fc.constantFrom<RegisterKind>('regulation', 'normativeDocument'),
    start: fc.integer({ min: 0, max: 2500 }),
    gaps: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 3 }),
    end: fc.constantFrom(null, 'expired' as const, 'abolished' as const),
  })
  .map(({ kind, start, gaps, end }) => {
    let n = start;
    const events: RegisterEvent[] = [{ event: 'issued', effectiveOn: day(n), relatedItemId: null }];
    gaps.forEach((gap, i) => {
      n = Math.min(n + gap, 2920);
      const event = i === gaps.length - 1 && end !== null ? end : 'amended';
      events.push({ event, effectiveOn: day(n), relatedItemId: null });
    });
    return { kind, events };
  });
