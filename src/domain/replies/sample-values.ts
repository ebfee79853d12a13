/**
 * A full set of values for every placeholder, from the demo county (莲花县): the tests render every
 * letter with it, and scripts/render-reply-letters.ts prints the letters to look at.
 */
import type { ReplyValues } from './placeholders.ts';
import type { ReplyType } from './reply-type.ts';

export const sampleReplyValues: Readonly<Required<ReplyValues>> = {
  申请人: '张三',
  第三方: '莲花县某某建材有限公司',
  受理编号: 'YSQ-2026-0012',
  收到申请日期: '2026-10-30',
  申请内容: '2025年度莲花县城区道路改造项目的招标文件及中标结果',
  机关名称: '莲花县人民政府办公室',
  答复日期: '2026-11-28',
  文号: '莲政公开〔2026〕12号',
  联系人: '李四',
  联系电话: '0799-7221234',
  复议机关: '莲花县人民政府',
  管辖法院: '莲花县人民法院',
  理由: '该信息由莲花县交通运输局制作并保存',
  获取途径: '莲花县人民政府门户网站“政府信息公开”专栏（http://www.zglh.gov.cn/zwgk/）',
  提供方式: '现以电子邮件方式向您提供',
  不予公开内容: '投标人的报价明细和技术方案',
  负责机关: '莲花县交通运输局',
  负责机关联系方式: '0799-7225678，莲花县琴亭镇莲花大道18号',
  前次答复日期: '2026-09-15',
  前次答复文号: '莲政公开〔2026〕8号',
  查询途径: '持本人身份证明向莲花县不动产登记中心申请查询',
  受理渠道: '莲花县信访局（莲花县琴亭镇政府路1号）或者12345政务服务便民热线',
  补正事项: '1. 请写明所需政府信息的名称、文号或者便于查询的其他特征性描述；\n2. 请提供申请人的身份证明复印件。',
  补正期限: '2026-12-14',
  延长理由: '所申请信息涉及的档案数量较多，需要逐件检索、审核',
  延长天数: '20',
  延长后期限: '2026-12-25',
  计收方式: '按件计收',
  收费金额: '300',
  收费明细: '本自然月内您提出的第11件至第13件申请，共3件，每件100元，合计300元。',
  缴费方式: '银行转账至莲花县财政局非税收入汇缴结算户（开户行：中国银行莲花县支行，账号：1234 5678 9012）',
  缴费期限: '2026-12-28',
  涉及信息: '1. 莲花县某某建材有限公司的投标报价明细；\n2. 莲花县某某建材有限公司投标文件中的技术方案。',
  意见期限: '2026-12-21',
};

/** What {{理由}} says in each letter that asks for one; the 不予公开告知书 takes its row's default. */
const sampleReasons: Partial<Record<ReplyType, string>> = {
  partial: '投标人的报价明细和技术方案属于商业秘密，公开会对第三方合法权益造成损害（条例第十五条）',
  notResponsible: '该信息由莲花县交通运输局制作并保存',
  excessive: '您在2026年10月内提出申请47件，均要求提供同一批项目的逐页资料，所述“研究需要”不能说明如此数量的必要性',
};

/** A 不再处理告知书 is dated after the period that ran out. */
const samplePeriods: Partial<Record<ReplyType, ReplyValues>> = {
  noCorrection: { 补正期限: '2026-11-13' },
  unpaidFee: { 收费金额: '200', 缴费期限: '2026-11-24' },
};

/** The sample values for one letter type. */
export function sampleValuesFor(type: ReplyType): ReplyValues {
  const { 理由: _, ...rest } = sampleReplyValues;
  const reason = sampleReasons[type];
  return { ...rest, ...(reason === undefined ? {} : { 理由: reason }), ...samplePeriods[type] };
}
