/**
 * Writes the demo catalogue's items: fills the templates of demo-general-texts.ts and
 * demo-rule-texts.ts for one agency on one day. Every choice comes from the caller's seeded PRNG,
 * so the same seed writes the same text. A slot used twice in one text gets the same value
 * (`{村}` is one village throughout a notice; `{村2}` is another).
 */
import type { DemoRandom } from '../agencies/demo-random.ts';
import { yearOf, type IsoDate } from '../calendar/iso-date.ts';
import { generalTemplates, type GeneralGenre, type GenreVariant } from './demo-general-texts.ts';
import type { DemoPlaces } from './demo-places.ts';
import { slotValue } from './demo-slots.ts';
import { genreCodeOf, subjectCodeOf, type DemoAgencyProfile, type DemoRole, type DemoTheme } from './demo-vocabulary.ts';

export interface DemoAuthor {
  random: DemoRandom;
  places: DemoPlaces;
  role: DemoRole;
  profile: DemoAgencyProfile;
  /** 莲城县自然资源局. */
  agencyName: string;
  /** How the agency names itself in its texts: 县自然资源局, 莲花镇人民政府. */
  shortName: string;
  /** 文号 abbreviation: 莲自然资 (莲自然资发〔2025〕3号), 莲政, 莲花政. */
  abbreviation: string;
  phone: string;
  /** The next number of a 文号 series (发, 办发, 罚 …) in a year. */
  nextNumber(series: string, year: number): number;
}

export interface DemoText {
  title: string;
  paragraphs: string[];
  publisher: string;
  documentNumber: string | null;
  subjectCode: string;
  genreCode: string;
}

/** A document other texts refer to (an interpretation's document, the one a decision amends). */
export interface DemoDocumentRef {
  title: string;
  documentNumber: string | null;
  publisher: string;
  subjectCode: string;
  /** What it is called in other texts: 莲城县农村宅基地审批管理办法 (without 关于印发…的通知). */
  name: string;
  /** Its name without the county (农村宅基地审批管理办法). */
  rule: string;
}

export type Slots = Record<string, string>;

const financeSubject = subjectCodeOf('财政、金融、审计', '预算决算');
const subjectOfGenre: Partial<Record<GeneralGenre, string>> = {
  budget: financeSubject,
  finalAccounts: financeSubject,
  threePublic: financeSubject,
  personnel: subjectCodeOf('劳动、人事、监察', '人事工作'),
  statistics: subjectCodeOf('国民经济管理、国有资产监管', '统计'),
};
const genreCodes = Object.fromEntries(
  Object.entries(generalTemplates).map(([genre, templates]) => [genre, genreCodeOf(...templates.genre)]),
) as Record<GeneralGenre, string>;

/** The genres an agency publishes, with how often: only licensing agencies publish licences, and so on. */
export function generalGenreWeights(role: DemoRole, profile: DemoAgencyProfile): [GeneralGenre, number][] {
  const enforcing = ['gaj', 'scjg', 'zrzy', 'sthj', 'jtj'].includes(role);
  const weights: [GeneralGenre, number][] = [
    ['news', 18], ['notice', 14], ['announcement', 8], ['circular', 4], ['opinion', 4], ['plan', 3], ['workPlan', 4], ['summary', 4],
    ['budget', 3], ['finalAccounts', 3], ['threePublic', 2], ['personnel', 3], ['procurement', 5],
    ['licensing', profile.licensing.length > 0 ? 8 : 0],
    ['penalty', profile.penalties.length > 0 ? (enforcing ? 10 : 2) : 0],
    ['statistics', role === 'government' || role === 'fgj' ? 4 : 0],
  ];
  return weights.filter(([, weight]) => weight > 0);
}

export function writeGeneral(author: DemoAuthor, genre: GeneralGenre, writtenOn: IsoDate): DemoText {
  const { random, profile } = author;
  const theme = random.pick(profile.themes);
  const year = yearOf(writtenOn);
  const slots: Slots = { 主题: random.pick(theme.topics), 主题分类: theme.subjectCode };
  const { documentNumber, publisher } = documentNumberOf(author, genre, year);
  if (publisher !== author.agencyName) slots['发文机关'] = publisher;
  if (genre === 'penalty') {
    const number = author.nextNumber('罚', year);
    slots['号'] = String(number);
    return { ...compose(author, generalTemplates.penalty, writtenOn, slots), publisher, documentNumber: `${author.abbreviation}罚〔${year}〕${number}号`, subjectCode: theme.subjectCode, genreCode: genreCodes.penalty };
  }
  return { ...compose(author, generalTemplates[genre], writtenOn, slots), publisher, documentNumber, subjectCode: subjectOfGenre[genre] ?? theme.subjectCode, genreCode: genreCodes[genre] };
}

function documentNumberOf(author: DemoAuthor, genre: GeneralGenre, year: number): { documentNumber: string | null; publisher: string } {
  const { random } = author;
  const numbered = genre === 'opinion' || (genre === 'notice' && random.chance(0.7)) || ((genre === 'announcement' || genre === 'circular') && random.chance(0.4));
  if (!numbered) return { documentNumber: null, publisher: author.agencyName };
  const series = genre === 'announcement' ? '告' : genre === 'circular' ? '通' : author.role === 'government' && random.chance(0.5) ? '办发' : '发';
  const publisher = series === '办发' ? `${author.places.county}人民政府办公室` : author.agencyName;
  return { documentNumber: `${author.abbreviation}${series}〔${year}〕${author.nextNumber(series, year)}号`, publisher };
}

/** The template's title and one alternative per paragraph position, filled. */
export function compose(author: DemoAuthor, templates: GenreVariant & { variants?: readonly GenreVariant[] }, writtenOn: IsoDate, slots: Slots): { title: string; paragraphs: string[] } {
  const fill = createFiller(author, writtenOn, slots);
  const variant = templates.variants === undefined ? templates : author.random.pick(templates.variants);
  return { title: fill(author.random.pick(variant.titles)), paragraphs: variant.body.map((choices) => fill(author.random.pick(choices))) };
}

/** A function that fills `{slot}`s, choosing each slot's value once. */
export function createFiller(author: DemoAuthor, writtenOn: IsoDate, given: Slots): (template: string) => string {
  const chosen = new Map<string, string>(Object.entries(given));
  const fill = (template: string): string =>
    template.replace(/\{([^{}]+)\}/g, (_whole, name: string) => {
      let value = chosen.get(name);
      if (value === undefined) {
        value = fill(slotValue(author, writtenOn, name, chosen));
        chosen.set(name, value);
      }
      return value;
    });
  return fill;
}

/** A theme of the agency that has normative documents to give, if any. */
export function ruleThemesOf(profile: DemoAgencyProfile): DemoTheme[] {
  return profile.themes.filter((t) => t.rules.length > 0);
}

/** The body as HTML paragraphs (the texts hold no markup, but are escaped all the same). */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</p>`).join('\n');
}
