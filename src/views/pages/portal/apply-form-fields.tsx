/**
 * The fields of an application (条例 Art. 29, 43), shared by the portal's application form and the
 * console's registration form: the agency, the applicant (natural person or organisation), contact,
 * the description of the information, how to receive it, the help needed, attachments. Plain HTML
 * controls in groups, so it works without JavaScript; each problem shows beside its field.
 */
import type { ComponentChildren } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { organizationKindLabels, organizationKinds } from '../../../domain/applications/applicant.ts';
import { maxAttachmentBytes, maxAttachmentsPerApplication } from '../../../domain/applications/attachment-rules.ts';
import { deliveryFormLabels, deliveryForms, deliveryMethodLabels, deliveryMethods } from '../../../domain/applications/channel.ts';
import { issuesFor } from '../../components/issue-list.tsx';

/** The agencies to choose from, grouped as the portal's home page groups them. */
export interface AgencyChoiceGroup {
  label: string;
  agencies: readonly { code: string; name: string }[];
}

/** The form as submitted (or empty), to show again with its problems; check boxes repeat. */
export type ApplicationFormValues = Readonly<Record<string, string | readonly string[]>>;

/** One text field's value ('' when absent or repeated). */
export function textOf(values: ApplicationFormValues, id: string): string {
  const value = values[id];
  return typeof value === 'string' ? value : '';
}

export const maxDescriptionCharacters = 5000;

const accessibilityChoices = [
  ['reading', '阅读困难（需要工作人员协助填写或者讲解）'],
  ['visual', '视力障碍（需要大字、语音或者其他无障碍形式）'],
  ['hearing', '听力障碍（需要书面或者手语等沟通方式）'],
] as const;

interface FieldsProps {
  values: ApplicationFormValues;
  issues: readonly Issue[];
}

