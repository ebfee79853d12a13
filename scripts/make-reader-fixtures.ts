/**
 * Regenerates the reader fixtures in test/fixtures/reports/{html,docx,pdf}: realistic published
 * reports built from the figures of the 湘潭县 2024 report (varied, still consistent), each with a
 * golden `<name>.expected.json`. The agencies are made up, so no real agency is misquoted.
 * Run: npx tsx scripts/make-reader-fixtures.ts   (the PDFs need /usr/bin/chromium)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as docx from 'docx';
import { chromium } from 'playwright-core';
import { createBlankReport, setFigure } from '../src/domain/annual-report/figures.ts';
import { applicationRows, figurePaths, outcomeRowKeys } from '../src/domain/annual-report/layout.ts';
import { applicantColumns, applicantParts } from '../src/domain/annual-report/model.ts';

type Row = Record<string, number>;

interface Figures {
  agency: string;
  year: number;
  proactive: Record<string, Record<string, number | string>>;
  /** Table B by row key (`outcomes.denied.stateSecret`). */
  applications: Record<string, Row>;
  reviews: Record<string, Row>;
}
interface Cell {
  text: string;
  kind: 'head' | 'label' | 'value';
  rowSpan?: number;
  colSpan?: number;
}
type Grid = Cell[][];
type Block = { kind: 'title' | 'heading' | 'para' | 'sign'; text: string } | { kind: 'table'; grid: Grid };
interface ReportOptions {
  office: string;
  signed: string;
  /** Rows of table B the agency left out of its table. */
  omit?: readonly string[];
  /** Row labels as this agency prints them, where they differ from the format. */
  relabel?: Record<string, string>;
}

const out = resolve('test/fixtures/reports');

/** The parts of the shared 湘潭县 golden file the fixtures are built from. */
interface BaseReport {
  applications: Record<string, Row>;
  reviews: Record<string, Row>;
  proactive: Record<'regulations' | 'normativeDocuments' | 'licensing' | 'penalty' | 'enforcement', Row> & {
    fees: { amountWanYuan: string };
  };
}

// ---------------------------------------------------------------- figures
const base = loadBase();

function loadBase(): BaseReport {
  const local = 'test/fixtures/real/xiangtan-county-2024.expected.json';
  const shared = 'test/fixtures/real/xiangtan-county-2024.expected.json';
  const json = JSON.parse(readFileSync(existsSync(local) ? local : shared, 'utf8'));
  const rowAt = (key: string) =>
    key.split('.').reduce((node: Record<string, unknown>, k) => node[k] as Record<string, unknown>, json.applications);
  const applications = Object.fromEntries(applicationRows.map((r) => [r.key, rowAt(r.key) as Row]));
  return { applications, reviews: json.reviews, proactive: json.proactive };
}

/** The 湘潭县 figures scaled and jittered (seeded), then made consistent again (R1–R4). */
function varyFigures(
  agency: string,
  year: number,
  seed: number,
  scale: number,
  zeroRows: readonly string[] = [],
): Figures {
  let state = seed;
  const rnd = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const jitter = (n: number) =>
    Math.max(0, Math.round(n * scale) + (n > 0 ? Math.floor(rnd() * 5) - 2 : rnd() < 0.12 ? 1 : 0));
  // Fee notices are left out (unpaidFee 0) so that "未收取信息处理费" in section 六 stays true (R9).
  const zero = new Set([...zeroRows, 'outcomes.other.unpaidFee']);
  const row = (key: string): Row =>
    Object.fromEntries(
      applicantParts.map((c) => [c, zero.has(key) ? 0 : jitter(base.applications[key]![c]!)]),
    );
  const rows: Record<string, Row> = Object.fromEntries(outcomeRowKeys.map((k) => [k, row(k)]));
  const carriedOver = (rows.carriedOver = row('carriedOver'));
  const carriedForward = (rows.carriedForward = row('carriedForward'));
  const sumOf = (keys: readonly string[], c: string) =>
    keys.reduce((sum, k) => sum + rows[k]![c]!, 0);
  for (const c of applicantParts) {
    // New applications = handled + carried forward − carried over must not be negative.
    const deficit = carriedOver[c]! - sumOf(outcomeRowKeys, c) - carriedForward[c]!;
    if (deficit > 0) rows['outcomes.granted']![c]! += deficit;
  }
  const handled = (rows['outcomes.total'] = Object.fromEntries(
    applicantParts.map((c) => [c, sumOf(outcomeRowKeys, c)]),
  ));
  rows.newReceived = Object.fromEntries(
    applicantParts.map((c) => [c, handled[c]! + carriedForward[c]! - carriedOver[c]!]),
  );
  for (const r of Object.values(rows)) r.total = applicantParts.reduce((sum, c) => sum + r[c]!, 0);
  const reviews = varyReviews(jitter);
  return { agency, year, applications: rows, reviews, proactive: varyProactive(jitter, scale, rnd) };
}

