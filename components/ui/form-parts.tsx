// Small form pieces the builder and paper forms share, so labels, hints and errors are wired to
// their inputs the same way everywhere (aria-describedby, aria-invalid).

export const inputClass =
  "w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600 disabled:bg-slate-100 disabled:text-slate-500";
export const buttonClass =
  "inline-flex items-center justify-center rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-40";
export const dangerButtonClass =
  "inline-flex items-center justify-center rounded border border-red-300 bg-white px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60";

/** Ids of a field's hint and error, for aria-describedby. */
export function describedBy(id: string, hint?: string | null, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function Field({
  id,
  label,
  hint,
  error,
  children,
  className = "",
}: {
  id: string;
  label: React.ReactNode;
  hint?: string | null;
  error?: string | null;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-testid="field-error">
      {error}
    </p>
  );
}

export function FormError({ error, testId = "form-error" }: { error: string | null; testId?: string }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid={testId}>
      {error}
    </p>
  );
}

/** A labelled select of a GET filter form; `any` is the text of a first, empty choice (no filter). */
export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
  className = inputClass,
  testId,
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  any?: string;
  options: [value: string | number, text: string][];
  className?: string;
  testId?: string;
}) {
  return (
    <label>
      <span className="mb-1 block font-medium">{label}</span>
      <select name={name} defaultValue={value} className={className} data-testid={testId}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
