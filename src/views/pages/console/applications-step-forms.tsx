/**
 * The 办理 panel of the case page: one form per step the case allows now (the step rules decide,
 * `nextStepsOf`), each a plain POST that comes back to the case page. Dates start at today; the
 * correction and payment deadlines at the statutory or usual periods; document numbers and remedy
 * bodies at defaults staff may change. The steps that send a letter (补正, 征求第三方意见, 延期,
 * 收费, 终止办理 for no correction or an unpaid fee) ask for its document number and date.
 */
import type { CaseEventKind } from '../../../domain/applications/case-event.ts';
import type { ReplyType } from '../../../domain/replies/reply-type.ts';
import { closingReasonLabels } from '../../../domain/applications/next-steps.ts';
import { feeMethodLabels } from '../../../domain/fees/fee-calculation.ts';
import type { CaseDetails } from '../../../use-cases/applications/cases/get-case-details.ts';
import { opinionLabels } from './applications-history.tsx';
import { issuesOf, Select, StepFrame, TextArea, TextInput, valueOf, type FailedForm } from './applications-form-fields.tsx';

export function StepForms({ details, failed }: { details: CaseDetails; failed: FailedForm | null }) {
  const { permissions, nextSteps } = details;
  const kinds = new Set<CaseEventKind>(nextSteps.map((s) => s.kind));
  if (kinds.size === 0) {
    return (
      <section class="panel" aria-labelledby="steps-title">
        <h2 id="steps-title">办理</h2>
        <p>本申请已办结，不能再登记办理步骤。</p>
      </section>
    );
  }
  if (!permissions.canHandle && !permissions.canReview) {
    return (
      <section class="panel" aria-labelledby="steps-title">
        <h2 id="steps-title">办理</h2>
        <p class="muted">您可以查看本申请；登记办理步骤须由本机关的承办人进行。</p>
      </section>
    );
  }
  const props = { details, failed };
  const h = permissions.canHandle;
  return (
    <section class="panel steps-panel" aria-labelledby="steps-title">
      <h2 id="steps-title">办理</h2>
      <p class="muted small">只列出当前可以进行的步骤。每一步都会记入办理记录和审计日志。</p>
      {h && kinds.has('received') ? <ReceiptForm {...props} /> : null}
      {h && kinds.has('replied') ? <ReplyLink details={details} /> : null}
      {h && kinds.has('correctionRequested') ? <CorrectionForm {...props} /> : null}
      {h && kinds.has('correctionReceived') ? <SimpleDateForm {...props} form="correctionReceived" title="登记收到补正" label="收到补正的日期" submit="登记收到补正" lead="申请人以邮寄、当面等方式提交补正的，在此登记；答复期限自收到补正之日的次日重新计算20个工作日。" /> : null}
      {h && kinds.has('thirdPartyConsultationStarted') ? <ConsultationStartForm {...props} kind="thirdParty" /> : null}
      {h && kinds.has('agencyConsultationStarted') ? <ConsultationStartForm {...props} kind="agency" /> : null}
      {h ? nextSteps.filter((s) => s.consultationId !== undefined).map((s) => <ConsultationEndForm key={s.consultationId} {...props} step={s} />) : null}
      {kinds.has('extensionApproved') ? (permissions.canReview ? <ExtensionForm {...props} /> : <p class="muted small step-note">延长答复期限须经政府信息公开工作机构负责人（审核人）批准，由审核人在本页登记。</p>) : null}
      {h && kinds.has('feeNoticeSent') ? <FeeNoticeForm {...props} /> : null}
      {h && kinds.has('feePaid') ? <SimpleDateForm {...props} form="feePaid" title="登记已缴费" label="缴费日期" submit="登记已缴费" /> : null}
      {h && kinds.has('transferred') ? <TransferForm {...props} /> : null}
      {h && details.closingReasons.length > 0 ? <CloseForm {...props} /> : null}
    </section>
  );
}

type FormProps = { details: CaseDetails; failed: FailedForm | null };

function actionOf(details: CaseDetails, form: string): string {
  return form === 'extension' ? `/console/applications/${details.record.id}/extension` : `/console/applications/${details.record.id}/steps/${form}`;
}

