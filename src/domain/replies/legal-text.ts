/**
 * Sentences the letters share: the name of the 条例, the remedy sentence (行政复议法: 60 days;
 * 行政诉讼法 Art. 46: 6 months), and the reasons for each 不予公开 row in the words of 条例
 * Arts. 14–16.
 */
import type { OutcomeKey } from '../applications/outcome.ts';

export const regulationTitle = '《中华人民共和国政府信息公开条例》';
export const feeMeasuresTitle = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

export const remedySentence =
  '如对本答复不服，可以自收到本答复之日起60日内向{{复议机关}}申请行政复议，或者在6个月内向{{管辖法院}}提起行政诉讼。';

/**
 * The fee decision cannot be challenged on its own; what can be challenged, once the payment
 * period is over, is the agency no longer processing the application (国办函〔2020〕109号, as
 * summarised in regulation.md §2; the 办法's own sentence was read only in part).
 */
export const feeRemedySentence =
  '对本收费决定不能单独申请行政复议或者提起行政诉讼；缴费期满后，如对本机关因逾期未缴费不再处理您的申请不服，' +
  '可以自知道之日起60日内向{{复议机关}}申请行政复议，或者在6个月内向{{管辖法院}}提起行政诉讼。';

/**
 * The remedy of a 不再处理告知书: what is challenged is the agency no longer processing the
 * application (条例 Art. 51); for an unpaid fee that is the only thing that can be (see above).
 */
export const notProcessedRemedySentence =
  '如对本机关不再处理您的政府信息公开申请不服，可以自收到本告知书之日起60日内向{{复议机关}}申请行政复议，' +
  '或者在6个月内向{{管辖法院}}提起行政诉讼。';

/** A paragraph that speaks of both remedies is taken to be the remedy sentence. */
export function isRemedyParagraph(paragraph: string): boolean {
  return paragraph.includes('行政复议') && paragraph.includes('行政诉讼');
}

/** Whether the remedy paragraph still states the statutory periods (60日 / 6个月, in either numeral form). */
export function statesRemedyPeriods(paragraph: string): boolean {
  return /(60|六十)\s*日/.test(paragraph) && /(6|六)\s*个月/.test(paragraph);
}

export type DeniedOutcome = Exclude<Extract<OutcomeKey, `denied.${string}`>, 'denied.administrativeQuery'>;

const art14 = `依据${regulationTitle}第十四条的规定，不予公开`;

/** The default {{理由}} of a 不予公开告知书, by the outcome row chosen (a clause: the template adds the full stop). */
export const denialReasons: Readonly<Record<DeniedOutcome, string>> = {
  'denied.stateSecret': `您申请获取的信息属于依法确定为国家秘密的政府信息，${art14}`,
  'denied.prohibitedByLaw': `您申请获取的信息属于法律、行政法规禁止公开的政府信息，${art14}`,
  'denied.threeSecurities': `您申请获取的信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，${art14}`,
  'denied.thirdPartyRights':
    `您申请获取的信息涉及商业秘密、个人隐私等内容，公开会对第三方合法权益造成损害，` +
    `依据${regulationTitle}第十五条的规定，不予公开`,
  'denied.internalAffairs':
    `您申请获取的信息属于人事管理、后勤管理、内部工作流程等方面的内部事务信息，` +
    `依据${regulationTitle}第十六条第一款的规定，可以不予公开`,
  'denied.processInformation':
    `您申请获取的信息属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，` +
    `依据${regulationTitle}第十六条第二款的规定，可以不予公开`,
  'denied.enforcementFile': `您申请获取的信息属于行政执法案卷信息，依据${regulationTitle}第十六条第二款的规定，可以不予公开`,
};

export function isDeniedOutcome(outcome: OutcomeKey): outcome is DeniedOutcome {
  return outcome in denialReasons;
}
