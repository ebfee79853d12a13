/**
 * The body of an info item is rich text typed or pasted by staff (often from Word or another
 * site), published on the portal as HTML. It is sanitised on the way in, with an allowlist fit for
 * official documents: paragraphs, headings h2–h4, emphasis, lists, tables (with colspan/rowspan),
 * quotations, links (http, https, mailto or relative, opened without the opener) and images from
 * our own attachment URLs. Everything else goes: scripts and styles with their content, event
 * handlers, `javascript:`/`data:` URLs, iframes, objects, forms. `bodyText` gives the plain text for
 * search and previews.
 */
import sanitizeHtml from 'sanitize-html';

/** An image may show only an attachment of a catalogue item, by its permanent portal URL. */
const attachmentImageUrl = /^\/agencies\/[a-z0-9-]+\/items\/[A-Za-z0-9%\-_.~]+\/attachments\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Tags removed together with everything inside them (their text is not part of the document). */
const droppedWithContent = ['script', 'style', 'noscript', 'textarea', 'option', 'select', 'button', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'svg', 'math', 'template', 'head', 'title'];

/** Tags that start and end a line of the plain text; table cells are separated by a tab instead. */
const lineTags = ['p', 'h2', 'h3', 'h4', 'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'blockquote'];

const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'em', 'u', 'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'a', 'img'],
  allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt', 'width', 'height'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  nonTextTags: droppedWithContent,
  disallowedTagsMode: 'discard',
  transformTags: {
    b: 'strong',
    i: 'em',
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    // Word and web pages wrap paragraphs in <div>: they stay paragraphs.
    div: 'p',
    a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs['href'] === undefined ? {} : { href: attribs['href'] }), rel: 'noopener noreferrer' } }),
    td: keepSpans,
    th: keepSpans,
    img: (tagName, attribs) => ({ tagName, attribs: pick(attribs, { src: (v) => attachmentImageUrl.test(v), alt: () => true, width: isSmallNumber, height: isSmallNumber }) }),
  },
  // An image whose source is not one of our attachments is dropped whole, not left without a source.
  // Paragraphs left empty by what was removed go too.
  exclusiveFilter: (frame) =>
    (frame.tag === 'img' && !attachmentImageUrl.test(frame.attribs['src'] ?? '')) || (frame.tag === 'p' && frame.text.trim() === '' && frame.mediaChildren.length === 0),
};

/**
 * The body as it may be stored and published. Text without any paragraph markup is taken as plain
 * text, one paragraph per line, so staff need not write HTML; tags inside it are sanitised all the
 * same.
 */
export function sanitizeBody(input: string): string {
  return clean(/<(p|br|h[1-6]|div|table|ul|ol|li|blockquote)[\s/>]/i.test(input) ? input : paragraphsOf(input));
}

function paragraphsOf(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${line}</p>`)
    .join('');
}

function clean(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/** The plain text of a body: one line per paragraph, heading, list item or table row; for search and previews. */
export function bodyText(html: string): string {
  const withBreaks = clean(html)
    .replace(/<br\s*\/?>/g, '\n')
    .replace(new RegExp(`<(${lineTags.join('|')})[\\s>]`, 'g'), (start) => `\n${start}`)
    .replace(new RegExp(`</(${lineTags.join('|')})>`, 'g'), '\n')
    .replace(/<\/t[dh]>/g, '\t');
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeEscapes(text)
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** sanitize-html escapes these four in text; the plain text wants the characters back. */
function decodeEscapes(text: string): string {
  return text.replace(/&(amp|lt|gt|quot);/g, (_whole, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '');
}

function keepSpans(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  return { tagName, attribs: pick(attribs, { colspan: isSpan, rowspan: isSpan }) };
}

function isSpan(value: string): boolean {
  return /^[1-9]\d?$/.test(value);
}

function isSmallNumber(value: string): boolean {
  return /^[1-9]\d{0,3}$/.test(value);
}

function pick(attribs: sanitizeHtml.Attributes, allowed: Record<string, (value: string) => boolean>): sanitizeHtml.Attributes {
  return Object.fromEntries(Object.entries(attribs).filter(([name, value]) => allowed[name]?.(value) === true));
}
