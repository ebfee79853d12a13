/** `gongkai seed`: writes the demo county (莲城县) into an empty database and prints the demo logins. */
import { parseArgs } from 'node:util';
import { hashPassword } from '../../auth/password-hash.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/open-database.ts';
import { createDemoCountyStore } from '../../db/stores/demo-county-store.ts';
import type { Config } from '../../config.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { createDemoApplicationsDeps } from '../../db/stores/demo-applications-store.ts';
import { createDemoCatalogDeps } from '../../db/stores/demo-catalog-store.ts';
import { seedDemoApplications } from '../../use-cases/applications/administration/seed-demo-applications.ts';
import { seedDemoCatalog } from '../../use-cases/catalog/seed-demo-catalog.ts';
import { seedDemoCounty, type DemoLogin, type SeedOutcome } from '../../use-cases/seed-demo-county.ts';
import { exitCodes, type CliIo } from '../io.ts';

export const seedUsage = `用法: gongkai seed
  在空数据库中写入演示数据（虚构的莲城县：县政府、10 个部门、5 个乡镇，每种角色一个账号），并列出演示账号。
  数据库不是空的时不做任何改动；生产环境（NODE_ENV=production）拒绝执行。
  退出码: 0 已写入或无需写入；2 失败`;

export async function runSeed(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help === true || positionals.length > 0) {
    (values.help === true ? io.stdout : io.stderr)(`${seedUsage}\n`);
    return values.help === true ? exitCodes.ok : exitCodes.unreadable;
  }
  const config = loadConfig(env);
  const handle = await openDatabase(config);
  try {
    const outcome = await seedDemo(handle, config, new Date());
    io.stdout(outcome.seeded ? formatDemoLogins(outcome.logins) : '数据库不是空的，未写入演示数据。\n');
    return exitCodes.ok;
  } finally {
    await handle.close();
  }
}

/**
 * The demo county and, when it was just written, its applications (a year and a half up to today)
 * and its catalogue (from January 2025 to today). Nothing happens on a database that is not empty.
 */
export async function seedDemo(handle: DatabaseHandle, config: Config, now: Date): Promise<SeedOutcome> {
  const outcome = await seedDemoCounty({ ...createDemoCountyStore(handle.db), hashPassword }, { isProduction: config.isProduction, now });
  if (outcome.seeded) {
    await seedDemoApplications(createDemoApplicationsDeps(handle.db), { now, isProduction: config.isProduction });
    await seedDemoCatalog(createDemoCatalogDeps(handle.db), { now, isProduction: config.isProduction });
  }
  return outcome;
}

/** The demo logins as a table for the terminal (also printed by the server after seeding). */
export function formatDemoLogins(logins: readonly DemoLogin[]): string {
  const rows = logins.map((l) => `  ${l.username.padEnd(18)} ${l.password.padEnd(20)} ${l.roleName}（${l.agencyName}）`);
  return `已写入演示数据：莲城县（lcx）。演示账号（仅供演示，切勿用于生产）：\n  ${'用户名'.padEnd(15)} ${'密码'.padEnd(18)} 角色（机关）\n${rows.join('\n')}\n`;
}
