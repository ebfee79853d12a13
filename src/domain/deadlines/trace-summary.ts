/**
 * The trace in a few lines: consecutive days treated alike are grouped (“10月1日至10月8日 国庆节、
 * 中秋节，不计”), each step keeps its own line. For the case page's short view and the CLI.
 */
import { formatChineseDate, yearOf, type IsoDate } from '../calendar/iso-date.ts';
import type { TraceEntry } from './deadline-trace.ts';

export interface TraceSummaryLine {
  from: IsoDate;
  to: IsoDate;
  text: string;
}

interface Run {
  group: string;
  entries: TraceEntry[];
}

export function summarizeTrace(trace: readonly TraceEntry[]): TraceSummaryLine[] {
  const runs: Run[] = [];
  for (const entry of trace) {
    const group = groupOf(entry);
    const last = runs.at(-1);
    if (last !== undefined && group !== null && last.group === group) last.entries.push(entry);
    else runs.push({ group: group ?? 'event', entries: [entry] });
  }
  return runs.map(describeRun);
}

/** Entries with the same group merge into one line; null: never merged (a step). */
function groupOf(entry: TraceEntry): string | null {
  switch (entry.kind) {
    case 'event':
      return null;
    case 'counted':
      return entry.note.includes('已超过答复期限') ? 'overdue' : 'counted';
    case 'weekend':
    case 'holiday':
      return 'skipped';
    case 'paused':
    case 'stopped':
      return `${entry.kind}:${entry.note}`;
    case 'swappedWorkday':
      return `swapped:${entry.date}`;
  }
}

function describeRun({ group, entries }: Run): TraceSummaryLine {
  const first = entries[0]!;
  const last = entries.at(-1)!;
  const range = formatRange(first.date, last.date);
  const line = (text: string) => ({ from: first.date, to: last.date, text: `${range} ${text}` });
  if (group === 'event' || group.startsWith('paused:') || group.startsWith('stopped:')) return line(first.note);
  if (group === 'skipped') {
    const names = [...new Set(entries.map((e) => (e.kind === 'weekend' ? '周末' : e.note.replace(/ 法定节假日，不计$/, ''))))];
    return line(`${names.join('、')}，不计`);
  }
  if (first.dayNumber === last.dayNumber) return line(first.note);
  if (group === 'overdue') return line(`计入，第${first.dayNumber}至第${last.dayNumber}个工作日（已超过答复期限）`);
  const due = entries.find((e) => /答复期限届满$/.test(e.note));
  return line(`计入，第${first.dayNumber}至第${last.dayNumber}个工作日${due === undefined ? '' : `（${formatChineseDate(due.date)}答复期限届满）`}`);
}

function formatRange(from: IsoDate, to: IsoDate): string {
  if (from === to) return formatChineseDate(from);
  const withYear = yearOf(from) !== yearOf(to);
  return `${formatChineseDate(from, withYear)}至${formatChineseDate(to, withYear)}`;
}
