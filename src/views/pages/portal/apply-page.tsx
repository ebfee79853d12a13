/**
 * 依申请公开: the online application form (条例 Art. 27–29, 43). Works without JavaScript: one form,
 * both applicant kinds shown, the chosen kind decides which part is checked. The hidden submission
 * key makes a double click or a retry find the first application instead of making a second.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList, issuesFor } from '../../components/issue-list.tsx';
import {
  AccessibilityFields,
  AgencyField,
  ApplicantFields,
  AttachmentField,
  ContactFields,
  DeliveryFields,
  DescriptionField,
  type AgencyChoiceGroup,
  textOf,
  type ApplicationFormValues,
} from './apply-form-fields.tsx';

export interface ApplyPageProps {
  agencyGroups: readonly AgencyChoiceGroup[];
  values: ApplicationFormValues;
  issues: readonly Issue[];
  submissionKey: string;
}

export function ApplyPage({ agencyGroups, values, issues, submissionKey }: ApplyPageProps) {
  const declarationIssues = issuesFor(issues, 'declaration');
  return (
    <section class="apply" aria-labelledby="apply-title">
      <h1 id="apply-title">政府信息公开申请</h1>
      <p class="lead">
        公民、法人或者其他组织可以在网上向行政机关申请获取政府信息（《中华人民共和国政府信息公开条例》第二十七条）。提交后您会得到<strong>受理编号</strong>和<strong>查询码</strong>，凭这两项可以在“<a href="/track">申请查询</a>”查看办理进度、下载答复文书。
      </p>
      <div class="notice notice-info">
        <p>网上提交的申请，以政府信息公开工作机构与您确认之日为收到申请之日（《条例》第三十一条）；答复期限为收到申请之日起20个工作日。标有“（必填）”的项目必须填写。</p>
      </div>
      <IssueList issues={issues} />
      <form method="post" action="/apply" enctype="multipart/form-data" class="form form-wide" novalidate>
        <CsrfField />
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <AgencyField values={values} issues={issues} groups={agencyGroups} />
        <ApplicantFields values={values} issues={issues} />
        <ContactFields values={values} issues={issues} />
        <fieldset class="form-section">
          <legend>所需政府信息</legend>
          <DescriptionField values={values} issues={issues} />
        </fieldset>
        <DeliveryFields values={values} issues={issues} />
        <AccessibilityFields values={values} issues={issues} />
        <fieldset class="form-section">
          <legend>附件</legend>
          <AttachmentField issues={issues} />
        </fieldset>
        <div class={declarationIssues.length > 0 ? 'declaration field-invalid' : 'declaration'}>
          <label class="choice">
            <input id="declaration" type="checkbox" name="declaration" value="on" checked={textOf(values, 'declaration') === 'on'} required /> 本人承诺所填写的信息真实、准确，所附身份证明属实，并知悉提供虚假信息须承担相应的法律责任。
          </label>
          {declarationIssues.length === 0 ? null : <p class="field-error">{declarationIssues.map((i) => i.message).join(' ')}</p>}
        </div>
        <button type="submit" class="button button-primary">
          提交申请
        </button>
      </form>
    </section>
  );
}
