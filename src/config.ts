/**
 * The environment, read and validated once at start-up. Every problem is reported at once, in
 * Chinese and English, so that an operator can fix the whole configuration in one go.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { DomainError } from './domain/errors.ts';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Where the data lives: embedded PGlite (on disk, or in memory for tests) or a PostgreSQL server. */
export type DatabaseConfig =
  | { kind: 'pglite'; /** null: in memory (`DATABASE_URL=memory://`). */ dataDir: string | null }
  | { kind: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  nodeEnv: NodeEnv;
  isProduction: boolean;
  sessionSecret: string;
  logLevel: LogLevel;
  /** Fastify's `trustProxy`: false, true, a hop count, or the proxies' addresses. */
  trustProxy: boolean | number | string[];
  /** Whether an empty database gets the demo county at start-up (never in production). */
  seedDemo: boolean;
}

export class ConfigError extends DomainError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super('invalid_config', `配置有误 / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Only for development and tests; production refuses to start with it. */
export const defaultSessionSecret = 'gongkai-development-session-secret-not-for-production';
export const minSessionSecretLength = 32;

const booleanText = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/.+|memory:\/\/)$/, 'must start with postgres:// or postgresql://, or be memory://')
    .optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SESSION_SECRET: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.string().optional(),
  SEED_DEMO: booleanText.optional(),
});

type ParsedEnv = z.infer<typeof envSchema>;

const fieldHints: Record<string, string> = {
  PORT: '端口应为 1–65535 的整数',
  HOST: '监听地址不能为空',
  DATA_DIR: '数据目录不能为空',
  DATABASE_URL: '数据库地址应以 postgres:// 或 postgresql:// 开头，或为 memory://',
  NODE_ENV: '运行环境应为 development、production 或 test',
  LOG_LEVEL: '日志级别应为 fatal、error、warn、info、debug、trace 或 silent',
  SEED_DEMO: '应为 true 或 false',
};

/** Reads the configuration; throws ConfigError listing every problem. `env` is usually process.env. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '');
        return `${name}：${fieldHints[name] ?? '取值无效'} / ${name}: ${issue.message}`;
      }),
    );
  }
  const values = parsed.data;
  const trustProxy = parseTrustProxy(values.TRUST_PROXY);
  const problems = [...checkProductionSafety(values), ...(trustProxy.problem === null ? [] : [trustProxy.problem])];
  if (problems.length > 0) throw new ConfigError(problems);
  return buildConfig(values, trustProxy.value);
}

function buildConfig(values: ParsedEnv, trustProxy: Config['trustProxy']): Config {
  const isProduction = values.NODE_ENV === 'production';
  const dataDir = resolve(values.DATA_DIR);
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir,
    database: databaseConfigOf(values.DATABASE_URL, dataDir),
    nodeEnv: values.NODE_ENV,
    isProduction,
    sessionSecret: values.SESSION_SECRET ?? defaultSessionSecret,
    logLevel: values.LOG_LEVEL,
    trustProxy,
    seedDemo: !isProduction && (values.SEED_DEMO ?? true),
  };
}

function databaseConfigOf(url: string | undefined, dataDir: string): DatabaseConfig {
  if (url === undefined) return { kind: 'pglite', dataDir };
  if (url === 'memory://') return { kind: 'pglite', dataDir: null };
  return { kind: 'postgres', url };
}

function checkProductionSafety(values: ParsedEnv): string[] {
  const problems: string[] = [];
  const secret = values.SESSION_SECRET;
  if (secret !== undefined && secret.length < minSessionSecretLength) {
    problems.push(`SESSION_SECRET：至少需要 ${minSessionSecretLength} 个字符 / SESSION_SECRET: must be at least ${minSessionSecretLength} characters`);
  }
  if (values.NODE_ENV !== 'production') return problems;
  if (secret === undefined || secret === defaultSessionSecret) {
    problems.push('SESSION_SECRET：生产环境必须设置自己的会话密钥 / SESSION_SECRET: production needs its own secret, not the default');
  }
  if (values.SEED_DEMO === true) {
    problems.push('SEED_DEMO：生产环境不能写入演示数据 / SEED_DEMO: production never seeds the demo county');
  }
  if (values.DATABASE_URL === 'memory://') {
    problems.push('DATABASE_URL：生产环境不能使用内存数据库 / DATABASE_URL: production cannot run on an in-memory database');
  }
  return problems;
}

function parseTrustProxy(text: string | undefined): { value: Config['trustProxy']; problem: string | null } {
  if (text === undefined || text === 'false' || text === '0') return { value: false, problem: null };
  if (text === 'true') return { value: true, problem: null };
  if (/^\d{1,2}$/.test(text)) return { value: Number(text), problem: null };
  const addresses = text.split(',').map((a) => a.trim());
  if (addresses.every((a) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(a))) return { value: addresses, problem: null };
  return {
    value: false,
    problem: 'TRUST_PROXY：应为 true、false、跳数或逗号分隔的代理地址 / TRUST_PROXY: must be true, false, a hop count or a comma-separated list of proxy addresses',
  };
}

/** An empty variable (`PORT=`) counts as unset, as shells and .env files commonly produce them. */
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}