function varyReviews(jitter: (n: number) => number): Figures['reviews'] {
  const reviews: Figures['reviews'] = {};
  for (const [group, r] of Object.entries(base.reviews)) {
    const parts = ['upheld', 'corrected', 'other', 'pending'].map((c) => [c, jitter(r[c]!)] as const);
    reviews[group] = { ...Object.fromEntries(parts), total: parts.reduce((sum, [, n]) => sum + n, 0) };
  }
  return reviews;
}

function varyProactive(
  jitter: (n: number) => number,
  scale: number,
  rnd: () => number,
): Figures['proactive'] {
  const p = base.proactive;
  const documents = (d: Row) => ({
    issued: jitter(d.issued!),
    abolished: jitter(d.abolished!),
    inForce: jitter(d.inForce!),
  });
  // An amount in 万元 with up to two decimals, printed without trailing zeros ("2036.6").
  const fee = (Number(p.fees.amountWanYuan) * scale + rnd() * 10).toFixed(2).replace(/\.?0+$/, '');
  return {
    regulations: documents(p.regulations),
    normativeDocuments: documents(p.normativeDocuments),
    licensing: { decisions: jitter(p.licensing.decisions!) },
    penalty: { decisions: jitter(p.penalty.decisions!) },
    enforcement: { decisions: jitter(p.enforcement.decisions!) },
    fees: { amountWanYuan: fee },
  };
}

// ---------------------------------------------------------------- the tables of 国办公开办函〔2021〕30号
const value = (n: number | string): Cell => ({ text: String(n), kind: 'value' });
const head = (text: string, rowSpan = 1, colSpan = 1): Cell => ({
  text,
  kind: 'head',
  rowSpan,
  colSpan,
});

function tableA(p: Figures['proactive']): Grid {
  const item = (text: string): Cell[] => [head(text, 1, 4)];
  const one = (label: string, n: number | string): Cell[] => [
    head(label),
    { ...value(n), colSpan: 3 },
  ];
  const documents = (label: string, d: Record<string, number | string>): Cell[] => [
    head(label),
    value(d.issued!),
    value(d.abolished!),
    value(d.inForce!),
  ];
  const decisions = [head('信息内容'), head('本年处理决定数量', 1, 3)];
  return [
    item('第二十条第（一）项'),
    [head('信息内容'), head('本年制发件数'), head('本年废止件数'), head('现行有效件数')],
    documents('规章', p.regulations!),
    documents('行政规范性文件', p.normativeDocuments!),
    item('第二十条第（五）项'),
    decisions,
    one('行政许可', p.licensing!.decisions!),
    item('第二十条第（六）项'),
    decisions,
    one('行政处罚', p.penalty!.decisions!),
    one('行政强制', p.enforcement!.decisions!),
    item('第二十条第（八）项'),
    [head('信息内容'), head('本年收费金额（单位：万元）', 1, 3)],
    one('行政事业性收费', p.fees!.amountWanYuan!),
  ];
}