export function AgencyField({ values, issues, groups }: FieldsProps & { groups: readonly AgencyChoiceGroup[] }) {
  return (
    <Field id="agencyCode" label="受理申请的行政机关" issues={issues} hint="请选择制作或者保存所需政府信息的行政机关。" required>
      <select id="agencyCode" name="agencyCode" required>
        <option value="">请选择</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.agencies.map((agency) => (
              <option key={agency.code} value={agency.code} selected={agency.code === textOf(values, 'agencyCode')}>
                {agency.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}

export function ApplicantFields({ values, issues }: FieldsProps) {
  const kind = textOf(values, 'applicantKind') || 'naturalPerson';
  return (
    <fieldset class="form-section">
      <legend>申请人信息</legend>
      <Choices name="applicantKind" label="申请人类型" issues={issues} value={kind} options={[['naturalPerson', '自然人'], ['organization', '法人或者其他组织']]} />
      <fieldset class="form-subsection">
        <legend>自然人填写</legend>
        <Field id="personName" label="姓名" issues={issues}>
          <input id="personName" name="personName" type="text" autocomplete="name" maxLength={50} value={textOf(values, 'personName')} />
        </Field>
        <Field id="idDocument" label="身份证明文件" issues={issues}>
          <select id="idDocument" name="idDocument">
            <option value="residentIdCard" selected={textOf(values, 'idDocument') !== 'other'}>居民身份证</option>
            <option value="other" selected={textOf(values, 'idDocument') === 'other'}>其他身份证明文件（护照、港澳台居民往来通行证等）</option>
          </select>
        </Field>
        <Field id="idNumber" label="证件号码" issues={issues} hint="居民身份证号码为18位，最后一位可能是X。">
          <input id="idNumber" name="idNumber" type="text" autocomplete="off" maxLength={40} value={textOf(values, 'idNumber')} />
        </Field>
      </fieldset>
      <fieldset class="form-subsection">
        <legend>法人或者其他组织填写</legend>
        <Field id="organizationKind" label="组织类型" issues={issues}>
          <select id="organizationKind" name="organizationKind">
            <option value="">请选择</option>
            {organizationKinds.map((k) => (
              <option key={k} value={k} selected={textOf(values, 'organizationKind') === k}>
                {organizationKindLabels[k]}
              </option>
            ))}
          </select>
        </Field>
        <TextField id="organizationName" label="单位名称" issues={issues} values={values} max={100} autocomplete="organization" />
        <TextField id="creditCode" label="统一社会信用代码" issues={issues} values={values} max={40} hint="18位，由数字和大写字母组成。" />
        <TextField id="legalRepresentative" label="法定代表人或者主要负责人" issues={issues} values={values} max={50} />
        <TextField id="contactPerson" label="联系人" issues={issues} values={values} max={50} />
      </fieldset>
    </fieldset>
  );
}

export function ContactFields({ values, issues }: FieldsProps) {
  return (
    <fieldset class="form-section">
      <legend>联系方式</legend>
      <TextField id="phone" label="联系电话" issues={issues} values={values} max={30} type="tel" autocomplete="tel" required hint="手机号码，或者带区号的固定电话。" />
      <TextField id="email" label="电子邮箱" issues={issues} values={values} max={100} type="email" autocomplete="email" hint="选择通过电子邮件获取信息的，必须填写。" />
      <TextField id="address" label="通信地址" issues={issues} values={values} max={200} autocomplete="street-address" hint="选择邮寄的，必须填写。" />
      <TextField id="postcode" label="邮政编码" issues={issues} values={values} max={10} autocomplete="postal-code" inputMode="numeric" />
    </fieldset>
  );
}

export function DescriptionField({ values, issues, id = 'description', label = '所需政府信息的名称、文号或者便于查询的其他特征性描述' }: FieldsProps & { id?: string; label?: string }) {
  return (
    <Field id={id} label={label} issues={issues} required hint={`请尽量写明文件名称、文号、制作机关、大致时间等，最多${maxDescriptionCharacters}个字符。`}>
      <textarea id={id} name={id} rows={6} required maxLength={maxDescriptionCharacters}>
        {textOf(values, id)}
      </textarea>
    </Field>
  );
}

export function DeliveryFields({ values, issues }: FieldsProps) {
  return (
    <fieldset class="form-section">
      <legend>获取信息的方式</legend>
      <Choices name="deliveryForm" label="提供形式" issues={issues} value={textOf(values, 'deliveryForm')} options={deliveryForms.map((f) => [f, deliveryFormLabels[f]])} />
      <Choices name="deliveryMethod" label="获取方式" issues={issues} value={textOf(values, 'deliveryMethod')} options={deliveryMethods.map((m) => [m, deliveryMethodLabels[m]])} />
    </fieldset>
  );
}

export function AccessibilityFields({ values, issues }: FieldsProps) {
  const needs = values['accessibility'];
  const chosen = new Set(typeof needs === 'string' ? [needs] : (needs ?? []));
  return (
    <fieldset class="form-section">
      <legend>需要的帮助（《条例》第四十三条，可不填）</legend>
      <div class="choice-list">
        {accessibilityChoices.map(([value, label]) => (
          <label key={value} class="choice">
            <input type="checkbox" name="accessibility" value={value} checked={chosen.has(value)} /> {label}
          </label>
        ))}
      </div>
      <TextField id="accessibilityNote" label="其他需要的帮助" issues={issues} values={values} max={200} />
    </fieldset>
  );
}

export function AttachmentField({ issues, label = '附件（身份证明复印件等，可不上传）' }: { issues: readonly Issue[]; label?: string }) {
  const limit = `PDF、JPG、PNG、DOCX 格式，每个不超过${maxAttachmentBytes / 1024 / 1024} MB，最多${maxAttachmentsPerApplication}个。表单有误需要重新填写时，请重新选择附件。`;
  return (
    <Field id="attachments" label={label} issues={issues} hint={limit}>
      <input id="attachments" name="attachments" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png" />
    </Field>
  );
}

interface FieldProps {
  id: string;
  label: string;
  issues: readonly Issue[];
  hint?: string;
  required?: boolean;
  children: ComponentChildren;
}

/** Label (with 必填 marked in words, not only by colour), control, hint and this field's problems. */
export function Field({ id, label, issues, hint, required = false, children }: FieldProps) {
  const own = issuesFor(issues, id);
  return (
    <div class={own.length > 0 ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {required ? <span class="required-mark">（必填）</span> : null}
      </label>
      {children}
      {hint === undefined ? null : <p class="field-hint">{hint}</p>}
      {own.length === 0 ? null : <p class="field-error">{own.map((issue) => issue.message).join(' ')}</p>}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  issues: readonly Issue[];
  values: ApplicationFormValues;
  max: number;
  type?: 'text' | 'tel' | 'email' | 'date';
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  inputMode?: 'numeric';
}

export function TextField({ id, label, issues, values, max, type = 'text', hint, required = false, autocomplete, inputMode }: TextFieldProps) {
  return (
    <Field id={id} label={label} issues={issues} required={required} {...(hint === undefined ? {} : { hint })}>
      <input id={id} name={id} type={type as 'text'} maxLength={max} required={required} autocomplete={autocomplete ?? 'off'} inputMode={inputMode} value={textOf(values, id)} />
    </Field>
  );
}

interface ChoicesProps {
  name: string;
  label: string;
  issues: readonly Issue[];
  value: string;
  options: readonly (readonly [string, string])[];
}

/** A group of radio buttons with its problems; the group is its own fieldset for screen readers. */
export function Choices({ name, label, issues, value, options }: ChoicesProps) {
  const own = issuesFor(issues, name);
  return (
    <fieldset id={name} class={own.length > 0 ? 'choice-group field-invalid' : 'choice-group'}>
      <legend>
        {label}
        <span class="required-mark">（必填）</span>
      </legend>
      <div class="choice-list">
        {options.map(([option, text]) => (
          <label key={option} class="choice">
            <input type="radio" name={name} value={option} checked={option === value} required /> {text}
          </label>
        ))}
      </div>
      {own.length === 0 ? null : <p class="field-error">{own.map((issue) => issue.message).join(' ')}</p>}
    </fieldset>
  );
}
