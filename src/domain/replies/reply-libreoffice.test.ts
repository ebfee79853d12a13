/**
 * Opens reply letters in LibreOffice, as an applicant's office software would, and checks that they
 * convert to a PDF showing the letter, a letter with hostile values included. Needs soffice and
 * pdftotext (poppler-utils): on CI (process.env.CI set) their absence fails the test; elsewhere it
 * is skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeReplyLetter } from './reply-letter.ts';
import { sampleReplyValues } from './sample-values.ts';
import { writeReplyLetterDocx } from './write-reply-docx.ts';

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

const missing = ['soffice', 'pdftotext'].filter((c) => !hasCommand(c));
const isCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (missing.length > 0 && !isCi) {
  process.stderr.write(`reply-libreoffice.test.ts skipped: ${missing.join(', ')} not installed; with CI set it fails instead.\n`);
}

describe.skipIf(missing.length > 0 && !isCi)('reply letters in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-replies-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts a letter, and one with markup and control characters in its values, to readable PDFs', async () => {
    expect(missing, `missing on this machine: ${missing.join(', ')}`).toEqual([]);
    const cases = {
      plain: sampleReplyValues,
      hostile: { ...sampleReplyValues, 申请人: '</w:t></w:r><w:r><w:t>王\u0001五&amp;', 申请内容: '<![CDATA[甲]]>\u000B乙\uFFFE' },
    };
    const files = await Promise.all(
      Object.entries(cases).map(async ([name, values]) => {
        const result = composeReplyLetter({ type: 'granted', documentNumber: '莲政公开〔2026〕12号', values });
        if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
        const file = join(dir, `${name}.docx`);
        writeFileSync(file, await writeReplyLetterDocx(result.letter));
        return file;
      }),
    );
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'pipe',
      timeout: 150_000,
    });
    // LibreOffice sets a little space between Chinese and Latin text, which pdftotext turns into spaces.
    const textOf = (name: string): string => execFileSync('pdftotext', [join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const plain = textOf('plain');
    expect(plain).toContain('政府信息公开申请予以公开告知书');
    expect(plain).toContain('莲政公开〔2026〕12号');
    expect(plain).toContain('或者在6个月内向莲花县人民法院提起行政诉讼。');
    expect(plain).toContain('2026年11月28日');
    const hostile = textOf('hostile');
    expect(hostile).toContain('</w:t></w:r><w:r><w:t>王五&amp;：');
    expect(hostile).toContain('“<![CDATA[甲]]>乙”');
  }, 180_000);
});
