"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { mergeProblemsAction } from "@/app/(staff)/problems/actions";
import { buttonClass, FormError } from "@/components/ui/form-parts";
import { useServerAction } from "@/components/ui/use-server-action";
import { localTitle } from "@/i18n/local-name";

type Choice = { id: string; title: string; titleZh: string; aspectCode: string | null };

/** Folds other problems into this one: their evidence, actions and comments move here. */
export function MergeForm({ targetId, choices }: { targetId: string; choices: Choice[] }) {
  const t = useTranslations("problems.merge");
  const zh = useLocale() === "zh";
  const router = useRouter();
  const [picked, setPicked] = useState<string[]>([]);
  const { error, pending, run } = useServerAction();
  const others = choices.filter((c) => c.id !== targetId);
  if (others.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => mergeProblemsAction({ targetId, sourceIds: picked }),
          () => {
            setPicked([]);
            router.refresh();
          },
        );
      }}
    >
      <fieldset>
        <legend className="mb-1 text-sm text-slate-700">{t("pick")}</legend>
        <div className="max-h-48 space-y-1 overflow-y-auto rounded border border-slate-200 bg-white p-2">
          {others.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={picked.includes(c.id)}
                onChange={(e) => setPicked(e.target.checked ? [...picked, c.id] : picked.filter((x) => x !== c.id))}
                data-testid="merge-pick"
              />
              {c.aspectCode ? `${c.aspectCode} · ` : ""}
              {localTitle(c, zh)}
            </label>
          ))}
        </div>
      </fieldset>
      <FormError error={error} />
      <button type="submit" className={buttonClass} disabled={pending || picked.length === 0} data-testid="merge-submit">
        {t("submit", { count: picked.length })}
      </button>
    </form>
  );
}
