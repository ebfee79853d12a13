/**
 * A large generated catalogue for the search benchmark: `generateCorpus(count, seed)` yields
 * realistic items one at a time (an iterator: 100,000 items never sit in memory together), from
 * 20 made-up counties × 15 agencies (the county government, ten departments, four townships) and
 * the years 2015–2026, with the demo county's vocabulary. The same count and seed give the same
 * items. Agency `agencyIndex` is the position in `corpusAgencies`.
 */
import { createDemoRandom, type DemoRandom } from '../agencies/demo-random.ts';
import { dateOfDayNumber, dayNumberOf, weekdayOf, type IsoDate } from '../calendar/iso-date.ts';
import { createAuthor } from './demo-authors.ts';
import type { GeneralGenre } from './demo-general-texts.ts';
import { generalGenreWeights, ruleThemesOf, writeGeneral, type DemoAuthor } from './demo-texts.ts';
import { corpusPlacesOf, type DemoPlaces } from './demo-places.ts';
import { writeInterpretation, writeNormativeDocument } from './demo-rule-writer.ts';
import type { InfoItemKind } from './info-item.ts';
import type { DemoRole } from './demo-vocabulary.ts';

export interface CorpusItem {
  title: string;
  /** Plain text, paragraphs separated by newlines. */
  bodyText: string;
  publisher: string;
  agencyIndex: number;
  publishedOn: IsoDate;
  subjectCode: string;
  genreCode: string;
  kind: InfoItemKind;
  documentNumber: string | null;
}

export interface CorpusAgency {
  index: number;
  name: string;
  county: string;
  role: DemoRole;
}

export const corpusCountyCount = 20;
const departmentRoles: readonly DemoRole[] = ['government', 'fgj', 'jyj', 'gaj', 'czj', 'zrzy', 'sthj', 'zjj', 'jtj', 'wjj', 'scjg'];
const townshipsPerCounty = 4;
const firstDay = dayNumberOf('2015-01-01');
const lastDay = dayNumberOf('2026-11-30');

/** The agencies items are spread over (300); the same list for every seed. */
export function corpusAgencies(): CorpusAgency[] {
  return buildAuthors(1).map((author, index) => ({ index, name: author.agencyName, county: author.places.county, role: author.role }));
}

/** `count` items, in no particular order of date. */
export function* generateCorpus(count: number, seed = 1): Generator<CorpusItem, void, undefined> {
  const random = createDemoRandom(seed);
  const authors = buildAuthors(seed, random);
  for (let i = 0; i < count; i += 1) {
    const agencyIndex = random.integer(0, authors.length - 1);
    yield writeCorpusItem(authors[agencyIndex]!, agencyIndex, workingDayOf(random));
  }
}

function writeCorpusItem(author: DemoAuthor, agencyIndex: number, publishedOn: IsoDate): CorpusItem {
  const { random } = author;
  const ruleThemes = ruleThemesOf(author.profile);
  const kind: InfoItemKind = ruleThemes.length === 0 ? 'general' : random.weighted<InfoItemKind>([['general', 90], ['normativeDocument', 6], ['interpretation', 4]]);
  const writtenOn = dateOfDayNumber(Math.max(firstDay, dayNumberOf(publishedOn) - random.integer(0, 6)));
  let text;
  if (kind === 'general') {
    text = writeGeneral(author, random.weighted(genreWeightsOf(author)), writtenOn);
  } else {
    const theme = random.pick(ruleThemes);
    const validUntil = random.chance(0.5) ? dateOfDayNumber(dayNumberOf(writtenOn) + 365 * random.integer(2, 5)) : null;
    const document = writeNormativeDocument(author, { rule: random.pick(theme.rules), subjectCode: theme.subjectCode, validFrom: writtenOn, validUntil }, writtenOn);
    text = kind === 'normativeDocument' ? document : writeInterpretation(author, document.ref, writtenOn, validUntil, writtenOn);
  }
  // Bodies of a few hundred characters: the opening paragraphs carry most of the words.
  const paragraphs = text.paragraphs.slice(0, random.integer(3, 6));
  return {
    title: text.title,
    bodyText: paragraphs.join('\n'),
    publisher: text.publisher,
    agencyIndex,
    publishedOn,
    subjectCode: text.subjectCode,
    genreCode: text.genreCode,
    kind,
    documentNumber: text.documentNumber,
  };
}

const genreWeights = new Map<DemoRole, [GeneralGenre, number][]>();

function genreWeightsOf(author: DemoAuthor): [GeneralGenre, number][] {
  let weights = genreWeights.get(author.role);
  if (weights === undefined) {
    weights = generalGenreWeights(author.role, author.profile);
    genreWeights.set(author.role, weights);
  }
  return weights;
}

function buildAuthors(seed: number, random: DemoRandom = createDemoRandom(seed)): DemoAuthor[] {
  // Place names depend on the county only, so corpusAgencies() agrees with every seed's items.
  const places: DemoPlaces[] = Array.from({ length: corpusCountyCount }, (_, c) => corpusPlacesOf(createDemoRandom(1000 + c), c));
  return places.flatMap((county, c) => {
    const phone = (n: number) => `07${String(30 + c).padStart(2, '0')}-52${String(n).padStart(5, '0')}`;
    const departments = departmentRoles.map((role, i) => createAuthor({ random, places: county, role, phone: phone(i * 101) }));
    const townships = county.townships.slice(0, townshipsPerCounty).map((township, i) => createAuthor({ random, places: county, role: 'township', township, phone: phone(31_000 + i * 1000) }));
    return [...departments, ...townships];
  });
}

function workingDayOf(random: DemoRandom): IsoDate {
  const day = random.integer(firstDay, lastDay);
  const weekday = weekdayOf(dateOfDayNumber(day));
  // Weekends move to the Friday before.
  return dateOfDayNumber(weekday === 6 ? day - 1 : weekday === 0 ? day - 2 : day);
}
