"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { chooseCampaignAction } from "@/app/actions/campaign";

// The header's campaign switcher: every staff page works on the campaign chosen here, remembered
// on the user's account.

type Choice = { id: string; label: string };

export function CampaignSwitcher({ campaigns, currentId }: { campaigns: Choice[]; currentId: string | null }) {
  const t = useTranslations("nav");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (campaigns.length === 0) return <span className="text-sm text-brand-100">{t("noCampaign")}</span>;
  return (
    <label className="flex items-center gap-2 text-sm text-brand-100">
      <span>{t("campaign")}</span>
      <select
        aria-label={t("switchCampaign")}
        data-testid="campaign-switcher"
        className="max-w-64 rounded border border-brand-700 bg-brand-800 px-2 py-1 text-white"
        value={currentId ?? ""}
        disabled={pending}
        onChange={(event) => {
          const campaignId = event.target.value;
          startTransition(async () => {
            const form = new FormData();
            form.set("campaignId", campaignId);
            await chooseCampaignAction(form);
            router.refresh();
          });
        }}
      >
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
