/** A file of a case (an attachment or a letter), for staff who may read the case. */
import type { Principal } from '../../../domain/access/roles.ts';
import { DomainError } from '../../../domain/errors.ts';
import { loadCaseFor } from './case-access.ts';
import type { CaseFile, CaseHandlingDeps } from './case-handling-store.ts';

export class CaseFileNotFoundError extends DomainError {
  constructor() {
    super('file_not_found', '该文件不存在。');
  }
}

export async function readCaseFile(deps: CaseHandlingDeps, request: { principal: Principal; applicationId: string; fileId: string }): Promise<{ file: CaseFile; trackingNumber: string }> {
  return deps.transaction(async (store) => {
    const { record } = await loadCaseFor(store, request.principal, 'application.read', request.applicationId);
    const file = await store.readFile(record.id, request.fileId);
    if (file === null) throw new CaseFileNotFoundError();
    return { file, trackingNumber: record.trackingNumber };
  });
}
