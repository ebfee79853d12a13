/**
 * A year and a half of made-up applications for the demo county, so that the worklist, the
 * deadline trace and table B can be tried at once: about 300 cases across its agencies, every
 * channel and applicant type, every status and all 21 outcomes, from a seeded PRNG (the same
 * `today` and seed give the same cases). Each history is built step by step through the same
 * gates as staff steps (assertStepAllowed, computeDeadline).
 */
import type { Applicant, ApplicantContact, ApplicantType } from '../applications/applicant.ts';
import { assertStepAllowed } from '../applications/assert-step-allowed.ts';
import type { CaseEvent, IsoDate } from '../applications/case-event.ts';
import type { Channel, DeliveryForm, DeliveryMethod } from '../applications/channel.ts';
import { computeIdCheckCharacter } from '../applications/id-number.ts';
import { outcomeKeys, type OutcomeKey } from '../applications/outcome.ts';
import { addDays, yearOf } from '../calendar/iso-date.ts';
import { hasYear, isWorkingDay, UnknownCalendarYearError, type WorkingDayCalendar } from '../calendar/working-day-calendar.ts';
import { computeDeadline } from '../deadlines/compute-deadline.ts';
import { composeCreditCode } from './credit-code.ts';
import { demoAgencies, type DemoAgency } from './demo-county.ts';
import { demoCreditPrefixes, demoFills, demoGivenNames, demoOrganizations, demoRequests, demoSurnames } from './demo-application-texts.ts';
import { createDemoRandom, type DemoRandom } from './demo-random.ts';
import { buildEndedPlan, buildOpenPlan, endedPlanSpan, openStateWindows, openStatusesToCover, type OpenState, type PlanContext } from './demo-plans.ts';

export interface DemoCase {
  agencyCode: string;
  channel: Channel;
  applicantType: ApplicantType;
  applicant: Applicant;
  contact: ApplicantContact;
  description: string;
  deliveryForm: DeliveryForm;
  deliveryMethod: DeliveryMethod;
  /** The day the application came in (online: before its receipt is confirmed). */
  submittedOn: IsoDate;
  events: CaseEvent[];
  /** The demo account that handles it, if assigned. */
  handlerUsername: string | null;
}

export interface DemoApplicationsOptions {
  today: IsoDate;
  calendar: WorkingDayCalendar;
  seed?: number;
  count?: number;
}

export const demoApplicationSeed = 20_250_601;
const defaultCount = 300;

/** The cases, oldest receipt first. Throws when a built history breaks a rule (a bug here, not in the data). */
export function generateDemoApplications(options: DemoApplicationsOptions): DemoCase[] {
  const random = createDemoRandom(options.seed ?? demoApplicationSeed);
  const days = listWorkingDays(options.calendar, periodStart(options.today), options.today);
  if (days.length < 60) return [];
  const count = options.count ?? defaultCount;
  const receipts = Array.from({ length: count - 1 }, () => random.integer(0, days.length - 1)).sort((a, b) => a - b);
  const context: PlanContext = { days, random, pendingOutcomes: random.shuffle([...outcomeKeys]), pendingOpen: [...openStatusesToCover] };
  const cases = receipts.map((index) => buildCase(context, index));
  // Whatever the dates did not give room for is added at dates that fit, so every state and outcome is there.
  for (const state of context.pendingOpen.splice(0)) {
    const [low, high] = openStateWindows[state];
    cases.push(buildCase(context, days.length - 1 - Math.floor((low + high) / 2), state));
  }
  while (context.pendingOutcomes.length > 0) cases.push(buildCase(context, random.integer(0, days.length - 1 - endedPlanSpan)));
  // One online application waiting for its receipt to be confirmed (Art. 31(3)): submitted today.
  cases.push(describeCase(random, pickAgency(random), 'online', options.today, [], null));
  for (const demo of cases) checkHistory(demo, options);
  return cases;
}

function buildCase(context: PlanContext, index: number, openState?: OpenState): DemoCase {
  const { random, days } = context;
  const agency = pickAgency(random);
  const channel = random.weighted<Channel>([['online', 45], ['inPerson', 25], ['post', 25], ['fax', 5]]);
  const left = days.length - 1 - index;
  const events = left >= endedPlanSpan && openState === undefined ? buildEndedPlan(context, index, nextOutcome(context)) : buildOpenPlan(context, index, openState);
  const handler = agency.code === 'lcx-zrzy' && random.chance(0.7) ? 'handler' : agency.code === 'lcx-jyj' && random.chance(0.7) ? 'handler-jyj' : null;
  return describeCase(random, agency, channel, submittedOnOf(random, channel, days[index]!), events, handler);
}

/** The outcomes not yet given come first, so that all 21 appear; then the usual mix. */
function nextOutcome(context: PlanContext): OutcomeKey {
  const pending = context.pendingOutcomes.shift();
  if (pending !== undefined) return pending;
  return context.random.weighted<OutcomeKey>([
    ['granted', 30], ['partial', 14], ['unavailable.notHeld', 14], ['unavailable.needsCreation', 4],
    ['denied.stateSecret', 1], ['denied.prohibitedByLaw', 1], ['denied.threeSecurities', 1], ['denied.thirdPartyRights', 3],
    ['denied.internalAffairs', 2], ['denied.processInformation', 4], ['denied.enforcementFile', 2], ['denied.administrativeQuery', 3],
    ['unavailable.unclearAfterCorrection', 2], ['notProcessed.petition', 4], ['notProcessed.duplicate', 2], ['notProcessed.publication', 1],
    ['notProcessed.excessive', 1], ['notProcessed.confirmation', 1], ['other.noCorrection', 3], ['other.unpaidFee', 1], ['other.other', 2],
  ]);
}