function tableB(f: Figures, options: ReportOptions): Grid {
  const rows = applicationRows.filter((r) => !options.omit?.includes(r.key));
  const rule = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  const grid: Grid = [
    [head(rule, 3, 3), head('申请人情况', 1, 7)],
    [head('自然人', 2), head('法人或其他组织', 1, 5), head('总计', 2)],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => head(t)),
  ];
  const rowsIn = (test: (r: (typeof rows)[number]) => boolean) => rows.filter(test).length;
  rows.forEach((r, i) => {
    // A section or group heading stands in its first row and spans the rows the table has of it.
    const cells: Cell[] = [];
    if (r.section && rows[i - 1]?.section !== r.section) {
      cells.push(head(r.section, rowsIn((x) => x.section === r.section)));
    }
    if (r.group && rows[i - 1]?.group !== r.group) {
      cells.push(head(r.group, rowsIn((x) => x.group === r.group)));
    }
    const label = options.relabel?.[r.key] ?? r.label;
    cells.push({ text: label, kind: 'label', colSpan: r.section ? (r.group ? 1 : 2) : 3 });
    grid.push([...cells, ...applicantColumns.map((c) => value(f.applications[r.key]![c]!))]);
  });
  return grid;
}

function tableC(reviews: Figures['reviews']): Grid {
  const columns = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const groups = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'];
  return [
    [head('行政复议', 1, 5), head('行政诉讼', 1, 10)],
    [...columns.map((t) => head(t, 2)), head('未经复议直接起诉', 1, 5), head('复议后起诉', 1, 5)],
    [...columns, ...columns].map((t) => head(t)),
    groups.flatMap((g) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => value(reviews[g]![c]!)),
    ),
  ];
}

// ---------------------------------------------------------------- the text around the tables
/** The whole report. The narrative's figures agree with the tables (R8), the fee sentence with
 *  table B (R9), the period with the year (R6). */
function composeReport(f: Figures, options: ReportOptions): Block[] {
  const a = f.applications;
  const n = f.proactive.normativeDocuments!;
  const r = f.reviews;
  const litigation = r.litigationDirect!.total! + r.litigationAfterReconsideration!.total!;
  const para = (text: string): Block => ({ kind: 'para', text });
  const heading = (text: string): Block => ({ kind: 'heading', text });
  return [
    { kind: 'title', text: `${f.agency}${f.year}年政府信息公开工作年度报告` },
    para(`本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，由${options.office}编制。本报告所列数据的统计期限自${f.year}年1月1日起至${f.year}年12月31日止。`),
    heading('一、总体情况'),
    para(`（一）主动公开。${f.year}年，新制发行政规范性文件${n.issued}件，废止${n.abolished}件，现行有效${n.inForce}件；全年在政府网站发布各类政府信息${1200 + (f.year % 100) * 37}条，同步做好政策解读和回应关切。`),
    para(`（二）依申请公开。全年新收政府信息公开申请${a.newReceived!.total}件，上年结转${a.carriedOver!.total}件；办结${a['outcomes.total']!.total}件，结转下年度继续办理${a.carriedForward!.total}件，均在法定期限内答复。`),
    para('（三）政府信息管理。严格执行信息发布“三审制”，落实公开属性源头认定机制，定期清理过期信息。'),
    para('（四）平台建设。持续优化政府网站政府信息公开专栏，规范政务新媒体运维管理。'),
    para(`（五）监督保障。全年发生政府信息公开行政复议${r.reconsideration!.total}件、行政诉讼${litigation}件；组织政务公开业务培训2次。`),
    heading('二、主动公开政府信息情况'),
    { kind: 'table', grid: tableA(f.proactive) },
    heading('三、收到和处理政府信息公开申请情况'),
    { kind: 'table', grid: tableB(f, options) },
    heading('四、政府信息公开行政复议、行政诉讼情况'),
    { kind: 'table', grid: tableC(r) },
    heading('五、存在的主要问题及改进情况'),
    para('一是政策解读形式较为单一，图解、视频解读偏少；二是基层政务公开标准化规范化水平有待提高。下一步，将丰富解读形式，加强业务培训和督促指导。'),
    heading('六、其他需要报告的事项'),
    para(`${f.year}年度，${f.agency}未收取信息处理费，未发出收费通知。无其他需要报告的事项。`),
    { kind: 'sign', text: options.office },
    { kind: 'sign', text: options.signed },
  ];
}

