import { describe, expect, it } from 'vitest';
import { parseDocumentXml, type DocxBlock } from './docx-xml.ts';

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const documentXml = (body: string, namespaces = ns) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${namespaces}><w:body>${body}<w:sectPr/></w:body></w:document>`;
const p = (...runs: string[]) => `<w:p><w:pPr><w:ind w:firstLine="640"/></w:pPr>${runs.map((r) => `<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312"/></w:rPr>${r}</w:r>`).join('')}</w:p>`;
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;
const tc = (properties: string, text: string) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${properties}</w:tcPr>${p(t(text))}</w:tc>`;
const lines = (blocks: DocxBlock[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.lines : b.kind));

describe('parseDocumentXml', () => {
  it('reads paragraphs from their runs, joining the runs of one paragraph', () => {
    const blocks = parseDocumentXml(documentXml(p(t('一、总体'), t('情况')) + p(t('正文'))));
    expect(lines(blocks)).toEqual([['一、总体情况'], ['正文']]);
  });

  it('splits a paragraph at line breaks and reads run tabs, but not tab stops of the paragraph properties', () => {
    const xml = documentXml(`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r>${t('甲')}<w:tab/>${t('乙')}<w:br/>${t('丙')}</w:r></w:p>`);
    expect(lines(parseDocumentXml(xml))).toEqual([['甲\t乙', '丙']]);
  });

  it('decodes entities and character references, and keeps CDATA text', () => {
    const xml = documentXml(p(t('&lt;a&gt; &amp; &quot;x&quot; &#20013;&#x6587;'), '<w:t><![CDATA[<b>]]></w:t>'));
    expect(lines(parseDocumentXml(xml))).toEqual([['<a> & "x" 中文<b>']]);
  });

  it('leaves out deleted text, moved-away text, field codes and the fallback copy of alternate content', () => {
    const xml = documentXml(
      `<w:p><w:r>${t('留')}</w:r><w:del w:id="1"><w:r><w:delText>删</w:delText>${t('删2')}</w:r></w:del>` +
        `<w:moveFrom><w:r>${t('移')}</w:r></w:moveFrom><w:r><w:instrText> PAGE </w:instrText></w:r>` +
        `<mc:AlternateContent><mc:Choice Requires="wps"><w:r>${t('框')}</w:r></mc:Choice><mc:Fallback><w:r>${t('框')}</w:r></mc:Fallback></mc:AlternateContent>` +
        `<w:ins w:id="2"><w:r>${t('增')}</w:r></w:ins></w:p>`,
    );
    expect(lines(parseDocumentXml(xml))).toEqual([['留框增']]);
  });

  it('reads tables with gridBefore, gridSpan and vertical merges as Word writes them', () => {
    const xml = documentXml(
      '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>' +
        `<w:tr>${tc('<w:gridSpan w:val="3"/><w:vMerge w:val="restart"/>', '勾稽')}${tc('<w:gridSpan w:val="7"/>', '申请人情况')}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc('<w:vMerge/>', '')}${tc('', '自然人')}</w:tr>` +
        `<w:tr>${tc('<w:hMerge w:val="restart"/>', 'a')}${tc('<w:hMerge w:val="continue"/>', '')}</w:tr>` +
        '</w:tbl>',
    );
    const [table] = parseDocumentXml(xml);
    expect(table).toEqual({
      kind: 'table',
      rows: [
        { gridBefore: 0, cells: [cell(3, 'restart', '勾稽'), cell(7, 'none', '申请人情况')] },
        { gridBefore: 2, cells: [cell(1, 'continue', ''), cell(1, 'none', '自然人')] },
        { gridBefore: 0, cells: [cell(1, 'none', 'a'), cell(1, 'continue', '')] },
      ],
    });
  });

  it('keeps a nested table inside its cell, and the paragraph after the table outside it', () => {
    const inner = `<w:tbl><w:tr>${tc('', 'x')}</w:tr></w:tbl>`;
    const xml = documentXml(`<w:tbl><w:tr><w:tc>${p(t('说明'))}${inner}${p(t(''))}</w:tc></w:tr></w:tbl>${p(t('后文'))}`);
    const [outer, after] = parseDocumentXml(xml);
    expect(outer?.kind === 'table' && outer.rows[0]!.cells[0]!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(after).toEqual({ kind: 'paragraph', lines: ['后文'] });
  });

  it('finds the WordprocessingML namespace under another prefix', () => {
    const xml = '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>正文</x:t></x:r></x:p></x:body></x:document>';
    expect(lines(parseDocumentXml(xml))).toEqual([['正文']]);
  });

  it('ignores text that is not in a w:t element', () => {
    expect(lines(parseDocumentXml(documentXml('<w:p>  <w:r> 散 </w:r></w:p>')))).toEqual([['']]);
  });
});

function cell(gridSpan: number, merge: 'none' | 'restart' | 'continue', text: string) {
  return { gridSpan, merge, blocks: [{ kind: 'paragraph', lines: [text] }] };
}
