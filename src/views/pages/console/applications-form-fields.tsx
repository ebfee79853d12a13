/**
 * Small form parts of the case pages: one labelled field with its hint and its problems beside it,
 * and the frame of a step form (a native <details> that opens when the step was refused, so the
 * page works without JavaScript).
 */
import type { ComponentChildren } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList, issuesFor } from '../../components/issue-list.tsx';

/** What the person submitted for a form that was refused: shown again with the problems. */
export interface FailedForm {
  /** Which form: a step name, `handler`, `reply` … */
  form: string;
  values: Readonly<Record<string, string>>;
  issues: readonly Issue[];
}

/** A form's value: what was submitted when this form was refused, else the default. */
export function valueOf(failed: FailedForm | null, form: string, name: string, fallback: string): string {
  return failed !== null && failed.form === form ? (failed.values[name] ?? fallback) : fallback;
}

export function issuesOf(failed: FailedForm | null, form: string): readonly Issue[] {
  return failed !== null && failed.form === form ? failed.issues : [];
}

interface FieldProps {
  /** The form's name, to keep ids unique on a page with many forms. */
  form: string;
  name: string;
  label: string;
  issues: readonly Issue[];
  hint?: string;
  required?: boolean;
}

function idOf(form: string, name: string): string {
  return `${form}-${name}`;
}

function Field({ form, name, label, issues, hint, children }: FieldProps & { children: ComponentChildren }) {
  const own = issuesFor(issues, name);
  const id = idOf(form, name);
  return (
    <div class={own.length > 0 ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {hint === undefined ? null : <p class="field-hint">{hint}</p>}
      {own.length === 0 ? null : <p class="field-error">{own.map((issue) => issue.message).join(' ')}</p>}
    </div>
  );
}

export function TextInput(props: FieldProps & { value: string; maxLength?: number; type?: 'text' | 'date' | 'number'; min?: number; max?: number }) {
  const { form, name, value, type = 'text', maxLength, required, min, max } = props;
  return (
    <Field {...props}>
      {/* Preact types each input type apart; the attributes used here are valid for all three. */}
      <input id={idOf(form, name)} name={name} type={type as 'text'} value={value} autocomplete="off" {...defined({ maxLength, required, min, max })} />
    </Field>
  );
}

export function TextArea(props: FieldProps & { value: string; rows?: number; maxLength?: number }) {
  const { form, name, value, rows = 4, maxLength, required } = props;
  return (
    <Field {...props}>
      <textarea id={idOf(form, name)} name={name} rows={rows} {...defined({ maxLength, required })}>
        {value}
      </textarea>
    </Field>
  );
}

export function Select(props: FieldProps & { value: string; options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const { form, name, value, options, placeholder, required } = props;
  return (
    <Field {...props}>
      <select id={idOf(form, name)} name={name} {...defined({ required })}>
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface StepFrameProps {
  form: string;
  title: string;
  action: string;
  failed: FailedForm | null;
  submit: string;
  /** One sentence on what the step does in law. */
  lead?: string;
  /** The element id when one form is shown several times (one per open consultation). */
  anchor?: string;
  children: ComponentChildren;
}

export function StepFrame({ form, title, action, failed, submit, lead, anchor, children }: StepFrameProps) {
  const isOpen = failed !== null && failed.form === form;
  return (
    <details class="step-form" open={isOpen} id={`step-${anchor ?? form}`}>
      <summary>{title}</summary>
      <form method="post" action={action} class="case-form">
        <CsrfField />
        {lead === undefined ? null : <p class="field-hint step-lead">{lead}</p>}
        {isOpen ? <IssueList issues={failed.issues} /> : null}
        {children}
        <button type="submit" class="button button-primary">
          {submit}
        </button>
      </form>
    </details>
  );
}

/** The attributes that have a value (exactOptionalPropertyTypes: an absent attribute is not `undefined`). */
function defined<T extends Record<string, unknown>>(attributes: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
