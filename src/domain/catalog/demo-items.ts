/**
 * The demo county's catalogue, so that the portal, search and the console can be tried at once:
 * about 400 items of its agencies from January 2025 to `today` — notices, announcements, news,
 * plans, budgets and final accounts every year, licensing and penalty notices, normative documents
 * with their interpretations and register events (demo-normative.ts) — plus a few items waiting
 * at each review stage, one scheduled and one withdrawn, and the Art. 20 figures per agency and
 * year. From a seeded PRNG: the same `today` and seed give the same catalogue.
 *
 * Also the search benchmark's corpus generator (demo-corpus.ts), re-exported here.
 */
import { demoAgencies } from '../agencies/demo-county.ts';
import { createDemoRandom } from '../agencies/demo-random.ts';
import { addDays, isWeekend, yearOf, type IsoDate } from '../calendar/iso-date.ts';
import { hasYear, isWorkingDay, type WorkingDayCalendar } from '../calendar/working-day-calendar.ts';
import { generateDemoArt20Figures, demoRoleOf, type DemoArt20Figures } from './demo-art20.ts';
import { createAuthor } from './demo-authors.ts';
import { addItem, datesOfPublication, numberItems, pickDayIndex, renumberDocuments, stepDaysUpTo, type CatalogBuilder, type DemoItem, type DemoRegisterEvent } from './demo-catalog-builder.ts';
import type { GeneralGenre } from './demo-general-texts.ts';
import { authorOf, addNormativeDocuments } from './demo-normative.ts';
import { liancheng } from './demo-places.ts';
import type { DemoReviewEnd } from './demo-review.ts';
import { generalGenreWeights, ruleThemesOf, writeGeneral, type DemoAuthor } from './demo-texts.ts';
import { writeNormativeDocument } from './demo-rule-writer.ts';
import type { InfoItemKind } from './info-item.ts';

export { corpusAgencies, generateCorpus, type CorpusAgency, type CorpusItem } from './demo-corpus.ts';
export type { DemoItem, DemoRegisterEvent } from './demo-catalog-builder.ts';
export type { DemoArt20Figures } from './demo-art20.ts';
export type { DemoHistoryStep } from './demo-review.ts';

export interface DemoCatalogOptions {
  today: IsoDate;
  /** Working days come from it where it knows the year; Monday to Friday otherwise. */
  calendar?: WorkingDayCalendar;
  seed?: number;
}

export interface DemoCatalog {
  /** In order of creation (the order their 索引号 were given). */
  items: DemoItem[];
  /** In order of effect. */
  registerEvents: DemoRegisterEvent[];
  art20Figures: DemoArt20Figures[];
}

export const demoCatalogSeed = 20_250_106;
export const demoCatalogStart: IsoDate = '2025-01-01';

/** General items per agency over the whole period (besides budgets, documents and interpretations). */
const generalCounts: Readonly<Record<string, number>> = {
  lcx: 36, 'lcx-zrzy': 48, 'lcx-fgj': 12, 'lcx-jyj': 18, 'lcx-gaj': 12, 'lcx-czj': 10, 'lcx-sthj': 14, 'lcx-zjj': 14, 'lcx-jtj': 12, 'lcx-wjj': 14, 'lcx-scjg': 18,
};
const townshipGeneralCount = 7;
const annualGenres: readonly GeneralGenre[] = ['budget', 'finalAccounts', 'threePublic'];

export function generateDemoCatalog(options: DemoCatalogOptions): DemoCatalog {
  const random = createDemoRandom(options.seed ?? demoCatalogSeed);
  const days = listWorkingDays(demoCatalogStart, options.today, options.calendar);
  if (days.length < 20) return { items: [], registerEvents: [], art20Figures: [] };
  const authors = new Map<string, DemoAuthor>(
    demoAgencies.map((agency) => {
      const township = agency.kind === 'township' ? agency.name.replace(/^莲城县/, '').replace(/人民政府$/, '') : undefined;
      return [agency.code, createAuthor({ random, places: liancheng, role: demoRoleOf(agency.code, agency.kind), phone: agency.phone ?? '0739-5210001', ...(township === undefined ? {} : { township }) })];
    }),
  );
  const builder: CatalogBuilder = { random, today: options.today, days, authors, items: [], events: [] };
  addNormativeDocuments(builder);
  addAnnualFinance(builder);
  addGeneralItems(builder);
  addItemsInReview(builder);
  renumberDocuments(builder.items);
  const years = Array.from({ length: yearOf(options.today) - yearOf(demoCatalogStart) + 1 }, (_, i) => yearOf(demoCatalogStart) + i);
  return {
    items: numberItems(builder.items),
    registerEvents: [...builder.events].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0)),
    art20Figures: generateDemoArt20Figures(random, years),
  };
}

