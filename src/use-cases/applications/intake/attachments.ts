/**
 * The uploads that come with an application or a correction: each checked by its content (PDF,
 * JPEG, PNG, DOCX), size and count BEFORE anything is stored, so a refused file leaves no trace.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { checkAttachment, checkAttachmentCount } from '../../../domain/applications/attachment-rules.ts';
import type { IntakeDeps, IntakeStore } from './intake-store.ts';

export interface Upload {
  filename: string;
  bytes: Uint8Array;
}

export interface CheckedUpload {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** Every upload checked; the issues of all of them at once, so one round trip shows everything. */
export async function checkUploads(uploads: readonly Upload[]): Promise<{ ok: true; files: CheckedUpload[] } | { ok: false; issues: Issue[] }> {
  const tooMany = checkAttachmentCount(uploads.length);
  if (tooMany !== null) return { ok: false, issues: [tooMany] };
  const issues: Issue[] = [];
  const files: CheckedUpload[] = [];
  for (const upload of uploads) {
    const checked = await checkAttachment(upload);
    if (checked.ok) files.push({ filename: checked.filename || `附件.${checked.extension}`, mediaType: checked.mediaType, bytes: upload.bytes });
    else issues.push(checked.issue);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, files };
}

export async function storeUploads(
  store: IntakeStore,
  deps: Pick<IntakeDeps, 'sha256Hex'>,
  target: { applicationId: string; agencyId: string; createdByAccountId: string | null },
  files: readonly CheckedUpload[],
): Promise<void> {
  for (const file of files) {
    await store.insertFile({
      ...target,
      role: 'attachment',
      filename: file.filename,
      mediaType: file.mediaType,
      size: file.bytes.length,
      sha256: deps.sha256Hex(file.bytes),
      content: file.bytes,
    });
  }
}