// ---------------------------------------------------------------- HTML pages
type DecorateCell = (cell: Cell, index: number) => string;
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cells as a CMS editor writes them: text in <p><span>, some values padded with &nbsp;. */
const editorCell: DecorateCell = (cell, index) => {
  const text = escapeHtml(cell.text);
  if (cell.kind === 'head') {
    return `<p style="text-align:center"><span style="font-family:黑体">${text}</span></p>`;
  }
  if (cell.kind === 'label') return `<p><span style="font-size:12pt">${text}</span></p>`;
  return index % 3 === 0 ? `&nbsp;${text}&nbsp;` : `<span>${text}</span>`;
};

function htmlTable(grid: Grid, decorate: DecorateCell): string {
  let index = 0;
  const attributes = (c: Cell) =>
    ((c.rowSpan ?? 1) > 1 ? ` rowspan="${c.rowSpan}"` : '') +
    ((c.colSpan ?? 1) > 1 ? ` colspan="${c.colSpan}"` : '');
  const cell = (c: Cell) => `<td${attributes(c)}>${decorate(c, index++)}</td>`;
  const rows = grid.map((r) => `<tr>${r.map(cell).join('')}</tr>`);
  const style = 'border-collapse:collapse;width:100%';
  return `<table border="1" cellspacing="0" cellpadding="4" style="${style}">
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

const indented = (t: string) => `<p style="text-indent:2em">${escapeHtml(t)}</p>`;

function htmlBlocks(blocks: Block[], decorate: DecorateCell, paragraph = indented): string {
  return blocks
    .map((b) => {
      if (b.kind === 'table') return htmlTable(b.grid, decorate);
      if (b.kind === 'title') return `<h1 style="text-align:center">${escapeHtml(b.text)}</h1>`;
      if (b.kind === 'heading') {
        return `<p style="text-indent:2em"><strong>${escapeHtml(b.text)}</strong></p>`;
      }
      if (b.kind === 'sign') return `<p style="text-align:right">${escapeHtml(b.text)}</p>`;
      return paragraph(b.text);
    })
    .join('\n');
}

/** A county government site's article page: analytics script, nav, breadcrumb, article, footer. */
function htmlPage(
  site: string,
  title: string,
  info: string,
  article: string,
  charset = 'utf-8',
): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escapeHtml(title)}_${site}</title>
<style>
body { font-family: "FangSong", "仿宋", "Noto Serif CJK SC", serif; font-size: 16px; margin: 0 auto; max-width: 960px; }
.nav li { display: inline; margin: 0 8px; } td { text-align: center; font-size: 13px; }
</style>
<script>var _hmt = _hmt || []; (function () { var hm = document.createElement("script"); hm.src = "https://hm.example.com/hm.js?0123"; })();</script>
</head>
<body>
<div class="header"><div class="logo">${site}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
<div class="article">
<div class="info">${info}　【字体：<a>大</a> <a>中</a> <a>小</a>】 <a href="javascript:window.print()">打印</a></div>
<div class="TRS_Editor">
${article}
</div>
</div>
<div class="footer"><p>主办单位：${site}办公室　网站标识码：4303210001</p><p>湘ICP备05012345号　湘公网安备 43032102000123号</p></div>
</body>
</html>
`;
}

// ---------------------------------------------------------------- DOCX, as offices write it
function docxCellParagraph(text: string): docx.Paragraph {
  return new docx.Paragraph({
    alignment: docx.AlignmentType.CENTER,
    children: [new docx.TextRun({ text, font: '宋体', size: 21 })],
  });
}

/**
 * Merges across columns with columnSpan; merges down the first column as Word itself writes it
 * (a "restart" cell, then a "continue" cell in every row below), other merges with rowSpan.
 */
