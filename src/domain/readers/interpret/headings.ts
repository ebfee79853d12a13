/**
 * The six section headings of the report (一、总体情况 … 六、其他需要报告的事项), numbered
 * "一、", "一．", "第一部分" or "1.". Items numbered "（一）" inside a section are not headings.
 */
import type { ReadToken } from './read-tokens.ts';

export const headingKeys = ['overview', 'proactive', 'applications', 'reviews', 'problems', 'other'] as const;
export type HeadingKey = (typeof headingKeys)[number];

/** The stream index of each heading found (absent when the report does not have it). */
export type Headings = Partial<Record<HeadingKey, number>>;

const headingPattern = /^(?:第([一二三四五六])部分[、.,:]?|([一二三四五六])[、.,:]?|([1-6])[、.])(.+)$/;
const ordinals = '一二三四五六';
const maxHeadingLength = 30;

const bodyTests: Record<HeadingKey, (body: string) => boolean> = {
  overview: (body) => body.startsWith('总体情况') || body.startsWith('概述'),
  proactive: (body) => body.includes('主动公开政府信息') || /^主动公开(?:情况)?$/.test(body),
  applications: (body) => body.includes('收到和处理') || /^依申请公开(?:政府信息)?(?:情况)?$/.test(body),
  reviews: (body) => body.includes('行政复议') || body.includes('行政诉讼'),
  problems: (body) => body.includes('存在的主要问题') || /问题(?:及|和)改进/.test(body),
  other: (body) => body.includes('其他需要报告') || body.includes('其他事项'),
};

/** Which heading a token is, if any. */
export function matchHeading(token: ReadToken): HeadingKey | null {
  if (token.kind !== 'text' || token.norm.length > maxHeadingLength) return null;
  const match = headingPattern.exec(token.norm);
  if (match === null) return null;
  const numeral = match[1] ?? match[2];
  const ordinal = numeral !== undefined ? ordinals.indexOf(numeral) : Number(match[3]) - 1;
  const key = headingKeys[ordinal];
  return key !== undefined && bodyTests[key](match[4] ?? '') ? key : null;
}

/**
 * Finds the headings in order. A heading seen again after later ones restarts the search when the
 * first sighting was a table of contents (headings with nothing between them).
 */
export function findHeadings(stream: readonly ReadToken[]): Headings {
  const found: Headings = {};
  let last = -1;
  let previousIndex = -1;
  let contentsLike = true;
  for (const token of stream) {
    const key = matchHeading(token);
    if (key === null) continue;
    const ordinal = headingKeys.indexOf(key);
    if (ordinal <= last) {
      if (!contentsLike) continue;
      for (const later of headingKeys.slice(ordinal)) delete found[later];
    } else if (previousIndex >= 0 && token.index - previousIndex > 2) {
      contentsLike = false;
    }
    found[key] = token.index;
    last = ordinal;
    previousIndex = token.index;
  }
  return found;
}

/** Where the section that starts at `start` ends: at the next heading after it, or at the end. */
export function sectionEnd(headings: Headings, start: number, streamLength: number): number {
  let end = streamLength;
  for (const index of Object.values(headings)) if (index > start && index < end) end = index;
  return end;
}
