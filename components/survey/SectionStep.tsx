"use client";
import type { AnswerValue } from "@/components/survey/draft";
import { QuestionField } from "@/components/survey/QuestionField";
import type { Translate } from "@/components/survey/translate";
import type { SectionView } from "@/lib/surveys/structure";

type Props = {
  t: Translate;
  section: SectionView;
  answers: Record<string, AnswerValue>;
  issueOf: (key: string) => string | null;
  onAnswer: (key: string, value: AnswerValue) => void;
  onBack: () => void;
  onNext: () => void;
  last: boolean;
};

export function SectionStep({ t, section, answers, issueOf, onAnswer, onBack, onNext, last }: Props) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <h2 className="mb-3 text-xl font-semibold text-brand-900" tabIndex={-1} data-step-heading>{section.title}</h2>
      <div className="flex flex-col gap-4">
        {section.questions.map((q) => (
          <QuestionField key={q.key} question={q} value={answers[q.key]} issue={issueOf(q.key)} onChange={(value) => onAnswer(q.key, value)} t={t} />
        ))}
      </div>
      <div className="mt-6 flex gap-3">
        <button type="button" onClick={onBack} className="flex-1 rounded-lg border border-slate-300 bg-white px-4 py-3 font-medium">{t("nav.back")}</button>
        <button type="submit" className="flex-1 rounded-lg bg-brand-600 px-4 py-3 font-semibold text-white">{last ? t("nav.review") : t("nav.next")}</button>
      </div>
    </form>
  );
}
