"use client";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { renameSectionAction } from "@/app/(staff)/admin/questionnaires/actions";
import { buttonClass, FormError, secondaryButtonClass } from "@/components/ui/form-parts";
import { DeleteButton, MoveButtons } from "@/components/questionnaires/ItemControls";
import { BilingualField } from "@/components/questionnaires/BilingualField";
import { QuestionEditor, type AspectChoice } from "@/components/questionnaires/QuestionEditor";
import { QuestionItem } from "@/components/questionnaires/QuestionItem";
import { useBuilderAction } from "@/components/questionnaires/use-builder-action";
import { storedFields, type EditableQuestion } from "@/lib/questionnaires/builder-view";
import { otherLang, type Bilingual, type Lang } from "@/lib/questionnaires/languages";

export type SectionData = { id: string; title: Bilingual; questions: EditableQuestion[] };

export function SectionBlock({
  section,
  position,
  count,
  editable,
  aspects,
  earlierKeys,
  own,
}: {
  own: Lang;
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
  const locale = useLocale() === "zh" ? "zh" : "en";
  // The name the admin reads in controls: the interface's language, else the other one.
  const name = section.title[locale] || section.title[otherLang(locale)];

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="section">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        {renaming ? (
          <RenameSection section={section} own={own} onDone={() => setRenaming(false)} />
        ) : (
          <h2 id={headingId} className="text-lg font-semibold text-brand-900">
            <span className="text-slate-500">{t("section.number", { n: position })}</span>{" "}
            <BothTexts text={section.title} />
          </h2>
        )}
        {editable && !renaming ? (
          <div className="flex flex-wrap items-center gap-1">
            <MoveButtons kind="section" id={section.id} name={name} position={position} count={count} />
            <button type="button" onClick={() => setRenaming(true)} className={secondaryButtonClass}>
              {t("section.rename")}
            </button>
            {section.questions.length === 0 ? <DeleteButton kind="section" id={section.id} name={name} /> : null}
          </div>
        ) : null}
      </div>
      {section.questions.length === 0 ? (
        <p className="mb-3 text-sm text-slate-600">{t("section.empty")}</p>
      ) : (
        <ol className="mb-3 space-y-2">
          {section.questions.map((q, index) => (
            <QuestionItem key={q.id} own={own} question={q} position={index + 1} count={section.questions.length} editable={editable}
              keyFixed={earlierKeys.includes(q.key)} aspects={aspects} />
          ))}
        </ol>
      )}
      {editable ? (
        adding ? (
          <QuestionEditor own={own} target={{ sectionId: section.id }} aspects={aspects} keyFixed={false} onClose={() => {
            setAdding(false);
            requestAnimationFrame(() => addRef.current?.focus());
          }} />
        ) : (
          <button ref={addRef} type="button" onClick={() => setAdding(true)} className={secondaryButtonClass}>
            {t("section.addQuestion", { title: name })}
          </button>
        )
      ) : null}
    </section>
  );
}

/** Both languages of a text, each marked with its language; a missing one is said to be missing. */
export function BothTexts({ text }: { text: Bilingual }) {
  const t = useTranslations("questionnaires.languages");
  return (
    <>
      {(["zh", "en"] as const).map((lang, index) => (
        <span key={lang}>
          {index > 0 ? <span className="text-slate-400"> / </span> : null}
          {text[lang].trim() ? (
            <span lang={lang === "zh" ? "zh-CN" : "en"}>{text[lang]}</span>
          ) : (
            <span className="text-sm font-normal text-amber-900" data-testid="missing-translation">[{t("missingIn", { lang: t(lang) })}]</span>
          )}
        </span>
      ))}
    </>
  );
}

function RenameSection({ section, own, onDone }: { section: SectionData; own: Lang; onDone: () => void }) {
  const t = useTranslations("questionnaires");
  const id = useId();
  const [title, setTitle] = useState(section.title);
  const { pending, error, fieldErrors, run } = useBuilderAction();
  return (
    <form className="flex-1 space-y-2" noValidate onSubmit={(e) => {
      e.preventDefault();
      run(() => renameSectionAction({ sectionId: section.id, ...storedFields("title", title, own) }), onDone);
    }}>
      <BilingualField id={id} label={t("section.title")} own={own} value={title} onChange={setTitle}
        error={fieldErrors.title} translationError={fieldErrors.titleTranslation} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClass}>{t("save")}</button>
        <button type="button" onClick={onDone} className={secondaryButtonClass}>{t("cancel")}</button>
      </div>
      <FormError error={error} />
    </form>
  );
}
