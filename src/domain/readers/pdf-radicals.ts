/**
 * Chromium/Skia and some other PDF producers map CJK glyphs that a font shares between a radical
 * and an ideograph to the radical's code point in the ToUnicode table, so "人民" comes out as
 * "⼈⺠" (U+2F08 U+2EA0). Report text never uses radicals: they are read as the ideographs.
 */

// CJK Radicals Supplement → the equivalent unified ideograph (EquivalentUnifiedIdeograph.txt).
const supplement =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月' +
  '⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋' +
  '⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸' +
  '⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐' +
  '⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

const supplementMap = new Map<string, string>();
{
  const characters = [...supplement];
  for (let i = 0; i + 1 < characters.length; i += 2) {
    supplementMap.set(characters[i]!, characters[i + 1]!);
  }
}

/** The text with Kangxi radicals and radical-supplement characters replaced by the ideographs. */
export function replaceRadicals(text: string): string {
  // Kangxi radicals have compatibility decompositions to the ideographs; the supplement has not.
  return text.replace(
    /[\u2e80-\u2ef3\u2f00-\u2fd5]/g,
    (radical) => supplementMap.get(radical) ?? radical.normalize('NFKC'),
  );
}
