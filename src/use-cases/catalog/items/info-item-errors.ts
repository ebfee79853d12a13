/** The catalogue's not-found and conflict errors; the HTTP edge maps the codes (404, 409). */
import { DomainError } from '../../../domain/errors.ts';

export class InfoItemNotFoundError extends DomainError {
  constructor() {
    super('info.notFound', '该信息不存在，或已被删除。');
  }
}

export class AttachmentNotFoundError extends DomainError {
  constructor() {
    super('attachment.notFound', '该附件不存在，或已被删除。');
  }
}

/** Two items of one agency may not share a 索引号 (the unique index `info_items_agency_index_number_key`). */
export class DuplicateIndexNumberError extends DomainError {
  constructor(indexNumber: string, options?: { cause?: unknown }) {
    super('info.duplicateIndexNumber', `本机关已有索引号为“${indexNumber}”的信息，索引号不能重复。请核对后改填其他索引号，或留空由系统自动生成。`, options);
  }
}
