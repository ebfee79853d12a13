/** The words every writer prints around the tables: title, preamble, section headings and paragraphs. */
import { sectionHeadings } from '../annual-report/layout.ts';
import type { AnnualReport, SectionKey } from '../annual-report/model.ts';

const legalBasis =
  '根据《中华人民共和国政府信息公开条例》（国务院令第711号）规定，以及《国务院办公厅政府信息与政务公开办公室' +
  '关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制本报告。';

/** `湘潭县2024年政府信息公开工作年度报告`, leaving out what is not known. */
export function composeTitle(report: AnnualReport): string {
  const year = report.year === null ? '' : `${report.year}年`;
  return `${report.agency ?? ''}${year}政府信息公开工作年度报告`;
}

/** The opening paragraph; it states the statistics period only when both ends are known. */
export function composePreamble(report: AnnualReport): string {
  const { from, to } = report.period;
  const period = from !== null && to !== null ? `本报告所列数据的统计期限为${from}至${to}。` : '';
  return `${legalBasis}${period}`;
}

/** A narrative section's paragraphs: its text split on line breaks, blank lines left out. */
export function splitParagraphs(text: string | null): string[] {
  if (text === null) return [];
  return text.split('\n').filter((p) => p.trim() !== '');
}

/** The parts of the report in print order: narrative sections and tables, with their headings. */
export type ReportPart =
  | { kind: 'narrative'; heading: string; paragraphs: string[] }
  | { kind: 'table'; heading: string; table: 'proactive' | 'applications' | 'reviews' };

export function listReportParts(report: AnnualReport): ReportPart[] {
  const narrative = (key: SectionKey): ReportPart => ({
    kind: 'narrative',
    heading: sectionHeadings[key],
    paragraphs: splitParagraphs(report.sections[key]),
  });
  return [
    narrative('overview'),
    { kind: 'table', heading: sectionHeadings.proactive, table: 'proactive' },
    { kind: 'table', heading: sectionHeadings.applications, table: 'applications' },
    { kind: 'table', heading: sectionHeadings.reviews, table: 'reviews' },
    narrative('problems'),
    narrative('other'),
  ];
}

const subheadingPattern = /^（[一二三四五六七八九十]+）[^。：:]{0,40}[。：:]?/;

/**
 * Splits a paragraph that opens with a second-level heading (`（一）主动公开情况。…`) into that
 * heading and the rest, so that writers can set the heading in 楷体 as GB/T 9704 asks.
 */
export function splitSubheading(paragraph: string): { subheading: string; rest: string } | null {
  const match = subheadingPattern.exec(paragraph);
  if (match === null) return null;
  return { subheading: match[0], rest: paragraph.slice(match[0].length) };
}
