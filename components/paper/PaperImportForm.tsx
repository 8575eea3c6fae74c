"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { importPaperFileAction } from "@/app/(staff)/paper/actions";
import { buttonClass, describedBy, FieldError, FormError } from "@/components/ui/form-parts";
import { Cell, Table } from "@/components/ui/Page";
import type { ImportResult } from "@/lib/paper/mutations";
import { paperImportSchema } from "@/lib/paper/schemas";

/**
 * Import of a filled-in CSV or XLSX. The server checks every row and imports nothing unless all
 * are right; the report lists each problem by the spreadsheet's row number and column.
 */
export function PaperImportForm({ versionId }: { versionId: string }) {
  const t = useTranslations("paper");
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(new FormData(event.currentTarget));
  }

  /** The lead was told the file was imported before and chose to import it again. */
  function importAgain() {
    if (!formRef.current) return;
    const form = new FormData(formRef.current);
    form.set("confirmReimport", "yes");
    send(form);
  }

  function send(form: FormData) {
    setFileError(null);
    setError(null);
    setResult(null);
    const file = form.get("file");
    const checked = paperImportSchema.safeParse({ versionId, file: file instanceof File && file.name ? file : undefined });
    if (!checked.success) {
      setFileError(t(`validation.${checked.error.issues[0].message}` as never));
      return;
    }
    form.set("versionId", versionId);
    startTransition(async () => {
      const answer = await importPaperFileAction(form);
      if (!answer.ok) {
        const message = answer.fieldErrors?.file?.[0];
        if (message) setFileError(t(`validation.${message}` as never));
        else setError(answer.error);
        return;
      }
      setResult(answer.data);
      if (answer.data.status === "imported") formRef.current?.reset();
      requestAnimationFrame(() => reportRef.current?.focus());
    });
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("import.help")}</p>
      <form ref={formRef} onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3" data-testid="paper-import">
        <div>
          <label htmlFor={id} className="mb-1 block text-sm font-medium">{t("import.file")}</label>
          <input id={id} name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={!!fileError} aria-describedby={describedBy(id, null, fileError)} className="block text-sm" />
          <FieldError id={id} error={fileError} />
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? t("import.submitting") : t("import.submit")}</button>
      </form>
      <FormError error={error} testId="import-error" />
      <div ref={reportRef} tabIndex={-1} className="outline-none">
        {result ? <ImportReport result={result} onImportAgain={importAgain} pending={pending} /> : null}
      </div>
    </div>
  );
}

function ImportReport({ result, onImportAgain, pending }: { result: ImportResult; onImportAgain: () => void; pending: boolean }) {
  const t = useTranslations("paper");
  if (result.status === "already_imported") {
    return (
      <div className="space-y-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" role="alert" data-testid="import-duplicate">
        <p>{t("import.duplicate", { date: result.importedOn, count: result.count })}</p>
        <button type="button" className={buttonClass} disabled={pending} onClick={onImportAgain} data-testid="import-again">{t("import.importAgain")}</button>
      </div>
    );
  }
  if (result.status === "imported") {
    return <p className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="import-success">{t("import.imported", { count: result.count })}</p>;
  }
  if (result.status === "not_published") return <FormError error={t("notPublished")} testId="import-error" />;
  if (result.status === "file_problem") return <FormError error={t(`issue.${result.code}`)} testId="import-error" />;
  const total = result.issues.length + result.more;
  return (
    <div className="space-y-2" data-testid="import-rejected">
      <p className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{t("import.rejected", { count: total })}</p>
      <p className="text-xs text-slate-600">{t("import.rowNumbers")}</p>
      <Table head={[t("import.row"), t("import.column"), t("import.problem")]} caption={t("import.rejected", { count: total })}>
        {result.issues.map((issue, index) => (
          <tr key={index} data-testid="import-issue">
            <Cell>{issue.row}</Cell>
            <Cell><code>{issue.column}</code></Cell>
            <Cell>{t(`issue.${issue.code}`, { column: issue.column, value: "", allowed: "", min: "", max: "", ...issue.params })}</Cell>
          </tr>
        ))}
      </Table>
      {result.more > 0 ? <p className="text-sm">{t("import.more", { count: result.more })}</p> : null}
    </div>
  );
}
