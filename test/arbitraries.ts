/**
 * fast-check arbitraries of CONSISTENT annual reports: every rule R1–R9 passes. Outcome rows are
 * drawn first, totals are computed, and carriedOver is capped so that R1 holds; the narrative
 * states figures correctly or not at all, and section 六 states the fee status consistently.
 *
 * Table A's cells are in no sum, so a single wrong cell there is caught only by R8 (the narrative
 * states it) or by R7 (last year's report). `consistentReportArbitrary()` therefore always states
 * every table A figure in the narrative; `consistentReportPairArbitrary()` adds a consistent
 * previous report and may leave the documents (规章/规范性文件) out of the narrative, R7.inForce
 * covering them. Licensing, penalty, enforcement and the fee amount, which R7 does not compare,
 * are always stated; the amount with two decimals, as the tables print it here.
 */
import fc from 'fast-check';
import { createBlankReport, getCount, setFigure } from '../src/domain/annual-report/figures.ts';
import { applicationRows, outcomeRowKeys } from '../src/domain/annual-report/layout.ts';
import { applicantParts, reviewGroups, type AnnualReport } from '../src/domain/annual-report/model.ts';
import { formatChineseNumber } from '../src/domain/annual-report/narrative/chinese-numerals.ts';

export interface DocumentSeed {
  issued: number;
  abolished: number;
  inForce: number;
}

/** The random choices a consistent report is built from. */
export interface ReportSeed {
  year: number;
  agency: string;
  /** 0: 2024年1月1日, 1: 2024-01-01, 2: 2024.1.1, 3: "2024 年 1 月 1 日". */
  periodStyle: number;
  /** 21 outcome rows × 6 applicant columns. */
  outcomes: number[][];
  carriedForward: number[];
  /** Capped by the builder so that 本年新收 stays ≥ 0. */
  carriedOver: number[];
  /** 3 groups × (upheld, corrected, other, pending). */
  reviews: number[][];
  /** regulations, normativeDocuments. */
  documents: [DocumentSeed, DocumentSeed];
  /** licensing, penalty, enforcement. */
  decisions: number[];
  /** 行政事业性收费 in 万元 × 100 (printed with two decimals). */
  feeCents: number;
  processingFeeYuan: number;
  /** Which wording the narrative uses for each statement (see `writeSections`). */
  wording: number[];
}

/** Ties a report to last year's: carriedOver = its carriedForward; inForce follows from its inForce. */
export interface PreviousLink {
  carriedOver: number[];
  inForce: [number, number];
}

const agencies = ['湘潭县', '淮安市人民政府', '某市教育局', '某县人民政府办公室', '某区自然资源局'];
// Mostly zeros and small counts, as in real tables, with now and then a large one.
const cell = fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat(20), weight: 2 }, fc.nat(3000));
const list = <T>(item: fc.Arbitrary<T>, length: number) => fc.array(item, { minLength: length, maxLength: length });
const documentSeed = fc.record({ issued: fc.nat(30), abolished: fc.nat(40), inForce: fc.nat(300) });

export function reportSeedArbitrary(): fc.Arbitrary<ReportSeed> {
  return fc.record({
    year: fc.integer({ min: 2021, max: 2030 }),
    agency: fc.constantFrom(...agencies),
    periodStyle: fc.nat(3),
    outcomes: list(list(cell, 6), 21),
    carriedForward: list(cell, 6),
    carriedOver: list(cell, 6),
    reviews: list(list(fc.nat(60), 4), 3),
    documents: fc.tuple(documentSeed, documentSeed),
    decisions: list(fc.nat(500_000), 3),
    feeCents: fc.nat(100_000_000),
    processingFeeYuan: fc.integer({ min: 1, max: 20_000 }),
    wording: list(fc.nat(9), 10),
  });
}

/** Random consistent reports whose narrative states every table A figure. */
export function consistentReportArbitrary(): fc.Arbitrary<AnnualReport> {
  return reportSeedArbitrary().map((seed) => buildConsistentReport(seed));
}

