/** Figures about applications: received, answered, carried over and carried forward. */
import type { ClaimDraft, FigureContext } from './figure-context.ts';
import { endsWith } from './figure-context.ts';

interface LeadRule {
  pattern: RegExp;
  topic: ClaimDraft['topic'];
  isVague: boolean;
  /** The keyword itself says it is about applications (上年结转): no 申请 needed nearby. */
  isSelfEvident?: boolean;
}

// First match wins: "包括上年度结转在内" before "上年度结转".
const leadRules: readonly LeadRule[] = [
  {
    pattern: endsWith('(?:包括|包含|含)上一?年度?结转(?:的)?(?:申请)?在内'),
    topic: 'applications.receivedWithCarriedOver',
    isVague: false,
    isSelfEvident: true,
  },
  {
    pattern: endsWith('(?:上一?年度?|\\d{4}年度?)(?:结转|遗留|转结)'),
    topic: 'applications.carriedOver',
    isVague: false,
    isSelfEvident: true,
  },
  {
    pattern: endsWith('(?:结转|转入|顺延|延续)(?:到|至|入)?下一?年度?(?:继续)?(?:办理|答复|处理)?'),
    topic: 'applications.carriedForward',
    isVague: false,
    isSelfEvident: true,
  },
  { pattern: endsWith('尚未办结|未办结|正在办理|仍在办理|尚在办理'), topic: 'applications.carriedForward', isVague: true },
  { pattern: endsWith('(?:本年度?|全年)?新(?:收到|收|受理|增)'), topic: 'applications.newReceived', isVague: false },
  { pattern: endsWith('收到|受理|接收|接到|登记|收悉'), topic: 'applications.received', isVague: false },
  { pattern: /(?:申请|依申请公开)(?:数量|量|总量|总数)(?:为|达|共|是)?$/, topic: 'applications.received', isVague: false },
  // "受理申请人提出的政府信息公开申请35件": a few words between the verb and 申请.
  {
    pattern: /(?:收到|受理|接收|接到)[^，。；]{0,12}?申请(?:共|共计|合计|累计|总计|计|为|达|数量|量|总量|总数)*$/,
    topic: 'applications.received',
    isVague: false,
  },
  {
    pattern: endsWith('答复完毕|办理完毕|办理完成|处理完毕|予以答复|作出答复|答复|办结|回复'),
    topic: 'applications.answered',
    isVague: false,
  },
  { pattern: endsWith('办理|处理'), topic: 'applications.answered', isVague: true },
];

const carriedForwardTail = /^(?:申请)?(?:将|需|均)?(?:顺延|结转|转入|延续)(?:到|至|入)?下一?年度?/;

/** The claim a figure makes about applications, if it makes one. */
export function readApplicationClaim(context: FigureContext): ClaimDraft | undefined {
  if (context.unit !== '件') return undefined;
  const isAboutApplications = context.subject === 'applications';
  if (carriedForwardTail.test(context.tail) && (isAboutApplications || context.subject === undefined)) {
    return { topic: 'applications.carriedForward', isVague: false };
  }
  const rule = leadRules.find((r) => r.pattern.test(context.lead));
  if (rule === undefined) return undefined;
  if (!isAboutApplications && !(rule.isSelfEvident && context.subject === undefined)) return undefined;
  return { topic: rule.topic, isVague: rule.isVague };
}
