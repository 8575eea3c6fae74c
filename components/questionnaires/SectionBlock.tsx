"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { renameSectionAction } from "@/app/(staff)/admin/questionnaires/actions";
import { buttonClass, describedBy, FieldError, FormError, inputClass, secondaryButtonClass } from "@/components/questionnaires/form-parts";
import { DeleteButton, MoveButtons } from "@/components/questionnaires/ItemControls";
import { QuestionEditor, type AspectChoice, type EditableQuestion } from "@/components/questionnaires/QuestionEditor";
import { QuestionItem } from "@/components/questionnaires/QuestionItem";
import { useBuilderAction } from "@/components/questionnaires/use-builder-action";

export type SectionData = { id: string; title: string; questions: EditableQuestion[] };

export function SectionBlock({
  section,
  position,
  count,
  editable,
  aspects,
  earlierKeys,
}: {
  section: SectionData;
  position: number;
  count: number;
  editable: boolean;
  aspects: AspectChoice[];
  earlierKeys: string[];
}) {
  const t = useTranslations("questionnaires");
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="section">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        {renaming ? (
          <RenameSection section={section} onDone={() => setRenaming(false)} />
        ) : (
          <h2 id={headingId} className="text-lg font-semibold text-brand-900">
            <span className="text-slate-500">{t("section.number", { n: position })}</span> {section.title}
          </h2>
        )}
        {editable && !renaming ? (
          <div className="flex flex-wrap items-center gap-1">
            <MoveButtons kind="section" id={section.id} name={section.title} position={position} count={count} />
            <button type="button" onClick={() => setRenaming(true)} className={secondaryButtonClass}>
              {t("section.rename")}
            </button>
            {section.questions.length === 0 ? <DeleteButton kind="section" id={section.id} name={section.title} /> : null}
          </div>
        ) : null}
      </div>
      {section.questions.length === 0 ? (
        <p className="mb-3 text-sm text-slate-600">{t("section.empty")}</p>
      ) : (
        <ol className="mb-3 space-y-2">
          {section.questions.map((q, index) => (
            <QuestionItem key={q.id} question={q} position={index + 1} count={section.questions.length} editable={editable}
              keyFixed={earlierKeys.includes(q.key)} aspects={aspects} />
          ))}
        </ol>
      )}
      {editable ? (
        adding ? (
          <QuestionEditor target={{ sectionId: section.id }} aspects={aspects} keyFixed={false} onClose={() => {
            setAdding(false);
            requestAnimationFrame(() => addRef.current?.focus());
          }} />
        ) : (
          <button ref={addRef} type="button" onClick={() => setAdding(true)} className={secondaryButtonClass}>
            {t("section.addQuestion", { title: section.title })}
          </button>
        )
      ) : null}
    </section>
  );
}

function RenameSection({ section, onDone }: { section: SectionData; onDone: () => void }) {
  const t = useTranslations("questionnaires");
  const id = useId();
  const [title, setTitle] = useState(section.title);
  const { pending, error, fieldErrors, run } = useBuilderAction();
  return (
    <form className="flex flex-1 flex-wrap items-start gap-2" noValidate onSubmit={(e) => {
      e.preventDefault();
      run(() => renameSectionAction({ sectionId: section.id, title }), onDone);
    }}>
      <label htmlFor={id} className="sr-only">{t("section.title")}</label>
      <div className="min-w-48 flex-1">
        <input id={id} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus aria-invalid={!!fieldErrors.title}
          aria-describedby={describedBy(id, null, fieldErrors.title)} className={inputClass} />
        <FieldError id={id} error={fieldErrors.title} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>{t("save")}</button>
      <button type="button" onClick={onDone} className={secondaryButtonClass}>{t("cancel")}</button>
      <FormError error={error} />
    </form>
  );
}
