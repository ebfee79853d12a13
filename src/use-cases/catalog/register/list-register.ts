/**
 * The register page (`info.read`): an agency's published rules and normative documents with 索引号,
 * 文号, issue date, validity and its date, and the interpretation status (flagged when missing past
 * its due date); filtered by kind, validity, a figure of the year's table A (the documents it
 * counts) and the flag; with the year's table A beside it.
 */
import { z } from 'zod';
import type { IsoDate } from '../../../domain/calendar/iso-date.ts';
import { validities, type Validity } from '../../../domain/catalog/info-item.ts';
import { defaultInterpretationDueWorkingDays, interpretationState, isInterpretationOverdue, type InterpretationState } from '../../../domain/catalog/interpretation-due.ts';
import { currentValidity, figuresCounting, issuedOn, registerFigureKeys, validitySince, type RegisterFigureKey } from '../../../domain/catalog/register.ts';
import type { WorkingDayCalendar } from '../../../domain/calendar/working-day-calendar.ts';
import { calendarFromRows } from '../../applications/load-calendar.ts';
import { computeTableA, type TableA } from './get-table-a.ts';
import type { InterpretationItem, RegisterItem, RegisterStore, StoredRegisterEvent } from './register-store.ts';
import { selectRegisterScope, type RegisterSelection, type SelectionRequest } from './register-selection.ts';

export const registerPageSize = 50;

export const registerFilterSchema = z.object({
  kind: z.enum(['regulation', 'normativeDocument']).optional().catch(undefined),
  validity: z.enum(validities).optional().catch(undefined),
  figure: z.enum(registerFigureKeys as [RegisterFigureKey, ...RegisterFigureKey[]]).optional().catch(undefined),
  flag: z.enum(['missingInterpretation']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type RegisterFilter = z.infer<typeof registerFilterSchema>;

export interface RegisterRow {
  item: RegisterItem;
  issuedOn: IsoDate | null;
  validity: Validity | null;
  /** The date the current validity began (issue, last amendment, or the end). */
  validitySince: IsoDate | null;
  /** Null for a document without a publication date. */
  interpretation: InterpretationState | null;
  interpretations: InterpretationItem[];
  isFlagged: boolean;
}

export interface RegisterList extends RegisterSelection, TableA {
  filter: RegisterFilter;
  rows: RegisterRow[];
  /** Rows matching the filter (all pages). */
  total: number;
  page: number;
  pageCount: number;
  /** Documents of the selection flagged for a missing interpretation (whatever the filter). */
  flaggedCount: number;
}

export async function listRegister(deps: { transaction<T>(work: (store: RegisterStore) => Promise<T>): Promise<T> }, request: SelectionRequest): Promise<RegisterList> {
  return deps.transaction(async (store) => {
    const selection = await selectRegisterScope(store, request);
    const filter = registerFilterSchema.parse(typeof request.query === 'object' && request.query !== null ? request.query : {});
    const all = await loadRegisterRows(store, selection.agencies.map((a) => a.id), selection.today);
    const matching = all.filter((row) => matchesFilter(row, filter, selection.year));
    const pageCount = Math.max(1, Math.ceil(matching.length / registerPageSize));
    const page = Math.min(filter.page, pageCount);
    const rows = matching.slice((page - 1) * registerPageSize, page * registerPageSize);
    const tableA = await computeTableA(store, selection);
    return { ...selection, ...tableA, filter, rows, total: matching.length, page, pageCount, flaggedCount: all.filter((r) => r.isFlagged).length };
  });
}

/** Every published document of the agencies as a row, newest issue first. */
export async function loadRegisterRows(store: RegisterStore, agencyIds: readonly string[], today: IsoDate): Promise<(RegisterRow & { events: StoredRegisterEvent[] })[]> {
  const items = await store.listRegisterItems(agencyIds);
  const ids = items.map((i) => i.id);
  const events = groupBy(await store.listRegisterEvents(ids), (e) => e.itemId);
  const interpretations = groupBy(await store.listInterpretations(ids), (i) => i.interpretsItemId);
  const dueDays = await store.listInterpretationDueDays(agencyIds);
  const calendar = calendarFromRows(await store.listCalendarRows());
  const rows = items.map((item) => {
    const itemEvents = events.get(item.id) ?? [];
    const itemInterpretations = interpretations.get(item.id) ?? [];
    const interpretation = stateOf(item, itemInterpretations, { calendar, today, workingDays: dueDays.get(item.agencyId) ?? defaultInterpretationDueWorkingDays });
    return {
      item,
      events: itemEvents,
      issuedOn: issuedOn(itemEvents),
      validity: currentValidity(itemEvents),
      validitySince: validitySince(itemEvents),
      interpretation,
      interpretations: itemInterpretations,
      isFlagged: interpretation !== null && isInterpretationOverdue(interpretation),
    };
  });
  return rows.sort((a, b) => compareDesc(a.issuedOn ?? a.item.publishedOn, b.issuedOn ?? b.item.publishedOn) || a.item.indexNumber.localeCompare(b.item.indexNumber));
}

export function stateOf(item: RegisterItem, interpretations: readonly InterpretationItem[], options: { calendar: WorkingDayCalendar; today: IsoDate; workingDays: number }): InterpretationState | null {
  if (item.publishedOn === null) return null;
  const dates = interpretations.map((i) => i.publishedOn).filter((d): d is string => d !== null).sort();
  return interpretationState({ publishedOn: item.publishedOn, interpretedOn: dates[0] ?? null, hasInterpretation: interpretations.length > 0 }, options);
}

function matchesFilter(row: RegisterRow & { events: StoredRegisterEvent[] }, filter: RegisterFilter, year: number): boolean {
  if (filter.kind !== undefined && row.item.kind !== filter.kind) return false;
  if (filter.validity !== undefined && row.validity !== filter.validity) return false;
  if (filter.figure !== undefined && !figuresCounting(row.events, year).includes(filter.figure)) return false;
  if (filter.flag === 'missingInterpretation' && !row.isFlagged) return false;
  return true;
}

function compareDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [value]);
    else group.push(value);
  }
  return groups;
}
