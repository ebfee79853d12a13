/**
 * 分类管理 (`classification.update`, the system admin): the subject and genre trees with the number of
 * items filed under each node, and one change at a time — add a node, rename, move it up or down
 * among its siblings, delete a node no item uses (refused with the count otherwise). Each change
 * runs in one transaction under a lock on the trees and is audited.
 */
import { z } from 'zod';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { classificationSchemeNames, type ClassificationScheme } from '../../../domain/catalog/classification.ts';
import { fail, succeed, type Actor, type Outcome } from '../../administration-store.ts';
import { checkInput, singleLineText } from '../../input-check.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import type { StoredClassification } from '../portal/catalog-portal-store.ts';
import type { CatalogSettingsDeps, CatalogSettingsStore } from './catalog-settings-store.ts';
import { classificationNameLength, isNameTakenAmongSiblings, maxClassificationDepth, moveAmongSiblings, nextClassificationCode, preorderPositions } from './classification-changes.ts';
import { buildClassificationTree, findTreeNode, type ClassificationTreeNode } from './classification-tree.ts';

export interface ClassificationRow {
  code: string;
  name: string;
  parentCode: string | null;
  depth: number;
  /** Items (any status) filed under exactly this node. */
  usage: number;
  childCount: number;
  isFirst: boolean;
  isLast: boolean;
}

export interface ClassificationsView {
  scheme: ClassificationScheme;
  rows: ClassificationRow[];
}

export async function viewClassifications(deps: CatalogSettingsDeps, scheme: ClassificationScheme): Promise<ClassificationsView> {
  return deps.transaction(async (store) => {
    const [nodes, usage] = await Promise.all([store.listClassifications(), store.countClassificationUsage()]);
    const counts = new Map(usage.filter((u) => u.scheme === scheme).map((u) => [u.code, u.count]));
    const rows: ClassificationRow[] = [];
    const walk = (level: readonly ClassificationTreeNode[]) =>
      level.forEach((entry, i) => {
        const { code, name, parentCode } = entry.node;
        rows.push({ code, name, parentCode, depth: entry.depth, usage: counts.get(code) ?? 0, childCount: entry.children.length, isFirst: i === 0, isLast: i === level.length - 1 });
        walk(entry.children);
      });
    walk(buildClassificationTree(nodes, scheme));
    return { scheme, rows };
  });
}

const intents = ['add', 'rename', 'moveUp', 'moveDown', 'delete'] as const;
export type ClassificationIntent = (typeof intents)[number];

const codeText = z.string().trim().max(20);

export const classificationChangeSchema = z.strictObject({
  intent: z.enum(intents),
  scheme: z.enum(['subject', 'genre']),
  code: codeText.optional(),
  parentCode: codeText.optional(),
  name: singleLineText('分类名称', classificationNameLength).optional(),
});

const labels = { intent: '操作', scheme: '分类体系', code: '分类', parentCode: '上级分类', name: '分类名称' };

export interface ClassificationChangeResult {
  intent: ClassificationIntent;
  scheme: ClassificationScheme;
  /** The node changed (for a deletion, the node that was deleted). */
  code: string;
  name: string;
}

export async function changeClassification(deps: CatalogSettingsDeps, request: { actor: Actor; input: unknown }): Promise<Outcome<ClassificationChangeResult>> {
  const checked = checkInput(classificationChangeSchema, request.input ?? {}, labels);
  if (!checked.ok) return checked;
  const input = checked.value;
  const now = deps.now();
  return deps.transaction(async (store) => {
    await store.lockClassifications();
    const nodes = (await store.listClassifications()).filter((n) => n.scheme === input.scheme);
    const tree = buildClassificationTree(nodes, input.scheme);
    const change = await applyChange(store, { ...input, nodes, tree });
    if (!change.ok) return change;
    await recordAuditEntry(
      { append: (entry) => store.appendAudit(entry) },
      {
        actor: { accountId: request.actor.principal.accountId, name: request.actor.name },
        action: `classification.${input.intent === 'moveUp' || input.intent === 'moveDown' ? 'move' : input.intent}`,
        target: { type: 'classification', id: `${input.scheme}.${change.value.result.code}` },
        ip: request.actor.ip,
        details: { scheme: input.scheme, schemeName: classificationSchemeNames[input.scheme], ...change.value.details },
      },
      now,
    );
    return succeed(change.value.result);
  });
}

interface ChangeInput {
  intent: ClassificationIntent;
  scheme: ClassificationScheme;
  code?: string | undefined;
  parentCode?: string | undefined;
  name?: string | undefined;
  nodes: StoredClassification[];
  tree: ClassificationTreeNode[];
}

type Applied = Outcome<{ result: ClassificationChangeResult; details: Record<string, string | number | null> }>;

