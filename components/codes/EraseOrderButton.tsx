"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { eraseStorageOrder } from "@/app/(staff)/admin/codes/actions";

export function EraseOrderButton() {
  const t = useTranslations("codes.storage");
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section className="mb-8 rounded-lg border border-slate-200 bg-white p-4" data-testid="storage-order">
      <h2 className="mb-1 text-lg font-semibold">{t("title")}</h2>
      <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("body")}</p>
      <button
        type="button" disabled={pending} className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium disabled:opacity-60"
        onClick={() => startTransition(async () => {
          const result = await eraseStorageOrder({});
          setMessage(result.ok ? t("done") : result.error);
        })}
      >
        {pending ? t("working") : t("button")}
      </button>
      {message ? <p className="mt-2 text-sm text-slate-700" role="status">{message}</p> : null}
    </section>
  );
}
