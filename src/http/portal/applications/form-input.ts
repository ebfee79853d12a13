/**
 * What the intake routes read from a submitted form: the fields for the use case (without the CSRF
 * token), the files, the values to show again beside the problems, and the agency choices.
 */
import type { Agency, AgencyKind } from '../../../domain/agencies/agency.ts';
import { agencyKindLabels } from '../../../domain/agencies/agency.ts';
import type { Upload } from '../../../use-cases/applications/intake/attachments.ts';
import type { AgencyChoiceGroup, ApplicationFormValues } from '../../../views/pages/portal/apply-form-fields.tsx';
import { uploadsOf } from './multipart.ts';

/** A value longer than any field allows is not echoed whole (a 1 MB paste stays out of the page). */
const maxEcho = 6000;

/** The form's fields without the CSRF token, which the CSRF check has read (the schemas are strict). */
export function formFieldsOf(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { _csrf: _token, ...fields } = body as Record<string, unknown>;
  return fields;
}

/** The uploaded files of the form's file inputs. */
export function uploadsOfForm(body: unknown): Upload[] {
  return uploadsOf(body).map(({ filename, bytes }) => ({ filename, bytes }));
}

/** The submitted text fields, to fill the form again (repeated fields only for the check boxes). */
export function formValuesOf(body: unknown): ApplicationFormValues {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === '_csrf' || name === 'accessibility') continue;
    if (typeof value === 'string') values[name] = value.slice(0, maxEcho);
    if (typeof value === 'boolean') values[name] = value ? 'on' : '';
  }
  const needs = fields['accessibility'];
  const accessibility = (Array.isArray(needs) ? needs : [needs]).filter((n): n is string => typeof n === 'string');
  values['accessibility'] = accessibility;
  return values;
}

/** The agencies grouped by kind (government, departments, townships), in code order. */
export function groupAgencies(agencies: readonly Agency[]): AgencyChoiceGroup[] {
  const kinds: AgencyKind[] = ['government', 'department', 'township'];
  return kinds
    .map((kind) => ({ label: agencyKindLabels[kind], agencies: agencies.filter((a) => a.kind === kind).map(({ code, name }) => ({ code, name })) }))
    .filter((group) => group.agencies.length > 0);
}

/** A submission key from the form when it is one (the form keeps it across corrections), else null. */
export function submittedKeyOf(body: unknown): string | null {
  const key = (typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['submissionKey'] : undefined) ?? null;
  return typeof key === 'string' && /^[A-Za-z0-9_-]{16,128}$/.test(key) ? key : null;
}
