/**
 * What the draft form offers: the agencies the actor may draft for, the subject and genre trees
 * (parents before children, each with its full path as the label), and the rules and normative
 * documents an interpretation may interpret (those of the actor's agencies and their superiors).
 */
import type { Principal } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { pathOf, type ClassificationScheme } from '../../../domain/catalog/classification.ts';
import { listAgenciesWhere, loadAgencyContext, type AgencyContext } from '../../agency-context.ts';
import type { ClassificationRow, InfoItemDeps, InfoItemStore, InterpretableDocument } from './info-item-store.ts';

export interface ClassificationOption {
  code: string;
  /** `城乡建设、环境保护 › 生态环境`. */
  label: string;
  depth: number;
}

export interface ItemFormOptions {
  agencies: Agency[];
  subjects: ClassificationOption[];
  genres: ClassificationOption[];
  documents: InterpretableDocument[];
}

/** The most recent documents offered for an interpretation; enough for any county agency's register. */
const documentLimit = 300;

export async function loadItemFormOptions(store: InfoItemStore, principal: Principal, context: AgencyContext): Promise<ItemFormOptions> {
  const agencies = listAgenciesWhere(principal, 'info.draft', context);
  const classifications = await store.listClassifications();
  const withSuperiors = new Set(agencies.flatMap((a) => [a.id, ...ancestorsOf(context, a)]));
  const documents = withSuperiors.size === 0 ? [] : await store.listInterpretableDocuments([...withSuperiors], documentLimit);
  return { agencies, subjects: optionsOf(classifications, 'subject'), genres: optionsOf(classifications, 'genre'), documents };
}

/** The label of a code with its parents (`—` when the code is no longer in the tree). */
export function classificationLabel(rows: readonly ClassificationRow[], code: string): string {
  const path = pathOf(rows, code);
  return path.length === 0 ? code : path.map((node) => node.name).join(' › ');
}

/** The tree in reading order: each node followed by its children (the rows come in sibling order). */
function optionsOf(rows: readonly ClassificationRow[], scheme: ClassificationScheme): ClassificationOption[] {
  const nodes = rows.filter((r) => r.scheme === scheme);
  const known = new Set(nodes.map((n) => n.code));
  const childrenOf = (parent: string | null) => nodes.filter((n) => (parent === null ? n.parentCode === null || !known.has(n.parentCode) : n.parentCode === parent));
  const options: ClassificationOption[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const node of childrenOf(parent)) {
      options.push({ code: node.code, label: classificationLabel(nodes, node.code), depth });
      if (depth < 5) visit(node.code, depth + 1);
    }
  };
  visit(null, 0);
  return options;
}

function ancestorsOf(context: AgencyContext, agency: Agency): string[] {
  const ids: string[] = [];
  let parent = agency.parentId;
  while (parent !== null && !ids.includes(parent)) {
    ids.push(parent);
    parent = context.byId.get(parent)?.parentId ?? null;
  }
  return ids;
}

/** The new-draft page: the choices, in their own read transaction. */
export async function getItemFormOptions(deps: InfoItemDeps, request: { principal: Principal }): Promise<ItemFormOptions> {
  return deps.transaction(async (store) => loadItemFormOptions(store, request.principal, await loadAgencyContext(store)));
}