async function applyChange(store: CatalogSettingsStore, input: ChangeInput): Promise<Applied> {
  if (input.intent === 'add') return addNode(store, input);
  const entry = findTreeNode(input.tree, input.code ?? '');
  if (entry === null) return problem('code', 'notFound', '该分类不存在，可能已被他人删除。请刷新页面后重试。');
  if (input.intent === 'rename') return renameNode(store, input, entry);
  if (input.intent === 'delete') return deleteNode(store, input, entry);
  return moveNode(store, input, entry, input.intent === 'moveUp' ? 'up' : 'down');
}

async function addNode(store: CatalogSettingsStore, input: ChangeInput): Promise<Applied> {
  const name = input.name ?? '';
  if (name === '') return problem('name', 'required', '请填写分类名称。');
  const parentCode = input.parentCode === undefined || input.parentCode === '' ? null : input.parentCode;
  const parent = parentCode === null ? null : findTreeNode(input.tree, parentCode);
  if (parentCode !== null && parent === null) return problem('parentCode', 'notFound', '上级分类不存在，可能已被他人删除。请刷新页面后重试。');
  if (parent !== null && parent.depth + 1 >= maxClassificationDepth) return problem('parentCode', 'tooDeep', `分类最多分 ${maxClassificationDepth} 级，不能在“${parent.node.name}”下再添加下级。`);
  if (isNameTakenAmongSiblings(input.nodes, input.scheme, parentCode, name, null)) return problem('name', 'taken', `同一级中已有名为“${name}”的分类。`);
  const code = nextClassificationCode(input.nodes, input.scheme, parentCode);
  if (code === null) return problem('parentCode', 'full', '这一级的分类已满 99 个，不能再添加。');
  const added: StoredClassification = { scheme: input.scheme, code, name, parentCode, position: Number.MAX_SAFE_INTEGER };
  const positions = preorderPositions(buildClassificationTree([...input.nodes, added], input.scheme), input.nodes);
  const own = positions.find((p) => p.code === code)?.position ?? input.nodes.length;
  await store.setClassificationPositions(input.scheme, positions.filter((p) => p.code !== code));
  await store.insertClassification({ ...added, position: own });
  return succeed({ result: { intent: 'add', scheme: input.scheme, code, name }, details: { code, name, parentCode } });
}

async function renameNode(store: CatalogSettingsStore, input: ChangeInput, entry: ClassificationTreeNode): Promise<Applied> {
  const name = input.name ?? '';
  if (name === '') return problem('name', 'required', '请填写分类名称。');
  const { code, parentCode, name: previous } = entry.node;
  if (isNameTakenAmongSiblings(input.nodes, input.scheme, parentCode, name, code)) return problem('name', 'taken', `同一级中已有名为“${name}”的分类。`);
  await store.renameClassification(input.scheme, code, name);
  return succeed({ result: { intent: 'rename', scheme: input.scheme, code, name }, details: { code, name, previousName: previous } });
}

async function moveNode(store: CatalogSettingsStore, input: ChangeInput, entry: ClassificationTreeNode, direction: 'up' | 'down'): Promise<Applied> {
  const { code, name, parentCode } = entry.node;
  const siblings = parentCode === null ? input.tree : (findTreeNode(input.tree, parentCode)?.children ?? input.tree);
  const order = moveAmongSiblings(siblings, code, direction);
  if (order === null) return problem('code', 'atEnd', direction === 'up' ? `“${name}”已经排在这一级的最前面。` : `“${name}”已经排在这一级的最后面。`);
  const reordered = input.nodes.map((n) => (order.includes(n.code) && n.parentCode === parentCode ? { ...n, position: order.indexOf(n.code) } : n));
  await store.setClassificationPositions(input.scheme, preorderPositions(buildClassificationTree(reordered, input.scheme), input.nodes));
  return succeed({ result: { intent: direction === 'up' ? 'moveUp' : 'moveDown', scheme: input.scheme, code, name }, details: { code, name, direction } });
}

async function deleteNode(store: CatalogSettingsStore, input: ChangeInput, entry: ClassificationTreeNode): Promise<Applied> {
  const { code, name } = entry.node;
  if (entry.children.length > 0) return problem('code', 'hasChildren', `“${name}”下还有 ${entry.children.length} 个下级分类，请先删除下级分类。`);
  const usage = (await store.countClassificationUsage()).find((u) => u.scheme === input.scheme && u.code === code)?.count ?? 0;
  if (usage > 0) return problem('code', 'inUse', `有 ${usage} 条信息使用“${name}”分类，不能删除。请先把这些信息改到其他分类，或者只修改分类名称。`);
  await store.deleteClassification(input.scheme, code);
  const rest = input.nodes.filter((n) => n.code !== code);
  await store.setClassificationPositions(input.scheme, preorderPositions(buildClassificationTree(rest, input.scheme), rest));
  return succeed({ result: { intent: 'delete', scheme: input.scheme, code, name }, details: { code, name } });
}

function problem(path: string, code: string, message: string): Applied {
  const issue: Issue = { code: `classification.${code}`, path, message };
  return fail([issue]);
}
