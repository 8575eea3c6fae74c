"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setKioskOpen } from "@/app/(staff)/admin/codes/actions";

export function KioskToggle({ campaignId, open, address }: { campaignId: string; open: boolean; address: string }) {
  const t = useTranslations("codes.kiosk");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <section className="mb-8 rounded-lg border border-slate-200 bg-white p-4" data-testid="kiosk">
      <h2 className="mb-1 text-lg font-semibold">{t("title")}</h2>
      <p className="mb-1 text-sm text-slate-700" data-testid="kiosk-state">{open ? t("on") : t("off")}</p>
      <p className="mb-3 font-mono text-xs text-slate-600">{t("address", { address })}</p>
      <button
        type="button" disabled={pending}
        onClick={() => startTransition(async () => {
          await setKioskOpen({ campaignId, open: !open });
          router.refresh();
        })}
        className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium disabled:opacity-60"
      >
        {open ? t("close") : t("open")}
      </button>
    </section>
  );
}