function addGeneralItems(builder: CatalogBuilder): void {
  for (const [agencyCode, author] of builder.authors) {
    const count = generalCounts[agencyCode] ?? townshipGeneralCount;
    const weights = generalGenreWeights(author.role, author.profile).filter(([genre]) => !annualGenres.includes(genre));
    for (let i = 0; i < count; i += 1) {
      const day = builder.random.integer(0, builder.days.length - 1);
      publishGeneral(builder, agencyCode, author, builder.random.weighted(weights), day);
    }
  }
}

/** Each year's budget (February–March), last year's final accounts (August–September), and the 三公 figures. */
function addAnnualFinance(builder: CatalogBuilder): void {
  for (let year = yearOf(demoCatalogStart); year <= yearOf(builder.today); year += 1) {
    for (const [agencyCode, author] of builder.authors) {
      const budgetDay = pickDayIndex(builder, `${year}-02-10`, `${year}-03-10`);
      if (budgetDay !== null) {
        publishGeneral(builder, agencyCode, author, 'budget', budgetDay);
        if (author.role !== 'township') publishGeneral(builder, agencyCode, author, 'threePublic', budgetDay);
      }
      const accountsDay = pickDayIndex(builder, `${year}-08-15`, `${year}-09-15`);
      if (accountsDay !== null) publishGeneral(builder, agencyCode, author, 'finalAccounts', accountsDay);
    }
  }
}

function publishGeneral(builder: CatalogBuilder, agencyCode: string, author: DemoAuthor, genre: GeneralGenre, day: number, end: DemoReviewEnd = 'published', extra: readonly number[] = []): DemoItem {
  const { stepDays, writtenOn } = datesOfPublication(builder, day, extra);
  const text = writeGeneral(author, genre, writtenOn);
  return addItem(builder, { agencyCode, kind: 'general', text, writtenOn, author: authorOf(agencyCode), end, stepDays });
}

/**
 * Items on their way through review in the last days (most at the 自然资源局, where the demo
 * accounts work), one scheduled for tomorrow morning, and one withdrawn after publication.
 */
function addItemsInReview(builder: CatalogBuilder): void {
  const { random, days, today } = builder;
  const last = days.findLastIndex((day) => day < today);
  if (last < 10) return;
  const zrzy = builder.authors.get('lcx-zrzy')!;
  const pending: [string, DemoReviewEnd][] = [
    ['lcx-zrzy', 'draft'], ['lcx-zrzy', 'sentBack'], ['lcx-zrzy', 'firstReview'], ['lcx-zrzy', 'firstReview'], ['lcx-zrzy', 'secondReview'],
    ['lcx-zrzy', 'finalReview'], ['lcx-zrzy', 'scheduled'], ['lcx', 'firstReview'], ['lcx-jyj', 'draft'],
  ];
  for (const [agencyCode, end] of pending) {
    const author = builder.authors.get(agencyCode)!;
    const { stepDays, writtenOn } = datesOfPublication(builder, last - random.integer(0, 3));
    const text = writeGeneral(author, random.pick<GeneralGenre>(['notice', 'announcement', 'news', 'workPlan']), writtenOn);
    const publishAt = `${addDays(today, 1)}T09:00:00+08:00`;
    addItem(builder, { agencyCode, kind: 'general', text, writtenOn, author: authorOf(agencyCode), end, stepDays, ...(end === 'scheduled' ? { publishAt } : {}) });
  }
  // A normative document waiting for 终审: not in the register until it is published.
  const theme = random.pick(ruleThemesOf(zrzy.profile));
  const stepDays = stepDaysUpTo(builder, last - 1);
  const document = writeNormativeDocument(zrzy, { rule: random.pick(theme.rules), subjectCode: theme.subjectCode, validFrom: today, validUntil: null }, stepDays[0]!);
  addItem(builder, { agencyCode: 'lcx-zrzy', kind: 'normativeDocument' satisfies InfoItemKind, text: document, writtenOn: stepDays[0]!, author: 'handler', end: 'finalReview', stepDays });
  const published = Math.max(0, last - random.integer(40, 80));
  publishGeneral(builder, 'lcx-zrzy', zrzy, 'announcement', published, 'withdrawn', [Math.min(last, published + random.integer(2, 10))]);
}

function listWorkingDays(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar | undefined): IsoDate[] {
  const days: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const working = calendar !== undefined && hasYear(calendar, yearOf(date)) ? isWorkingDay(calendar, date) : !isWeekend(date);
    if (working) days.push(date);
  }
  return days;
}
