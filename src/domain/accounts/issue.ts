/**
 * An expected, user-fixable problem with form input (a password that breaks the policy, a username
 * with a forbidden character). Returned as lists, never thrown, like zod's issues.
 */
export interface Issue {
  /** Stable machine id, `<field>.<problem>`, e.g. `password.tooShort`. */
  code: string;
  /** The form field the problem is about. */
  path: string;
  /** In Chinese, for the person filling in the form. */
  message: string;
}
