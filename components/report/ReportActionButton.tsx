"use client";
import { useRouter } from "next/navigation";
import { approveVersionAction, draftReportAction } from "@/app/(staff)/report/actions";
import { buttonClass } from "@/components/ui/form-parts";
import { useServerAction } from "@/components/ui/use-server-action";

// Drafting/regenerating (admins) and approving (department heads): one button each, the label and
// hint translated by the server page.
export function ReportActionButton({
  kind,
  id,
  label,
  hint,
}: {
  kind: "draft" | "approve";
  id: string;
  label: string;
  hint?: string;
}) {
  const router = useRouter();
  const { error, pending, run } = useServerAction();
  const act = () =>
    run(
      () => (kind === "draft" ? draftReportAction({ campaignId: id }) : approveVersionAction({ versionId: id })),
      (data) => {
        const params = new URLSearchParams(window.location.search);
        params.set("version", String(data.number));
        router.push(`/report?${params.toString()}`);
        router.refresh();
      },
    );

  return (
    <div className="no-print">
      <button type="button" className={buttonClass} disabled={pending} onClick={act} data-testid={`report-${kind}`}>
        {label}
      </button>
      {hint ? <p className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
