/**
 * An application submitted online by the applicant (portal form or public API), without an
 * account. It starts awaiting confirmation: under Art. 31(3) it counts as received on the day the
 * office and the applicant confirm it, a step the office records later. Bad input — fields or
 * files — stores nothing.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { chinaDateOf } from '../china-date.ts';
import { checkOnlineApplication } from './application-input.ts';
import { checkUploads, type Upload } from './attachments.ts';
import type { IntakeDeps } from './intake-store.ts';
import { storeApplication, type StoredApplication } from './store-application.ts';

export interface SubmitApplicationRequest {
  input: unknown;
  uploads: readonly Upload[];
  ip: string | null;
}

export const onlineApplicantActorName = '申请人（网上提交）';

export async function submitApplication(deps: IntakeDeps, request: SubmitApplicationRequest): Promise<Outcome<StoredApplication>> {
  const today = chinaDateOf(deps.now());
  const checked = checkOnlineApplication(request.input, today);
  const uploads = await checkUploads(request.uploads);
  const issues = [...(checked.ok ? [] : checked.issues), ...(uploads.ok ? [] : uploads.issues)];
  if (!checked.ok || !uploads.ok) return fail(issues);
  const stored = await storeApplication(deps, {
    input: checked.value,
    channel: 'online',
    events: [],
    year: Number(today.slice(0, 4)),
    files: uploads.files,
    actor: { accountId: null, name: onlineApplicantActorName, ip: request.ip },
    registeredByAccountId: null,
    auditAction: 'application.submit',
  });
  return stored === null ? fail([unknownAgencyIssue]) : succeed(stored);
}

export const unknownAgencyIssue: Issue = { code: 'agencyCode.unknown', path: 'agencyCode', message: '所选的行政机关不存在，请重新选择。' };
