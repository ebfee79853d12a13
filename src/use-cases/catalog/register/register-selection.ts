/**
 * Which agency and year a register page or table A is about: the agency from its code (the first
 * the principal may read when absent), the year (this year when absent), and whether the agencies
 * below it are counted too. Every agency counted is authorized.
 */
import { z } from 'zod';
import type { Action } from '../../../domain/access/access-table.ts';
import { assertCan } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { yearOf } from '../../../domain/calendar/iso-date.ts';
import { RecordNotFoundError } from '../../administration-errors.ts';
import { listAgenciesWhere, loadAgencyContext, type AgencyContext } from '../../agency-context.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import type { RegisterStore } from './register-store.ts';

/** The first year of reports under the 2019 条例. */
export const firstRegisterYear = 2019;

export interface RegisterSelection {
  agency: Agency;
  year: number;
  includeSubtree: boolean;
  /** The agencies counted: the agency, and those below it when `includeSubtree`. */
  agencies: Agency[];
  /** The agencies the principal may choose from. */
  choices: Agency[];
  /** Today in China. */
  today: string;
  context: AgencyContext;
}

const emptyAsAbsent = (value: unknown) => (value === '' ? undefined : value);

// Each field on its own: a bad year must not also lose the agency.
export const selectionQuerySchema = z.object({
  agency: z.preprocess(emptyAsAbsent, z.string().max(40).optional()).catch(undefined),
  year: z.preprocess(emptyAsAbsent, z.coerce.number().int().min(firstRegisterYear).max(2100).optional()).catch(undefined),
  subtree: z.preprocess(emptyAsAbsent, z.enum(['1', 'on', 'true', '0', 'false']).optional()).catch(undefined),
});

export interface SelectionRequest {
  principal: Principal;
  query: unknown;
  now: Date;
}

/** Reads and authorizes the selection; a year outside 2019…this year falls back to this year. */
export async function selectRegisterScope(store: Pick<RegisterStore, 'listAgencies'>, request: SelectionRequest, action: Action = 'info.read'): Promise<RegisterSelection> {
  const query = selectionQuerySchema.parse(typeof request.query === 'object' && request.query !== null ? request.query : {});
  const context = await loadAgencyContext(store);
  const choices = listAgenciesWhere(request.principal, action, context);
  const agency = query.agency === undefined ? choices[0] : context.byCode.get(query.agency);
  if (agency === undefined) throw new RecordNotFoundError(query.agency === undefined ? '您没有可查看的机关。' : '该机关不存在。');
  const includeSubtree = query.subtree === '1' || query.subtree === 'on' || query.subtree === 'true';
  const agencies = includeSubtree ? subtreeOf(context, agency) : [agency];
  for (const counted of agencies) assertCan(request.principal, action, { agencyId: counted.id }, context.ancestry);
  const today = chinaDateOf(request.now);
  const thisYear = yearOf(today);
  const year = query.year !== undefined && query.year <= thisYear ? query.year : thisYear;
  return { agency, year, includeSubtree, agencies, choices, today, context };
}

export function subtreeOf(context: AgencyContext, root: Agency): Agency[] {
  const found = [root];
  for (let i = 0; i < found.length; i += 1) {
    const parentId = found[i]!.id;
    found.push(...context.agencies.filter((a) => a.parentId === parentId && !found.includes(a)));
  }
  return found;
}

/** Whether the principal may choose the subtree (the agency has agencies below it it may read). */
export function hasSubtree(selection: Pick<RegisterSelection, 'choices' | 'agency'>): boolean {
  return selection.choices.some((a) => a.parentId === selection.agency.id);
}

/** The years offered: this year back to 2019. */
export function registerYears(today: string): number[] {
  const current = yearOf(today);
  return Array.from({ length: current - firstRegisterYear + 1 }, (_, i) => current - i);
}
