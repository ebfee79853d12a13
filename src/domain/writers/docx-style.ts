/**
 * The measures and fonts of a 公文 page (GB/T 9704-2012 党政机关公文格式) in Word's units:
 * twips (1/20 pt) for lengths, half-points for font sizes.
 */
import type { IFontAttributesProperties } from 'docx';

export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export const page = {
  /** A4 */
  width: 11906,
  height: 16838,
  margin: {
    top: mmToTwips(37),
    bottom: mmToTwips(35),
    left: mmToTwips(28),
    right: mmToTwips(26),
    header: mmToTwips(15),
    // The page number sits 7 mm below the type area (35 mm from the bottom), so its line ends about 22 mm up.
    footer: mmToTwips(22),
  },
} as const;

export const textWidth = page.width - page.margin.left - page.margin.right;

/** Font sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 五号 10.5pt. */
export const fontSize = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

/** 22 lines to the type area: a fixed line pitch of 29pt. */
export const bodyLinePitch = 580;
/** Two characters of 三号 text: the first-line indent of every paragraph. */
export const bodyIndent = 640;

const latin = 'Times New Roman';
function cjk(eastAsia: string, ascii = latin): IFontAttributesProperties {
  return { eastAsia, ascii, hAnsi: ascii, cs: ascii, hint: 'eastAsia' };
}

/** The fonts GB/T 9704 names. Word falls back by the alternative names in the font table (see fontTableXml). */
export const fonts = {
  title: cjk('方正小标宋简体', '方正小标宋简体'),
  body: cjk('仿宋_GB2312'),
  heading: cjk('黑体', '黑体'),
  subheading: cjk('楷体_GB2312'),
  pageNumber: cjk('宋体', '宋体'),
  table: cjk('仿宋_GB2312'),
} as const;

/** Fonts and the ones to use where they are missing, written to word/fontTable.xml. */
const fallbacks: readonly [name: string, altName: string, family: string, pitch: string][] = [
  ['方正小标宋简体', '华文中宋', 'roman', 'variable'],
  ['仿宋_GB2312', '仿宋', 'modern', 'fixed'],
  ['楷体_GB2312', '楷体', 'modern', 'fixed'],
  ['黑体', 'SimHei', 'modern', 'fixed'],
  ['宋体', 'SimSun', 'auto', 'variable'],
  ['Times New Roman', 'Liberation Serif', 'roman', 'variable'],
];

/** The font table, with charset 86 (GB2312) so that Word picks a Chinese font when one is missing. */
export function buildFontTableXml(): string {
  const entries = fallbacks.map(
    ([name, alt, family, pitch]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alt}"/>` +
      `<w:charset w:val="${name === 'Times New Roman' ? '00' : '86'}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${entries.join('')}</w:fonts>`
  );
}
