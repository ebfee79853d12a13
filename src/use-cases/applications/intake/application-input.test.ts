import { describe, expect, it } from 'vitest';
import { checkOnlineApplication } from './application-input.ts';
import { checkRegistration } from './registration-input.ts';
import { organizationFields, validOnlineFields, validRegistrationFields } from './intake-test-input.ts';

const today = '2026-03-02';
const pathsOf = (outcome: ReturnType<typeof checkOnlineApplication>) => (outcome.ok ? [] : outcome.issues.map((i) => i.path).sort());

describe('checkOnlineApplication', () => {
  it('reads a natural person\'s application, normalising the ID number and the Art. 43 needs', () => {
    const outcome = checkOnlineApplication(validOnlineFields('lcx', { idNumber: '１１０１０５１９４９１２３１００２ｘ', accessibility: 'hearing', accessibilityNote: '需要手语' }), today);
    expect(outcome).toMatchObject({ ok: true, value: { applicantType: 'naturalPerson', applicant: { idNumber: '11010519491231002X' }, accessibilityNeeds: '听力障碍；需要手语' } });
  });

  it('counts an organisation in its table B column and normalises the credit code', () => {
    const outcome = checkOnlineApplication(validOnlineFields('lcx', { ...organizationFields, organizationKind: 'legalService', creditCode: '91350100m000100y43' }), today);
    expect(outcome).toMatchObject({ ok: true, value: { applicantType: 'legalService', applicant: { kind: 'organization', creditCode: '91350100M000100Y43' } } });
  });

  it('names every problem at once: a missing agency does not hide a wrong ID number or the declaration', () => {
    const outcome = checkOnlineApplication(validOnlineFields('', { idNumber: '110105194912310021', declaration: '' }), today);
    expect(pathsOf(outcome)).toEqual(['agencyCode', 'declaration', 'idNumber']);
  });

  it('checks only the chosen applicant kind', () => {
    expect(checkOnlineApplication(validOnlineFields('lcx', { idNumber: 'nonsense', ...organizationFields }), today).ok).toBe(true);
    expect(pathsOf(checkOnlineApplication(validOnlineFields('lcx', { personName: '', idNumber: '' }), today))).toEqual(['idNumber', 'personName']);
  });

  it('asks for what the delivery method needs, and refuses paper by e-mail', () => {
    expect(pathsOf(checkOnlineApplication(validOnlineFields('lcx', { deliveryMethod: 'email', email: '' }), today))).toEqual(['email']);
    expect(pathsOf(checkOnlineApplication(validOnlineFields('lcx', { deliveryMethod: 'post', address: '' }), today))).toEqual(['address']);
    expect(pathsOf(checkOnlineApplication(validOnlineFields('lcx', { deliveryForm: 'paper', deliveryMethod: 'email' }), today))).toEqual(['deliveryMethod']);
  });

  it('refuses malformed contact details', () => {
    const outcome = checkOnlineApplication(validOnlineFields('lcx', { phone: '12', email: 'not-mail', postcode: '4199' }), today);
    expect(pathsOf(outcome)).toEqual(['email', 'phone', 'postcode']);
  });

  it('refuses a birth date after today and an unknown field', () => {
    // 2099-12-31 with a correct check digit: only the date is wrong.
    expect(checkOnlineApplication(validOnlineFields('lcx', { idNumber: '110105209912310010' }), today)).toMatchObject({ ok: false, issues: [{ code: 'idNumber.birthDate' }] });
    expect(checkOnlineApplication({ ...validOnlineFields('lcx'), role: 'admin' }, today)).toMatchObject({ ok: false, issues: [{ message: '不能识别的字段：role。' }] });
  });
});

describe('checkRegistration', () => {
  it('takes the receipt date from the fact the channel needs', () => {
    expect(checkRegistration(validRegistrationFields('lcx', { channel: 'post', handedInOn: '', signedForOn: '2026-02-27' }), today)).toMatchObject({ ok: true, value: { channel: 'post', receivedOn: '2026-02-27' } });
    expect(checkRegistration(validRegistrationFields('lcx', { channel: 'fax', handedInOn: '', confirmedOn: '2026-03-02' }), today)).toMatchObject({ ok: true, value: { receivedOn: '2026-03-02' } });
  });

  it('refuses a missing, impossible or future date on its field', () => {
    expect(pathsOf(checkRegistration(validRegistrationFields('lcx', { channel: 'post', handedInOn: '' }), today))).toEqual(['signedForOn']);
    expect(pathsOf(checkRegistration(validRegistrationFields('lcx', { handedInOn: '2026-02-30' }), today))).toEqual(['handedInOn']);
    expect(pathsOf(checkRegistration(validRegistrationFields('lcx', { handedInOn: '2026-03-03' }), today))).toEqual(['handedInOn']);
    expect(pathsOf(checkRegistration(validRegistrationFields('lcx', { channel: 'online' }), today))).toEqual(['channel']);
  });
});
