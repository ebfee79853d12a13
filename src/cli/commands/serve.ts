/**
 * `gongkai serve` (`npm start`): opens and migrates the database, seeds the demo county into an
 * empty one outside production (and prints its logins), serves HTTP, and shuts down cleanly on
 * SIGTERM/SIGINT — server first, so no request is cut off mid-transaction, then the database.
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../config.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { openDatabase } from '../../db/open-database.ts';
import { DomainError } from '../../domain/errors.ts';
import { createApp } from '../../http/app.ts';
import { startReminderTimer } from '../../http/console/applications/reminder-timer.ts';
import { startPublicationTimer } from '../../http/console/catalog/publication-timer.ts';
import { startRegisterExpiryTimer } from '../../http/console/register/expiry-timer.ts';
import { exitCodes, type CliIo } from '../io.ts';
import { formatDemoLogins, seedDemo } from './seed.ts';

export const serveUsage = `用法: gongkai serve
  启动政府信息公开平台（门户网站、工作台和 /api/v1 接口）。
  配置来自环境变量：PORT（默认 3000）、HOST（默认 127.0.0.1）、DATA_DIR（默认 ./data，内置 PGlite 数据库）、
  DATABASE_URL（postgres://… 使用 PostgreSQL 服务器）、SESSION_SECRET（生产环境必填）、NODE_ENV、LOG_LEVEL、TRUST_PROXY。
  非生产环境下，若数据库为空，自动写入演示数据（莲城县）并列出演示账号。按 Ctrl+C 停止。`;

export interface ServeOptions {
  env?: NodeJS.ProcessEnv;
  /** Resolves when the server should stop; by default the first SIGTERM or SIGINT. */
  stopSignal?: Promise<string>;
}

export async function runServe(args: string[], io: CliIo, options: ServeOptions = {}): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help === true || positionals.length > 0) {
    (values.help === true ? io.stdout : io.stderr)(`${serveUsage}\n`);
    return values.help === true ? exitCodes.ok : exitCodes.unreadable;
  }
  const config = loadConfig(options.env ?? process.env);
  const handle = await openDatabase(config);
  try {
    await seedIfEmpty(handle, config, io);
    const app = await createApp({ handle, config, now: () => new Date(), logger: true });
    await listenOrExplain(app, config);
    // Reminders for cases nearing or past their due date: shortly after start, then hourly.
    const reminders = startReminderTimer({ handle, now: () => new Date(), log: app.log });
    // Scheduled publication of approved catalogue items (every minute), and the automatic expiry of
    // normative documents whose validity period has ended (hourly).
    const publication = startPublicationTimer({ handle, now: () => new Date(), log: app.log });
    const expiry = startRegisterExpiryTimer({ handle, now: () => new Date(), log: app.log });
    io.stdout(`\n政府信息公开平台已启动：${publicUrl(config, app.server.address())}\n  数据库：${describeDatabase(config)}\n  按 Ctrl+C 停止。\n\n`);
    const signal = await (options.stopSignal ?? waitForStopSignal());
    io.stdout(`收到 ${signal}，正在停止……\n`);
    reminders.stop();
    publication.stop();
    expiry.stop();
    await app.close();
    return exitCodes.ok;
  } finally {
    await handle.close();
  }
}

async function listenOrExplain(app: FastifyInstance, config: Config): Promise<void> {
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new DomainError('port_in_use', `端口 ${config.port} 已被占用（是否已有一个平台在运行？），请停止它或用 PORT 换一个端口。`, { cause: error });
    if (code === 'EACCES') throw new DomainError('port_forbidden', `没有权限监听 ${config.host}:${config.port}，请换一个大于 1024 的端口。`, { cause: error });
    throw error;
  }
}

async function seedIfEmpty(handle: DatabaseHandle, config: Config, io: CliIo): Promise<void> {
  if (!config.seedDemo) return;
  const outcome = await seedDemo(handle, config, new Date());
  if (outcome.seeded) io.stdout(`\n${formatDemoLogins(outcome.logins)}`);
}

function waitForStopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/** The address to open in a browser: `localhost` for the loopback and wildcard addresses. */
function publicUrl(config: Config, address: string | AddressInfo | null): string {
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const isLocal = ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(config.host);
  const host = isLocal ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host}:${port}`;
}

function describeDatabase(config: Config): string {
  const { database } = config;
  if (database.kind === 'postgres') return `PostgreSQL（${new URL(database.url).host}）`;
  return database.dataDir === null ? '内置 PGlite（内存，停止后数据丢失）' : `内置 PGlite（${database.dataDir}）`;
}