/** A consistent report with a consistent report of the same agency for the year before. */
export function consistentReportPairArbitrary(): fc.Arbitrary<{ report: AnnualReport; previous: AnnualReport }> {
  const seeds = fc.tuple(reportSeedArbitrary(), reportSeedArbitrary(), fc.boolean());
  return seeds.map(([lastSeed, seed, statesDocuments]) => {
    const previous = buildConsistentReport(lastSeed);
    const { regulations, normativeDocuments } = previous.proactive;
    const link: PreviousLink = {
      carriedOver: applicantParts.map((c) => previous.applications.carriedForward[c] ?? 0),
      inForce: [regulations.inForce ?? 0, normativeDocuments.inForce ?? 0],
    };
    const thisYear = { ...seed, year: lastSeed.year + 1, agency: lastSeed.agency };
    return { report: buildConsistentReport(thisYear, link, statesDocuments), previous };
  });
}

/** A fixed consistent report with the 湘潭县 2024 figures, for table-driven tests. */
export function createSampleReport(): AnnualReport {
  const naturalPerson = [92, 14, 2, 0, 0, 1, 4, 0, 5, 0, 30, 3, 0, 0, 0, 0, 0, 0, 3, 5, 12];
  const outcomes = naturalPerson.map((v, i) => [v, i === 0 ? 7 : 0, 0, 0, 0, 0]);
  return buildConsistentReport({
    year: 2024,
    agency: '湘潭县',
    periodStyle: 0,
    outcomes,
    carriedForward: [5, 0, 0, 0, 0, 0],
    carriedOver: [5, 0, 0, 0, 0, 0],
    reviews: [[8, 10, 7, 0], [1, 0, 2, 0], [1, 0, 0, 1]],
    documents: [{ issued: 0, abolished: 0, inForce: 0 }, { issued: 7, abolished: 35, inForce: 102 }],
    decisions: [21650, 2656, 500],
    feeCents: 203_016,
    processingFeeYuan: 120,
    wording: [0, 0, 0, 0, 1, 1, 1, 1, 0, 0],
  });
}

