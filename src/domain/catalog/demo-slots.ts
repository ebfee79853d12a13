/**
 * The values of the demo texts' `{slot}`s, one small maker per slot: names and places of the
 * author's county, dates around the day the text is written, and figures in believable ranges (the
 * parts of a budget add up to its total). A value may itself hold slots (`{领导}` names a `{人名}`).
 */
import { composeCreditCode } from '../agencies/credit-code.ts';
import type { DemoRandom } from '../agencies/demo-random.ts';
import { formatChineseDate, yearOf, type IsoDate } from '../calendar/iso-date.ts';
import { demoGivenNames, demoSurnames } from './demo-places.ts';
import type { DemoAuthor } from './demo-texts.ts';
import { subjectCodeOf, type DemoRole } from './demo-vocabulary.ts';

interface SlotContext {
  author: DemoAuthor;
  random: DemoRandom;
  year: number;
  month: number;
  /** The day of the month the text is written on. */
  day: number;
  writtenOn: IsoDate;
  /** The values already chosen in this text. */
  chosen: Map<string, string>;
}

type SlotMaker = (c: SlotContext) => string;

const laws: Readonly<Record<DemoRole, readonly string[]>> = {
  government: ['中华人民共和国地方各级人民代表大会和地方各级人民政府组织法', '中华人民共和国行政许可法', '优化营商环境条例'],
  fgj: ['中华人民共和国价格法', '政府投资条例', '中华人民共和国节约能源法'],
  jyj: ['中华人民共和国教育法', '中华人民共和国民办教育促进法', '中华人民共和国学前教育法'],
  gaj: ['中华人民共和国治安管理处罚法', '中华人民共和国道路交通安全法', '烟花爆竹安全管理条例'],
  czj: ['中华人民共和国预算法', '中华人民共和国政府采购法', '中华人民共和国会计法'],
  zrzy: ['中华人民共和国土地管理法', '中华人民共和国城乡规划法', '中华人民共和国矿产资源法', '中华人民共和国森林法'],
  sthj: ['中华人民共和国环境保护法', '中华人民共和国大气污染防治法', '中华人民共和国水污染防治法', '中华人民共和国环境影响评价法'],
  zjj: ['中华人民共和国建筑法', '建设工程质量管理条例', '物业管理条例', '城镇燃气管理条例'],
  jtj: ['中华人民共和国公路法', '中华人民共和国道路运输条例', '公路安全保护条例'],
  wjj: ['中华人民共和国基本医疗卫生与健康促进法', '医疗机构管理条例', '中华人民共和国传染病防治法'],
  scjg: ['中华人民共和国食品安全法', '中华人民共和国产品质量法', '中华人民共和国特种设备安全法', '中华人民共和国广告法'],
  township: ['中华人民共和国土地管理法', '中华人民共和国村民委员会组织法', '社会救助暂行办法'],
};

/** The laws a document on a subject cites, where the agency's own laws would not fit every subject. */
const lawsBySubject: ReadonlyMap<string, readonly string[]> = new Map([
  [subjectCodeOf('国土资源、能源', '国土空间规划'), ['中华人民共和国城乡规划法', '中华人民共和国土地管理法']],
  [subjectCodeOf('国土资源、能源', '土地'), ['中华人民共和国土地管理法', '不动产登记暂行条例']],
  [subjectCodeOf('国土资源、能源', '矿产'), ['中华人民共和国矿产资源法', '地质灾害防治条例']],
  [subjectCodeOf('农业、林业、水利', '林业'), ['中华人民共和国森林法']],
  [subjectCodeOf('国土资源、能源', '能源'), ['中华人民共和国节约能源法']],
  [subjectCodeOf('国民经济管理、国有资产监管', '物价'), ['中华人民共和国价格法']],
  [subjectCodeOf('国民经济管理、国有资产监管', '发展规划'), ['政府投资条例', '重大行政决策程序暂行条例']],
  [subjectCodeOf('综合政务', '应急管理'), ['中华人民共和国突发事件应对法', '自然灾害救助条例']],
  [subjectCodeOf('城乡建设、环境保护', '住房保障'), ['中华人民共和国城市房地产管理法', '国有土地上房屋征收与补偿条例']],
  [subjectCodeOf('卫生、体育', '医疗保障'), ['中华人民共和国社会保险法', '医疗保障基金使用监督管理条例']],
  [subjectCodeOf('市场监管、安全生产监管', '食品药品监管'), ['中华人民共和国食品安全法', '中华人民共和国药品管理法']],
  [subjectCodeOf('民政、扶贫、救灾', '社会救助'), ['社会救助暂行办法']],
]);

