/**
 * Rendering the item page after a GET or a refused POST: the notice of a step just taken, a
 * refusal by the review rules (shown on the page with its message, status 409), or a form's
 * problems (its values kept, status 422).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { DomainError } from '../../../domain/errors.ts';
import { getInfoItemDetails } from '../../../use-cases/catalog/items/get-info-item-details.ts';
import type { FailedForm } from '../../../views/pages/console/applications-form-fields.tsx';
import { CatalogItemPage } from '../../../views/pages/console/catalog-item-page.tsx';
import { paramOf } from '../../api/accounts/administration-routing.ts';
import { statusOfCode } from '../../errors.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { infoItemDepsOf } from './item-deps.ts';

export const itemNotices: Record<string, string> = {
  created: '草稿已保存。请核对无误后上传附件，再提交审核。',
  saved: '修改已保存。',
  attached: '附件已上传。',
  attachmentRemoved: '附件已删除。',
  submitted: '已提交审核，等待审核人初审。',
  approvedFirst: '初审通过，已送复审。',
  approvedSecond: '复审通过，已送签发人终审。',
  published: '终审通过，信息已发布到门户网站。',
  scheduled: '终审通过，信息将在选定的时间自动发布。',
  sentBack: '已退回起草人修改。',
  withdrawn: '信息已撤回，门户网站不再显示其内容。',
};

export function itemPageUrl(itemId: string, done?: string): string {
  return `/console/catalog/${encodeURIComponent(itemId)}${done === undefined ? '' : `?done=${done}`}`;
}

/** A refusal by the catalogue's rules, shown on the page rather than as an error page. */
export function isItemRefusal(error: unknown): error is DomainError {
  if (!(error instanceof DomainError) || !/^(info|attachment)\./.test(error.code)) return false;
  const status = statusOfCode(error.code);
  return status === 409 || status === 422;
}

export interface ItemPageState {
  notice?: string | null;
  error?: DomainError | null;
  failed?: FailedForm | null;
  status?: number;
}

export async function renderItemPage(request: FastifyRequest, reply: FastifyReply, state: ItemPageState = {}): Promise<FastifyReply> {
  const details = await getInfoItemDetails(infoItemDepsOf(request), { principal: requirePrincipal(request), itemId: paramOf(request, 'itemId') });
  const error = state.error ?? null;
  const page = h(CatalogItemPage, { details, notice: state.notice ?? null, error: error?.message ?? null, failed: state.failed ?? null });
  const status = state.status ?? (error === null ? 200 : (statusOfCode(error.code) ?? 409));
  return renderPage(reply, page, { title: `${details.item.title}（${details.item.indexNumber}）`, layout: 'console', status });
}

/** Submitted values to show again; long fields (the body) whole, so a refused form loses nothing. */
export function echoValues(body: unknown, names: readonly string[]): Record<string, string> {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return Object.fromEntries(names.map((name) => [name, typeof fields[name] === 'string' ? fields[name].slice(0, 600_000) : '']));
}

export function failedForm(form: string, body: unknown, names: readonly string[], issues: readonly Issue[]): FailedForm {
  return { form, values: echoValues(body, names), issues };
}
