/**
 * Cases for the tests of case handling: an application row in an agency with a given history,
 * its derived columns computed as the case core computes them. Only imported by *.test.ts files
 * (and the access-table expectations).
 */
import { buildApplicationRow } from '../../../../test/application-factories.ts';
import type { Database } from '../../../db/database.ts';
import { appendApplicationEvent, insertApplication, type ApplicationRow, type NewApplicationRow } from '../../../db/repositories/applications.ts';
import { listCalendarRows } from '../../../db/repositories/calendar.ts';
import type { CaseEvent } from '../../../domain/applications/case-event.ts';
import { calendarFromRows } from '../../../use-cases/applications/load-calendar.ts';
import { summarizeCase } from '../../../use-cases/applications/summarize-case.ts';

export interface TestCaseOptions extends Partial<NewApplicationRow> {
  agencyId: string;
  events?: readonly CaseEvent[];
  /** The day the derived columns are computed for. */
  today?: string;
}

let sequence = 0;

export async function createTestCase(db: Database, options: TestCaseOptions): Promise<ApplicationRow> {
  const { events = [], today = '2026-11-27', ...overrides } = options;
  sequence += 1;
  const trackingNumber = overrides.trackingNumber ?? `YSQ-TEST-2026-${String(process.pid % 100000).padStart(5, '0')}${String(sequence).padStart(4, '0')}`;
  const summary = summarizeCase(events, calendarFromRows(await listCalendarRows(db)), today);
  const row = await insertApplication(
    db,
    buildApplicationRow({
      ...overrides,
      trackingNumber,
      status: summary.status,
      receivedOn: summary.receivedOn,
      dueOn: summary.dueOn,
      outcome: summary.outcome,
      endedOn: summary.endedOn,
    }),
  );
  for (const [index, event] of events.entries()) {
    await appendApplicationEvent(db, { applicationId: row.id, agencyId: row.agencyId, seq: index + 1, event, note: null, actorAccountId: null, recordedAt: new Date('2026-09-28T02:00:00Z') });
  }
  return row;
}
