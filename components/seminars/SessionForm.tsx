"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { saveSessionAction } from "@/app/(staff)/seminars/actions";
import { buttonClass, Field, FormError, inputClass, secondaryButtonClass } from "@/components/ui/form-parts";
import type { AspectOption } from "@/components/review/LabelPicker";
import { FindingEditor, type FindingDraft } from "@/components/seminars/FindingEditor";
import { errorsAfterEdit } from "@/components/seminars/form-errors";
import { readMessageKey } from "@/i18n/validation";
import { MAX_FINDINGS, ROLE_LEVELS, SESSION_KINDS, sessionSchema, type SessionInput } from "@/lib/seminars/schemas";

export type SessionDraft = {
  sessionId: string | null;
  unitId: string;
  kind: (typeof SESSION_KINDS)[number];
  heldOn: string;
  participants: Record<(typeof ROLE_LEVELS)[number], string>;
  notes: string;
  findings: FindingDraft[];
};

// Keys end up in element ids, so the first one is fixed (server and browser render it alike).
const newFinding = (key: string): FindingDraft => ({
  key,
  id: null,
  statement: "",
  quote: "",
  figures: [],
  categories: [],
  aspectCode: null,
  severity: "MEDIUM",
  raisedBy: "1",
  labelsTouched: false,
  suggestion: null,
});

/** Numbers are typed as text; an empty or odd entry becomes NaN so the schema names the field. */
const num = (v: string) => (v.trim() === "" ? Number.NaN : Number(v.replace(",", ".")));

function toInput(d: SessionDraft, campaignId: string): SessionInput {
  return {
    sessionId: d.sessionId,
    campaignId,
    unitId: d.unitId,
    kind: d.kind,
    heldOn: d.heldOn,
    participants: Object.fromEntries(ROLE_LEVELS.map((r) => [r, d.participants[r].trim() === "" ? 0 : num(d.participants[r])])) as SessionInput["participants"],
    notes: d.notes,
    findings: d.findings.map((f) => ({
      id: f.id,
      statement: f.statement,
      quote: f.quote,
      figures: f.figures.map((g) => ({ value: num(g.value), unit: g.unit, measures: g.measures })),
      categories: f.categories,
      aspectCode: f.aspectCode,
      severity: f.severity,
      raisedBy: num(f.raisedBy),
    })),
  };
}

/**
 * Logging (or editing) a session with its findings. The same schema as the server checks the form
 * first; the server then checks scope, the campaign's dates and the aspects.
 */
