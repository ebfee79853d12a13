/**
 * The placeholders a reply template may use, written `{{申请人}}`. Their names are Chinese because
 * the people who edit templates read them; each says what value fills it and how it is printed.
 */

export const placeholderNames = [
  '申请人',
  '第三方',
  '受理编号',
  '收到申请日期',
  '申请内容',
  '机关名称',
  '答复日期',
  '文号',
  '联系人',
  '联系电话',
  '复议机关',
  '管辖法院',
  '理由',
  '获取途径',
  '提供方式',
  '不予公开内容',
  '负责机关',
  '负责机关联系方式',
  '前次答复日期',
  '前次答复文号',
  '查询途径',
  '受理渠道',
  '补正事项',
  '补正期限',
  '延长理由',
  '延长天数',
  '延长后期限',
  '计收方式',
  '收费金额',
  '收费明细',
  '缴费方式',
  '缴费期限',
  '涉及信息',
  '意见期限',
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

/** `text` is one line; `lines` may hold several, each printed as a paragraph of its own; `date` is a `YYYY-MM-DD` value printed as 2026年11月28日. */
export type PlaceholderKind = 'text' | 'lines' | 'date';

export interface PlaceholderInfo {
  kind: PlaceholderKind;
  /** What the value is, for the template editor's list. */
  description: string;
}

export const placeholderInfo: Readonly<Record<PlaceholderName, PlaceholderInfo>> = {
  申请人: { kind: 'text', description: '申请人姓名或者单位名称（抬头）' },
  第三方: { kind: 'text', description: '被征求意见的第三方名称（抬头）' },
  受理编号: { kind: 'text', description: '申请的受理编号' },
  收到申请日期: { kind: 'date', description: '收到申请之日（条例第三十一条）' },
  申请内容: { kind: 'text', description: '申请获取的政府信息的名称或者内容描述' },
  机关名称: { kind: 'text', description: '作出答复的行政机关（落款）' },
  答复日期: { kind: 'date', description: '落款日期' },
  文号: { kind: 'text', description: '本文书的文号，如 莲政公开〔2026〕12号' },
  联系人: { kind: 'text', description: '经办联系人' },
  联系电话: { kind: 'text', description: '经办联系电话' },
  复议机关: { kind: 'text', description: '受理行政复议的机关' },
  管辖法院: { kind: 'text', description: '管辖行政诉讼的人民法院' },
  理由: { kind: 'text', description: '作出本决定的理由' },
  获取途径: { kind: 'text', description: '获取信息的方式和途径（如公开网址、栏目）' },
  提供方式: { kind: 'text', description: '提供信息的方式、途径和时间' },
  不予公开内容: { kind: 'text', description: '部分公开时不予公开的部分' },
  负责机关: { kind: 'text', description: '负责公开该信息的行政机关名称（能够确定时）' },
  负责机关联系方式: { kind: 'text', description: '负责公开该信息的行政机关的联系方式' },
  前次答复日期: { kind: 'date', description: '对相同申请作出答复的日期' },
  前次答复文号: { kind: 'text', description: '对相同申请所作答复的文号' },
  查询途径: { kind: 'text', description: '依照有关法律、行政法规办理查询的途径' },
  受理渠道: { kind: 'text', description: '信访、投诉、举报的受理渠道' },
  补正事项: { kind: 'lines', description: '需要补正的事项，每行一项' },
  补正期限: { kind: 'date', description: '补正期限的最后一日' },
  延长理由: { kind: 'text', description: '需要延长答复期限的原因' },
  延长天数: { kind: 'text', description: '延长的工作日数（不超过20）' },
  延长后期限: { kind: 'date', description: '延长后答复期限的最后一日' },
  计收方式: { kind: 'text', description: '按件计收或者按量计收' },
  收费金额: { kind: 'text', description: '应缴信息处理费金额（元）' },
  收费明细: { kind: 'lines', description: '收费计算明细，每行一项' },
  缴费方式: { kind: 'text', description: '缴费的方式（账户、地点等）' },
  缴费期限: { kind: 'date', description: '缴费期限的最后一日' },
  涉及信息: { kind: 'lines', description: '公开可能损害第三方合法权益的信息（征求意见的内容），每行一项' },
  意见期限: { kind: 'date', description: '第三方提出意见期限的最后一日（收到征求意见书之日起15个工作日）' },
};

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (placeholderNames as readonly string[]).includes(name);
}

/** The values that fill a template, by placeholder; dates as `YYYY-MM-DD`. */
export type ReplyValues = Partial<Record<PlaceholderName, string>>;

/** Every `{{name}}` in the text, in order (names trimmed), including names that are not placeholders. */
export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => (m[1] ?? '').trim());
}

/** True when the text still holds `{{` or `}}` once its well-formed placeholders are taken out. */
export function hasStrayBraces(text: string): boolean {
  const rest = text.replace(/\{\{[^{}]*\}\}/g, '');
  return rest.includes('{{') || rest.includes('}}');
}
