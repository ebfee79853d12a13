import { describe, expect, it } from 'vitest';
import { demoAgencies } from '../agencies/demo-county.ts';
import { createOfficialCalendar } from '../calendar/official-calendar.ts';
import { defaultClassifications } from './classification.ts';
import { corpusAgencies, generateCorpus, generateDemoCatalog, type CorpusItem } from './demo-items.ts';
import { currentValidity, registerFigures, type RegisterEvent } from './register.ts';
import { sanitizeBody } from './sanitize-body.ts';

const calendar = createOfficialCalendar();
const today = '2026-12-07';
const catalog = generateDemoCatalog({ today, calendar });
const { items } = catalog;
const byKey = new Map(items.map((item) => [item.key, item]));
const subjectCodes = new Set(defaultClassifications.subject.map((n) => n.code));
const genreCodes = new Set(defaultClassifications.genre.map((n) => n.code));

function eventsOf(key: string): RegisterEvent[] {
  return catalog.registerEvents.filter((e) => e.itemKey === key).map((e) => ({ event: e.event, effectiveOn: e.effectiveOn, relatedItemId: e.relatedKey }));
}

function groupBy<T>(list: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of list) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()];
}

function numberOf(item: { documentNumber: string | null }): number {
  return Number(/(\d+)号$/.exec(item.documentNumber ?? '')?.[1]);
}

function count<T>(list: readonly T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of list) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  return counts;
}

describe('generateDemoCatalog', () => {
  it('gives a few hundred items of every demo agency from January 2025 to today, the same ones every time', () => {
    expect(items.length).toBeGreaterThan(350);
    expect(items.length).toBeLessThan(480);
    expect(Object.keys(count(items, (i) => i.agencyCode)).sort()).toEqual(demoAgencies.map((a) => a.code).sort());
    const created = items.map((i) => i.history[0]!.at.slice(0, 10)).sort();
    expect(created[0]! >= '2025-01-01' && created.at(-1)! < today).toBe(true);
    expect(items.every((i) => i.publishedOn === null || (i.publishedOn >= i.writtenOn && i.publishedOn <= today))).toBe(true);
    expect(generateDemoCatalog({ today, calendar }).items.map((i) => i.title)).toEqual(items.map((i) => i.title));
  });

  it('writes filled-in, sanitised texts with codes from the classification trees and a body of several paragraphs', () => {
    for (const item of items) {
      expect(`${item.title}${item.bodyText}`).not.toMatch(/[{}]/);
      expect(sanitizeBody(item.bodyHtml)).toBe(item.bodyHtml);
      expect(item.bodyText.split('\n').length).toBeGreaterThanOrEqual(3);
      expect(subjectCodes.has(item.subjectCode) && genreCodes.has(item.genreCode)).toBe(true);
    }
    const genres = new Set(items.map((i) => i.genreCode));
    for (const code of ['G02', 'G04', 'G0301', 'G0302', 'G0601', 'G0602', 'G0603', 'G0701', 'G0702', 'G11']) expect(genres).toContain(code);
  });

  it('has no 规章, and an interpretation for every normative document but a few left without', () => {
    expect(count(items, (i) => i.kind)).toEqual({ general: expect.any(Number), normativeDocument: expect.any(Number), interpretation: expect.any(Number) });
    const documents = items.filter((i) => i.kind === 'normativeDocument' && i.status === 'published');
    const interpretations = items.filter((i) => i.kind === 'interpretation');
    for (const interpretation of interpretations) {
      const document = byKey.get(interpretation.interpretsKey ?? '');
      expect(document).toMatchObject({ kind: 'normativeDocument', status: 'published', agencyCode: interpretation.agencyCode });
      expect(interpretation.title).toContain(document!.title.replace(/^.*《(.+)》.*$/, '$1').slice(0, 8));
    }
    const interpreted = new Set(interpretations.map((i) => i.interpretsKey));
    const missing = documents.filter((d) => !interpreted.has(d.key));
    expect(documents.length).toBeGreaterThan(25);
    expect(missing.length).toBeGreaterThanOrEqual(2);
    expect(missing.length).toBeLessThanOrEqual(4);
  });

  it('records register histories the register accepts, with documents expired, amended and abolished by later ones', () => {
    const documents = items.filter((i) => i.kind === 'normativeDocument' && i.status === 'published');
    for (const document of documents) {
      const events = eventsOf(document.key);
      expect(events[0]).toMatchObject({ event: 'issued', effectiveOn: document.validFrom });
      expect(document.validity).toBe(currentValidity(events));
      expect(events.every((e) => e.effectiveOn <= today)).toBe(true);
      if (document.validUntil !== null && document.validUntil < today) expect(document.validity).toBe('expired');
    }
    expect(count(documents, (d) => d.validity ?? 'none')).toMatchObject({ expired: 2, amended: 2, abolished: 2 });
    for (const event of catalog.registerEvents.filter((e) => e.relatedKey !== null)) {
      const related = byKey.get(event.relatedKey!)!;
      expect(related.kind).toBe('normativeDocument');
      expect(related.validFrom! <= event.effectiveOn && related.publishedOn! > byKey.get(event.itemKey)!.publishedOn!).toBe(true);
    }
    const figures = (year: number) => registerFigures(documents.map((d) => ({ id: d.key, kind: 'normativeDocument', events: eventsOf(d.key) })), year).normativeDocuments;
    expect(figures(2025).inForce.length).toBe(figures(2025).issued.length - figures(2025).abolished.length);
    expect(figures(2026).abolished.length).toBeGreaterThanOrEqual(3);
  });

  it('takes each item through 初审, 复审 and 终审 by three different people, and leaves a few at every stage', () => {
    expect(count(items, (i) => i.status)).toMatchObject({ draft: 3, firstReview: 3, secondReview: 1, finalReview: 2, scheduled: 1, withdrawn: 1 });
    for (const item of items) {
      const approvers = item.history.filter((s) => s.action === 'approve').map((s) => s.actor);
      expect(new Set(approvers).size).toBe(approvers.length);
      expect(approvers).not.toContain(item.author);
      const times = item.history.map((s) => s.at);
      expect([...times].sort()).toEqual(times);
      if (item.status === 'published') expect(approvers).toEqual(['reviewer', 'reviewer-2', 'approver']);
    }
    const sentBack = items.find((i) => i.history.some((s) => s.action === 'sendBack'));
    expect(sentBack).toMatchObject({ status: 'draft', author: 'handler' });
    expect(items.find((i) => i.status === 'scheduled')?.scheduledAt).toBe('2026-12-08T01:00:00.000Z');
  });

  it('gives 索引号 sequences without gaps and 文号 in the order of their 成文日期', () => {
    for (const group of groupBy(items, (i) => `${i.agencyCode}/${i.indexYear}`)) expect(group.map((i) => i.indexSequence)).toEqual(group.map((_, n) => n + 1));
    const numbered = items.filter((i) => i.documentNumber !== null);
    for (const group of groupBy(numbered, (i) => i.documentNumber!.replace(/\d+号$/, ''))) {
      const byNumber = [...group].sort((a, b) => numberOf(a) - numberOf(b));
      expect(byNumber.map(numberOf)).toEqual(byNumber.map((_, n) => n + 1));
      expect(byNumber.map((i) => i.writtenOn)).toEqual(byNumber.map((i) => i.writtenOn).sort());
    }
    expect(numbered.map((i) => i.documentNumber)).toContain('莲政发〔2025〕1号');
  });

  it('gives Art. 20 figures per agency and year as each kind of agency would have them', () => {
    expect(catalog.art20Figures).toHaveLength(demoAgencies.length * 2);
    const of = (code: string) => catalog.art20Figures.find((f) => f.agencyCode === code && f.year === 2025)!;
    expect(of('lcx-zrzy').penaltyDecisions).toBeGreaterThan(0);
    expect(of('lcx-scjg').penaltyDecisions).toBeGreaterThan(of('lcx-zrzy').penaltyDecisions);
    expect(of('lcx-czj')).toMatchObject({ licensingDecisions: 0, enforcementDecisions: 0, feesWanYuan: '0' });
    expect(catalog.art20Figures.every((f) => /^\d+(\.\d{1,4})?$/.test(f.feesWanYuan))).toBe(true);
  });

  it('builds a smaller catalogue early in 2025 without dating anything after today', () => {
    const early = generateDemoCatalog({ today: '2025-03-14', calendar });
    expect(early.items.length).toBeGreaterThan(20);
    expect(early.items.every((i) => i.history.every((s) => s.at.slice(0, 10) <= '2025-03-14'))).toBe(true);
    expect(early.registerEvents.every((e) => e.effectiveOn <= '2025-03-14')).toBe(true);
    expect(generateDemoCatalog({ today: '2025-01-10', calendar }).items).toEqual([]);
  });
});

