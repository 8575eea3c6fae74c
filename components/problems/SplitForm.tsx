"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { splitProblemAction } from "@/app/(staff)/problems/actions";
import { firstErrors } from "@/components/problems/field-text";
import { buttonClass, Field, FormError, inputClass } from "@/components/ui/form-parts";

type Item = { id: string; kind: string; aspectCode: string | null; text: string | null };

/**
 * Moves chosen evidence to a new problem. Texts show only where the problem's figure allows
 * quoting; otherwise items are numbered, by kind and aspect, so a split never reveals a text.
 */
export function SplitForm({ problemId, version, items }: { problemId: string; version: number; items: Item[] }) {
  const t = useTranslations("problems");
  const router = useRouter();
  const [picked, setPicked] = useState<string[]>([]);
  const [title, setTitle] = useState("");
  const [titleZh, setTitleZh] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await splitProblemAction({ problemId, version, evidenceIds: picked, title, titleZh });
          if (!result.ok) {
            setError(result.error);
            setFields(firstErrors(t, result.fieldErrors));
            return;
          }
          router.push(`/problems/${result.data.id}`);
        });
      }}
    >
      <fieldset>
        <legend className="mb-1 text-sm text-slate-700">{t("split.pick")}</legend>
        <div className="max-h-64 space-y-1 overflow-y-auto rounded border border-slate-200 bg-white p-2">
          {items.map((item, i) => (
            <label key={item.id} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-1"
                checked={picked.includes(item.id)}
                onChange={(e) => setPicked(e.target.checked ? [...picked, item.id] : picked.filter((x) => x !== item.id))}
                data-testid="split-pick"
              />
              <span>
                <span className="text-slate-500">
                  #{i + 1} · {t(`kinds.${item.kind}`)}
                  {item.aspectCode ? ` · ${item.aspectCode}` : ""}
                </span>{" "}
                {item.text ?? <em className="text-slate-500">{t("split.withheld")}</em>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {fields.evidenceIds ? <p className="text-sm text-red-700">{fields.evidenceIds}</p> : null}
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="split-title" label={t("form.title")} error={fields.title}>
          <input id="split-title" className={inputClass} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        </Field>
        <Field id="split-titleZh" label={t("form.titleZh")} error={fields.titleZh}>
          <input id="split-titleZh" className={inputClass} value={titleZh} onChange={(e) => setTitleZh(e.target.value)} maxLength={200} lang="zh" />
        </Field>
      </div>
      <FormError error={error} />
      <button type="submit" className={buttonClass} disabled={pending} data-testid="split-submit">
        {t("split.submit", { count: picked.length })}
      </button>
    </form>
  );
}
