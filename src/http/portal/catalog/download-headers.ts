/**
 * Headers of a file served to the public: never rendered by the browser as a page of this site
 * (`attachment`, `nosniff`, a sandboxing CSP), named in UTF-8 (RFC 6266 / RFC 5987) with an ASCII
 * fallback, and revalidated by its SHA-256 as the ETag.
 */

/** `attachment; filename="…"; filename*=UTF-8''…` — the ASCII name for old clients, the real one for the rest. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function etagOf(sha256: string): string {
  return `"${sha256}"`;
}

/** Whether `If-None-Match` names the ETag (a list, weak tags and `*` included). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

export function downloadHeaders(file: { fileName: string; mediaType: string; sha256: string }): Record<string, string> {
  return {
    'content-type': file.mediaType,
    'content-disposition': attachmentDisposition(file.fileName),
    'x-content-type-options': 'nosniff',
    'content-security-policy': 'sandbox',
    etag: etagOf(file.sha256),
    // Kept, but checked again each time: a withdrawn item's files must stop being served at once.
    'cache-control': 'no-cache',
  };
}