/** The report a seed stands for: tables computed so that every sum rule holds. */
export function buildConsistentReport(seed: ReportSeed, link?: PreviousLink, statesDocuments = true): AnnualReport {
  const report = createBlankReport();
  report.agency = seed.agency;
  report.year = seed.year;
  report.period = formatPeriod(seed.year, seed.periodStyle);
  fillApplications(report, seed, link);
  reviewGroups.forEach((group, g) => {
    const [upheld = 0, corrected = 0, other = 0, pending = 0] = seed.reviews[g] ?? [];
    report.reviews[group] = { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
  });
  fillProactive(report, seed, link);
  report.sections = writeSections(report, seed, statesDocuments || link === undefined);
  return report;
}

function fillApplications(report: AnnualReport, seed: ReportSeed, link: PreviousLink | undefined): void {
  const set = (row: string, column: string, value: number) =>
    setFigure(report, `applications.${row}.${column}`, value);
  applicantParts.forEach((column, c) => {
    const cells = outcomeRowKeys.map((_, r) => seed.outcomes[r]?.[c] ?? 0);
    outcomeRowKeys.forEach((row, r) => set(row, column, cells[r]!));
    const answered = cells.reduce((s, v) => s + v, 0);
    const wantedForward = seed.carriedForward[c] ?? 0;
    const carriedOver = link?.carriedOver[c] ?? Math.min(seed.carriedOver[c] ?? 0, answered + wantedForward);
    // R1 gives 本年新收 = answered + carriedForward − carriedOver, which must stay ≥ 0.
    const carriedForward = Math.max(wantedForward, carriedOver - answered);
    set('newReceived', column, answered + carriedForward - carriedOver);
    set('carriedOver', column, carriedOver);
    set('outcomes.total', column, answered);
    set('carriedForward', column, carriedForward);
  });
  for (const { key } of applicationRows) {
    const parts = applicantParts.map((column) => getCount(report, `applications.${key}.${column}`) ?? 0);
    set(key, 'total', parts.reduce((s, v) => s + v, 0));
  }
}

function fillProactive(report: AnnualReport, seed: ReportSeed, link: PreviousLink | undefined): void {
  (['regulations', 'normativeDocuments'] as const).forEach((kind, k) => {
    const { issued, abolished, inForce } = k === 0 ? seed.documents[0] : seed.documents[1];
    if (link === undefined) {
      report.proactive[kind] = { issued, abolished, inForce };
      return;
    }
    const lastYear = link.inForce[k] ?? 0;
    const cappedAbolished = Math.min(abolished, lastYear + issued);
    report.proactive[kind] = { issued, abolished: cappedAbolished, inForce: lastYear + issued - cappedAbolished };
  });
  const [licensing = 0, penalty = 0, enforcement = 0] = seed.decisions;
  report.proactive.licensing = { decisions: licensing };
  report.proactive.penalty = { decisions: penalty };
  report.proactive.enforcement = { decisions: enforcement };
  report.proactive.fees = { amountWanYuan: formatAmount(seed.feeCents) };
}

/** An amount in 万元 with two decimals, from hundredths. */
export function formatAmount(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

function formatPeriod(year: number, style: number): AnnualReport['period'] {
  const pad = (n: number) => String(n).padStart(2, '0');
  const styles = [
    (m: number, d: number) => `${year}年${m}月${d}日`,
    (m: number, d: number) => `${year}-${pad(m)}-${pad(d)}`,
    (m: number, d: number) => `${year}.${m}.${d}`,
    (m: number, d: number) => `${year} 年 ${m} 月 ${d} 日`,
  ];
  const format = styles[style % styles.length]!;
  return { from: format(1, 1), to: format(12, 31) };
}

type CountWriter = (value: number, wordingIndex: number) => string;

/** The narrative of 一, 五 and 六: it states figures of the tables, correctly, in one of several wordings. */
function writeSections(report: AnnualReport, seed: ReportSeed, statesDocuments: boolean): AnnualReport['sections'] {
  const w = (i: number) => seed.wording[i] ?? 0;
  const count: CountWriter = (value, i) => (value > 0 && w(i) % 3 === 2 ? formatChineseNumber(value) : String(value));
  const documents = statesDocuments
    ? [writeDocuments(report, 'normativeDocuments', w(0), count), writeDocuments(report, 'regulations', w(1), count)]
    : [];
  const paragraphs = [
    `${seed.year}年，${seed.agency}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。`,
    [...documents, writeDecisions(report, w(2)), writeFees(report, w(3))].join(''),
    writeApplications(report, w, count),
    writeReviews(report, w(8)),
  ];
  const problems =
    '存在的主要问题：部分单位政务公开工作人员变动频繁，政策解读质量有待提升。' +
    `改进情况：全年组织业务培训${w(2) + 3}次，制作政策解读${seed.processingFeeYuan % 50}个。`;
  return {
    overview: paragraphs.filter(Boolean).join('\n'),
    problems,
    other: writeOther(report, seed, w(9)),
  };
}

type DocumentKind = 'regulations' | 'normativeDocuments';

function writeDocuments(report: AnnualReport, kind: DocumentKind, wording: number, count: CountWriter): string {
  const { issued, abolished, inForce } = report.proactive[kind];
  const name = kind === 'regulations' ? '规章' : wording % 2 === 0 ? '规范性文件' : '行政规范性文件';
  const [i, a, f] = [count(issued ?? 0, 4), count(abolished ?? 0, 5), count(inForce ?? 0, 6)];
  const variants = [
    `主动公开${name}，其中新制定${i}件，废止${a}件，现行有效${f}件。`,
    `全年制发${name}${i}件，废止${a}件，现行有效${name}${f}件。`,
    `新制定${name}${i}件、废止${name}${a}件，截至年底现行有效${name}${f}件。`,
  ];
  return variants[wording % variants.length]!;
}

function writeDecisions(report: AnnualReport, wording: number): string {
  const { licensing, penalty, enforcement } = report.proactive;
  const [l, p, e] = [licensing.decisions ?? 0, penalty.decisions ?? 0, enforcement.decisions ?? 0];
  // Figures about other things, which must not be read as table figures.
  const distractor = `政府网站发布各类信息${l + 7}条，办理群众留言${p % 97}条，召开新闻发布会${e % 13}场。`;
  return wording % 2 === 0
    ? `全年作出行政许可决定${l}件、行政处罚决定${p}件、行政强制决定${e}件。${distractor}`
    : `${distractor}办理行政许可事项${l}件，作出行政处罚决定${p}件，实施行政强制措施${e}件。`;
}

function writeFees(report: AnnualReport, wording: number): string {
  const amount = report.proactive.fees.amountWanYuan;
  return wording % 2 === 0 ? `全年行政事业性收费${amount}万元。` : `行政事业性收费金额为${amount}万元。`;
}

function writeApplications(report: AnnualReport, w: (i: number) => number, count: CountWriter): string {
  const { newReceived, carriedOver, outcomes, carriedForward } = report.applications;
  const received = newReceived.total ?? 0;
  const withCarriedOver = received + (carriedOver.total ?? 0);
  const receivedVariants = [
    '',
    `全年共受理政府信息公开申请${count(received, 7)}件`,
    `全年共收到政府信息公开申请${withCarriedOver}件`,
    `本年新收政府信息公开申请${received}件，上年结转${carriedOver.total}件`,
    `针对包括上年度结转在内的${withCarriedOver}件政府信息公开申请，均依法作出答复`,
  ];
  const clauses = [
    '依申请公开方面',
    receivedVariants[w(4) % receivedVariants.length]!,
    w(5) % 2 === 0 ? `答复${outcomes.total.total}件` : '',
    w(6) % 2 === 0 ? `另有${carriedForward.total}件结转下年度继续办理` : '',
    w(7) % 2 === 0 ? `受理数量较上年增长了${(received % 40) + 1}件` : '',
  ];
  return `${clauses.filter(Boolean).join('，')}。`;
}

function writeReviews(report: AnnualReport, wording: number): string {
  const { reconsideration: r, litigationDirect: d, litigationAfterReconsideration: a } = report.reviews;
  const both = (column: 'upheld' | 'corrected' | 'other' | 'pending' | 'total') => (d[column] ?? 0) + (a[column] ?? 0);
  if (wording % 3 === 1) {
    return (
      `政府信息公开行政复议${r.total}件，其中结果维持${r.upheld}件，结果纠正${r.corrected}件，` +
      `其他结果${r.other}件，尚未审结${r.pending}件；政府信息公开行政诉讼${both('total')}件，` +
      `其中结果维持${both('upheld')}件，结果纠正${both('corrected')}件，其他结果${both('other')}件，` +
      `尚未审结${both('pending')}件。`
    );
  }
  if (wording % 3 === 2) {
    return `发生行政复议案件${r.total}件，未经复议直接起诉的行政诉讼${d.total}件，复议后起诉的行政诉讼${a.total}件。`;
  }
  return '';
}

function writeOther(report: AnnualReport, seed: ReportSeed, wording: number): string {
  const charged = `收取信息处理费${seed.processingFeeYuan}元`;
  // Unpaid fee notices (三（六）2) go with fees actually charged, never with "none charged" (R9).
  if ((report.applications.outcomes.other.unpaidFee.total ?? 0) > 0) {
    return `${seed.year}年度，本机关${charged}，无其他需要报告的事项。`;
  }
  const variants = [
    `${seed.year}年度，本机关未收取信息处理费，无其他需要报告的事项。`,
    '本年度没有收取任何信息处理费。',
    `全年${charged}。`,
  ];
  return variants[wording % variants.length]!;
}