function docxTable(grid: Grid): docx.Table {
  let continueRows = 0;
  let continueSpan = 1;
  const rows = grid.map((cells) => {
    const row: docx.TableCell[] = [];
    const startsInFirstColumn = continueRows === 0;
    if (continueRows > 0) {
      const verticalMerge = docx.VerticalMergeType.CONTINUE;
      const children = [docxCellParagraph('')];
      row.push(new docx.TableCell({ children, columnSpan: continueSpan, verticalMerge }));
      continueRows -= 1;
    }
    cells.forEach((c, i) => {
      const rowSpan = c.rowSpan ?? 1;
      const explicit = i === 0 && startsInFirstColumn && rowSpan > 1;
      if (explicit) [continueRows, continueSpan] = [rowSpan - 1, c.colSpan ?? 1];
      const merge = explicit
        ? { verticalMerge: docx.VerticalMergeType.RESTART }
        : rowSpan > 1
          ? { rowSpan }
          : {};
      const children = [docxCellParagraph(c.text)];
      const verticalAlign = docx.VerticalAlignTable.CENTER;
      row.push(new docx.TableCell({ children, columnSpan: c.colSpan ?? 1, verticalAlign, ...merge }));
    });
    return new docx.TableRow({ children: row });
  });
  return new docx.Table({ width: { size: 100, type: docx.WidthType.PERCENTAGE }, rows });
}

/** 方正小标宋 title, 黑体 headings "一、…", 仿宋_GB2312 三号 body indented two characters,
 *  page numbers "- 1 -" in the footer. */
function docxDocument(blocks: Block[]): docx.Document {
  const { CENTER, RIGHT } = docx.AlignmentType;
  const run = (text: string, font: string, size: number) => new docx.TextRun({ text, font, size });
  const children = blocks.map((b) => {
    if (b.kind === 'table') return docxTable(b.grid);
    if (b.kind === 'title') {
      const title = [run(b.text, '方正小标宋简体', 44)];
      return new docx.Paragraph({ alignment: CENTER, spacing: { after: 400 }, children: title });
    }
    if (b.kind === 'heading') {
      return new docx.Paragraph({ indent: { firstLine: 640 }, children: [run(b.text, '黑体', 32)] });
    }
    const body = [run(b.text, '仿宋_GB2312', 32)];
    if (b.kind === 'sign') return new docx.Paragraph({ alignment: RIGHT, children: body });
    return new docx.Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: body });
  });
  const pageNumber = new docx.Paragraph({
    alignment: CENTER,
    children: [new docx.TextRun({ children: ['- ', docx.PageNumber.CURRENT, ' -'] })],
  });
  return new docx.Document({
    creator: 'Administrator',
    styles: { default: { document: { run: { font: '仿宋_GB2312', size: 32 } } } },
    sections: [{ footers: { default: new docx.Footer({ children: [pageNumber] }) }, children }],
  });
}

// ---------------------------------------------------------------- golden files
/** The expected reading: the figures of `f` (rows in `omit` stay null), or a blank report. */
function expectedReading(
  about: string,
  f: Figures | null,
  findings: string[],
  omit: readonly string[] = [],
): object {
  const report = createBlankReport();
  if (f) {
    report.agency = f.agency;
    report.year = f.year;
    report.period = { from: `${f.year}年1月1日`, to: `${f.year}年12月31日` };
    for (const path of figurePaths) {
      const [table, ...rest] = path.split('.');
      const column = rest.pop()!;
      const key = rest.join('.');
      if (table === 'applications' && omit.includes(key)) continue;
      const tables = { applications: f.applications, reviews: f.reviews, proactive: f.proactive };
      const source = tables[table as keyof typeof tables][key];
      setFigure(report, path, source![column]!);
    }
  }
  const { agency, year, period, proactive, applications, reviews } = report;
  const expectedReadFindings = findings;
  return { about, agency, year, period, proactive, applications, reviews, expectedReadFindings };
}

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(resolve(out, path)), { recursive: true });
  writeFileSync(resolve(out, path), content);
}
function writeExpected(path: string, value: object): void {
  write(path.replace(/\.\w+$/, '.expected.json'), `${JSON.stringify(value, null, 2)}\n`);
}

/** GBK bytes for a string, with the code table taken from the platform's GBK decoder. */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      try {
        table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
      } catch {
        // not a GBK code point
      }
    }
  }
  return new Uint8Array([...text].flatMap((ch) => {
    if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`not in GBK: ${ch}`);
    return bytes;
  }));
}

