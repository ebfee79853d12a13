/**
 * Creates a staff account in an agency, optionally with a first role there, and a one-time
 * password that is shown once to the administrator and must be replaced at the first sign-in.
 * The account, its grant and the audit entry are written in one transaction; bad input writes nothing.
 */
import { z } from 'zod';
import type { AccessTarget } from '../domain/access/policy.ts';
import { roles, type RoleGrant } from '../domain/access/roles.ts';
import { checkDisplayName, checkUsername, mustChangePasswordAfter, normalizeUsername } from '../domain/accounts/account-rules.ts';
import type { Issue } from '../domain/accounts/issue.ts';
import { loadAgencyContext } from './agency-context.ts';
import { fail, succeed, type Actor, type AdministrationDeps, type Outcome, type StaffAccount } from './administration-store.ts';
import { checkboxValue, checkInput, singleLineText, type FieldLabels } from './input-check.ts';
import { recordAdministrationEvent } from './administration-audit.ts';
import { assertMayCreateAccount } from './separated-duty-guards.ts';

export const newAccountLabels: FieldLabels = {
  agencyCode: '所属机关',
  username: '用户名',
  displayName: '姓名',
  role: '初始角色',
  includeSubtree: '含下级机关',
};

/** The body of `POST /api/v1/accounts` and of the console's new-account form. */
export const newAccountSchema = z.strictObject({
  agencyCode: singleLineText('所属机关', 40).pipe(z.string().min(1, '请选择所属机关。')),
  // The length rules are the domain's (checkUsername); this bound only keeps huge input out.
  username: singleLineText('用户名', 100),
  displayName: singleLineText('姓名', 100),
  role: z.preprocess((value) => (value === '' ? undefined : value), z.enum(roles, '请选择一个有效的角色。').optional()),
  includeSubtree: checkboxValue('含下级机关'),
});

export interface CreatedAccount {
  account: StaffAccount;
  grants: RoleGrant[];
  /** Shown once; only its hash is stored. */
  oneTimePassword: string;
}

export async function createAccount(
  deps: AdministrationDeps,
  request: { actor: Actor; input: unknown; now: Date },
): Promise<Outcome<CreatedAccount>> {
  const checked = checkInput(newAccountSchema, request.input, newAccountLabels);
  if (!checked.ok) return fail(checked.issues);
  const input = { ...checked.value, username: normalizeUsername(checked.value.username) };
  const issues = [...checkUsername(input.username), ...checkDisplayName(input.displayName)];
  if (issues.length > 0) return fail(issues);
  const oneTimePassword = deps.generatePassword();
  // Hashing is slow on purpose: done before the transaction, which then stays short.
  const passwordHash = await deps.hashPassword(oneTimePassword);
  const { actor, now } = request;
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agency = context.byCode.get(input.agencyCode);
    if (agency === undefined) return fail([unknownAgencyIssue]);
    const grant = input.role === undefined ? undefined : { role: input.role, includeSubtree: input.includeSubtree };
    const target: AccessTarget = grant === undefined ? { agencyId: agency.id } : { agencyId: agency.id, grant };
    assertMayCreateAccount(actor.principal, target, context.ancestry);
    if ((await store.findAccountByUsername(input.username)) !== null) return fail([usernameTakenIssue]);
    const grants: RoleGrant[] = grant === undefined ? [] : [{ ...grant, agencyId: agency.id }];
    const { username, displayName } = input;
    const mustChangePassword = mustChangePasswordAfter('accountCreated');
    const account = await store.createAccount({ agencyId: agency.id, username, displayName, passwordHash, mustChangePassword }, grants);
    await recordAdministrationEvent(store, actor, {
      action: 'account.create',
      target: { type: 'account', id: account.id },
      agencyId: agency.id,
      details: {
        username: account.username,
        displayName: account.displayName,
        agencyCode: agency.code,
        grants: grants.map((g) => ({ role: g.role, agencyCode: agency.code, includeSubtree: g.includeSubtree })),
      },
    }, now);
    return succeed({ account, grants, oneTimePassword });
  });
}

const unknownAgencyIssue: Issue = { code: 'agencyCode.unknown', path: 'agencyCode', message: '所选的机关不存在，请重新选择。' };
const usernameTakenIssue: Issue = { code: 'username.taken', path: 'username', message: '该用户名已被使用，请换一个。' };
