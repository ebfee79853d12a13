/**
 * The stylesheet of the HTML report: the look of a printed 公文 (GB/T 9704-2012) — A4 with its
 * margins, 小标宋 title, 仿宋 body, 黑体/楷体 headings, ruled tables — on screen and in print.
 * Fonts fall back to what the reader's machine has (宋体/Noto CJK); nothing is loaded from the network.
 */
const fangsong =
  '"仿宋_GB2312", "FangSong_GB2312", "仿宋", FangSong, STFangsong, "华文仿宋", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif';
const heiti = '"黑体", SimHei, STHeiti, "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
const kaiti =
  '"楷体_GB2312", "KaiTi_GB2312", "楷体", KaiTi, STKaiti, "华文楷体", "AR PL UKai CN", "Noto Serif CJK SC", serif';
const songti = '"宋体", SimSun, "Songti SC", STSong, "Noto Serif CJK SC", "Source Han Serif SC", serif';

// 小标宋 has one weight that looks bold; where it is missing, a real bold serif is the closest look.
const titleFace = [
  '方正小标宋简体',
  'FZXiaoBiaoSong-B05S',
  '方正小标宋_GBK',
  '华文中宋',
  'STZhongsong',
  'Noto Serif CJK SC Bold',
  'NotoSerifCJKsc-Bold',
  'Source Han Serif SC Bold',
  'SourceHanSerifSC-Bold',
]
  .map((name) => `local("${name}")`)
  .join(', ');

export const reportStyle = `
@font-face { font-family: "Gongkai Title"; src: ${titleFace}; }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font-family: ${songti}; font-size: 14pt; margin-right: 14pt; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-family: ${songti}; font-size: 14pt; margin-left: 14pt; } }
html { background: #eeeeee; }
body { margin: 0; color: #000; font-family: ${fangsong}; font-size: 16pt; line-height: 29pt; }
.report { box-sizing: border-box; max-width: 210mm; margin: 12px auto; padding: 37mm 26mm 35mm 28mm; background: #fff; }
h1 { font-family: "Gongkai Title", "方正小标宋简体", "华文中宋", STZhongsong, ${songti}; font-size: 22pt; font-weight: normal;
  line-height: 1.5; text-align: center; margin: 0 0 29pt; }
h2 { font-family: ${heiti}; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; page-break-after: avoid; }
p { margin: 0; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }
.subheading { font-family: ${kaiti}; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 8pt 0 16pt; font-size: 10.5pt; line-height: 1.4; }
th, td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; overflow-wrap: anywhere; }
th { font-weight: bold; text-align: center; }
th.label { font-weight: normal; text-align: left; }
td { text-align: center; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
@media print {
  html { background: none; }
  .report { max-width: none; margin: 0; padding: 0; }
}
`;