// ---------------------------------------------------------------- the fixtures
const lianCheng = varyFigures('莲城县', 2024, 7, 1);
const baiShi = varyFigures('白石县', 2023, 11, 0.6);
const shiGu = varyFigures('石鼓镇', 2024, 3, 0.1);
// A department that deleted the rows of table B it had nothing to put in.
const omitted = [
  'outcomes.denied.prohibitedByLaw',
  'outcomes.denied.threeSecurities',
  'outcomes.denied.processInformation',
  'outcomes.denied.enforcementFile',
  'outcomes.denied.administrativeQuery',
  'outcomes.notProcessed.petition',
  'outcomes.notProcessed.duplicate',
  'outcomes.notProcessed.publication',
  'outcomes.notProcessed.excessive',
  'outcomes.notProcessed.confirmation',
];
const bureau = varyFigures('莲城县自然资源局', 2024, 5, 0.12, omitted);

makeCountyPage();
makeHostilePage();
makeGbkPage();
makeNewsPage();
await makeDepartmentDocx();
await makePdfs();
console.log(`fixtures written to ${out}`);

function makeCountyPage(): void {
  const report = composeReport(lianCheng, { office: '莲城县人民政府办公室', signed: '2025年1月20日' });
  const info = '发布时间：2025-01-20 09:30　来源：莲城县人民政府办公室　浏览次数：1286';
  const title = '莲城县2024年政府信息公开工作年度报告';
  write('html/rowspan-colspan.html', htmlPage('莲城县人民政府', title, info, htmlBlocks(report, editorCell)));
  const about =
    "莲城县 2024: a county government page; tables with the format's merged headers " +
    '(rowspan/colspan), cells wrapped in <p>/<span>, &nbsp; padding, site chrome around the article.';
  writeExpected('html/rowspan-colspan.html', expectedReading(about, lianCheng, []));
}

/** An old-style site: a layout table around everything; scripts, handlers and templates in cells. */
function makeHostilePage(): void {
  const hostileCell: DecorateCell = (cell, index) => {
    const text = escapeHtml(cell.text);
    if (cell.kind !== 'value') {
      return index % 4 === 0 ? `<span onmouseover="alert(1)">${text}</span><!-- 编辑：张三 -->` : text;
    }
    const payloads = [
      `${text}<script>alert(1)</script>`,
      `<img src="x" onerror="alert(document.cookie)">${text}`,
      `<a href="javascript:alert(1)">${text}</a>`,
      `${text}<noscript>请开启JavaScript 999</noscript>`,
      `<span style="display:inline">${text}</span><style>td{color:red}</style>`,
      `<svg onload="alert(1)"><text>888</text></svg>${text}`,
    ];
    return payloads[index % payloads.length]!;
  };
  const relabel = {
    'outcomes.denied.threeSecurities': '3.危及"三安全一稳定"',
    'outcomes.other.noCorrection': '1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请',
    'outcomes.other.unpaidFee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再受理其政府信息公开申请',
  };
  const report = composeReport(baiShi, { office: '白石县人民政府办公室', signed: '2024年1月18日', relabel });
  const paragraph = (t: string) =>
    `<p onclick="alert('p')">${escapeHtml(t)}<script>document.write('<td>999</td>')</script></p>`;
  const article = `<table width="100%" class="layout"><tr><td class="main">
<template><table><tr><td>一、本年新收政府信息公开申请数量</td><td>999</td></tr></table></template>
${htmlBlocks(report, hostileCell, paragraph)}
</td><td class="side" width="200"><div>相关链接</div>
<ul><li><a href="#">白石县2022年政府信息公开工作年度报告</a></li></ul></td></tr></table>
<iframe src="https://example.com/ad" title="ad">广告 777</iframe>`;
  const info = '发布日期：2024-01-18　信息来源：县政府办';
  const title = '白石县2023年政府信息公开工作年度报告';
  write('html/script-in-cells.html', htmlPage('白石县人民政府', title, info, article));
  const about =
    '白石县 2023: the report inside an old-style layout table (nested tables), with <script>, ' +
    'onerror/onclick/onmouseover handlers, javascript: links, <noscript>, <template>, <svg>, <style>, ' +
    'comments and an <iframe> in cells and text; labels print "不再受理" and straight quotes. ' +
    'Nothing of that may show in the reading.';
  writeExpected('html/script-in-cells.html', expectedReading(about, baiShi, []));
}