function common(details: CaseDetails, failed: FailedForm | null, form: string) {
  return { form, issues: issuesOf(failed, form), v: (name: string, fallback = '') => valueOf(failed, form, name, fallback), action: actionOf(details, form) };
}

function NoteField({ form, issues, v }: ReturnType<typeof common>) {
  return <TextArea form={form} name="note" label="备注（可不填）" rows={2} maxLength={1000} value={v('note')} issues={issues} />;
}

function ReceiptForm({ details, failed }: FormProps) {
  const c = common(details, failed, 'receipt');
  return (
    <StepFrame form="receipt" title="确认收到申请" action={c.action} failed={failed} submit="确认收到" lead="网上、传真提交的申请，以双方确认之日为收到申请之日；无需签收的平信，以与申请人确认之日为收到申请之日（条例第三十一条）。">
      <TextInput form="receipt" name="on" type="date" label="确认收到的日期" value={c.v('on', details.today)} issues={c.issues} required />
      <NoteField {...c} />
    </StepFrame>
  );
}

function ReplyLink({ details }: { details: CaseDetails }) {
  return (
    <p class="step-reply">
      <a class="button button-primary" href={`/console/applications/${details.record.id}/reply`}>
        答复申请人
      </a>
      <span class="muted small"> 选择办理结果，生成答复书（DOCX），登记送达日期。</span>
    </p>
  );
}

const letterOfForm: Readonly<Record<string, ReplyType>> = {
  correction: 'correction',
  extension: 'extension',
  feeNotice: 'feeNotice',
  thirdParty: 'thirdPartyConsultation',
  // Both 不再处理告知书 start from the same number.
  close: 'noCorrection',
};

function LetterFields({ c, form, details, required = true }: { c: ReturnType<typeof common>; form: string; details: CaseDetails; required?: boolean }) {
  const type = letterOfForm[form] ?? 'correction';
  return (
    <div class="field-row">
      <TextInput form={form} name="documentNumber" label="文号" maxLength={60} value={c.v('documentNumber', details.defaults.documentNumbers[type])} issues={c.issues} required={required} />
      <TextInput form={form} name="letterDate" type="date" label="落款日期" value={c.v('letterDate', details.today)} issues={c.issues} required={required} />
    </div>
  );
}

function RemedyFields({ c, form, details, required = true }: { c: ReturnType<typeof common>; form: string; details: CaseDetails; required?: boolean }) {
  return (
    <div class="field-row">
      <TextInput form={form} name="复议机关" label="复议机关" maxLength={100} value={c.v('复议机关', details.defaults.复议机关)} issues={c.issues} required={required} />
      <TextInput form={form} name="管辖法院" label="管辖法院" maxLength={100} value={c.v('管辖法院', details.defaults.管辖法院)} issues={c.issues} required={required} />
    </div>
  );
}

function CorrectionForm({ details, failed }: FormProps) {
  const c = common(details, failed, 'correction');
  return (
    <StepFrame form="correction" title="补正告知" action={c.action} failed={failed} submit="生成补正告知书并登记" lead="申请内容不明确的，应自收到申请之日起7个工作日内一次性告知申请人补正，说明需要补正的事项和合理的补正期限。补正期间答复期限中止。">
      <TextArea form="correction" name="items" label="需要补正的事项（每行一项）" rows={4} maxLength={2000} value={c.v('items')} issues={c.issues} required />
      <div class="field-row">
        <TextInput form="correction" name="on" type="date" label="告知日期" value={c.v('on', details.today)} issues={c.issues} required />
        <TextInput form="correction" name="correctBy" type="date" label="补正期限" value={c.v('correctBy', details.defaults.correctBy)} issues={c.issues} hint="默认为告知之日起10个工作日。" required />
      </div>
      <LetterFields c={c} form="correction" details={details} />
      <NoteField {...c} />
    </StepFrame>
  );
}

