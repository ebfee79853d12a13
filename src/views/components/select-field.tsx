/** A labelled drop-down of a GET filter or a form: `<div class="field">` with its label and options. */

export interface SelectChoice {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  name: string;
  label: string;
  choices: readonly SelectChoice[];
  /** The chosen value; nothing chosen shows the blank choice (or the first). */
  selected: string | null | undefined;
  /** A first choice meaning "no filter", e.g. { value: '', label: '全部' }. */
  blank?: SelectChoice;
}

export function SelectField({ name, label, choices, selected, blank }: SelectFieldProps) {
  return (
    <div class="field">
      <label for={name}>{label}</label>
      <select id={name} name={name}>
        {blank === undefined ? null : <option value={blank.value}>{blank.label}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} selected={choice.value === selected}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
