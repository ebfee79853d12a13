/** The agencies a staff member may see, as the tree they form (county → departments, townships). */
import type { Agency } from '../../../domain/agencies/agency.ts';
import { agencyKindLabels } from '../../../domain/agencies/agency.ts';
import type { AgencyTreeNode } from '../../../domain/agencies/agency-tree.ts';

export interface AgenciesPageProps {
  tree: readonly AgencyTreeNode<Agency>[];
  /** Agencies whose office details this staff member may change. */
  editableIds: ReadonlySet<string>;
}

export function AgenciesPage({ tree, editableIds }: AgenciesPageProps) {
  return (
    <>
      <h1>机关信息</h1>
      <p class="lead">以下是您有权查看的行政机关。政府信息公开工作机构的地址、电话、办公时间等信息会显示在政府信息公开指南中，请保持准确。</p>
      {tree.length === 0 ? (
        <p>您的角色没有可查看的机关。</p>
      ) : (
        <section class="panel" aria-label="机关列表">
          <AgencyBranch nodes={tree} editableIds={editableIds} />
        </section>
      )}
    </>
  );
}

function AgencyBranch({ nodes, editableIds }: { nodes: readonly AgencyTreeNode<Agency>[]; editableIds: ReadonlySet<string> }) {
  return (
    <ul class="agency-tree">
      {nodes.map((node) => (
        <li key={node.id}>
          <a href={`/console/agencies/${node.code}`}>{node.name}</a>
          <span class="muted small">
            （{agencyKindLabels[node.kind]} · 代码 {node.code}
            {editableIds.has(node.id) ? ' · 可修改' : ''}）
          </span>
          {node.children.length === 0 ? null : <AgencyBranch nodes={node.children} editableIds={editableIds} />}
        </li>
      ))}
    </ul>
  );
}
