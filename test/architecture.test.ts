/**
 * The dependency rule (domain ← use-cases ← db/http/views/cli) and the purity of the domain,
 * checked on the source text so that a violation fails CI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const layers = ['domain', 'use-cases', 'db', 'http', 'views', 'cli'];
const allowed: Record<string, string[]> = {
  domain: ['domain'],
  'use-cases': ['domain', 'use-cases'],
};

function layerOf(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const target = relative(join(root, 'src'), join(root, file, '..', spec));
  return layers.find((l) => target === l || target.startsWith(`${l}/`));
}

describe('dependency rule', () => {
  for (const layer of Object.keys(allowed)) {
    it(`keeps src/${layer} free of imports from outer layers`, () => {
      const offending = sourceFiles(`src/${layer}`).flatMap((file) =>
        importsOf(file)
          .filter((spec) => {
            const target = layerOf(file, spec);
            return target !== undefined && !allowed[layer]!.includes(target);
          })
          .map((spec) => `${file} imports ${spec}`),
      );
      expect(offending).toEqual([]);
    });
  }

  it('keeps the domain pure: no file system, network, environment, clock or console', () => {
    const banned = [/from ['"]node:(fs|net|http|https|child_process)/, /\bprocess\.env\b/, /\bDate\.now\(/, /new Date\(\)/, /\bconsole\.(log|info|warn|error|debug|trace)\(/];
    const offending = sourceFiles('src/domain')
      .filter((f) => !f.endsWith('.test.ts'))
      .flatMap((file) => {
        const text = readFileSync(join(root, file), 'utf8');
        return banned.filter((re) => re.test(text)).map((re) => `${file}: ${re.source}`);
      });
    expect(offending).toEqual([]);
  });
});