export function SessionForm({ campaign, units, aspects, initial }: {
  campaign: { id: string; startsOn: string; endsOn: string };
  units: { id: string; label: string }[];
  aspects: AspectOption[];
  initial: SessionDraft;
}) {
  const t = useTranslations("seminars");
  const router = useRouter();
  const [draft, setDraft] = useState(() => (initial.sessionId || initial.findings.length > 0 ? initial : { ...initial, findings: [newFinding("new-0")] }));
  const nextKey = useRef(1);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [params, setParams] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  // Every edit drops the errors it fixed (the summary follows), so no stale error stays on screen.
  // Adjusted while rendering, React's pattern for state that follows other state.
  const [checkedDraft, setCheckedDraft] = useState(draft);
  if (checkedDraft !== draft) {
    setCheckedDraft(draft);
    const kept = errorsAfterEdit(errors, toInput(checkedDraft, campaign.id), toInput(draft, campaign.id));
    if (JSON.stringify(kept) !== JSON.stringify(errors)) {
      setErrors(kept);
      setFormError(Object.keys(kept).length > 0 ? t("form.fix", { count: Object.keys(kept).length }) : null);
    }
  }
  const set = (patch: Partial<SessionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const message = (code: string) => {
    const { key, params: limit } = readMessageKey(code);
    return t.has(`validation.${key}`) ? t(`validation.${key}`, { ...params, ...limit, start: campaign.startsOn, end: campaign.endsOn }) : t("validation.invalid");
  };
  const e = (key: string) => (errors[key] ? message(errors[key]) : null);

  function showErrors(next: Record<string, string>) {
    setErrors(next);
    setFormError(t("form.fix", { count: Object.keys(next).length }));
    // Focus the first field named in an error, so keyboard users land where to act.
    requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const input = toInput(draft, campaign.id);
    const local = sessionSchema.safeParse(input);
    if (!local.success) {
      const next: Record<string, string> = {};
      for (const issue of local.error.issues) next[issue.path.join(".")] ??= issue.message;
      return showErrors(next);
    }
    startTransition(async () => {
      const result = await saveSessionAction(input);
      if (!result.ok) {
        const next = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v[0]]));
        setErrors(next);
        return setFormError(result.error);
      }
      if (result.data.status === "invalid") {
        setParams(result.data.params ?? {});
        return showErrors(result.data.fieldErrors);
      }
      router.push(`/seminars/${result.data.id}`);
    });
  }

  const updateFinding = (key: string) => (patch: Partial<FindingDraft> | ((f: FindingDraft) => Partial<FindingDraft>)) =>
    setDraft((d) => ({ ...d, findings: d.findings.map((f) => (f.key === key ? { ...f, ...(typeof patch === "function" ? patch(f) : patch) } : f)) }));

  return (
    <form onSubmit={submit} noValidate className="space-y-6" data-testid="session-form">
      <FormError error={formError} testId="session-error" />
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 font-semibold text-brand-900">{t("form.session")}</legend>
        <Field id="session-unit" label={t("form.unit")} error={e("unitId")}>
          <select id="session-unit" className={inputClass} value={draft.unitId} onChange={(ev) => set({ unitId: ev.target.value })} aria-invalid={!!errors.unitId} data-testid="session-unit">
            <option value="">{t("form.chooseUnit")}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
          </select>
        </Field>
        <Field id="session-kind" label={t("form.kind")} error={e("kind")}>
          <select id="session-kind" className={inputClass} value={draft.kind} onChange={(ev) => set({ kind: ev.target.value as SessionDraft["kind"] })} data-testid="session-kind">
            {SESSION_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        </Field>
        <Field id="session-date" label={t("form.date")} hint={t("form.dateHint", { start: campaign.startsOn, end: campaign.endsOn })} error={e("heldOn")}>
          <input id="session-date" type="date" className={inputClass} value={draft.heldOn} min={campaign.startsOn} max={campaign.endsOn}
            onChange={(ev) => set({ heldOn: ev.target.value })} aria-invalid={!!errors.heldOn} data-testid="session-date" />
        </Field>
        <fieldset className="sm:col-span-3" aria-describedby={errors.participants ? "participants-error" : undefined}>
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("form.participants")}</legend>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {ROLE_LEVELS.map((r) => (
              <Field key={r} id={`participants-${r}`} label={t(`roles.${r}`)} error={e(`participants.${r}`)}>
                <input id={`participants-${r}`} inputMode="numeric" className={inputClass} value={draft.participants[r]}
                  aria-invalid={!!errors.participants || !!errors[`participants.${r}`]}
                  onChange={(ev) => set({ participants: { ...draft.participants, [r]: ev.target.value } })} data-testid={`participants-${r}`} />
              </Field>
            ))}
          </div>
          {errors.participants ? <p id="participants-error" className="mt-1 text-sm text-red-700" data-testid="field-error">{e("participants")}</p> : null}
        </fieldset>
        <Field id="session-notes" label={t("form.notes")} className="sm:col-span-3" error={e("notes")}>
          <textarea id="session-notes" rows={3} className={inputClass} value={draft.notes} onChange={(ev) => set({ notes: ev.target.value })} data-testid="session-notes" />
        </Field>
      </fieldset>

      <section aria-labelledby="findings-heading" className="space-y-4">
        <h2 id="findings-heading" className="text-lg font-semibold">{t("form.findings")}</h2>
        {draft.findings.length === 0 ? <p className="text-sm text-slate-600">{t("form.noFindings")}</p> : null}
        {draft.findings.map((f, index) => (
          <FindingEditor key={f.key} index={index} finding={f} aspects={aspects} errors={errors} onChange={updateFinding(f.key)}
            onRemove={() => set({ findings: draft.findings.filter((x) => x.key !== f.key) })} />
        ))}
        {draft.findings.length < MAX_FINDINGS ? (
          <button type="button" className={secondaryButtonClass} onClick={() => set({ findings: [...draft.findings, newFinding(`new-${nextKey.current++}`)] })} data-testid="add-finding">
            {t("form.addFinding")}
          </button>
        ) : null}
      </section>

      <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
        <button type="submit" className={buttonClass} disabled={pending} data-testid="save-session">
          {pending ? t("form.saving") : t("form.save")}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => router.back()}>{t("form.cancel")}</button>
      </div>
    </form>
  );
}
