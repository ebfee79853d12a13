/**
 * The report interpreter: any reader's token stream (text lines, HTML/DOCX paragraphs and cells,
 * PDF text runs) → the annual report, with where each figure came from and what could not be read.
 */
import { createBlankReport } from '../annual-report/figures.ts';
import { sectionKeys } from '../annual-report/model.ts';
import { findHeadings, sectionEnd, type Headings } from './interpret/headings.ts';
import type { Region } from './interpret/labeled-rows.ts';
import { findLegacyMarker, legacyFormatMessage } from './interpret/legacy-format.ts';
import { tableNames, type TableKey } from './interpret/messages.ts';
import { findPeriodSentence, type PeriodSentence } from './interpret/period.ts';
import { prepareTokens, type ReadToken } from './interpret/read-tokens.ts';
import { addFinding, createDraft, finishDraft, locate, putSource, type Draft } from './interpret/report-draft.ts';
import { readSections } from './interpret/sections.ts';
import { readProactiveTable } from './interpret/table-a.ts';
import { readApplicationTable } from './interpret/table-b.ts';
import { readReviewTable } from './interpret/table-c.ts';
import { readTitle, type Title } from './interpret/title.ts';
import type { ReadResult, SourceKind, Token } from './read-result.ts';

/**
 * Reads a report out of a token stream in reading order.
 * Never throws for bad input: problems are findings.
 */
export function interpretTokens(tokens: Token[], kind: SourceKind): ReadResult {
  const stream = prepareTokens(tokens);
  const headings = findHeadings(stream);
  const firstHeading = Math.min(stream.length, ...Object.values(headings));
  const title = readTitle(stream, firstHeading);
  const legacyMarker = findLegacyMarker(stream);
  const isLegacy = legacyMarker !== null;
  const draft = createDraft();
  const found = readTables(draft, stream, headings, kind === 'pdf', isLegacy);
  if (title === null && !isLegacy && !found.proactive && !found.applications && !found.reviews) {
    return notReport();
  }
  const report = draft.report;
  report.format = isLegacy ? '2019' : '2021';
  if (legacyMarker !== null) {
    addFinding(draft, 'READ.legacyFormat', 'warning', legacyFormatMessage, [legacyMarker.token.location]);
  }
  report.agency = title?.agency ?? null;
  report.year = title?.year ?? null;
  if (title === null) addFinding(draft, 'READ.missingTitle', 'warning', missingTitleMessage, []);
  else writeTitleSources(draft, stream, title);
  writePeriod(draft, findPeriodSentence(stream, stream.length));
  writeSections(draft, stream, headings);
  for (const table of Object.keys(found) as TableKey[]) {
    if (found[table] || (isLegacy && table !== 'reviews')) continue;
    addFinding(draft, 'READ.missingTable', 'error', `未找到${tableNames[table]}，该表数字未读取。`, []);
  }
  return finishDraft(draft);
}

const missingTitleMessage = '未找到报告标题（×××年政府信息公开工作年度报告），机关名称和年度未读取。';

function readTables(
  draft: Draft,
  stream: readonly ReadToken[],
  headings: Headings,
  isPdf: boolean,
  isLegacy: boolean,
): Record<TableKey, boolean> {
  let end = 0;
  let proactive = false;
  let applications = false;
  if (!isLegacy) {
    const startA = headings.proactive ?? headings.overview ?? 0;
    const tableA = readProactiveTable(draft, stream, regionOf(headings, startA, stream), isPdf);
    proactive = tableA.found;
    end = tableA.end;
    const regionB = regionOf(headings, headings.applications ?? end, stream);
    const tableB = readApplicationTable(draft, stream, regionB, isPdf);
    applications = tableB.found;
    end = Math.max(end, tableB.end);
  }
  const reviews = readReviewTable(draft, stream, regionOf(headings, headings.reviews ?? end, stream), isPdf);
  return { proactive, applications, reviews };
}

function regionOf(headings: Headings, start: number, stream: readonly ReadToken[]): Region {
  return { start, end: sectionEnd(headings, start, stream.length) };
}

// Where the agency and the year were read, for the findings about them (R6, R7).
function writeTitleSources(draft: Draft, stream: readonly ReadToken[], title: Title): void {
  const agencyToken = stream[title.agencyIndex]!;
  const yearToken = stream[title.yearIndex]!;
  if (title.agency !== null) putSource(draft, 'agency', agencyToken.token.location, agencyToken.text);
  if (title.year !== null) putSource(draft, 'year', yearToken.token.location, yearToken.text);
}

function writePeriod(draft: Draft, sentence: PeriodSentence | null): void {
  if (sentence === null) {
    draft.report.period = { from: null, to: null };
    return;
  }
  draft.report.period = { from: sentence.from, to: sentence.to };
  const location = sentence.token.token.location;
  putSource(draft, 'period.from', location, sentence.fromText);
  putSource(draft, 'period.to', location, sentence.toText);
}

function writeSections(draft: Draft, stream: readonly ReadToken[], headings: Headings): void {
  const sections = readSections(stream, headings);
  for (const key of sectionKeys) {
    const section = sections[key];
    if (section === undefined) continue;
    draft.report.sections[key] = section.text;
    const path = `sections.${key}`;
    draft.sources[path] = { location: locate(section.heading, path), raw: '', parts: section.parts };
  }
}

function notReport(): ReadResult {
  const message = '未识别为政府信息公开工作年度报告：没有找到“政府信息公开工作年度报告”标题，也没有找到任何一张统计表。';
  return {
    report: createBlankReport(),
    findings: [{ rule: 'READ.notReport', severity: 'error', message, locations: [] }],
    ambiguous: [],
    candidates: {},
  };
}
