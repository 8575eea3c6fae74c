"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { MoveDialog } from "@/components/problems/MoveDialog";
import { buttonClass, inputClass } from "@/components/ui/form-parts";
import { ACTION_STATUSES, type ActionStatusName } from "@/lib/actions/schemas";

/** On an action's page: pick a status (or keep it) and write a progress note in the dialog. */
export function ProgressButton({ id, title, version, status }: { id: string; title: string; version: number; status: ActionStatusName }) {
  const t = useTranslations("actions");
  const router = useRouter();
  const [to, setTo] = useState<ActionStatusName>(status);
  const [open, setOpen] = useState(false);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="text-sm">
        <span className="mb-1 block font-medium">{t("progress.status")}</span>
        <select className={inputClass} value={to} onChange={(e) => setTo(e.target.value as ActionStatusName)} data-testid="progress-status">
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className={buttonClass} onClick={() => setOpen(true)} data-testid="progress-open">
        {t("progress.open")}
      </button>
      {open ? (
        <MoveDialog
          target={{ id, title, version, from: status, to }}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