describe('generateCorpus', () => {
  it('yields realistic items lazily, the same for the same seed, across agencies, kinds and years', () => {
    const corpus: CorpusItem[] = [...generateCorpus(1500, 5)];
    expect(corpus).toHaveLength(1500);
    expect(generateCorpus(3, 5).next().value).toEqual(corpus[0]);
    expect(generateCorpus(3, 6).next().value).not.toEqual(corpus[0]);
    const agencies = corpusAgencies();
    expect(agencies).toHaveLength(300);
    expect(new Set(corpus.map((i) => i.agencyIndex)).size).toBeGreaterThan(240);
    expect(new Set(corpus.map((i) => i.publishedOn.slice(0, 4)))).toEqual(new Set(Array.from({ length: 12 }, (_, n) => String(2015 + n))));
    expect(Object.keys(count(corpus, (i) => i.kind)).sort()).toEqual(['general', 'interpretation', 'normativeDocument']);
    for (const item of corpus) {
      expect(`${item.title}${item.bodyText}`).not.toMatch(/[{}]/);
      expect(item.bodyText.length).toBeGreaterThan(80);
      expect(agencies[item.agencyIndex]!.name).toBe(item.publisher.endsWith('人民政府办公室') ? `${agencies[item.agencyIndex]!.county}人民政府` : item.publisher);
    }
    expect(new Set(corpus.map((i) => i.title)).size).toBeGreaterThan(1200);
  });
});
