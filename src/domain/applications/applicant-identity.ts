/**
 * The identity checks an application form runs (条例 Art. 29(1): 身份证明): the 居民身份证 number of
 * a natural person, the 统一社会信用代码 of an organisation. Other identity documents are only
 * required, not checked.
 */
import type { Issue } from '../accounts/issue.ts';
import { findCreditCodeProblem, type CreditCodeProblem } from '../agencies/credit-code.ts';
import type { Applicant } from './applicant.ts';
import type { IsoDate } from './case-event.ts';
import { checkIdNumber } from './id-number.ts';
import { normalizePastedCode } from './pasted-text.ts';

const creditCodeMessages: Record<CreditCodeProblem, (code: string) => string> = {
  wrong_length: (code) => `统一社会信用代码应为18位，当前为${[...code].length}位。`,
  invalid_character: () => '统一社会信用代码只能由数字和大写字母组成（不使用I、O、S、V、Z）。',
  wrong_check_character: () => '统一社会信用代码校验位不正确，请核对。',
};
const creditCodeProblemCodes: Record<CreditCodeProblem, string> = {
  wrong_length: 'length',
  invalid_character: 'characters',
  wrong_check_character: 'checkDigit',
};

/** Upper case, ASCII, no spaces: the form the code is stored and compared in. */
export function normalizeCreditCode(input: string): string {
  return normalizePastedCode(input).toUpperCase();
}

/** Problems with a 统一社会信用代码 as typed (normalised first); empty when it is valid. */
export function checkCreditCode(input: string, path = 'creditCode'): Issue[] {
  const code = normalizeCreditCode(input);
  if (code === '') return [{ code: 'creditCode.required', path, message: '请输入统一社会信用代码。' }];
  const problem = findCreditCodeProblem(code);
  if (problem === null) return [];
  return [{ code: `creditCode.${creditCodeProblemCodes[problem]}`, path, message: creditCodeMessages[problem](code) }];
}

/** The identity problems of an applicant: the ID number or credit code, and the required names. */
export function checkApplicantIdentity(applicant: Applicant, options: { today?: IsoDate } = {}): Issue[] {
  const issues: Issue[] = [];
  if (applicant.name.trim() === '') {
    const message = applicant.kind === 'naturalPerson' ? '请输入申请人姓名。' : '请输入单位名称。';
    issues.push({ code: 'name.required', path: 'name', message });
  }
  if (applicant.kind === 'naturalPerson') {
    if (applicant.idDocument === 'residentIdCard') issues.push(...checkIdNumber(applicant.idNumber, options));
    else if (applicant.idNumber.trim() === '') {
      issues.push({ code: 'idNumber.required', path: 'idNumber', message: '请输入身份证明文件号码。' });
    }
    return issues;
  }
  issues.push(...checkCreditCode(applicant.creditCode));
  if (applicant.legalRepresentative.trim() === '') {
    const message = '请输入法定代表人或者主要负责人姓名。';
    issues.push({ code: 'legalRepresentative.required', path: 'legalRepresentative', message });
  }
  if (applicant.contactPerson.trim() === '') {
    issues.push({ code: 'contactPerson.required', path: 'contactPerson', message: '请输入联系人姓名。' });
  }
  return issues;
}
