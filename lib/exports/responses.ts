// One row per response, one column per question with labelled answers, anonymised by
// lib/exports/anonymise.ts. Pure: the database rows come in from lib/exports/queries.ts.
import { coarsen, shuffled } from "@/lib/exports/anonymise";
import type { Table } from "@/lib/exports/csv";

export type ExportQuestion = {
  id: string;
  key: string;
  prompt: string;
  type: string;
  options: { value: string; label: string }[];
};

type ExportAnswer = {
  questionId: string;
  numberValue: number | null;
  textValue: string | null;
  choices: string[];
  /** Free text leaves only once reviewed, and masked where personal details were found. */
  reviewedText: string | null;
};

export type ExportResponse = {
  unit: string | null;
  roleLevel: string | null;
  serviceYears: string | null;
  ageBand: string | null;
  answers: ExportAnswer[];
};

export type ResponseLabels = {
  unit: string;
  role: string;
  service: string;
  age: string;
  otherUnits: string;
  unreviewed: string;
};

export function responsesTable(
  questions: readonly ExportQuestion[],
  responses: readonly ExportResponse[],
  labels: ResponseLabels,
  random?: (max: number) => number,
): Table {
  const rows = shuffled(responses, random);
  // Unit, then the bands in the order they are given up when a combination is too small.
  const breakdowns = coarsen(
    rows.map((r) => ({ unit: r.unit, bands: [r.roleLevel, r.serviceYears, r.ageBand] })),
    labels.otherUnits,
  );
  // Questions from several versions share a key: one column per key.
  const columns = new Map<string, ExportQuestion[]>();
  for (const q of questions) columns.set(q.key, [...(columns.get(q.key) ?? []), q]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const keys = [...columns.keys()];
  return {
    name: "responses",
    header: [labels.unit, labels.role, labels.service, labels.age, ...keys.map((k) => `${k}: ${columns.get(k)![0].prompt}`)],
    rows: rows.map((r, i) => {
      const cells = new Map<string, string | number>();
      for (const a of r.answers) {
        const q = byId.get(a.questionId);
        if (q) cells.set(q.key, answerCell(q, a, labels.unreviewed));
      }
      return [breakdowns[i].unit, ...breakdowns[i].bands, ...keys.map((k) => cells.get(k) ?? "")];
    }),
  };
}

function answerCell(q: ExportQuestion, a: ExportAnswer, unreviewed: string): string | number {
  const label = (value: string) => q.options.find((o) => o.value === value)?.label ?? value;
  if (a.choices.length > 0) return a.choices.map(label).join("; ");
  if (a.numberValue !== null) return q.options.length > 0 ? label(String(a.numberValue)) : a.numberValue;
  if (a.textValue !== null) return a.reviewedText ?? (a.textValue.trim() ? unreviewed : "");
  return "";
}
