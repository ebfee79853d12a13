/** What building a step from its form needs to know about the case (shared by record-step.ts and the fee notice). */
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { CaseEvent, IsoDate } from '../../../domain/applications/case-event.ts';
import type { WorkingDayCalendar } from '../../../domain/calendar/working-day-calendar.ts';
import type { DeadlineState } from '../../../domain/deadlines/compute-deadline.ts';
import type { AgencyContext } from '../../agency-context.ts';
import type { CaseActor } from '../case-store.ts';
import type { ApplicationRecord, CaseHandlingStore } from './case-handling-store.ts';
import type { LetterRequest } from './case-letters.ts';

export interface StepContext {
  store: CaseHandlingStore;
  record: ApplicationRecord;
  agency: Agency;
  context: AgencyContext;
  /** The history before the step. */
  history: readonly CaseEvent[];
  calendar: WorkingDayCalendar;
  actor: Extract<CaseActor, { kind: 'staff' }>;
  today: IsoDate;
}

export type BuiltStep =
  | {
      ok: true;
      event: CaseEvent;
      note: string | null;
      /** A rule beyond the step rules, checked after them (throws a DomainError). */
      check?: () => void;
      /** Form problems reported only once the rules allow the step (a letter's fields that depend on the choice made). */
      formIssues?: Issue[];
      /** The letter that goes with the step, given the deadline after it. */
      letter?: (deadline: DeadlineState | null) => LetterRequest;
    }
  | { ok: false; issues: Issue[] };
