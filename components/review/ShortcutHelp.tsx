import { getTranslations } from "next-intl/server";

const KEYS = ["j", "k", "a", "c", "n", "m", "Esc"] as const;

/** The queue's keyboard shortcuts, always on the page: reviewers learn them by seeing them. */
export async function ShortcutHelp() {
  const t = await getTranslations("review.shortcuts");
  return (
    <section aria-labelledby="shortcuts-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="shortcut-help">
      <h2 id="shortcuts-heading" className="font-semibold text-brand-900">{t("heading")}</h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {KEYS.map((key) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">{key}</kbd>
            </dt>
            <dd>{t(key)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-600">{t("note")}</p>
    </section>
  );
}
