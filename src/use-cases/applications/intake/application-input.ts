/**
 * The fields of an application (条例 Art. 29) as the portal form, the JSON API and the console's
 * registration form send them — one flat shape, so a form without JavaScript can post it — and
 * their checks: identity numbers with their check digits, contact, the description, how to
 * receive the information, the Art. 43 needs. Returns the problems as issues named after the
 * form fields, in Chinese.
 */
import { z } from 'zod';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { isWellFormedText } from '../../../domain/accounts/text-checks.ts';
import { applicantColumnOf, organizationKinds, type Applicant, type ApplicantContact, type ApplicantType } from '../../../domain/applications/applicant.ts';
import { checkApplicantIdentity, normalizeCreditCode } from '../../../domain/applications/applicant-identity.ts';
import type { IsoDate } from '../../../domain/applications/case-event.ts';
import { deliveryForms, deliveryMethods, type DeliveryForm, type DeliveryMethod } from '../../../domain/applications/channel.ts';
import { normalizeIdNumber } from '../../../domain/applications/id-number.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { checkboxValue, checkInput, singleLineText, type FieldLabels } from '../../input-check.ts';

export const maxDescriptionLength = 5000;

export const accessibilityNeeds = ['reading', 'visual', 'hearing'] as const;
export type AccessibilityNeed = (typeof accessibilityNeeds)[number];
export const accessibilityNeedLabels: Readonly<Record<AccessibilityNeed, string>> = {
  reading: '阅读困难',
  visual: '视力障碍',
  hearing: '听力障碍',
};

export const applicationFieldLabels: FieldLabels = {
  agencyCode: '受理机关',
  applicantKind: '申请人类型',
  personName: '姓名',
  idDocument: '身份证明文件',
  idNumber: '证件号码',
  organizationKind: '组织类型',
  organizationName: '单位名称',
  creditCode: '统一社会信用代码',
  legalRepresentative: '法定代表人或主要负责人',
  contactPerson: '联系人',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通信地址',
  postcode: '邮政编码',
  description: '所需政府信息的描述',
  deliveryForm: '信息的提供形式',
  deliveryMethod: '获取信息的方式',
  accessibility: '需要的帮助',
  accessibilityNote: '其他需要的帮助',
  declaration: '申请声明',
  submissionKey: '提交标识',
};

/** An absent optional field reads as '' (forms send empty strings for blank inputs). */
function optionalText(label: string, max: number) {
  return singleLineText(label, max)
    .optional()
    .transform((text) => text ?? '');
}

function optionalChoice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), z.enum(values, message).optional());
}

/** Free text over several lines: newlines and tabs are fine, other control characters are not. */
const descriptionText = z
  .string('请填写所需政府信息的描述。')
  .refine(isWellFormedText, '所需政府信息的描述含有无法识别的字符。')
  .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), '所需政府信息的描述含有无法识别的控制字符。')
  .superRefine((text, context) => {
    const length = [...text].length;
    if (length > maxDescriptionLength) {
      context.addIssue({ code: 'custom', message: `所需政府信息的描述最多${maxDescriptionLength}个字符，当前为${length}个字符。内容较多时，请概括要点，或分为几件申请。` });
    }
  })
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .refine((text) => text !== '', '请填写所需政府信息的名称、文号或者便于查询的其他特征性描述。');

const needList = z.preprocess(
  (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(accessibilityNeeds, '所选的帮助不在可选范围内。')).max(accessibilityNeeds.length),
);