function SimpleDateForm({ details, failed, form, title, label, submit, lead }: FormProps & { form: string; title: string; label: string; submit: string; lead?: string }) {
  const c = common(details, failed, form);
  return (
    <StepFrame form={form} title={title} action={c.action} failed={failed} submit={submit} {...(lead === undefined ? {} : { lead })}>
      <TextInput form={form} name="on" type="date" label={label} value={c.v('on', details.today)} issues={c.issues} required />
      <NoteField {...c} />
    </StepFrame>
  );
}

function ConsultationStartForm({ details, failed, kind }: FormProps & { kind: 'thirdParty' | 'agency' }) {
  const form = kind === 'thirdParty' ? 'thirdParty' : 'agencyConsultation';
  const c = common(details, failed, form);
  const isThird = kind === 'thirdParty';
  return (
    <StepFrame
      form={form}
      title={isThird ? '征求第三方意见' : '征求其他机关意见'}
      action={c.action}
      failed={failed}
      submit={isThird ? '生成征求意见书并登记' : '登记征求意见'}
      lead={isThird ? '公开可能损害第三方合法权益的，应当书面征求第三方意见；第三方自收到征求意见书之日起15个工作日内提出意见，系统据此计算意见期限写入征求意见书。征求意见书寄给第三方，不向申请人公开。征求意见期间不计入答复期限（条例第三十二条、第三十三条）。' : '信息由两个以上机关共同制作的，可以征求相关机关意见，被征求机关应在15个工作日内提出意见，逾期视为同意公开。征求意见期间不计入答复期限（条例第三十四条）。'}
    >
      {isThird ? (
        <TextInput form={form} name="party" label="第三方名称" maxLength={200} value={c.v('party')} issues={c.issues} required />
      ) : (
        <TextInput form={form} name="agencyName" label="被征求意见的机关" maxLength={200} value={c.v('agencyName')} issues={c.issues} required />
      )}
      {isThird ? <TextArea form={form} name="information" label="公开可能损害第三方合法权益的信息（每行一项）" rows={3} maxLength={2000} value={c.v('information', details.record.description)} issues={c.issues} hint="写入征求意见书；默认为申请内容，只涉及其中一部分的，请改为该部分。" required /> : null}
      <TextInput form={form} name="on" type="date" label={isThird ? '第三方收到征求意见书的日期' : '该机关收到征求意见函的日期'} value={c.v('on', details.today)} issues={c.issues} hint="按送达日期登记：自该日次日起暂停计算答复期限。" required />
      {isThird ? <LetterFields c={c} form={form} details={details} /> : null}
      <NoteField {...c} />
    </StepFrame>
  );
}

function ConsultationEndForm({ details, failed, step }: FormProps & { step: CaseDetails['nextSteps'][number] }) {
  const form = step.kind === 'thirdPartyConsultationEnded' ? 'thirdPartyAnswer' : 'agencyConsultationAnswer';
  const c = common(details, failed, form);
  const id = `${form}-${step.consultationId ?? ''}`;
  return (
    <StepFrame form={form} anchor={id} title={step.label} action={c.action} failed={failed} submit="登记意见">
      <input type="hidden" name="consultationId" value={step.consultationId} />
      <Select form={id} name="opinion" label="意见" value={c.v('opinion')} placeholder="请选择" options={Object.entries(opinionLabels).map(([value, label]) => ({ value, label }))} issues={c.issues} required />
      <TextInput form={id} name="on" type="date" label="收到意见的日期（或答复期满之日）" value={c.v('on', details.today)} issues={c.issues} required />
      <NoteField {...c} form={id} />
    </StepFrame>
  );
}

function ExtensionForm({ details, failed }: FormProps) {
  const c = common(details, failed, 'extension');
  return (
    <StepFrame form="extension" title="延长答复期限（审核人批准）" action={c.action} failed={failed} submit="批准延长并生成告知书" lead="需要延长答复期限的，应经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日，只能延长一次（条例第三十三条）。批准人记为您本人。">
      <div class="field-row">
        <TextInput form="extension" name="workingDays" type="number" min={1} max={20} label="延长的工作日数" value={c.v('workingDays', '20')} issues={c.issues} required />
        <TextInput form="extension" name="on" type="date" label="批准日期" value={c.v('on', details.today)} issues={c.issues} required />
      </div>
      <TextInput form="extension" name="reason" label="延长理由" maxLength={500} value={c.v('reason')} issues={c.issues} required />
      <LetterFields c={c} form="extension" details={details} />
      <NoteField {...c} />
    </StepFrame>
  );
}

