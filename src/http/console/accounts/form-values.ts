/** Submitted form values to show again beside their problems. */

/** A value longer than any field allows is not echoed whole (a 1 MB paste stays out of the page). */
const maxEcho = 1000;

/** The text fields of a form body (anything that is not text, e.g. a repeated field, shows as empty). */
export function textFields(body: unknown, names: readonly string[]): Record<string, string> {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const text: Record<string, string> = {};
  for (const name of [...names, 'includeSubtree']) {
    const value = fields[name];
    text[name] = typeof value === 'string' ? value.slice(0, maxEcho) : '';
  }
  return text;
}
