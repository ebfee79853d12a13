/**
 * The console's registration form: the application's fields plus how it came in (当面、邮寄、传真)
 * and the fact that fixes its receipt date under Art. 31 — the day it was handed in, the day the
 * letter was signed for (or, for an ordinary letter, the day the office confirmed it with the
 * applicant), the day both sides confirmed the fax.
 */
import { z } from 'zod';
import type { IsoDate } from '../../../domain/applications/case-event.ts';
import { receivedOnOf } from '../../../domain/deadlines/received-on.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { checkboxValue, checkInput, singleLineText } from '../../input-check.ts';
import { applicationFieldLabels, applicationShape, checkApplicationFields, withFieldChecks, type ApplicationInput } from './application-input.ts';

export const registrationChannels = ['inPerson', 'post', 'fax'] as const;
export type RegistrationChannel = (typeof registrationChannels)[number];

const dateText = (label: string) => z.preprocess((value) => (value === undefined || value === null ? '' : value), singleLineText(label, 20));

export const registrationSchema = z.strictObject({
  ...applicationShape,
  channel: z.enum(registrationChannels, '请选择申请的提交方式：当面提交、信函邮寄或传真。'),
  handedInOn: dateText('当面提交申请的日期'),
  signedForOn: dateText('签收信件的日期'),
  isOrdinaryLetter: checkboxValue('平信（无需签收）'),
  confirmedOn: dateText('确认日期'),
});

export const registrationFieldLabels = {
  ...applicationFieldLabels,
  channel: '提交方式',
  handedInOn: '当面提交申请的日期',
  signedForOn: '签收信件的日期',
  isOrdinaryLetter: '平信（无需签收）',
  confirmedOn: '确认日期',
};

export interface RegistrationInput extends ApplicationInput {
  channel: RegistrationChannel;
  /** The Art. 31 receipt date. */
  receivedOn: IsoDate;
}

export function checkRegistration(input: unknown, today: IsoDate): Outcome<RegistrationInput> {
  const parsed = checkInput(registrationSchema, input, registrationFieldLabels);
  if (!parsed.ok) return fail(withFieldChecks(parsed.issues, input, today));
  const fields = parsed.value;
  const checked = checkApplicationFields(fields, today);
  const receipt = receivedOnOf(fields.channel, {
    handedInOn: fields.handedInOn,
    signedForOn: fields.signedForOn,
    isOrdinaryLetter: fields.isOrdinaryLetter,
    confirmedOn: fields.confirmedOn,
  });
  const issues = [...(checked.ok ? [] : checked.issues), ...(receipt.ok ? [] : receipt.issues)];
  if (receipt.ok && receipt.receivedOn > today) {
    const path = fields.channel === 'inPerson' ? 'handedInOn' : fields.channel === 'fax' || fields.isOrdinaryLetter ? 'confirmedOn' : 'signedForOn';
    issues.push({ code: `receipt.${path}Future`, path, message: `收到申请的日期（${receipt.receivedOn}）不能晚于今天（${today}）。` });
  }
  if (!checked.ok || !receipt.ok || issues.length > 0) return fail(issues);
  return succeed({ ...checked.value, channel: fields.channel, receivedOn: receipt.receivedOn });
}
