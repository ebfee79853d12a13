/** Figures about 规章 and 行政规范性文件: issued, abolished, expired, in force. */
import type { ClaimDraft, FigureContext } from './figure-context.ts';
import type { DocumentKind } from './claim.ts';

type DocumentVerb = 'issued' | 'issuedWeak' | 'abolished' | 'expired' | 'inForce' | 'unrelated';

// Longest first where two start alike: 新增公开 before 公开.
const verbs: readonly (readonly [string, DocumentVerb])[] = [
  // After a clean-up, "继续有效30件" counts the documents kept, not all those in force.
  ['继续有效|仍然有效|保留有效|修订|修改|修正|清理|保留|备案|审查|解读', 'unrelated'],
  ['新制定|制定|新制发|制发|新出台|出台|新印发|印发', 'issued'],
  ['新增公开|新增|新发布|发布|公开', 'issuedWeak'],
  ['废止', 'abolished'],
  ['宣布失效|失效', 'expired'],
  ['现行有效|有效', 'inForce'],
];
const verbPattern = new RegExp(verbs.map(([p], i) => `(?<v${i}>${p})`).join('|'), 'g');

function findVerbs(lead: string): Set<DocumentVerb> {
  const found = new Set<DocumentVerb>();
  for (const match of lead.matchAll(verbPattern)) {
    const index = verbs.findIndex((_, i) => match.groups?.[`v${i}`] !== undefined);
    found.add(verbs[index]![1]);
  }
  return found;
}

const documentUnits = new Set(['件', '部', '份']);

/** The claim a figure makes about regulations or normative documents, if it makes one. */
export function readDocumentClaim(context: FigureContext): ClaimDraft | undefined {
  const kind = context.subject;
  if (kind !== 'regulations' && kind !== 'normativeDocuments') return undefined;
  if (!documentUnits.has(context.unit)) return undefined;
  // "规章和规范性文件共7件" counts both rows at once.
  const { leadSubjects } = context;
  if (leadSubjects.includes('regulations') && leadSubjects.includes('normativeDocuments')) return undefined;
  const found = findVerbs(context.lead);
  if (found.has('unrelated')) return undefined;
  if (found.size > 1) found.delete('issuedWeak');
  return draftFor(kind, found);
}

function draftFor(kind: DocumentKind, found: Set<DocumentVerb>): ClaimDraft | undefined {
  if (found.size === 2 && found.has('abolished') && found.has('expired')) {
    return { topic: `${kind}.abolishedOrExpired`, isVague: false };
  }
  if (found.size !== 1) return undefined;
  const [verb] = found;
  if (verb === 'issuedWeak') return { topic: `${kind}.issued`, isVague: true };
  if (verb === 'issued' || verb === 'abolished' || verb === 'expired' || verb === 'inForce') {
    return { topic: `${kind}.${verb}`, isVague: false };
  }
  return undefined;
}
