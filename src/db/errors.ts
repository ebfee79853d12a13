/** Errors of the database layer that an operator must act on. */
import { DomainError } from '../domain/errors.ts';

/** The database has migrations this version of the code does not know: it was used by a newer version. */
export class DatabaseTooNewError extends DomainError {
  readonly unknownMigrations: readonly number[];
  constructor(unknownMigrations: readonly number[]) {
    super(
      'database_too_new',
      `数据库已由更新版本的程序升级（有 ${unknownMigrations.length} 个本程序不认识的迁移），请使用新版本程序运行，或从旧版本的备份恢复。`,
    );
    this.unknownMigrations = unknownMigrations;
  }
}

/** Another process has the PGlite data directory open; two embedded servers on one directory would corrupt it. */
export class DatabaseInUseError extends DomainError {
  constructor(dataDir: string, pid: number) {
    super(
      'database_in_use',
      `数据目录 ${dataDir} 正被进程 ${pid} 使用。内嵌数据库同一时间只能由一个进程打开：请先停止该进程（例如正在运行的服务器）再执行本操作；若确认该进程已不存在，可删除 ${dataDir}/gongkai.pid。`,
    );
  }
}

/** The PostgreSQL server cannot be reached or refuses the connection (wrong host, database, user or password). */
export class DatabaseUnavailableError extends DomainError {
  constructor(target: string, reason: string, options?: { cause?: unknown }) {
    super('database_unavailable', `无法连接数据库 ${target}：${reason}。请检查 DATABASE_URL 和数据库服务器是否在运行。`, options);
  }
}
