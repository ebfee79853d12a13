/**
 * Masking of personal data for lists and exports (个人信息保护法 Art. 51: 去标识化 where full data
 * is not needed). The case page shows full data to those allowed; everything else shows these.
 * Masks hide at least as much as the examples the brief gives and never reveal more on odd input.
 */
import type { Applicant, ApplicantContact } from './applicant.ts';

const star = '*';

/**
 * The first `keepStart` and last `keepEnd` characters, the rest one star each. A value too short to
 * hide anything that way is masked whole.
 */
export function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = [...value];
  if (chars.length <= keepStart + keepEnd) return star.repeat(chars.length);
  const hidden = chars.length - keepStart - keepEnd;
  return `${chars.slice(0, keepStart).join('')}${star.repeat(hidden)}${chars.slice(chars.length - keepEnd).join('')}`;
}

/** `4301**********1234`: the first 4 (province and city) and the last 4. */
export function maskIdNumber(idNumber: string): string {
  return maskMiddle(idNumber.trim(), 4, 4);
}

/** Like the ID number: `9143**********123X`. */
export function maskCreditCode(creditCode: string): string {
  return maskMiddle(creditCode.trim(), 4, 4);
}

/**
 * `138****5678`: the first 3 and last 4 digits; separators stay. A number with fewer than 8 digits
 * (a local landline) keeps only its last 2.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').length;
  const [keepStart, keepEnd] = digits >= 8 ? [3, 4] : [0, Math.min(2, digits - 1)];
  let seen = 0;
  return phone.trim().replace(/\d/g, (d) => {
    seen += 1;
    return seen <= keepStart || seen > digits - keepEnd ? d : star;
  });
}

// Common two-character surnames (复姓): kept whole, as people expect to see 欧阳** rather than 欧***.
const compoundSurnames = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒',
  '夏侯', '轩辕', '令狐', '端木', '独孤', '南宫', '西门', '百里', '呼延', '澹台', '公冶', '太史',
  '申屠', '钟离', '闻人', '赫连', '万俟', '濮阳', '淳于', '单于', '东郭', '拓跋', '第五', '司空',
]);

/** `张*`, `张**`, `欧阳**`: the surname stays, every other character becomes a star. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return star.repeat(chars.length);
  const surname = chars.length > 2 && compoundSurnames.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return chars.map((c, i) => (i < surname || c === ' ' ? c : star)).join('');
}

/** `z***@example.com`: the first character of the mailbox name, a fixed 3 stars, the domain. */
export function maskEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return maskPersonName(trimmed);
  return `${[...trimmed][0]!}***${trimmed.slice(at)}`;
}

/** `湖南省莲城县****`: the first 6 characters (about the county), then a fixed 4 stars. */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  const kept = Math.min(6, Math.floor(chars.length / 2));
  return `${chars.slice(0, kept).join('')}****`;
}

/** The applicant and contact details with every personal item masked (an organisation's name stays). */
export function maskApplicant(
  applicant: Applicant,
  contact: ApplicantContact,
): { applicant: Applicant; contact: ApplicantContact } {
  const maskedContact: ApplicantContact = {
    phone: maskPhone(contact.phone),
    email: contact.email === null ? null : maskEmail(contact.email),
    address: contact.address === null ? null : maskAddress(contact.address),
    postcode: contact.postcode,
  };
  if (applicant.kind === 'naturalPerson') {
    const masked = { ...applicant, name: maskPersonName(applicant.name), idNumber: maskIdNumber(applicant.idNumber) };
    return { applicant: masked, contact: maskedContact };
  }
  const masked: Applicant = {
    ...applicant,
    creditCode: maskCreditCode(applicant.creditCode),
    legalRepresentative: maskPersonName(applicant.legalRepresentative),
    contactPerson: maskPersonName(applicant.contactPerson),
  };
  return { applicant: masked, contact: maskedContact };
}
