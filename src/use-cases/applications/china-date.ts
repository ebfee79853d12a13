/** Today's date in China (UTC+8, no daylight saving), from the clock the caller passes in. */
import type { IsoDate } from '../../domain/applications/case-event.ts';

const chinaOffsetMillis = 8 * 60 * 60 * 1000;

export function chinaDateOf(now: Date): IsoDate {
  return new Date(now.getTime() + chinaOffsetMillis).toISOString().slice(0, 10);
}
