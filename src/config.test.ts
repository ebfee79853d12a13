import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultSessionSecret, loadConfig } from './config.ts';

const productionSecret = 'x'.repeat(40);

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the development defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: resolve('./data'),
      database: { kind: 'pglite', dataDir: resolve('./data') },
      nodeEnv: 'development',
      isProduction: false,
      sessionSecret: defaultSessionSecret,
      logLevel: 'info',
      trustProxy: false,
      seedDemo: true,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/srv/gongkai',
      DATABASE_URL: 'postgres://app@db:5432/gongkai',
      NODE_ENV: 'production',
      SESSION_SECRET: productionSecret,
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '10.0.0.1, 10.0.0.0/8',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/gongkai',
      database: { kind: 'postgres', url: 'postgres://app@db:5432/gongkai' },
      isProduction: true,
      sessionSecret: productionSecret,
      logLevel: 'warn',
      trustProxy: ['10.0.0.1', '10.0.0.0/8'],
      seedDemo: false,
    });
  });

  it.each([
    ['memory://', { kind: 'pglite', dataDir: null }],
    ['postgresql://u@h/db', { kind: 'postgres', url: 'postgresql://u@h/db' }],
  ])('reads DATABASE_URL=%s', (url, database) => {
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual(database);
  });

  it.each([
    ['true', true],
    ['2', 2],
    ['false', false],
  ])('reads TRUST_PROXY=%s', (text, value) => {
    expect(loadConfig({ TRUST_PROXY: text }).trustProxy).toEqual(value);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, database: { kind: 'pglite' } });
  });

  it('lets SEED_DEMO=false turn the demo off outside production', () => {
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('lists every problem at once, in Chinese and English', () => {
    const problems = problemsOf({ PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', NODE_ENV: 'staging' });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/端口.*PORT/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL：数据库地址/);
  });

  it('refuses production with the default secret, a short one, demo seeding or an in-memory database', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringContaining('SESSION_SECRET')]);
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: defaultSessionSecret })).toHaveLength(1);
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: 'short' }).join()).toContain('至少需要 32 个字符');
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: productionSecret, SEED_DEMO: 'true' }).join()).toContain('演示数据');
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: productionSecret, DATABASE_URL: 'memory://' }).join()).toContain('内存数据库');
  });

  it('refuses a short secret outside production too', () => {
    expect(problemsOf({ SESSION_SECRET: 'short' })).toHaveLength(1);
  });

  it('refuses a malformed TRUST_PROXY', () => {
    expect(problemsOf({ TRUST_PROXY: 'everyone' }).join()).toContain('TRUST_PROXY');
  });

  it('throws a DomainError with a stable code', () => {
    const error = (() => {
      try {
        return loadConfig({ PORT: 'abc' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe('invalid_config');
    expect((error as ConfigError).message).toContain('配置有误');
  });
});