const agencyWeights: Readonly<Record<string, number>> = { 'lcx-zrzy': 8, lcx: 3, 'lcx-czj': 3, 'lcx-zjj': 3, 'lcx-sthj': 2, 'lcx-jyj': 2 };

function pickAgency(random: DemoRandom): DemoAgency {
  return random.weighted(demoAgencies.map((agency) => [agency, agencyWeights[agency.code] ?? 1] as const));
}

function submittedOnOf(random: DemoRandom, channel: Channel, receivedOn: IsoDate): IsoDate {
  // Online and fax: confirmed the same or the next day; post: signed for a few days after posting.
  if (channel === 'post') return addDays(receivedOn, -random.integer(2, 4));
  if (channel === 'online' || channel === 'fax') return addDays(receivedOn, -random.integer(0, 1));
  return receivedOn;
}

function describeCase(random: DemoRandom, agency: DemoAgency, channel: Channel, submittedOn: IsoDate, events: CaseEvent[], handlerUsername: string | null): DemoCase {
  const applicantType = random.weighted<ApplicantType>([['naturalPerson', 70], ['commercial', 12], ['research', 3], ['nonprofit', 4], ['legalService', 7], ['otherOrg', 4]]);
  const applicant = applicantType === 'naturalPerson' ? personOf(random) : organizationOf(random, applicantType);
  const [deliveryForm, deliveryMethod] = random.weighted<[DeliveryForm, DeliveryMethod]>([
    [['electronic', 'email'], 40], [['electronic', 'online'], 20], [['paper', 'post'], 25], [['paper', 'pickUp'], 15],
  ]);
  const contact: ApplicantContact = {
    phone: `1${random.pick(['3', '5', '8'])}${String(random.integer(0, 999_999_999)).padStart(9, '0')}`,
    email: deliveryMethod === 'email' ? `applicant${random.integer(100, 9999)}@example.cn` : null,
    address: deliveryMethod === 'post' || channel === 'post' ? `莲城县${random.pick(demoFills['村']!)}${random.integer(1, 12)}组${random.integer(1, 60)}号` : null,
    postcode: deliveryMethod === 'post' || channel === 'post' ? '419900' : null,
  };
  return { agencyCode: agency.code, channel, applicantType, applicant, contact, description: describeRequest(random, agency, submittedOn), deliveryForm, deliveryMethod, submittedOn, events, handlerUsername };
}

function personOf(random: DemoRandom): Applicant {
  const birth = addDays('1950-01-01', random.integer(0, 19_000));
  const first17 = `439901${birth.replaceAll('-', '')}${String(random.integer(1, 999)).padStart(3, '0')}`;
  return { kind: 'naturalPerson', name: `${random.pick(demoSurnames)}${random.pick(demoGivenNames)}`, idNumber: `${first17}${computeIdCheckCharacter(first17)}`, idDocument: 'residentIdCard' };
}

function organizationOf(random: DemoRandom, kind: Exclude<ApplicantType, 'naturalPerson'>): Applicant {
  const creditCode = composeCreditCode(random.pick(demoCreditPrefixes[kind]), '439901', String(random.integer(10_000_000, 99_999_999)));
  const [representative, contact] = [`${random.pick(demoSurnames)}${random.pick(demoGivenNames)}`, `${random.pick(demoSurnames)}${random.pick(demoGivenNames)}`];
  return { kind: 'organization', organizationKind: kind, name: random.pick(demoOrganizations[kind]), creditCode, legalRepresentative: representative, contactPerson: contact };
}

function describeRequest(random: DemoRandom, agency: DemoAgency, submittedOn: IsoDate): string {
  const templates = demoRequests[agency.kind === 'township' ? 'township' : agency.code] ?? demoRequests['lcx']!;
  const township = agency.name.replace(/^莲城县/, '').replace(/人民政府$/, '');
  return random.pick(templates).replace(/\{(.+?)\}/g, (_, slot: string) => {
    if (slot === '年') return String(yearOf(submittedOn) - random.integer(0, 1));
    if (slot === '镇') return township;
    return random.pick(demoFills[slot] ?? [slot]);
  });
}

/** 17 months back to the first of the month: from 2025-06-01 when today is in November 2026. */
function periodStart(today: IsoDate): IsoDate {
  const months = yearOf(today) * 12 + Number(today.slice(5, 7)) - 1 - 17;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

function listWorkingDays(calendar: WorkingDayCalendar, from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (hasYear(calendar, yearOf(date)) && isWorkingDay(calendar, date)) days.push(date);
  }
  return days;
}

function checkHistory(demo: DemoCase, options: DemoApplicationsOptions): void {
  demo.events.forEach((event, i) => assertStepAllowed(demo.events.slice(0, i), event));
  try {
    computeDeadline(demo.events, options.calendar, { today: options.today });
  } catch (error) {
    // A due date in a year whose notice is not out yet is left open, as the platform does.
    if (!(error instanceof UnknownCalendarYearError)) throw error;
  }
}
