/**
 * 受理编号: the number the applicant quotes in letters and calls, `YSQ-{AGENCY}-{year}-{seq}`, e.g.
 * `YSQ-LCX-2026-00042` (YSQ for 依申请). The agency code may itself contain hyphens
 * (`YSQ-LCX-ZRZY-2026-00001`), so the year and sequence are read from the right.
 */
import { isValidAgencyCode } from '../agencies/agency.ts';
import { normalizePastedCode } from './pasted-text.ts';

export const trackingNumberPrefix = 'YSQ';
const sequenceDigits = 5;
const pattern = /^YSQ-([A-Z][A-Z0-9-]*)-(\d{4})-(\d{5,})$/;

export interface TrackingNumberParts {
  /** The agency's code as stored (lower case), e.g. `lcx-zrzy`. */
  agencyCode: string;
  /** The year of receipt. */
  year: number;
  /** 1, 2, … within the agency and year. */
  sequence: number;
}

/** `{ agencyCode: 'lcx', year: 2026, sequence: 42 }` → `YSQ-LCX-2026-00042`. */
export function formatTrackingNumber(parts: TrackingNumberParts): string {
  const { agencyCode, year, sequence } = parts;
  if (!isValidAgencyCode(agencyCode)) throw new RangeError(`not an agency code: ${agencyCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`not a sequence number: ${sequence}`);
  const seq = String(sequence).padStart(sequenceDigits, '0');
  return `${trackingNumberPrefix}-${agencyCode.toUpperCase()}-${year}-${seq}`;
}

/**
 * The parts of a tracking number as a person typed or pasted it (lower case, full-width characters,
 * spaces, any dash), or null when it is not one.
 */
export function parseTrackingNumber(input: string): TrackingNumberParts | null {
  const match = pattern.exec(normalizePastedCode(input).toUpperCase());
  if (match === null) return null;
  const agencyCode = match[1]!.toLowerCase();
  const sequence = Number(match[3]);
  if (!isValidAgencyCode(agencyCode) || sequence < 1 || !Number.isSafeInteger(sequence)) return null;
  return { agencyCode, year: Number(match[2]), sequence };
}

/** The canonical form of a typed tracking number, or null: for looking it up. */
export function normalizeTrackingNumber(input: string): string | null {
  const parts = parseTrackingNumber(input);
  return parts === null ? null : formatTrackingNumber(parts);
}
