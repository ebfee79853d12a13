/**
 * Changes an agency's disclosure office details (the 政府信息公开指南 publishes them) and its
 * 统一社会信用代码. Absent fields stay as they are; null or an empty string clears one. The change
 * and its audit entry (old and new values) are written in one transaction.
 */
import { z } from 'zod';
import { assertCan } from '../domain/access/policy.ts';
import type { Agency } from '../domain/agencies/agency.ts';
import { findCreditCodeProblem, type CreditCodeProblem } from '../domain/agencies/credit-code.ts';
import type { JsonObject } from '../domain/audit/audit-entry.ts';
import { loadAgencyContext, requireAgencyByCode } from './agency-context.ts';
import { fail, succeed, type Actor, type AdministrationDeps, type AgencyOfficeChanges, type Outcome } from './administration-store.ts';
import { checkInput, clearableText, singleLineText, type FieldLabels } from './input-check.ts';
import { recordAdministrationEvent } from './administration-audit.ts';

export const disclosureOfficeLabels: FieldLabels = {
  officeName: '工作机构名称',
  address: '办公地址',
  postcode: '邮政编码',
  phone: '联系电话',
  email: '电子邮箱',
  hours: '办公时间',
  creditCode: '统一社会信用代码',
};

const creditCodeMessages: Record<CreditCodeProblem, string> = {
  wrong_length: '统一社会信用代码应为18位。',
  invalid_character: '统一社会信用代码只能包含数字和大写英文字母（不含 I、O、S、V、Z）。',
  wrong_check_character: '统一社会信用代码的校验码不正确，请核对后重新输入。',
};

const creditCode = singleLineText(disclosureOfficeLabels.creditCode!, 18)
  .transform((code) => code.toUpperCase())
  .superRefine((code, context) => {
    const problem = code === '' ? null : findCreditCodeProblem(code);
    if (problem !== null) context.addIssue({ code: 'custom', message: creditCodeMessages[problem] });
  })
  .transform((code) => (code === '' ? null : code))
  .nullable()
  .optional();

/** The body of `PATCH /api/v1/agencies/:code` and of the console's office form. */
export const disclosureOfficeSchema = z.strictObject({
  officeName: clearableText('工作机构名称', 100),
  address: clearableText('办公地址', 200),
  postcode: clearableText('邮政编码', 6, { pattern: /^\d{6}$/, message: '邮政编码应为6位数字。' }),
  phone: clearableText('联系电话', 50, {
    pattern: /^[0-9+()\-—– ,，、;；/转]+$/,
    message: '联系电话只能包含数字、空格和“-”“+”“()”“，”“、”“转”等符号。',
  }),
  email: clearableText('电子邮箱', 100, {
    pattern: /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/,
    message: '电子邮箱的格式不正确，例如 zwgk@example.gov.cn。',
  }),
  hours: clearableText('办公时间', 200),
  creditCode,
});

const officeFields = ['officeName', 'address', 'postcode', 'phone', 'email', 'hours', 'creditCode'] as const;
type OfficeField = (typeof officeFields)[number];

export async function updateDisclosureOffice(
  deps: Pick<AdministrationDeps, 'transaction'>,
  request: { actor: Actor; code: string; input: unknown; now: Date },
): Promise<Outcome<Agency>> {
  const checked = checkInput(disclosureOfficeSchema, request.input, disclosureOfficeLabels);
  if (!checked.ok) return fail(checked.issues);
  const { actor, now } = request;
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agency = requireAgencyByCode(context, request.code);
    assertCan(actor.principal, 'agency.update', { agencyId: agency.id }, context.ancestry);
    const changes = findChanges(agency, checked.value);
    if (Object.keys(changes).length === 0) return succeed(agency);
    const updated = await store.updateAgencyOffice(agency.id, changes, now);
    if (updated === null) throw new Error(`agency ${agency.id} vanished during its update`);
    await recordAdministrationEvent(store, actor, {
      action: 'agency.update',
      target: { type: 'agency', id: agency.id },
      agencyId: agency.id,
      details: { code: agency.code, changes: describeChanges(agency, changes) },
    }, now);
    return succeed(updated);
  });
}

/** Only the fields that differ from what is stored. */
function findChanges(agency: Agency, input: { [F in OfficeField]?: string | null | undefined }): AgencyOfficeChanges {
  const changes: AgencyOfficeChanges = {};
  for (const field of officeFields) {
    const value = input[field];
    if (value !== undefined && value !== agency[field]) changes[field] = value;
  }
  return changes;
}

function describeChanges(agency: Agency, changes: AgencyOfficeChanges): JsonObject {
  const described: JsonObject = {};
  for (const field of officeFields) {
    const value = changes[field];
    if (value !== undefined) described[field] = { from: agency[field], to: value };
  }
  return described;
}