const integer = (min: number, max: number): SlotMaker => (c) => String(c.random.integer(min, max));
const decimal = (min: number, max: number, digits: number): SlotMaker => (c) =>
  (c.random.integer(Math.round(min * 10 ** digits), Math.round(max * 10 ** digits)) / 10 ** digits).toFixed(digits);
const pick = (list: (c: SlotContext) => readonly string[]): SlotMaker => (c) => c.random.pick(list(c));
/** One of the list other than the value of slot `first` (村2 is not the same village as 村). */
const other = (list: (c: SlotContext) => readonly string[], first: string): SlotMaker => (c) => {
  const rest = list(c).filter((item) => item !== c.chosen.get(first));
  return c.random.pick(rest.length > 0 ? rest : list(c));
};
/** A whole whose parts other slots take (a budget's total), chosen once whichever is named first. */
const whole = (name: string, min: number, max: number) => (c: SlotContext): string => {
  if (!c.chosen.has(name)) c.chosen.set(name, decimal(min, max, 2)(c));
  return c.chosen.get(name)!;
};
const totalAmount = whole('金额', 80, 3000);
const smallAmount = whole('小额', 3, 25);
const share = (total: SlotMaker, part: number, isRest: boolean): SlotMaker => (c) => {
  const value = Number(total(c));
  const first = Number((value * part).toFixed(2));
  return (isRest ? value - first : first).toFixed(2);
};

const slotMakers: Readonly<Record<string, SlotMaker>> = {
  机关: (c) => c.author.agencyName,
  发文机关: (c) => c.author.agencyName,
  简称: (c) => c.author.shortName,
  县: (c) => c.author.places.county,
  缩写: (c) => c.author.abbreviation,
  电话: (c) => c.author.phone,
  年: (c) => String(c.year),
  上年: (c) => String(c.year - 1),
  下年: (c) => String(c.year + 1),
  近年: (c) => String(c.year + 2),
  远年: (c) => String(c.year + 10),
  许可到期年: (c) => String(c.year + 5),
  月: (c) => String(c.month),
  // A day of this month not after the day of writing (the meeting a news item reports).
  日: (c) => String(c.random.integer(1, c.day)),
  日2: (c) => String(Math.min(28, Number(c.chosen.get('日') ?? '10') + c.random.integer(3, 8))),
  落款: (c) => formatChineseDate(c.writtenOn, true),
  // The quarter just ended (statistics come after it) and its year.
  季度: (c) => `第${['四', '一', '二', '三'][Math.floor((c.month - 1) / 3)]}季度`,
  季度年: (c) => String(c.month <= 3 ? c.year - 1 : c.year),
  规划期: (c) => planPeriodOf(c.year),
  上规划期: (c) => planPeriodOf(c.year - 1),
  镇: pick((c) => c.author.places.townships),
  镇2: other((c) => c.author.places.townships, '镇'),
  村: pick((c) => c.author.places.villages),
  村2: other((c) => c.author.places.villages, '村'),
  路: pick((c) => c.author.places.roads),
  项目: pick((c) => c.author.places.projects),
  项目2: other((c) => c.author.places.projects, '项目'),
  公司: pick((c) => c.author.places.companies),
  公司2: other((c) => c.author.places.companies, '公司'),
  公司3: other((c) => c.author.places.companies, '公司2'),
  人名: (c) => `${c.random.pick(demoSurnames)}${c.random.pick(demoGivenNames)}`,
  领导: pick(() => ['县委常委、副县长{人名}', '副县长{人名}', '{简称}党组书记、局长{人名}', '县人民政府党组成员{人名}']),
  上级: pick(() => ['省、市', '省委、省政府', '市委、市政府', '国家和省']),
  科室: pick(() => ['办公室', '政策法规股', '行政审批股', '综合股', '业务股']),
  // 主题分类 is set by the writer: the subject's laws when it has its own, else the agency's.
  法律: pick((c) => lawsBySubject.get(c.chosen.get('主题分类') ?? '') ?? laws[c.author.role]),
  许可事项: pick((c) => orDefault(c.author.profile.licensing, '行政许可')),
  许可事项2: other((c) => orDefault(c.author.profile.licensing, '行政许可'), '许可事项'),
  违法行为: pick((c) => orDefault(c.author.profile.penalties, '违反有关管理规定')),
  信用代码: (c) => composeCreditCode('91', '439901', `MA${String(c.random.integer(100_000, 999_999))}`),
  罚款: pick(() => ['2000', '3000', '5000', '10000', '20000', '30000', '50000', '100000']),
  主送: (c) => addresseesOf(c),
  辖区: (c) => (c.author.role === 'township' ? `全${c.author.shortName.slice(-5, -4)}` : '全县'),
  拟任职务: (c) => appointmentOf(c.author),
  乡镇数: (c) => String(c.author.places.townships.length),
  数: integer(3, 15),
  数2: integer(20, 300),
  数3: integer(1, 6),
  号: integer(1, 120),
  号2: integer(1, 120),
  // Twice a month: the issue number grows with the month.
  期: (c) => String(c.random.integer(Math.max(1, c.month * 2 - 1), c.month * 2)),
  年龄: integer(30, 45),
  项目数: integer(12, 60),
  件数: integer(60, 900),
  人数: (c) => String(c.author.role === 'township' ? c.random.integer(40, 90) : c.random.integer(25, 150)),
  人口: decimal(25, 65, 1),
  面积: integer(800, 2600),
  收入: integer(38_000, 52_000),
  收入2: integer(18_000, 26_000),
  百分比2: decimal(85, 99.5, 1),
  金额: totalAmount,
  金额3: share(totalAmount, 0.7, false),
  金额4: share(totalAmount, 0.7, true),
  小额: smallAmount,
  小额2: share(smallAmount, 0.35, false),
  小额3: share(smallAmount, 0.35, true),
  小额4: decimal(0.5, 3, 2),
};

