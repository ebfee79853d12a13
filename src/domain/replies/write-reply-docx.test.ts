import { load, type CheerioAPI } from 'cheerio';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeReplyLetter, type ReplyLetter } from './reply-letter.ts';
import { sampleReplyValues } from './sample-values.ts';
import { writeReplyLetterDocx } from './write-reply-docx.ts';

interface Unzipped {
  document: string;
  core: string;
  $: CheerioAPI;
  /** The text of every body paragraph (not the footer's), in order. */
  paragraphs: string[];
}

async function unzipDocx(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  const core = await zip.file('docProps/core.xml')!.async('string');
  const $ = load(document, { xml: true });
  const paragraphs = $('w\\:body > w\\:p')
    .toArray()
    .map((p) => $(p).find('w\\:t').text());
  return { document, core, $, paragraphs };
}

function letterFor(values = sampleReplyValues): ReplyLetter {
  const result = composeReplyLetter({ type: 'denied', outcome: 'denied.processInformation', documentNumber: '莲政公开〔2026〕12号', values });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join(' '));
  return result.letter;
}

/** Characters XML 1.0 cannot hold: one of them and Word refuses the file. */
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('writeReplyLetterDocx', () => {
  const letter = letterFor();
  let docx: Unzipped;
  beforeAll(async () => {
    docx = await unzipDocx(await writeReplyLetterDocx(letter));
  });

  function paragraphWithText(text: string) {
    const found = docx.$('w\\:body > w\\:p').filter((_, p) => docx.$(p).find('w\\:t').text() === text);
    expect(found.length, `paragraph “${text}”`).toBe(1);
    return found;
  }

  it('writes the parts in 公文 order: title, number, addressee, body, signature, date, note', () => {
    expect(docx.paragraphs).toEqual([
      '政府信息公开申请不予公开告知书',
      '莲政公开〔2026〕12号',
      '张三：',
      ...letter.paragraphs,
      '莲花县人民政府办公室',
      '2026年11月28日',
      '（联系人：李四，联系电话：0799-7221234）',
    ]);
  });

  it('sets A4 pages with the GB/T 9704 margins', () => {
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = docx.$('w\\:pgMar');
    expect(['top', 'bottom', 'left', 'right'].map((side) => margin.attr(`w:${side}`))).toEqual(['2098', '1984', '1587', '1474']);
  });

  it('sets the title in 小标宋 二号 centred and the number centred under it', () => {
    const title = paragraphWithText(letter.title);
    expect(title.find('w\\:jc').attr('w:val')).toBe('center');
    expect(title.find('w\\:rFonts').attr('w:eastAsia')).toBe('方正小标宋简体');
    expect(title.find('w\\:sz').attr('w:val')).toBe('44');
    expect(paragraphWithText('莲政公开〔2026〕12号').find('w\\:jc').attr('w:val')).toBe('center');
  });

  it('writes the addressee flush left and ending in a full-width colon', () => {
    const addressee = paragraphWithText('张三：');
    expect(addressee.find('w\\:ind')).toHaveLength(0);
    expect(addressee.find('w\\:jc')).toHaveLength(0);
  });

  it('sets every body paragraph in 仿宋 三号, justified, indented two characters, on a fixed 29pt line', () => {
    for (const text of letter.paragraphs) {
      const p = paragraphWithText(text);
      expect(p.find('w\\:rFonts').attr('w:eastAsia')).toBe('仿宋_GB2312');
      expect(p.find('w\\:sz').attr('w:val')).toBe('32');
      expect(p.find('w\\:jc').attr('w:val')).toBe('both');
      expect([p.find('w\\:ind').attr('w:firstLine'), p.find('w\\:ind').attr('w:firstLineChars')]).toEqual(['640', '200']);
      expect([p.find('w\\:spacing').attr('w:line'), p.find('w\\:spacing').attr('w:lineRule')]).toEqual(['580', 'exact']);
    }
  });

  it('keeps the last body paragraph with the signature, so the signature never stands alone on a page', () => {
    expect(paragraphWithText(letter.paragraphs.at(-1)!).find('w\\:keepNext')).toHaveLength(1);
    expect(paragraphWithText(letter.signature).find('w\\:keepNext')).toHaveLength(1);
  });

  it('puts the date four characters from the right and centres the name over it, two lines under the body', () => {
    const date = paragraphWithText('2026年11月28日');
    expect([date.find('w\\:jc').attr('w:val'), date.find('w\\:ind').attr('w:right')]).toEqual(['right', '1280']);
    const signature = paragraphWithText('莲花县人民政府办公室');
    // 10 characters over a date 7 characters wide: 1.5 characters (480 twips) further right.
    expect([signature.find('w\\:jc').attr('w:val'), signature.find('w\\:ind').attr('w:right')]).toEqual(['right', '800']);
    expect(signature.find('w\\:spacing').attr('w:before')).toBe('1160');
  });

  it('prints no seal placeholder', () => {
    expect(docx.paragraphs.join('')).not.toMatch(/印章|盖章|公章/);
  });

  it('leaves the note out when there is none', async () => {
    const { paragraphs } = await unzipDocx(await writeReplyLetterDocx({ ...letter, note: null }));
    expect(paragraphs.at(-1)).toBe('2026年11月28日');
  });

  it('numbers the pages in the footer', async () => {
    const zip = await JSZip.loadAsync(await writeReplyLetterDocx(letter));
    const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    expect(await zip.file(footers[0]!)!.async('string')).toContain('PAGE');
  });
});

describe('writeReplyLetterDocx with hostile values', () => {
  const markup = '</w:t></w:r></w:p><w:p><w:r><w:t>注入';
  const hostile = `${markup}<![CDATA[x]]>&amp;"'\u0000\u0001\u000B\u001F\uFFFE\uD800尾`;

  it('keeps markup and control characters in composed values from breaking the document', async () => {
    const letter = letterFor({ ...sampleReplyValues, 申请人: hostile, 申请内容: hostile, 机关名称: `莲花县\u0007人民政府` });
    const docx = await unzipDocx(await writeReplyLetterDocx(letter));
    expect(docx.document).not.toMatch(notXml);
    expect(docx.paragraphs).toHaveLength(letter.paragraphs.length + 6);
    expect(docx.paragraphs[2]).toBe(`${markup}<![CDATA[x]]>&amp;"'尾：`);
    expect(docx.paragraphs[3]).toContain(`“${markup}<![CDATA[x]]>&amp;"'尾”`);
    expect(docx.paragraphs).toContain('莲花县人民政府');
  });

  it('cleans a letter built by hand, title and paragraphs included', async () => {
    const letter: ReplyLetter = { ...letterFor(), title: hostile, paragraphs: [hostile, '第二段\u0008'], signature: hostile, note: hostile };
    const docx = await unzipDocx(await writeReplyLetterDocx(letter));
    expect(docx.document).not.toMatch(notXml);
    expect(docx.core).not.toMatch(notXml);
    expect(docx.paragraphs).toHaveLength(8);
    expect(docx.paragraphs[0]).toBe(`${markup}<![CDATA[x]]>&amp;"'尾`);
    expect(docx.paragraphs[4]).toBe('第二段');
  });
});
