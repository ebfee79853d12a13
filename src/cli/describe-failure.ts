/** The one place where the CLI turns a thrown error into a line for people: domain errors say what is wrong; anything else is a bug. */
import { DomainError } from '../domain/errors.ts';

export function describeFailure(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  if (isNodeFileError(error)) {
    if (error.code === 'ENOENT') return '文件不存在';
    if (error.code === 'EISDIR') return '这是一个目录，不是文件';
    if (error.code === 'EACCES') return '没有读取权限';
    return `文件读取失败（${error.code}）`;
  }
  return `内部错误：${error instanceof Error ? error.message : String(error)}`;
}

function isNodeFileError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
