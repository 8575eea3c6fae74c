"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deletePaperSheetAction } from "@/app/(staff)/paper/actions";
import { ConfirmInPlace } from "@/components/ui/ConfirmInPlace";

/**
 * Deletes a recorded paper sheet after a confirmation that says what it does (its answers leave the
 * dashboards, its texts the review queue; it cannot be undone).
 */
export function DeleteSheetButton({ sheetId, label }: { sheetId: string; label: string }) {
  const t = useTranslations("paper.sheets.delete");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      const result = await deletePaperSheetAction({ sheetId, confirm: "yes" });
      if (!result.ok) return setError(result.error);
      router.push("/paper/sheets?deleted=1");
    });
  return (
    <ConfirmInPlace label={t("button")} question={t("really", { sheet: label })} yes={pending ? t("deleting") : t("yes")} no={t("no")}
      pending={pending} error={error} onYes={remove} testId="delete-sheet-confirm" buttonTestId="delete-sheet" yesTestId="delete-sheet-yes" />
  );
}
