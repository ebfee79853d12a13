import { describe, expect, it } from 'vitest';
import { applicantParts } from '../annual-report/model.ts';
import { checkApplicantIdentity } from '../applications/applicant-identity.ts';
import { assertStepAllowed } from '../applications/assert-step-allowed.ts';
import { caseStatusOf } from '../applications/case-status.ts';
import { channels } from '../applications/channel.ts';
import { outcomeKeys } from '../applications/outcome.ts';
import { createOfficialCalendar } from '../calendar/official-calendar.ts';
import { computeDeadline } from '../deadlines/compute-deadline.ts';
import { generateDemoApplications, type DemoCase } from './demo-applications.ts';
import { demoAgencies } from './demo-county.ts';

const calendar = createOfficialCalendar();
const today = '2026-11-28';
const cases = generateDemoApplications({ today, calendar });

function outcomeOf(demo: DemoCase): string | null {
  const end = demo.events.find((e) => e.kind === 'replied' || e.kind === 'closed');
  return end !== undefined && (end.kind === 'replied' || end.kind === 'closed') ? end.outcome : null;
}

describe('generateDemoApplications', () => {
  it('gives about 300 cases from June of last year to today, the same ones every time', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(cases.length).toBeLessThan(320);
    const receipts = cases.map((c) => c.events[0]?.on ?? c.submittedOn).sort();
    expect(receipts[0]! >= '2025-06-01').toBe(true);
    expect(receipts[0]! < '2025-07-01').toBe(true);
    expect(receipts.at(-1)).toBe(today);
    expect(generateDemoApplications({ today, calendar })).toEqual(cases);
    expect(generateDemoApplications({ today, calendar, seed: 7 })).not.toEqual(cases);
  });

  it('builds every history through the step rules and the deadline engine', () => {
    for (const demo of cases) {
      demo.events.forEach((event, i) => expect(() => assertStepAllowed(demo.events.slice(0, i), event)).not.toThrow());
      expect(() => computeDeadline(demo.events, calendar, { today })).not.toThrow();
      expect(demo.events.every((e) => e.on <= today && e.on >= demo.submittedOn)).toBe(true);
    }
  });

  it('covers every channel, applicant type, agency and all 21 outcomes', () => {
    expect(new Set(cases.map((c) => c.channel))).toEqual(new Set(channels));
    expect(new Set(cases.map((c) => c.applicantType))).toEqual(new Set(applicantParts));
    expect(new Set(cases.map(outcomeOf).filter((o) => o !== null))).toEqual(new Set(outcomeKeys));
    expect(new Set(cases.map((c) => c.agencyCode))).toEqual(new Set(demoAgencies.map((a) => a.code)));
  });

  it('covers every status: open, awaiting correction, in consultation, awaiting fee, extended, overdue, replied and closed', () => {
    const statuses = new Set(cases.map((c) => caseStatusOf(c.events)));
    expect(statuses).toEqual(new Set(['awaitingConfirmation', 'inProgress', 'awaitingCorrection', 'inConsultation', 'awaitingFee', 'replied', 'closed']));
    const open = cases.filter((c) => caseStatusOf(c.events) === 'inProgress').map((c) => computeDeadline(c.events, calendar, { today }));
    expect(open.some((d) => d.extension !== undefined && !d.overdue)).toBe(true);
    expect(open.some((d) => d.overdue)).toBe(true);
    expect(open.some((d) => !d.overdue && d.extension === undefined)).toBe(true);
  });

  it('gives applicants with valid ID numbers and credit codes', () => {
    const problems = cases.flatMap((c) => checkApplicantIdentity(c.applicant, { today }));
    expect(problems).toEqual([]);
    expect(cases.every((c) => c.description.length > 8 && !c.description.includes('{'))).toBe(true);
  });
});
