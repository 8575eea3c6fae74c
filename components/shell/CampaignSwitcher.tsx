"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { chooseCampaignAction } from "@/app/actions/campaign";

// The header's campaign switcher: every staff page works on the campaign chosen here, remembered
// on the user's account. Its words come from the server (StaffShell), so the staff header needs no
// translation runtime in the browser.

type Choice = { id: string; label: string };
export type CampaignSwitcherText = { campaign: string; switchCampaign: string; noCampaign: string };

export function CampaignSwitcher({
  campaigns,
  currentId,
  text,
}: {
  campaigns: Choice[];
  currentId: string | null;
  text: CampaignSwitcherText;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (campaigns.length === 0) return <span className="text-sm text-brand-100">{text.noCampaign}</span>;
  return (
    <label className="flex items-center gap-2 text-sm text-brand-100">
      <span>{text.campaign}</span>
      <select
        aria-label={text.switchCampaign}
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
