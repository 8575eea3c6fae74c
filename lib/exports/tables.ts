import "server-only";
import { isoDate } from "@/lib/dates";
import type { Table } from "@/lib/exports/csv";
import {
  exportFindings,
  exportProblemsAndActions,
  exportQuestions,
  exportResponses,
  unitNames,
} from "@/lib/exports/queries";
import { responsesTable } from "@/lib/exports/responses";

// The three exports as tables, headers in the caller's language (messages/*/report.json "export").
export type Translate = (key: string) => string;
export const EXPORT_KINDS = ["responses", "findings", "actions"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export async function exportTable(kind: ExportKind, campaignId: string, zh: boolean, t: Translate): Promise<Table> {
  const names = await unitNames(zh);
  const unit = (id: string | null) => (id ? (names.get(id) ?? "") : "");
  if (kind === "responses") {
    const [questions, responses] = await Promise.all([
      exportQuestions(campaignId),
      exportResponses(campaignId, (id) => unit(id)),
    ]);
    return responsesTable(questions, responses, {
      unit: t("export.unit"),
      role: t("export.role"),
      service: t("export.service"),
      age: t("export.age"),
      otherUnits: t("export.otherUnits"),
      unreviewed: t("export.unreviewed"),
    });
  }
  if (kind === "findings") {
    const findings = await exportFindings(campaignId);
    return {
      name: "findings",
      header: ["unit", "kind", "heldOn", "aspect", "category", "severity", "raisedBy", "statement", "quote"].map((h) =>
        t(`export.${h}`),
      ),
      rows: findings.map((f) => [
        unit(f.session.unitId),
        f.session.kind,
        isoDate(f.session.heldOn),
        f.aspectCode ?? "",
        f.category ?? "",
        f.severity,
        f.raisedBy,
        f.statement,
        // The reviewed, masked text of the finding; nothing before review.
        f.evidence && f.evidence.status !== "PENDING"
          ? (f.evidence.maskedText ?? f.evidence.text)
          : t("export.unreviewed"),
      ]),
    };
  }
  const { problems, loose } = await exportProblemsAndActions(campaignId);
  type A = (typeof loose)[number];
  const action = (a: A | undefined) =>
    a ? [a.number ?? "", a.title, a.ownerName, a.dueOn ? isoDate(a.dueOn) : "", a.status] : ["", "", "", "", ""];
  return {
    name: "problems-and-actions",
    header: ["problem", "category", "aspect", "problemStatus", "number", "action", "owner", "due", "actionStatus"].map(
      (h) => t(`export.${h}`),
    ),
    rows: [
      ...problems.flatMap((p) =>
        (p.actions.length > 0 ? p.actions : [undefined]).map((a) => [
          p.title,
          p.category,
          p.aspectCode ?? "",
          p.status,
          ...action(a),
        ]),
      ),
      ...loose.map((a) => ["", "", "", "", ...action(a)]),
    ],
  };
}
