/**
 * The wording every agency starts from. Each template is the title and the body paragraphs; the
 * document number, the addressee line, the signature and the date are laid out around them.
 * Sentences follow the 条例's own words so that the letter shows its legal basis.
 */
import { feeMeasuresTitle, feeRemedySentence, regulationTitle as law, notProcessedRemedySentence, remedySentence } from './legal-text.ts';
import type { ReplyType } from './reply-type.ts';
import type { ReplyTemplate } from './template.ts';

const received = '本机关于{{收到申请日期}}收到您提出的政府信息公开申请（受理编号：{{受理编号}}），申请获取“{{申请内容}}”。';
const replyTitle = (kind: string): string => `政府信息公开申请${kind}告知书`;

function decision(type: ReplyType, kind: string, ...paragraphs: string[]): ReplyTemplate {
  return { type, title: replyTitle(kind), paragraphs: [received, ...paragraphs, remedySentence] };
}

const templates: Readonly<Record<ReplyType, ReplyTemplate>> = {
  alreadyPublic: decision(
    'alreadyPublic',
    '已主动公开',
    `经审查，您申请获取的信息已经主动公开。根据${law}第三十六条第（一）项的规定，现告知您获取该政府信息的方式和途径：{{获取途径}}。`,
  ),
  granted: decision(
    'granted',
    '予以公开',
    `经审查，您申请获取的信息属于可以公开的政府信息。根据${law}第三十六条第（二）项的规定，本机关决定予以公开，{{提供方式}}。`,
  ),
  partial: decision(
    'partial',
    '部分公开',
    '经审查，您申请获取的信息中，{{不予公开内容}}不予公开，理由是：{{理由}}。',
    `其余部分可以公开。根据${law}第三十七条的规定，本机关对您申请的信息作区分处理，向您提供可以公开的部分，{{提供方式}}。`,
  ),
  denied: decision(
    'denied',
    '不予公开',
    '经审查，{{理由}}。',
    `根据${law}第三十六条第（三）项的规定，本机关决定对您申请的上述信息不予公开。`,
  ),
  nonexistent: decision(
    'nonexistent',
    '信息不存在',
    `经检索，本机关未制作或者获取您所申请的政府信息。根据${law}第三十六条第（四）项的规定，现告知您该政府信息不存在。`,
  ),
  notResponsible: decision(
    'notResponsible',
    '非本机关职责',
    `经审查，{{理由}}，您申请获取的信息不属于本机关负责公开的政府信息。根据${law}第三十六条第（五）项的规定，特此告知。`,
    '负责公开该政府信息的行政机关为{{负责机关}}，您可以向该机关提出申请。',
    '{{负责机关}}的联系方式：{{负责机关联系方式}}。',
  ),
  needsCreation: decision(
    'needsCreation',
    '无法提供',
    `经审查，本机关没有您所申请的现成信息，需要对现有政府信息进行加工、分析才能形成。根据${law}第三十八条的规定，本机关不予提供。`,
  ),
  unclearAfterCorrection: decision(
    'unclearAfterCorrection',
    '无法提供',
    `本机关已依照${law}第三十条的规定一次性告知您作出补正。经审查，您补正后的申请内容仍不明确，本机关无法确定您所需要的政府信息，因此无法向您提供。您可以在明确申请内容后重新提出申请。`,
  ),
  duplicate: decision(
    'duplicate',
    '不予重复处理',
    `经审查，您本次申请获取的信息与您此前提出、本机关已作出答复的申请相同。根据${law}第三十六条第（六）项的规定，本机关不予重复处理。`,
    '本机关已于{{前次答复日期}}对您的相同申请作出答复（{{前次答复文号}}）。',
  ),
  administrativeQuery: decision(
    'administrativeQuery',
    '依法查询',
    `经审查，您申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对该类信息的获取有特别规定。根据${law}第三十六条第（七）项的规定，请您依照有关法律、行政法规的规定办理：{{查询途径}}。`,
  ),
  petition: decision(
    'petition',
    '不予处理',
    `经审查，您提出的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动。根据${law}第三十九条第一款的规定，本机关不作为政府信息公开申请处理。`,
    '您可以通过{{受理渠道}}提出。',
  ),
  publication: decision(
    'publication',
    '不予处理',
    `经审查，您申请获取的是政府公报、报刊、书籍等公开出版物。根据${law}第三十九条第二款的规定，本机关不作为政府信息公开申请处理。`,
    '您可以通过{{获取途径}}获取。',
  ),
  excessive: decision(
    'excessive',
    '不予处理',
    '经审查，您提出政府信息公开申请的数量、频次明显超过合理范围。本机关已要求您说明理由，您说明的理由不合理：{{理由}}。',
    `根据${law}第三十五条的规定，本机关对您的申请不予处理。`,
  ),
  confirmation: decision(
    'confirmation',
    '不予处理',
    `经审查，您的申请是要求本机关对您已获取的信息进行确认或者重新出具，不属于获取${law}第二条所称本机关已制作或者获取的政府信息。本机关对您的申请不予处理。`,
  ),
  correction: {
    type: 'correction',
    title: replyTitle('补正'),
    paragraphs: [
      `本机关于{{收到申请日期}}收到您提出的政府信息公开申请（受理编号：{{受理编号}}）。经审查，您的申请内容不明确。根据${law}第三十条的规定，请您对下列事项作出补正：`,
      '{{补正事项}}',
      '请您于{{补正期限}}前向本机关提交补正后的申请。答复期限自本机关收到补正的申请之日起计算。',
      '您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
    ],
  },
  extension: {
    type: 'extension',
    title: '延长政府信息公开申请答复期限告知书',
    paragraphs: [
      received,
      `因{{延长理由}}，本机关不能在规定期限内作出答复。根据${law}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{{延长天数}}个工作日，本机关将于{{延长后期限}}前作出答复。`,
    ],
  },
  thirdPartyConsultation: {
    type: 'thirdPartyConsultation',
    title: '政府信息公开征求第三方意见书',
    paragraphs: [
      '本机关于{{收到申请日期}}收到一份政府信息公开申请（受理编号：{{受理编号}}），申请获取“{{申请内容}}”。经审查，其中下列信息的公开可能损害您（单位）的合法权益：',
      '{{涉及信息}}',
      `根据${law}第三十二条的规定，现书面征求您（单位）的意见。请您（单位）自收到本征求意见书之日起15个工作日内（截至{{意见期限}}），以书面形式向本机关提出是否同意公开的意见；不同意公开的，请说明理由。`,
      `逾期未提出意见的，本机关将依照${law}的规定决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知第三方。`,
    ],
  },
  feeNotice: {
    type: 'feeNotice',
    title: '政府信息公开信息处理费收费通知书',
    paragraphs: [
      received,
      `您提出政府信息公开申请的数量、频次明显超过合理范围。根据${law}第四十二条和${feeMeasuresTitle}的规定，本机关决定对该申请收取信息处理费。计收方式为{{计收方式}}，应缴金额为人民币{{收费金额}}元，计算明细如下：`,
      '{{收费明细}}',
      '请您自收到本通知书次日起20个工作日内（即{{缴费期限}}前），通过{{缴费方式}}缴纳上述费用。该费用全额缴入国库，本机关出具财政票据。',
      '逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。',
      feeRemedySentence,
    ],
  },
  noCorrection: {
    type: 'noCorrection',
    title: replyTitle('不再处理'),
    paragraphs: [
      received,
      `本机关已依照${law}第三十条的规定一次性告知您作出补正，补正期限至{{补正期限}}。补正期限届满，本机关未收到您补正的申请，您也未说明逾期补正的正当理由。根据${law}第三十条的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。`,
      '您仍需要获取该信息的，可以重新提出政府信息公开申请。',
      notProcessedRemedySentence,
    ],
  },
  unpaidFee: {
    type: 'unpaidFee',
    title: replyTitle('不再处理'),
    paragraphs: [
      received,
      `本机关已向您发出收费通知，应缴信息处理费人民币{{收费金额}}元，缴费期限至{{缴费期限}}。缴费期限届满，本机关未收到您缴纳的费用。根据${law}第四十二条和${feeMeasuresTitle}的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。`,
      notProcessedRemedySentence,
    ],
  },
};

/** The template an agency starts from for this letter, until it saves its own. */
export function defaultTemplateOf(type: ReplyType): ReplyTemplate {
  return templates[type];
}
