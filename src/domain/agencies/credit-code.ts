/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters — registration
 * authority, organisation type, 6-digit administrative division, 9-character organisation code
 * (GB 11714, with its own check character), and a check character over the first 17.
 */

/** The 31 characters the standard allows, in value order (no I, O, S, V, Z: they read like digits). */
const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const organizationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

export type CreditCodeProblem = 'wrong_length' | 'invalid_character' | 'wrong_check_character';

/** The 18th character for the first 17 (throws on characters outside the alphabet: callers validate first). */
export function computeCreditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = creditCodeAlphabet.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`character ${first17[i]} is not allowed in a credit code`);
    sum += value * creditCodeWeights[i]!;
  }
  return creditCodeAlphabet[(31 - (sum % 31)) % 31]!;
}

/** Why a string is not a valid credit code, or null when it is. Letters must be upper case. */
export function findCreditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'wrong_length';
  if ([...code].some((c) => !creditCodeAlphabet.includes(c))) return 'invalid_character';
  return computeCreditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'wrong_check_character';
}

export function isValidCreditCode(code: string): boolean {
  return findCreditCodeProblem(code) === null;
}

/** The 9th character of a GB 11714 organisation code (the code inside a credit code at positions 9–17). */
export function computeOrganizationCodeCheckCharacter(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) throw new RangeError(`not an organisation code body: ${first8}`);
  const sum = [...first8].reduce((total, c, i) => total + Number.parseInt(c, 36) * organizationCodeWeights[i]!, 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}

/**
 * A complete credit code from its parts: `authority` + `type` (e.g. '1' + '1' for a 机关 registered
 * by the 机构编制 authority), the 6-digit division, and the 8-character organisation code body.
 */
export function composeCreditCode(prefix: string, division: string, organizationBody: string): string {
  const first17 = `${prefix}${division}${organizationBody}${computeOrganizationCodeCheckCharacter(organizationBody)}`;
  return `${first17}${computeCreditCodeCheckCharacter(first17)}`;
}
