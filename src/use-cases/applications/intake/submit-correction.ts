/**
 * The applicant's corrected application (补正, Art. 30), sent from the portal's status page while
 * the office awaits it: the corrected description replaces the old one (kept in the step's note),
 * new attachments are stored, and the `correctionReceived` step restarts the 20 working days — in
 * ONE transaction, through the case core's step (which checks the step and writes the audit entry
 * with the applicant as actor).
 */
import { z } from 'zod';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { checkInput } from '../../input-check.ts';
import { maskApplicant } from '../../../domain/applications/masking.ts';
import { DomainError } from '../../../domain/errors.ts';
import { appendCaseStep, type CaseStepResult } from '../record-case-step.ts';
import { chinaDateOf } from '../china-date.ts';
import { applicationShape } from './application-input.ts';
import { checkUploads, storeUploads, type CheckedUpload, type Upload } from './attachments.ts';
import { IntakeApplicationNotFoundError, type IntakeDeps } from './intake-store.ts';

export const correctionSchema = z.strictObject({ description: applicationShape.description });

export interface SubmitCorrectionRequest {
  applicationId: string;
  input: unknown;
  uploads: readonly Upload[];
  ip: string | null;
}

const notAwaitingIssue: Issue = {
  code: 'correction.notAwaiting',
  path: 'description',
  message: '本申请目前不需要补正，或者补正已经提交。如有疑问，请联系政府信息公开工作机构。',
};

export async function submitCorrection(deps: IntakeDeps, request: SubmitCorrectionRequest): Promise<Outcome<CaseStepResult>> {
  const parsed = checkInput(correctionSchema, request.input, { description: '补正后的申请内容' });
  const uploads = await checkUploads(request.uploads);
  const issues = [...(parsed.ok ? [] : parsed.issues), ...(uploads.ok ? [] : uploads.issues)];
  if (!parsed.ok || !uploads.ok) return fail(issues);
  const now = deps.now();
  try {
    return await recordCorrection(deps, request, { description: parsed.value.description, files: uploads.files }, now);
  } catch (error) {
    // The step rules and the deadline engine refuse with a Chinese message: shown on the form (and nothing was written).
    if (error instanceof DomainError && /^(application|deadline|calendar)\./.test(error.code)) {
      return fail([{ code: error.code, path: 'description', message: error.message }]);
    }
    throw error;
  }
}

async function recordCorrection(
  deps: IntakeDeps,
  request: SubmitCorrectionRequest,
  correction: { description: string; files: readonly CheckedUpload[] },
  now: Date,
): Promise<Outcome<CaseStepResult>> {
  const { files } = correction;
  return deps.transaction(async (store) => {
    const application = await store.lockApplication(request.applicationId);
    if (application === null) throw new IntakeApplicationNotFoundError();
    if (application.status !== 'awaitingCorrection') return fail([notAwaitingIssue]);
    await store.updateDescription(application.id, correction.description, now);
    await storeUploads(store, deps, { applicationId: application.id, agencyId: application.agencyId, createdByAccountId: null }, files);
    const result = await appendCaseStep(
      store,
      application,
      {
        // The audit trail names the applicant masked, as lists do.
        actor: { kind: 'applicant', name: maskApplicant(application.applicant, application.contact).applicant.name, ip: request.ip },
        event: { kind: 'correctionReceived', on: chinaDateOf(now) },
        note: `申请人通过网上提交补正（附件${files.length}个）。补正前的申请内容：${application.description}`,
      },
      now,
    );
    return succeed(result);
  });
}