/** The value of a slot in a text written on `writtenOn` (the slot's own name when it has no maker). */
export function slotValue(author: DemoAuthor, writtenOn: IsoDate, name: string, chosen: Map<string, string>): string {
  const context: SlotContext = { author, random: author.random, year: yearOf(writtenOn), month: Number(writtenOn.slice(5, 7)), day: Number(writtenOn.slice(8, 10)), writtenOn, chosen };
  const maker = slotMakers[name];
  if (maker !== undefined) return maker(context);
  // Numbered figures (增幅1, 亿元2 …), each its own value.
  if (name.startsWith('增幅')) return decimal(1, 12, 1)(context);
  if (name.startsWith('亿元')) return decimal(1.2, 60, 1)(context);
  return name;
}

function orDefault(list: readonly string[], fallback: string): readonly string[] {
  return list.length > 0 ? list : [fallback];
}

/** Whom a notice is addressed to (主送): a township writes to its villages. */
function addresseesOf(c: SlotContext): string {
  if (c.author.role === 'township') return '各村（居）民委员会，镇属各单位：';
  if (c.author.role === 'government') return '各乡镇人民政府，县直各单位：';
  return c.random.pick(['各乡镇人民政府，县直有关单位：', '各乡镇人民政府，县直各单位，各有关企业：']);
}

/** The post a 任职前公示 names: a deputy head of the agency. */
function appointmentOf(author: DemoAuthor): string {
  if (author.role === 'government') return '县人民政府办公室副主任';
  if (author.role === 'township') return `${author.shortName.replace(/人民政府$/, '')}副${author.shortName.slice(-5, -4)}长`;
  return `${author.shortName}副局长`;
}

/** The five-year plan a year falls in: 2026 → 十五五 (2026–2030). */
function planPeriodOf(year: number): string {
  const numbers = ['十三五', '十四五', '十五五', '十六五'];
  return numbers[Math.max(0, Math.min(numbers.length - 1, Math.floor((year - 2016) / 5)))]!;
}
