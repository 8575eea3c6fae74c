import "server-only";
import { acceptsSubmissions } from "@/lib/campaigns/lifecycle";
import { db } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import type { QuestionnaireView } from "@/lib/surveys/structure";

const questionSelect = {
  id: true, key: true, type: true, prompt: true, help: true, required: true, aspectCode: true, profileField: true,
  numberUnit: true, minValue: true, maxValue: true,
  options: { orderBy: { order: "asc" }, select: { value: true, label: true } },
} as const;

/** A questionnaire version with its sections and questions in order, or null. */
export async function loadQuestionnaireView(versionId: string): Promise<QuestionnaireView | null> {
  const version = await db.questionnaireVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true, title: true, intro: true, status: true,
      questionnaire: { select: { campaignId: true, language: true } },
      sections: {
        orderBy: { order: "asc" },
        select: { id: true, title: true, questions: { orderBy: { order: "asc" }, select: questionSelect } },
      },
    },
  });
  if (!version) return null;
  return {
    versionId: version.id,
    campaignId: version.questionnaire.campaignId,
    title: version.title,
    intro: version.intro,
    language: version.questionnaire.language,
    status: version.status,
    sections: version.sections,
  };
}

/** The version officers answer in a campaign: the newest published one. */
export async function publishedVersionId(campaignId: string): Promise<string | null> {
  const version = await db.questionnaireVersion.findFirst({
    where: { status: "PUBLISHED", questionnaire: { campaignId } },
    orderBy: [{ publishedOn: "desc" }, { version: "desc" }],
    select: { id: true },
  });
  return version?.id ?? null;
}

// A published version never changes, so its view is kept per process once loaded (a 133-question
// version is a sizeable query, and every submission needs it). Drafts are always read afresh.
const publishedViews = new Map<string, Promise<QuestionnaireView | null>>();

/** Like loadQuestionnaireView, from memory for published versions. */
export async function cachedQuestionnaireView(versionId: string): Promise<QuestionnaireView | null> {
  const cached = publishedViews.get(versionId);
  if (cached) return cached;
  const view = await loadQuestionnaireView(versionId);
  if (view?.status === "PUBLISHED") {
    if (publishedViews.size >= 50) publishedViews.delete(publishedViews.keys().next().value!);
    publishedViews.set(versionId, Promise.resolve(view));
  }
  return view;
}

export type SurveyCampaign = { id: string; slug: string; name: string; nameZh: string; kioskOpen: boolean; versionId: string | null };

// Every page view and submission asks which campaign a slug names; a few seconds of memory spare
// two queries per submission. Opening or closing a campaign or its kiosk link therefore takes
// effect on each instance within CAMPAIGN_TTL_MS. Dates are checked on every call, not cached.
const CAMPAIGN_TTL_MS = 5_000;
type KnownCampaign = SurveyCampaign & { status: string; startsOn: Date; endsOn: Date };
const knownCampaigns = new Map<string, { at: number; value: Promise<KnownCampaign | null> }>();

export type SurveyCampaignState = { state: "open"; campaign: SurveyCampaign } | { state: "closed" } | { state: "missing" };

/**
 * Whether officers may answer the campaign a slug names today. "closed": it exists and was open
 * once, but is closed, archived, or outside its dates (officers get a notice, not a 404); drafts
 * are "missing", as if they did not exist yet.
 */
export async function surveyCampaignState(slug: string): Promise<SurveyCampaignState> {
  const cached = knownCampaigns.get(slug);
  let value: Promise<KnownCampaign | null>;
  if (cached && Date.now() - cached.at < CAMPAIGN_TTL_MS) value = cached.value;
  else {
    if (knownCampaigns.size > 100) knownCampaigns.clear();
    value = findSurveyCampaign(slug);
    knownCampaigns.set(slug, { at: Date.now(), value });
    value.catch(() => knownCampaigns.delete(slug));
  }
  const found = await value;
  if (!found) return { state: "missing" };
  if (!acceptsSubmissions(found, todayUtc())) return { state: "closed" };
  const { id, slug: s, name, nameZh, kioskOpen, versionId } = found;
  return { state: "open", campaign: { id, slug: s, name, nameZh, kioskOpen, versionId } };
}

/** A campaign officers may answer today (open, within its dates), by its short name, or null. */
export async function openSurveyCampaign(slug: string): Promise<SurveyCampaign | null> {
  const found = await surveyCampaignState(slug);
  return found.state === "open" ? found.campaign : null;
}

/** Forgets remembered campaigns (after an admin changes one in this process, and in tests). */
export function forgetSurveyCampaigns(): void {
  knownCampaigns.clear();
}

async function findSurveyCampaign(slug: string): Promise<KnownCampaign | null> {
  const campaign = await db.campaign.findFirst({
    where: { slug, status: { not: "DRAFT" } },
    select: { id: true, slug: true, name: true, nameZh: true, kioskOpen: true, status: true, startsOn: true, endsOn: true },
  });
  if (!campaign) return null;
  return { ...campaign, versionId: await publishedVersionId(campaign.id) };
}

/** The campaigns open to officers today, for the survey's landing page. */
export async function openSurveyCampaigns(): Promise<{ slug: string; name: string; nameZh: string }[]> {
  const today = todayUtc();
  return db.campaign.findMany({
    where: { status: "ACTIVE", startsOn: { lte: today }, endsOn: { gte: today } },
    orderBy: { slug: "asc" },
    select: { slug: true, name: true, nameZh: true },
  });
}

/** What the admins' preview needs besides the questionnaire: its campaign's names and the version number. */
export async function previewContext(versionId: string) {
  return db.questionnaireVersion.findUnique({
    where: { id: versionId },
    select: { version: true, status: true, questionnaire: { select: { campaign: { select: { slug: true, name: true, nameZh: true } } } } },
  });
}
