/**
 * 登记申请: the registrar enters an application that came in person, by post or by fax — the same
 * fields as the portal form, plus the channel and the Art. 31 fact that fixes the receipt date —
 * and then sees the receipt (回执) with the tracking number and the query code to hand over.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { IsoDate } from '../../../domain/applications/case-event.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import {
  AccessibilityFields,
  AgencyField,
  ApplicantFields,
  AttachmentField,
  Choices,
  ContactFields,
  DeliveryFields,
  DescriptionField,
  TextField,
  type AgencyChoiceGroup,
  textOf,
  type ApplicationFormValues,
} from '../portal/apply-form-fields.tsx';

export interface ApplicationsNewPageProps {
  agencyGroups: readonly AgencyChoiceGroup[];
  values: ApplicationFormValues;
  issues: readonly Issue[];
  submissionKey: string;
}

const channelChoices = [
  ['inPerson', '当面提交'],
  ['post', '信函邮寄'],
  ['fax', '传真'],
] as const;

export function ApplicationsNewPage({ agencyGroups, values, issues, submissionKey }: ApplicationsNewPageProps) {
  return (
    <section class="form-page form-page-wide" aria-labelledby="register-title">
      <p class="small">
        <a href="/console/applications">← 依申请公开</a>
      </p>
      <h1 id="register-title">登记申请</h1>
      <p>登记当面提交、信函邮寄或者传真提交的政府信息公开申请。网上提交的申请由申请人在门户网站填写，无需登记。</p>
      <IssueList issues={issues} />
      <form method="post" action="/console/applications/new" enctype="multipart/form-data" class="form form-wide" novalidate>
        <CsrfField />
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <AgencyField values={values} issues={issues} groups={agencyGroups} />
        <fieldset class="form-section">
          <legend>收到申请（《条例》第三十一条）</legend>
          <Choices name="channel" label="提交方式" issues={issues} value={textOf(values, 'channel') || 'inPerson'} options={channelChoices} />
          <TextField id="handedInOn" label="当面提交：提交申请的日期" type="date" issues={issues} values={values} max={20} hint="当面提交的，以提交之日为收到申请之日。" />
          <TextField id="signedForOn" label="信函邮寄：签收信件的日期" type="date" issues={issues} values={values} max={20} hint="以本机关签收之日为收到申请之日。" />
          <div class="choice-list">
            <label class="choice">
              <input type="checkbox" name="isOrdinaryLetter" value="on" checked={textOf(values, 'isOrdinaryLetter') === 'on'} /> 平信，无需签收（以收到当日与申请人确认之日为收到申请之日）
            </label>
          </div>
          <TextField id="confirmedOn" label="平信或者传真：与申请人确认的日期" type="date" issues={issues} values={values} max={20} hint="平信以确认之日、传真以双方确认之日为收到申请之日。" />
        </fieldset>
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
          <AttachmentField issues={issues} label="附件（申请书扫描件、身份证明复印件等，可不上传）" />
        </fieldset>
        <button type="submit" class="button button-primary">
          登记
        </button>
      </form>
    </section>
  );
}

export interface ApplicationsRegisteredPageProps {
  applicationId: string;
  trackingNumber: string;
  queryCode: string;
  agencyName: string;
  receivedOn: IsoDate | null;
  dueOn: IsoDate | null;
  isRepeat: boolean;
}

/** The receipt after registering: the query code is shown only here (only its hash is stored). */
export function ApplicationsRegisteredPage(props: ApplicationsRegisteredPageProps) {
  return (
    <section class="form-page receipt" aria-labelledby="registered-title">
      <h1 id="registered-title">{props.isRepeat ? '该申请此前已经登记' : '申请已登记'}</h1>
      <div class="receipt-card">
        <dl class="receipt-codes">
          <div>
            <dt>受理编号</dt>
            <dd>
              <code>{props.trackingNumber}</code>
            </dd>
          </div>
          <div>
            <dt>查询码</dt>
            <dd>
              <code>{props.queryCode}</code>
            </dd>
          </div>
        </dl>
        <dl class="detail-list">
          <div>
            <dt>受理机关</dt>
            <dd>{props.agencyName}</dd>
          </div>
          <div>
            <dt>收到申请之日</dt>
            <dd>{props.receivedOn ?? '—'}</dd>
          </div>
          <div>
            <dt>答复期限</dt>
            <dd>{props.dueOn === null ? '—' : `${props.dueOn}前`}</dd>
          </div>
        </dl>
      </div>
      <div class="notice notice-error" role="note">
        <p class="notice-title">请把受理编号和查询码告知申请人（可打印本页作为回执）</p>
        <p>查询码只在本页显示这一次，系统只保存其摘要，之后无法再查看。申请人凭受理编号和查询码在门户网站“申请查询”中查看进度、下载答复文书。</p>
      </div>
      <p>
        <a class="button button-primary" href={`/console/applications/${props.applicationId}`}>
          进入办理页面
        </a>{' '}
        <a class="button button-secondary" href="/console/applications/new">
          继续登记
        </a>
      </p>
    </section>
  );
}
