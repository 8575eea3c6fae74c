import { makeTranslate, type Dict } from "@/components/survey/translate";

export function SurveyClosed({ t: dict }: { t: Dict }) {
  const t = makeTranslate(dict);
  return (
    <div className="py-10 text-center" data-testid="survey-closed">
      <h1 className="mb-3 text-2xl font-semibold text-brand-900">{t("closed.title")}</h1>
      <p className="text-slate-600">{t("closed.body")}</p>
    </div>
  );
}
