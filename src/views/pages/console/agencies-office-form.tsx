/** The form for an agency's disclosure office details and credit code (plain POST, works without JavaScript). */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { issuesFor } from '../../components/issue-list.tsx';

export const officeFields = ['officeName', 'address', 'postcode', 'phone', 'email', 'hours', 'creditCode'] as const;

export type OfficeField = (typeof officeFields)[number];

export type OfficeValues = Record<OfficeField, string>;

export const officeFieldLabels: Record<OfficeField, string> = {
  officeName: '工作机构名称',
  address: '办公地址',
  postcode: '邮政编码',
  phone: '联系电话',
  email: '电子邮箱',
  hours: '办公时间',
  creditCode: '统一社会信用代码',
};

const fieldSettings: Record<OfficeField, { maxLength: number; hint?: string; type?: 'tel' | 'email'; autocomplete?: string }> = {
  officeName: { maxLength: 100, hint: '例如：××局办公室（政务公开办）' },
  address: { maxLength: 200, autocomplete: 'street-address' },
  postcode: { maxLength: 6, hint: '6位数字', autocomplete: 'postal-code' },
  phone: { maxLength: 50, type: 'tel', hint: '例如：0739-5210001；多个号码用“、”分隔' },
  email: { maxLength: 100, type: 'email' },
  hours: { maxLength: 200, hint: '例如：工作日 上午8:30—12:00，下午14:30—17:30' },
  creditCode: { maxLength: 18, hint: '18位，系统会核对校验码；不清楚可留空' },
};

/** Text of each field for the form: the stored value, or '' for none. */
export function officeValuesOf(source: { [F in OfficeField]: string | null }): OfficeValues {
  return Object.fromEntries(officeFields.map((field) => [field, source[field] ?? ''])) as OfficeValues;
}

export function AgencyOfficeForm({ action, values, issues }: { action: string; values: OfficeValues; issues: readonly Issue[] }) {
  return (
    <form method="post" action={action} class="form">
      <CsrfField />
      {officeFields.map((field) => {
        const own = issuesFor(issues, field);
        const settings = fieldSettings[field];
        const hintId = settings.hint === undefined ? undefined : `${field}-hint`;
        const errorId = own.length > 0 ? `${field}-error` : undefined;
        const describedBy = [hintId, errorId].filter((id) => id !== undefined).join(' ');
        return (
          <div key={field} class={own.length > 0 ? 'field field-invalid' : 'field'}>
            <label for={field}>{officeFieldLabels[field]}</label>
            <OfficeInput
              field={field}
              type={settings.type ?? 'text'}
              value={values[field]}
              maxLength={settings.maxLength}
              autocomplete={settings.autocomplete ?? 'off'}
              isInvalid={own.length > 0}
              describedBy={describedBy}
            />
            {hintId === undefined ? null : (
              <p id={hintId} class="field-hint">
                {settings.hint}
              </p>
            )}
            {own.length === 0 ? null : (
              <p id={errorId} class="field-error">
                {own.map((issue) => issue.message).join(' ')}
              </p>
            )}
          </div>
        );
      })}
      <p class="field-hint">留空表示清除该项。</p>
      <button type="submit" class="button button-primary">
        保存
      </button>
    </form>
  );
}

interface OfficeInputProps {
  field: OfficeField;
  type: 'text' | 'tel' | 'email';
  value: string;
  maxLength: number;
  autocomplete: string;
  isInvalid: boolean;
  describedBy: string;
}

/** One input; the input types are spelled out because Preact types each `type` separately. */
function OfficeInput({ field, type, value, maxLength, autocomplete, isInvalid, describedBy }: OfficeInputProps) {
  const common = {
    id: field,
    name: field,
    value,
    maxLength,
    autocomplete,
    'aria-invalid': isInvalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
  };
  if (type === 'tel') return <input type="tel" {...common} />;
  if (type === 'email') return <input type="email" {...common} />;
  return <input type="text" {...common} />;
}
