import type { Translate } from "@/components/survey/translate";

/** Position in the questionnaire: one step per section, then the check-and-send step. */
export function ProgressBar({ step, steps, label, t }: { step: number; steps: number; label: string; t: Translate }) {
  const percent = Math.round((step / steps) * 100);
  return (
    <div className="mb-4" data-testid="progress">
      <div className="mb-1 flex justify-between text-sm text-slate-600">
        <span>{label}</span>
        <span>{percent}%</span>
      </div>
      <div role="progressbar" aria-label={t("progress.label")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
