/**
 * Writing cases that already have a history (imported ledger rows, the demo applications) in one
 * go: tracking numbers in the year of receipt, the events, and the derived columns from
 * summarizeCase — the same columns a case handled step by step would have. Written in batches:
 * hundreds of cases one statement at a time take PGlite tens of seconds.
 */
import type { Applicant, ApplicantContact, ApplicantType } from '../../../domain/applications/applicant.ts';
import type { CaseEvent, IsoDate } from '../../../domain/applications/case-event.ts';
import type { Channel, DeliveryForm, DeliveryMethod } from '../../../domain/applications/channel.ts';
import { formatTrackingNumber } from '../../../domain/applications/tracking-number.ts';
import { yearOf } from '../../../domain/calendar/iso-date.ts';
import type { WorkingDayCalendar } from '../../../domain/calendar/working-day-calendar.ts';
import type { DerivedColumns } from '../case-store.ts';
import { summarizeCase } from '../summarize-case.ts';

export interface StoredCaseRow extends DerivedColumns {
  agencyId: string;
  trackingNumber: string;
  queryCodeHash: string;
  channel: Channel;
  applicantType: ApplicantType;
  applicant: Applicant;
  contact: ApplicantContact;
  description: string;
  deliveryForm: DeliveryForm;
  deliveryMethod: DeliveryMethod;
  submittedAt: Date;
  handlerAccountId: string | null;
  registeredByAccountId: string | null;
  importedFrom: string | null;
}

export interface StoredCaseStep {
  event: CaseEvent;
  note: string | null;
  actorAccountId: string | null;
  recordedAt: Date;
}

export interface CaseInsertStore {
  /** Takes `count` numbers of the agency's sequence for the year at once; returns the first. */
  reserveTrackingSequences(agencyId: string, year: number, count: number): Promise<number>;
  /** The application rows and their events (seq 1, 2, …); the new ids in the same order. */
  insertCasesWithHistories(cases: readonly { row: StoredCaseRow; steps: readonly StoredCaseStep[] }[]): Promise<string[]>;
}

export interface CompleteCase {
  agency: { id: string; code: string };
  channel: Channel;
  applicantType: ApplicantType;
  applicant: Applicant;
  contact: ApplicantContact;
  description: string;
  deliveryForm: DeliveryForm;
  deliveryMethod: DeliveryMethod;
  submittedOn: IsoDate;
  events: readonly CaseEvent[];
  /** Notes of the steps, by position (e.g. a step a ledger only implies). */
  notes?: readonly (string | null)[];
  handlerAccountId: string | null;
  registeredByAccountId: string | null;
  importedFrom: string | null;
  queryCodeHash: string;
}

export interface InsertContext {
  calendar: WorkingDayCalendar;
  today: IsoDate;
  now: Date;
  /** Who recorded the steps (null: the system). */
  actorAccountId: string | null;
}

export async function insertCompleteCases(store: CaseInsertStore, inputs: readonly CompleteCase[], context: InsertContext): Promise<{ id: string; trackingNumber: string }[]> {
  const summaries = inputs.map((input) => summarizeCase(input.events, context.calendar, context.today));
  const years = inputs.map((input, i) => yearOf(summaries[i]!.receivedOn ?? input.submittedOn));
  const trackingNumbers = await reserveTrackingNumbers(store, inputs, years);
  const cases = inputs.map((input, i) => {
    const { status, receivedOn, dueOn, outcome, endedOn } = summaries[i]!;
    const row: StoredCaseRow = {
      agencyId: input.agency.id,
      trackingNumber: trackingNumbers[i]!,
      queryCodeHash: input.queryCodeHash,
      channel: input.channel,
      applicantType: input.applicantType,
      applicant: input.applicant,
      contact: input.contact,
      description: input.description,
      deliveryForm: input.deliveryForm,
      deliveryMethod: input.deliveryMethod,
      // Nine in the morning, China time: the ledger and the demo know the day, not the hour.
      submittedAt: new Date(`${input.submittedOn}T09:00:00+08:00`),
      status,
      receivedOn,
      dueOn,
      outcome,
      endedOn,
      handlerAccountId: input.handlerAccountId,
      registeredByAccountId: input.registeredByAccountId,
      importedFrom: input.importedFrom,
    };
    const steps = input.events.map((event, j) => ({ event, note: input.notes?.[j] ?? null, actorAccountId: context.actorAccountId, recordedAt: context.now }));
    return { row, steps };
  });
  const ids = await store.insertCasesWithHistories(cases);
  return ids.map((id, i) => ({ id, trackingNumber: trackingNumbers[i]! }));
}

/** One block of numbers per agency and year, handed out in the cases' order. */
async function reserveTrackingNumbers(store: CaseInsertStore, inputs: readonly CompleteCase[], years: readonly number[]): Promise<string[]> {
  const counts = new Map<string, { agency: CompleteCase['agency']; year: number; count: number; next: number }>();
  inputs.forEach((input, i) => {
    const key = `${input.agency.id}:${years[i]}`;
    const entry = counts.get(key) ?? { agency: input.agency, year: years[i]!, count: 0, next: 0 };
    entry.count += 1;
    counts.set(key, entry);
  });
  for (const entry of counts.values()) entry.next = await store.reserveTrackingSequences(entry.agency.id, entry.year, entry.count);
  return inputs.map((input, i) => {
    const entry = counts.get(`${input.agency.id}:${years[i]}`)!;
    const sequence = entry.next;
    entry.next += 1;
    return formatTrackingNumber({ agencyCode: input.agency.code, year: entry.year, sequence });
  });
}