/** What every channel sends about the applicant, the information and its delivery. */
export const applicationShape = {
  agencyCode: singleLineText('受理机关', 40).pipe(z.string().min(1, '请选择受理申请的行政机关。')),
  applicantKind: z.enum(['naturalPerson', 'organization'], '请选择申请人类型：自然人，或者法人或其他组织。'),
  personName: optionalText('姓名', 50),
  idDocument: optionalChoice(['residentIdCard', 'other'], '请选择身份证明文件的种类。'),
  idNumber: optionalText('证件号码', 40),
  organizationKind: optionalChoice(organizationKinds, '请选择组织类型。'),
  organizationName: optionalText('单位名称', 100),
  creditCode: optionalText('统一社会信用代码', 40),
  legalRepresentative: optionalText('法定代表人或主要负责人', 50),
  contactPerson: optionalText('联系人', 50),
  phone: optionalText('联系电话', 30),
  email: optionalText('电子邮箱', 100),
  address: optionalText('通信地址', 200),
  postcode: optionalText('邮政编码', 10),
  description: descriptionText,
  deliveryForm: z.enum(deliveryForms, '请选择信息的提供形式（纸质文本或电子文本）。'),
  deliveryMethod: z.enum(deliveryMethods, '请选择获取信息的方式。'),
  accessibility: needList,
  accessibilityNote: optionalText('其他需要的帮助', 200),
  /** Rendered with the form: a retry or double click with the same key finds the first application. */
  submissionKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,128}$/, '提交标识无效，请刷新页面后重新提交。')
    .optional(),
};

/** The portal form and the public API: the applicant also makes the declaration. */
export const onlineApplicationSchema = z.strictObject({
  ...applicationShape,
  declaration: checkboxValue('申请声明'),
});

const declarationIssue: Issue = { code: 'declaration.required', path: 'declaration', message: '请阅读并勾选申请声明。' };

/** A checked application, ready to be stored. */
export interface ApplicationInput {
  agencyCode: string;
  applicant: Applicant;
  applicantType: ApplicantType;
  contact: ApplicantContact;
  description: string;
  deliveryForm: DeliveryForm;
  deliveryMethod: DeliveryMethod;
  /** Art. 43, in words for the case page; null: none. */
  accessibilityNeeds: string | null;
  submissionKey: string | null;
}

type ApplicationFields = z.output<z.ZodObject<typeof applicationShape>>;

/** Checks the online form (or API body); `today` refuses a birth date in the future. */
export function checkOnlineApplication(input: unknown, today: IsoDate): Outcome<ApplicationInput> {
  const parsed = checkInput(onlineApplicationSchema, input, applicationFieldLabels);
  const checked = parsed.ok ? checkApplicationFields(parsed.value, today) : fail<ApplicationInput>(withFieldChecks(parsed.issues, input, today));
  const declaration = onlineApplicationSchema.shape.declaration.safeParse((input as Record<string, unknown> | null)?.['declaration']);
  if (declaration.success && declaration.data) return checked;
  // Shown with the other problems, so one round trip names them all.
  const issues = checked.ok ? [] : checked.issues.filter((issue) => issue.path !== 'declaration');
  return fail([...issues, declarationIssue]);
}

/** The checks beyond the shape: identity, contact and delivery, each issue on its form field. */
export function checkApplicationFields(fields: ApplicationFields, today: IsoDate): Outcome<ApplicationInput> {
  const applicant = applicantOf(fields);
  const identityIssues = checkApplicantIdentity(applicant, { today }).map((issue) => renameNamePath(issue, fields.applicantKind));
  const issues = [...identityIssues, ...checkOrganizationKind(fields), ...checkContact(fields)];
  if (issues.length > 0) return fail(issues);
  const needs = [...new Set(fields.accessibility)].map((need) => accessibilityNeedLabels[need]);
  if (fields.accessibilityNote !== '') needs.push(fields.accessibilityNote);
  return succeed({
    agencyCode: fields.agencyCode,
    applicant,
    applicantType: applicantColumnOf(applicant.kind === 'organization' ? applicant : { kind: 'naturalPerson' }),
    contact: {
      phone: fields.phone,
      email: fields.email === '' ? null : fields.email,
      address: fields.address === '' ? null : fields.address,
      postcode: fields.postcode === '' ? null : fields.postcode,
    },
    description: fields.description,
    deliveryForm: fields.deliveryForm,
    deliveryMethod: fields.deliveryMethod,
    accessibilityNeeds: needs.length === 0 ? null : needs.join('；'),
    submissionKey: fields.submissionKey ?? null,
  });
}

const choiceFields = new Set(['applicantKind', 'idDocument', 'organizationKind', 'deliveryForm', 'deliveryMethod', 'accessibility', 'submissionKey']);

