/** Small checks on user-typed text shared by the password and account rules. */

/** A lone UTF-16 surrogate: the string cannot be encoded as UTF-8 (it came from broken input). */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/;

/** True when the string can be encoded as UTF-8, i.e. has no lone surrogates. */
export function isWellFormedText(text: string): boolean {
  return !loneSurrogate.test(text);
}

export function hasControlCharacters(text: string): boolean {
  return controlCharacter.test(text);
}

/** Length in Unicode code points, so that 张 or an emoji counts as one character. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
