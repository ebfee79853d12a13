/**
 * The catalogue's console settings. `GET|POST /console/catalog/settings` (`catalog.configure`, the
 * agency from `?agency=` or the form): the 索引号 pattern with the next number previewed on the
 * server (`intent=preview`, nothing saved) and the interpretation period, saved with
 * `intent=save` (audited). `GET|POST /console/classifications` (`classification.update`): the
 * subject and genre trees, one change per POST (`intent=add|rename|moveUp|moveDown|delete`, audited).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { ClassificationScheme } from '../../../domain/catalog/classification.ts';
import { submitCatalogSettings, viewCatalogSettings } from '../../../use-cases/catalog/settings/catalog-settings.ts';
import { changeClassification, viewClassifications, type ClassificationChangeResult } from '../../../use-cases/catalog/settings/classifications.ts';
import { CatalogSettingsPage } from '../../../views/pages/console/catalog-settings-page.tsx';
import { ClassificationsPage } from '../../../views/pages/console/classifications-page.tsx';
import { actorOf, formFields } from '../../api/accounts/administration-routing.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { textFields } from '../accounts/form-values.ts';
import { catalogSettingsDepsOf } from './settings-stores.ts';

const configure = { access: { kind: 'action', action: 'catalog.configure' } } as const;
const classify = { access: { kind: 'action', action: 'classification.update' } } as const;

export function registerCatalogSettingsRoutes(app: FastifyInstance): void {
  app.get('/console/catalog/settings', { config: configure }, async (request, reply) => {
    const query = queryOf(request);
    const agencyCode = query['agency'] === undefined || query['agency'] === '' ? null : query['agency'];
    const view = await viewCatalogSettings(catalogSettingsDepsOf(request), { principal: requirePrincipal(request), agencyCode });
    const notice = query['done'] === 'saved' ? '设置已保存。此后新建的信息按新的索引号规则编号，已有信息的索引号不变。' : null;
    return renderPage(reply, h(CatalogSettingsPage, { view, issues: [], notice }), { title: '目录设置', layout: 'console' });
  });

  app.post('/console/catalog/settings', { config: configure }, async (request, reply) => {
    const submission = await submitCatalogSettings(catalogSettingsDepsOf(request), { actor: actorOf(request), input: formFields(request.body) });
    if (submission.kind === 'saved') return reply.redirect(`/console/catalog/settings?agency=${encodeURIComponent(submission.agencyCode)}&done=saved`, 303);
    const { view, issues } = submission;
    const notice = issues.length === 0 ? '这是按您填写的规则生成的索引号预览，设置尚未保存。确认无误后请点击“保存设置”。' : null;
    return renderPage(reply, h(CatalogSettingsPage, { view, issues, notice }), { title: '目录设置', layout: 'console', status: issues.length > 0 ? 422 : 200 });
  });

  app.get('/console/classifications', { config: classify }, async (request, reply) => {
    const query = queryOf(request);
    return showClassifications(request, reply, schemeOf(query['scheme']), { edit: query['edit'] ?? null, done: doneOf(query), issues: [] });
  });

  app.post('/console/classifications', { config: classify }, async (request, reply) => {
    const outcome = await changeClassification(catalogSettingsDepsOf(request), { actor: actorOf(request), input: formFields(request.body) });
    const sent = textFields(request.body, ['scheme', 'code', 'parentCode', 'name', 'intent']);
    if (!outcome.ok) return showClassifications(request, reply, schemeOf(sent['scheme']), { edit: sent['code'] || sent['parentCode'] || null, done: null, issues: outcome.issues, sent });
    return reply.redirect(afterChangeUrl(outcome.value), 303);
  });
}

interface ClassificationState {
  edit: string | null;
  done: ClassificationChangeResult | null;
  issues: readonly Issue[];
  sent?: Record<string, string>;
}

async function showClassifications(request: FastifyRequest, reply: FastifyReply, scheme: ClassificationScheme, state: ClassificationState): Promise<FastifyReply> {
  const view = await viewClassifications(catalogSettingsDepsOf(request), scheme);
  const page = h(ClassificationsPage, { view, edit: state.edit, done: state.done, issues: state.issues, sent: state.sent ?? {} });
  return renderPage(reply, page, { title: '分类管理', layout: 'console', status: state.issues.length > 0 ? 422 : 200 });
}

/** Back to the tree, at the node changed, saying what was done. */
function afterChangeUrl(result: ClassificationChangeResult): string {
  const query = new URLSearchParams({ scheme: result.scheme, done: result.intent, code: result.code, name: result.name });
  if (result.intent !== 'delete') query.set('edit', result.code);
  return `/console/classifications?${query.toString()}`;
}

function doneOf(query: Record<string, string>): ClassificationChangeResult | null {
  const intent = query['done'];
  if (intent !== 'add' && intent !== 'rename' && intent !== 'moveUp' && intent !== 'moveDown' && intent !== 'delete') return null;
  return { intent, scheme: schemeOf(query['scheme']), code: (query['code'] ?? '').slice(0, 20), name: (query['name'] ?? '').slice(0, 40) };
}

function schemeOf(value: string | undefined): ClassificationScheme {
  return value === 'genre' ? 'genre' : 'subject';
}

/** The query string's single values (a repeated parameter counts as absent). */
function queryOf(request: FastifyRequest): Record<string, string> {
  const query = (request.query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length <= 200));
}
