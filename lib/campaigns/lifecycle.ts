// The campaign lifecycle: draft -> open -> closed -> archived (closed may reopen). Pure, so the
// survey API, paper entry, code checks, the admin pages and tests share one rule.
// "Open" is the ACTIVE status in the database.

export const CAMPAIGN_STATUSES = ["DRAFT", "ACTIVE", "CLOSED", "ARCHIVED"] as const;
export type CampaignStatusName = (typeof CAMPAIGN_STATUSES)[number];

const NEXT: Record<CampaignStatusName, readonly CampaignStatusName[]> = {
  DRAFT: ["ACTIVE"],
  ACTIVE: ["CLOSED"],
  // A campaign closed too early may reopen; archiving is for campaigns nobody works on any more.
  CLOSED: ["ACTIVE", "ARCHIVED"],
  ARCHIVED: ["CLOSED"],
};

export function allowedTransitions(status: CampaignStatusName): readonly CampaignStatusName[] {
  return NEXT[status];
}

export function canMove(from: CampaignStatusName, to: CampaignStatusName): boolean {
  return NEXT[from].includes(to);
}

type Window = { status: string; startsOn: Date; endsOn: Date };

/**
 * Whether officers' answers, paper questionnaires and access codes are taken today: only an open
 * campaign, and only from its first to its last day inclusive (dates are midnight UTC).
 */
export function acceptsSubmissions(campaign: Window, today: Date): boolean {
  if (campaign.status !== "ACTIVE") return false;
  return today.getTime() >= campaign.startsOn.getTime() && today.getTime() <= campaign.endsOn.getTime();
}
