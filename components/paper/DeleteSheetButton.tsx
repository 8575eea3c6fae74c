"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { deletePaperSheetAction } from "@/app/(staff)/paper/actions";
import { ConfirmInPlace } from "@/components/ui/ConfirmInPlace";
import { useServerAction } from "@/components/ui/use-server-action";

/**
 * Deletes a recorded paper sheet after a confirmation that says what it does (its answers leave the
 * dashboards, its texts the review queue; it cannot be undone).
 */
export function DeleteSheetButton({ sheetId, label }: { sheetId: string; label: string }) {
  const t = useTranslations("paper.sheets.delete");
  const router = useRouter();
  const { error, pending, run } = useServerAction();
  const remove = () => run(() => deletePaperSheetAction({ sheetId, confirm: "yes" }), () => router.push("/paper/sheets?deleted=1"));
  return (
    <ConfirmInPlace label={t("button")} question={t("really", { sheet: label })} yes={pending ? t("deleting") : t("yes")} no={t("no")}
      pending={pending} error={error} onYes={remove} testId="delete-sheet-confirm" buttonTestId="delete-sheet" yesTestId="delete-sheet-yes" />
  );
}
