/**
 * Writes one sample letter of every reply type as DOCX into OUTDIR, to convert with LibreOffice
 * and look at (scripts/render-documents.sh shows the conversion and the font stand-ins).
 * Usage: npx tsx scripts/render-reply-letters.ts OUTDIR [TYPE…]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeReplyLetter } from '../src/domain/replies/reply-letter.ts';
import { isReplyType, replyTypeInfo, replyTypes, type ReplyType } from '../src/domain/replies/reply-type.ts';
import { sampleValuesFor } from '../src/domain/replies/sample-values.ts';
import { writeReplyLetterDocx } from '../src/domain/replies/write-reply-docx.ts';

const [outDir, ...only] = process.argv.slice(2);
if (outDir === undefined || !only.every(isReplyType)) {
  process.stderr.write(`用法: npx tsx scripts/render-reply-letters.ts 输出目录 [${replyTypes.join('|')} …]\n`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const types: readonly ReplyType[] = only.length > 0 ? (only as ReplyType[]) : replyTypes;
for (const [index, type] of types.entries()) {
  const outcome = replyTypeInfo[type].outcomes[0];
  const result = composeReplyLetter({
    type,
    ...(outcome === undefined ? {} : { outcome }),
    documentNumber: `莲政公开〔2026〕${index + 1}号`,
    values: sampleValuesFor(type),
  });
  if (!result.ok) {
    process.stderr.write(`${type}: ${result.issues.map((i) => i.message).join(' ')}\n`);
    process.exitCode = 1;
    continue;
  }
  const path = join(outDir, `${type}.docx`);
  writeFileSync(path, await writeReplyLetterDocx(result.letter));
  process.stdout.write(`${path}\n`);
}
