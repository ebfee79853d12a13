/**
 * 收到申请之日 by channel (条例 Art. 31): in person, the day it is handed in; by post, the day the
 * agency signs for it, or for an ordinary letter needing no signature the day the office confirms
 * with the applicant; online and by fax, the day both sides confirm.
 */
import type { Issue } from '../accounts/issue.ts';
import type { Channel } from '../applications/channel.ts';
import { isIsoDate, type IsoDate } from '../calendar/iso-date.ts';

export interface ReceiptFacts {
  /** inPerson: the day the application was handed in. */
  handedInOn?: IsoDate | null;
  /** post: the day the agency signed for the letter. */
  signedForOn?: IsoDate | null;
  /** post: an ordinary letter that needs no signature (平信). */
  isOrdinaryLetter?: boolean;
  /** ordinary letter: the day the office confirmed with the applicant; online and fax: the day both sides confirmed. */
  confirmedOn?: IsoDate | null;
}

export type ReceivedOnResult = { ok: true; receivedOn: IsoDate } | { ok: false; issues: Issue[] };

export function receivedOnOf(channel: Channel, facts: ReceiptFacts): ReceivedOnResult {
  const [field, label] = neededFact(channel, facts);
  const value = facts[field];
  if (value === undefined || value === null || value === '') {
    return { ok: false, issues: [{ code: `receipt.${field}Missing`, path: field, message: `请填写${label}（第三十一条：以该日为收到申请之日）。` }] };
  }
  if (!isIsoDate(value)) {
    return { ok: false, issues: [{ code: `receipt.${field}Invalid`, path: field, message: `${label}“${value}”无效，应为“YYYY-MM-DD”格式的真实日期。` }] };
  }
  return { ok: true, receivedOn: value };
}

type DateField = 'handedInOn' | 'signedForOn' | 'confirmedOn';

function neededFact(channel: Channel, facts: ReceiptFacts): [DateField, string] {
  switch (channel) {
    case 'inPerson':
      return ['handedInOn', '当面提交申请的日期'];
    case 'post':
      return facts.isOrdinaryLetter === true ? ['confirmedOn', '收到平信当日与申请人确认的日期'] : ['signedForOn', '签收信件的日期'];
    case 'online':
      return ['confirmedOn', '双方确认网上申请的日期'];
    case 'fax':
      return ['confirmedOn', '双方确认传真申请的日期'];
  }
}