/**
 * The shape's problems plus those the field checks find in the fields that are fine by themselves,
 * so that one round trip names every problem (a missing agency does not hide a wrong ID number).
 */
export function withFieldChecks(shapeIssues: readonly Issue[], input: unknown, today: IsoDate): Issue[] {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(applicationShape)) {
    const parsed = schema.safeParse(raw[name]);
    // A field that failed counts as empty (its own problem is already listed).
    fields[name] = parsed.success ? parsed.data : choiceFields.has(name) ? undefined : '';
  }
  if (fields['applicantKind'] !== 'naturalPerson' && fields['applicantKind'] !== 'organization') return [...shapeIssues];
  const checked = checkApplicationFields({ ...fields, accessibility: fields['accessibility'] ?? [] } as ApplicationFields, today);
  const taken = new Set(shapeIssues.map((issue) => issue.path));
  return [...shapeIssues, ...(checked.ok ? [] : checked.issues.filter((issue) => !taken.has(issue.path)))];
}

function applicantOf(fields: ApplicationFields): Applicant {
  if (fields.applicantKind === 'naturalPerson') {
    const idDocument = fields.idDocument ?? 'residentIdCard';
    const idNumber = idDocument === 'residentIdCard' ? normalizeIdNumber(fields.idNumber) : fields.idNumber;
    return { kind: 'naturalPerson', name: fields.personName, idNumber, idDocument };
  }
  return {
    kind: 'organization',
    // Checked below (checkOrganizationKind); the placeholder never reaches the database.
    organizationKind: fields.organizationKind ?? 'otherOrg',
    name: fields.organizationName,
    creditCode: normalizeCreditCode(fields.creditCode),
    legalRepresentative: fields.legalRepresentative,
    contactPerson: fields.contactPerson,
  };
}

/** The domain names the applicant's name `name`; the form has one field per applicant kind. */
function renameNamePath(issue: Issue, kind: ApplicationFields['applicantKind']): Issue {
  if (issue.path !== 'name') return issue;
  const path = kind === 'naturalPerson' ? 'personName' : 'organizationName';
  return { ...issue, path, code: issue.code.replace(/^name\./, `${path}.`) };
}

function checkOrganizationKind(fields: ApplicationFields): Issue[] {
  if (fields.applicantKind !== 'organization' || fields.organizationKind !== undefined) return [];
  return [{ code: 'organizationKind.required', path: 'organizationKind', message: '请选择组织类型：商业企业、科研机构、社会公益组织、法律服务机构或其他组织。' }];
}

const phonePattern = /^[0-9+\-() （）]+$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkContact(fields: ApplicationFields): Issue[] {
  const issues: Issue[] = [];
  const issue = (path: string, problem: string, message: string) => issues.push({ code: `${path}.${problem}`, path, message });
  const phoneDigits = fields.phone.replace(/\D/g, '').length;
  if (fields.phone === '') issue('phone', 'required', '请填写联系电话，以便工作人员与您联系。');
  else if (!phonePattern.test(fields.phone) || phoneDigits < 7 || phoneDigits > 20) issue('phone', 'format', '联系电话的格式不正确，请填写手机号码或带区号的固定电话。');
  if (fields.email !== '' && !emailPattern.test(fields.email)) issue('email', 'format', '电子邮箱的格式不正确，例如 zhangsan@example.com。');
  if (fields.postcode !== '' && !/^\d{6}$/.test(fields.postcode)) issue('postcode', 'format', '邮政编码应为6位数字。');
  if (fields.deliveryMethod === 'email' && fields.email === '') issue('email', 'required', '选择通过电子邮件获取信息时，请填写电子邮箱。');
  if (fields.deliveryMethod === 'post' && fields.address === '') issue('address', 'required', '选择邮寄获取信息时，请填写通信地址。');
  if (fields.deliveryForm === 'paper' && (fields.deliveryMethod === 'email' || fields.deliveryMethod === 'online')) {
    issue('deliveryMethod', 'mismatch', '纸质文本只能邮寄或当面领取；需要通过电子邮件或网上获取的，请选择“电子文本”。');
  }
  return issues;
}
