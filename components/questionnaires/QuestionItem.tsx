"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { secondaryButtonClass } from "@/components/ui/form-parts";
import { DeleteButton, MoveButtons } from "@/components/questionnaires/ItemControls";
import { QuestionEditor, type AspectChoice } from "@/components/questionnaires/QuestionEditor";
import { BothTexts } from "@/components/questionnaires/SectionBlock";
import type { EditableQuestion } from "@/lib/questionnaires/builder-view";
import type { Lang } from "@/lib/questionnaires/languages";

/** One question of the builder: what the officer will be asked and how, with its controls. */
export function QuestionItem({
  question,
  position,
  count,
  editable,
  keyFixed,
  aspects,
  own,
}: {
  own: Lang;
  question: EditableQuestion;
  position: number;
  count: number;
  editable: boolean;
  keyFixed: boolean;
  aspects: AspectChoice[];
}) {
  const t = useTranslations("questionnaires");
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const aspect = aspects.find((a) => a.code === question.aspectCode);
  const q = question;

  if (editing) {
    return (
      <li data-testid="question">
        <QuestionEditor own={own} target={{ question }} aspects={aspects} keyFixed={keyFixed || !!q.profileField} onClose={() => {
          setEditing(false);
          requestAnimationFrame(() => editRef.current?.focus());
        }} />
      </li>
    );
  }
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-testid="question" data-key={q.key}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-56 flex-1">
          <p className="font-medium">
            <span className="mr-1 text-slate-500">{position}.</span>
            <BothTexts text={q.prompt} />
            {q.required ? <span className="ml-1 text-red-700" title={t("question.requiredMark")}>*</span> : null}
          </p>
          {q.help.zh || q.help.en ? <p className="mt-0.5 text-sm text-slate-600"><BothTexts text={q.help} /></p> : null}
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
            <code className="rounded bg-slate-100 px-1 text-slate-800" data-testid="question-key">{q.key}</code>
            <span>{t(`types.${q.type}`)}</span>
            <span>{q.required ? t("question.requiredMark") : t("question.optionalMark")}</span>
            {aspect ? <span>{t("question.aspectShown", { code: aspect.code, title: aspect.title })}</span> : null}
            {q.profileField ? <span>{t("question.profileMark")}</span> : null}
          </p>
          {q.options.length > 0 && q.type !== "LIKERT" ? (
            <ul className="mt-1 flex flex-wrap gap-1 text-xs">
              {q.options.map((o) => (
                <li key={o.value} className="rounded border border-slate-200 px-1.5 py-0.5">
                  <BothTexts text={o.label} /> <code className="text-slate-500">{o.value}</code>
                </li>
              ))}
            </ul>
          ) : null}
          {q.type === "NUMBER" ? (
            <p className="mt-1 text-xs text-slate-700">
              {t("question.numberShown", { unit: [q.numberUnit.zh, q.numberUnit.en].filter(Boolean).join(" / "), min: q.minValue ?? "–", max: q.maxValue ?? "–" })}
              {q.normValue !== null ? ` · ${t("question.normShown", { value: q.normValue, label: [q.normLabel.zh, q.normLabel.en].filter(Boolean).join(" / ") })}` : null}
            </p>
          ) : null}
        </div>
        {editable ? (
          <div className="flex flex-wrap items-center gap-1">
            <MoveButtons kind="question" id={q.id} name={q.key} position={position} count={count} />
            <button ref={editRef} type="button" onClick={() => setEditing(true)} className={secondaryButtonClass} aria-label={t("question.editLabel", { name: q.key })}>
              {t("question.edit")}
            </button>
            <DeleteButton kind="question" id={q.id} name={q.key} />
          </div>
        ) : null}
      </div>
    </li>
  );
}
