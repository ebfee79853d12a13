/**
 * Opens the DOCX and XLSX the writers make in LibreOffice, as a reader of the published files
 * would, and checks that they convert to PDF with the title in them. Needs soffice and pdftotext
 * (poppler-utils): on CI (process.env.CI set) their absence fails the test; elsewhere it is skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSampleReport } from '../../../test/render/sample-report.ts';
import { writeDocx } from './write-docx.ts';
import { writeXlsx } from './write-xlsx.ts';

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter((c) => !hasCommand(c));
const isCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (missing.length > 0 && !isCi) {
  process.stderr.write(
    `libreoffice.test.ts skipped: ${missing.join(', ')} not installed ` +
      '(apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils); with CI set it fails instead.\n',
  );
}

describe.skipIf(missing.length > 0 && !isCi)('DOCX and XLSX in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-render-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function convertToPdf(file: string): string {
    expect(missing, `missing on this machine: ${missing.join(', ')}`).toEqual([]);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      { stdio: 'pipe', timeout: 150_000 },
    );
    return file.replace(/\.\w+$/, '.pdf');
  }

  function countPages(pdf: string): number {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  }

  it.each([
    ['docx', writeDocx],
    ['xlsx', writeXlsx],
  ] as const)('converts the %s to a PDF that shows the title and the figures', async (kind, write) => {
    const file = join(dir, `report-${kind}.${kind}`);
    writeFileSync(file, await write(loadSampleReport()));
    const pdf = convertToPdf(file);
    expect(countPages(pdf)).toBeGreaterThanOrEqual(1);
    // LibreOffice sets a little space between Chinese and Latin text, which pdftotext turns into spaces.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('湘潭县2024年政府信息公开工作年度报告');
    expect(text).toContain('三、收到和处理政府信息公开申请情况');
    expect(text).toMatch(/2030\.16873/);
  }, 180_000);
});