function makeGbkPage(): void {
  const report = composeReport(shiGu, { office: '石鼓镇党政综合办公室', signed: '2025年1月15日' });
  const info = '发布时间：2025-01-15　来源：石鼓镇党政综合办公室';
  const title = '石鼓镇2024年政府信息公开工作年度报告';
  const page = htmlPage('石鼓镇人民政府', title, info, htmlBlocks(report, editorCell), 'gb2312');
  write('html/gbk-charset.html', encodeGbk(page));
  const about = '石鼓镇 2024: a township page saved in GBK, declared only by <meta … charset=gb2312>.';
  writeExpected('html/gbk-charset.html', expectedReading(about, shiGu, []));
}

function makeNewsPage(): void {
  const article = `<h1>县政府召开2024年第12次常务会议</h1>
<p style="text-indent:2em">6月20日，县长主持召开县政府2024年第12次常务会议，传达学习上级会议精神，研究部署防汛救灾、安全生产和政府信息公开等工作。</p>
<p style="text-indent:2em">会议指出，今年以来全县新收政府信息公开申请86件，均在法定期限内答复；要认真做好2023年政府信息公开工作年度报告公布后的整改工作。</p>
<p style="text-indent:2em">会议还审议了重点项目推进情况：</p>
<table border="1"><tr><th>项目</th><th>计划投资（万元）</th><th>完成率</th></tr>
<tr><td>县城排水管网改造</td><td>12000</td><td>46%</td></tr><tr><td>莲城大道二期</td><td>35600</td><td>38%</td></tr></table>
<p style="text-indent:2em">县领导班子成员，各乡镇、县直各单位主要负责人参加会议。</p>`;
  const info = '发布时间：2024-06-21 17:05　来源：县政府办';
  write('html/not-a-report.html', htmlPage('莲城县人民政府', '县政府召开2024年第12次常务会议', info, article));
  const about =
    'An ordinary news page (a county executive meeting) that mentions 政府信息公开 applications ' +
    "and a 年度报告 but has none of the report's tables.";
  writeExpected('html/not-a-report.html', expectedReading(about, null, ['READ.notReport']));
}

async function makeDepartmentDocx(): Promise<void> {
  const options = { office: '莲城县自然资源局', signed: '2025年1月24日', omit: omitted };
  const document = docxDocument(composeReport(bureau, options));
  write('docx/department.docx', await docx.Packer.toBuffer(document));
  const about =
    "莲城县自然资源局 2024: a department's Word report (仿宋_GB2312, 黑体 headings, merged cells " +
    'written both as vMerge restart/continue and as gridSpan); the department left out ten rows ' +
    'of table B (five of （三）, all of （五）): those figures are not in the document, so they stay null.';
  writeExpected('docx/department.docx', expectedReading(about, bureau, ['READ.missingRow'], omitted));
}

/** Chromium prints the 莲城县 page to PDF, and a screenshot of it as a "scan" without text layer. */
async function makePdfs(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    // The page's analytics script must not reach the network.
    await page.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    await page.goto(pathToFileURL(resolve(out, 'html/rowspan-colspan.html')).href);
    const margin = { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' };
    write('pdf/chromium.pdf', await page.pdf({ format: 'A4', margin }));
    const about =
      'html/rowspan-colspan.html printed to PDF by Chromium (Noto CJK fonts): the same figures ' +
      'as that page.';
    writeExpected('pdf/chromium.pdf', expectedReading(about, lianCheng, []));
    const clip = { x: 0, y: 0, width: 900, height: 1200 };
    const scan = await page.screenshot({ type: 'jpeg', quality: 45, clip });
    const image = `data:image/jpeg;base64,${scan.toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img style="width:100%" src="${image}"></body>`);
    write('pdf/scanned.pdf', await page.pdf({ format: 'A4', printBackground: true }));
    const scanAbout = 'A scan: one page that is only an image of the 莲城县 report, no text layer.';
    writeExpected('pdf/scanned.pdf', expectedReading(scanAbout, null, ['READ.scanned']));
  } finally {
    await browser.close();
  }
}
