/**
 * A letter (答复书, 补正告知书 …) the applicant downloads from the status page: only a letter of this
 * application that the office marked public to the applicant; anything else is "not found".
 */
import type { ApplicationFile, IntakeDeps } from './intake-store.ts';

export async function readApplicantLetter(deps: IntakeDeps, request: { applicationId: string; fileId: string }): Promise<ApplicationFile | null> {
  const file = await deps.transaction((store) => store.readFile(request.applicationId, request.fileId));
  if (file === null || file.role !== 'letter' || !file.isPublicToApplicant) return null;
  return file;
}
