/**
 * 目录设置: an agency's 索引号 pattern with the next number previewed on the server (预览 shows it
 * without saving), the tokens a pattern may use, and the working days within which a normative
 * document needs its 政策解读.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { defaultIndexPattern } from '../../../domain/catalog/index-number.ts';
import type { CatalogSettingsView } from '../../../use-cases/catalog/settings/catalog-settings.ts';
import { interpretationDueLimits, previewClassification } from '../../../use-cases/catalog/settings/index-pattern-preview.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';
import { IndexNumber } from '../portal/catalog-results.tsx';
import { FieldShell } from './accounts-new-page.tsx';
import { formatTime } from './accounts-status.tsx';

export interface CatalogSettingsPageProps {
  view: CatalogSettingsView;
  issues: readonly Issue[];
  notice: string | null;
}

export function CatalogSettingsPage({ view, issues, notice }: CatalogSettingsPageProps) {
  return (
    <div class="catalog-settings">
      <h1>目录设置</h1>
      <p class="lead">设置本机关政府信息公开目录的索引号编排规则，以及规范性文件发布后应在多少个工作日内发布政策解读。</p>
      {notice === null ? null : <Notice kind={issues.length === 0 ? 'success' : 'info'}>{notice}</Notice>}
      <IssueList issues={issues} />
      <AgencyChooser view={view} />
      {view.agency === null ? <p>您没有可以设置的机关。</p> : <SettingsForm view={view} issues={issues} />}
      <TokenHelp />
    </div>
  );
}

function AgencyChooser({ view }: { view: CatalogSettingsView }) {
  if (view.agencies.length <= 1) return null;
  return (
    <form method="get" action="/console/catalog/settings" class="filter-form">
      <div class="field">
        <label for="agency">机关</label>
        <select id="agency" name="agency">
          {view.agencies.map((a) => (
            <option key={a.code} value={a.code} selected={a.code === view.agency?.code}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button button-secondary">
        查看
      </button>
    </form>
  );
}

function SettingsForm({ view, issues }: { view: CatalogSettingsView; issues: readonly Issue[] }) {
  const agency = view.agency!;
  return (
    <section class="panel" aria-labelledby="settings-agency">
      <h2 id="settings-agency">{agency.name}</h2>
      <p class="small muted">
        {view.saved.updatedAt === null ? '尚未修改过，正在使用默认设置。' : `上次保存：${formatTime(view.saved.updatedAt.toISOString())}。`}
        现行规则：<code>{view.saved.indexPattern}</code>，政策解读时限 {view.saved.interpretationDueWorkingDays} 个工作日。
      </p>
      <form method="post" action="/console/catalog/settings" class="form form-wide">
        <CsrfField />
        <input type="hidden" name="agencyCode" value={agency.code} />
        <FieldShell id="indexPattern" label="索引号规则" issues={issues} hint={`由固定文字和下方的“可用部分”组成，例如默认规则 ${defaultIndexPattern}。`}>
          <input id="indexPattern" name="indexPattern" type="text" value={view.form.indexPattern} maxLength={200} spellcheck={false} autocomplete="off" />
        </FieldShell>
        <IndexPreviewBox view={view} />
        <FieldShell
          id="interpretationDueWorkingDays"
          label="政策解读时限（工作日）"
          issues={issues}
          hint={`规范性文件发布后超过这个工作日数仍没有政策解读的，在“规范性文件”页面标出提醒（${interpretationDueLimits.min}—${interpretationDueLimits.max}）。`}
        >
          <input id="interpretationDueWorkingDays" name="interpretationDueWorkingDays" type="text" inputMode="numeric" value={view.form.interpretationDueWorkingDays} maxLength={3} />
        </FieldShell>
        <p class="form-actions">
          <button type="submit" name="intent" value="preview" class="button button-secondary">
            预览索引号
          </button>{' '}
          <button type="submit" name="intent" value="save" class="button button-primary">
            保存设置
          </button>
        </p>
      </form>
    </section>
  );
}

function IndexPreviewBox({ view }: { view: CatalogSettingsView }) {
  const { preview } = view;
  if (preview === null) {
    return (
      <div class="index-preview notice notice-error" aria-live="polite">
        <p>索引号规则有问题，无法预览。请按提示修改后再点击“预览索引号”。</p>
      </div>
    );
  }
  return (
    <div class="index-preview notice notice-info" aria-live="polite">
      <p class="notice-title">按此规则，下一条信息的索引号是：</p>
      <p class="index-preview-number">
        <code>
          <IndexNumber value={preview.indexNumber} />
        </code>
      </p>
      <p class="small">
        {preview.year}年本机关已编到第 {view.lastSequence} 号，下一条为第 {preview.seq} 号。
        {preview.usesClassification ? `示例中的分类代码按体裁 ${previewClassification.genreCode}、主题 ${previewClassification.subjectCode} 显示，实际使用信息自己的分类。` : ''}
      </p>
    </div>
  );
}

const tokens: readonly [string, string][] = [
  ['{creditCode}', '本机关统一社会信用代码（未登记时用机关代码的大写）'],
  ['{agencyCode}', '本机关在平台中的机关代码'],
  ['{year}', '编号的年份（必须有：顺序号每年从 1 开始）'],
  ['{seq:5}', '本机关当年的顺序号，数字为位数（3—8 位），不足补 0；必须有且只有一个'],
  ['{genre}', '信息的体裁分类代码'],
  ['{subject}', '信息的主题分类代码'],
];

function TokenHelp() {
  return (
    <section class="panel" aria-labelledby="token-help">
      <h2 id="token-help">索引号规则中的可用部分</h2>
      <dl class="detail-list">
        {tokens.map(([token, meaning]) => (
          <div key={token}>
            <dt>
              <code>{token}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p class="small">固定文字只能使用字母、数字和 - / _ . 。修改规则只影响以后新建的信息，已经发布的信息保留原来的索引号和网址。</p>
    </section>
  );
}