function FeeNoticeForm({ details, failed }: FormProps) {
  const c = common(details, failed, 'feeNotice');
  const history = details.feeHistory;
  const lead = history === null ? undefined : `该申请人本自然月向本机关提出的第${history.ordinal}件申请（按身份证件号码或统一社会信用代码统计）。按件计收：每月前10件免费，第11—30件每件100元，此后每10件一档、每档加100元；按量计收：30页以内免费，31—100页每页10元，101—200页每页20元，200页以上每页40元。两种方式只能选一种。`;
  return (
    <StepFrame form="feeNotice" title="收费通知" action={c.action} failed={failed} submit="计算费用、生成收费通知书并登记" {...(lead === undefined ? {} : { lead })}>
      <div class="field-row">
        <Select form="feeNotice" name="method" label="计收方式" value={c.v('method', 'perApplication')} options={Object.entries(feeMethodLabels).map(([value, label]) => ({ value, label }))} issues={c.issues} required />
        <TextInput form="feeNotice" name="pages" type="number" min={0} label="页数（按量计收时填写）" value={c.v('pages')} issues={c.issues} />
      </div>
      <TextInput form="feeNotice" name="on" type="date" label="申请人收到收费通知的日期" value={c.v('on', details.today)} issues={c.issues} hint="缴费期限为收到通知次日起20个工作日，由系统计算。" required />
      <TextInput form="feeNotice" name="paymentMethod" label="缴费方式" maxLength={200} value={c.v('paymentMethod', '非税收入缴款码（随通知书送达）')} issues={c.issues} required />
      <RemedyFields c={c} form="feeNotice" details={details} />
      <LetterFields c={c} form="feeNotice" details={details} />
      <NoteField {...c} />
    </StepFrame>
  );
}

function TransferForm({ details, failed }: FormProps) {
  const c = common(details, failed, 'transfer');
  return (
    <StepFrame form="transfer" title="转送其他机关" action={c.action} failed={failed} submit="转送" lead="信息由其他机关掌握的，将本申请转送该机关办理。转送后本申请归属该机关，本机关不能再办理。">
      <Select form="transfer" name="toAgencyCode" label="转送的机关" value={c.v('toAgencyCode')} placeholder="请选择机关" options={details.transferOptions.map((a) => ({ value: a.code, label: a.name }))} issues={c.issues} required />
      <TextInput form="transfer" name="reason" label="转送原因" maxLength={500} value={c.v('reason')} issues={c.issues} required />
      <TextInput form="transfer" name="on" type="date" label="转送日期" value={c.v('on', details.today)} issues={c.issues} required />
      <NoteField {...c} />
    </StepFrame>
  );
}

function CloseForm({ details, failed }: FormProps) {
  const c = common(details, failed, 'close');
  const sendsNotice = details.closingReasons.some((reason) => reason !== 'withdrawn');
  const lead = `申请人逾期不补正、逾期未缴费或撤回申请的，不再处理，计入年度报告“（六）其他处理”。${sendsNotice ? '逾期不补正、逾期未缴费的，同时生成不再处理告知书（向申请人公开）；撤回申请的不生成文书，下列文书信息可不填。' : ''}`;
  return (
    <StepFrame form="close" title="终止办理" action={c.action} failed={failed} submit="终止办理" lead={lead}>
      <Select form="close" name="reason" label="原因" value={c.v('reason')} placeholder="请选择原因" options={details.closingReasons.map((reason) => ({ value: reason, label: closingReasonLabels[reason] }))} issues={c.issues} required />
      <TextInput form="close" name="on" type="date" label="终止日期" value={c.v('on', details.today)} issues={c.issues} required />
      {sendsNotice ? (
        <>
          <LetterFields c={c} form="close" details={details} required={false} />
          <RemedyFields c={c} form="close" details={details} required={false} />
        </>
      ) : null}
      <NoteField {...c} />
    </StepFrame>
  );
}
