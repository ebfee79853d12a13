/** The accounts a staff member may see, with a filter by agency (a GET form: works without JavaScript). */
import { Notice } from '../../components/notice.tsx';
import { describeGrants, formatTime, StatusBadge, type AccountView } from './accounts-status.tsx';

export interface AgencyOption {
  code: string;
  name: string;
}

export interface AccountsPageProps {
  accounts: readonly AccountView[];
  /** The agencies whose accounts may be listed, for the filter. */
  scope: readonly AgencyOption[];
  selectedAgencyCode: string | null;
  canCreate: boolean;
}

export function AccountsPage({ accounts, scope, selectedAgencyCode, canCreate }: AccountsPageProps) {
  return (
    <>
      <h1>账号管理</h1>
      {canCreate ? (
        <p>
          <a class="button button-primary" href="/console/accounts/new">
            新建账号
          </a>
        </p>
      ) : null}
      <form method="get" action="/console/accounts" class="filter-form" aria-label="按机关筛选">
        <div class="field">
          <label for="agencyCode">所属机关</label>
          <select id="agencyCode" name="agencyCode">
            <option value="">全部（{scope.length}个机关）</option>
            {scope.map((agency) => (
              <option key={agency.code} value={agency.code} selected={agency.code === selectedAgencyCode}>
                {agency.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button-secondary">
          筛选
        </button>
      </form>
      {accounts.length === 0 ? (
        <Notice kind="info">没有符合条件的账号。</Notice>
      ) : (
        <AccountTable accounts={accounts} />
      )}
    </>
  );
}

function AccountTable({ accounts }: { accounts: readonly AccountView[] }) {
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption>共 {accounts.length} 个账号</caption>
        <thead>
          <tr>
            <th scope="col">姓名</th>
            <th scope="col">用户名</th>
            <th scope="col">所属机关</th>
            <th scope="col">角色</th>
            <th scope="col">状态</th>
            <th scope="col">最近登录</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                <a href={`/console/accounts/${account.id}`}>{account.displayName}</a>
              </th>
              <td>{account.username}</td>
              <td>{account.agency.name}</td>
              <td>{describeGrants(account.roles)}</td>
              <td>
                <StatusBadge status={account.status} mustChangePassword={account.mustChangePassword} />
              </td>
              <td>{formatTime(account.lastLoginAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
