import "server-only";
import { acceptsSubmissions } from "@/lib/campaigns/lifecycle";
import { db, sqlQuery } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { todayUtc } from "@/lib/dates";
import { asLang, bilingual, pick, type Lang } from "@/lib/questionnaires/languages";
import { liveVersionId } from "@/lib/questionnaires/versions";
import type { QuestionnaireView } from "@/lib/surveys/structure";

const questionSelect = {
  id: true, key: true, type: true, prompt: true, promptTranslation: true, help: true, helpTranslation: true, required: true,
  aspectCode: true, profileField: true, numberUnit: true, numberUnitTranslation: true, minValue: true, maxValue: true,
  options: { orderBy: { order: "asc" }, select: { value: true, label: true, labelTranslation: true } },
} as const;

async function loadStoredVersion(versionId: string) {
  return db.questionnaireVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true, title: true, titleTranslation: true, intro: true, introTranslation: true, status: true,
      questionnaire: { select: { campaignId: true, language: true } },
      sections: {
        orderBy: { order: "asc" },
        select: { id: true, title: true, titleTranslation: true, questions: { orderBy: { order: "asc" }, select: questionSelect } },
      },
    },
  });
}
type StoredVersion = NonNullable<Awaited<ReturnType<typeof loadStoredVersion>>>;

/**
 * The version as an officer reading `want` sees it: each text in that language, or in the other
 * where it has no translation, with `textLang` naming the language of a text that fell back.
 */
export function localizeView(version: StoredVersion, want: Lang): QuestionnaireView {
  const own = asLang(version.questionnaire.language);
  const text = (ownText: string | null, translation: string) => pick(bilingual(ownText, translation, own), want);
  const title = text(version.title, version.titleTranslation);
  const intro = text(version.intro, version.introTranslation);
  return {
    versionId: version.id,
    campaignId: version.questionnaire.campaignId,
    title: title.text,
    intro: intro.text,
    language: want,
    status: version.status,
    ...mark(title.fellBack),
    sections: version.sections.map((section) => {
      const sectionTitle = text(section.title, section.titleTranslation);
      return {
        id: section.id,
        title: sectionTitle.text,
        ...mark(sectionTitle.fellBack),
        questions: section.questions.map((q) => {
          const prompt = text(q.prompt, q.promptTranslation);
          // A unit written in one language only is still shown (null: the question has none).
          const unit = text(q.numberUnit, q.numberUnitTranslation).text || null;
          return {
            id: q.id, key: q.key, type: q.type, prompt: prompt.text, help: text(q.help, q.helpTranslation).text, required: q.required,
            aspectCode: q.aspectCode, profileField: q.profileField, numberUnit: unit, minValue: q.minValue, maxValue: q.maxValue,
            options: q.options.map((o) => {
              const label = text(o.label, o.labelTranslation);
              return { value: o.value, label: label.text, ...mark(label.fellBack) };
            }),
            ...mark(prompt.fellBack),
          };
        }),
      };
    }),
  };
}

// textLang is left out, not set to undefined, where nothing fell back (the view is JSON in pages).
const mark = (fellBack: Lang | undefined): { textLang?: Lang } => (fellBack ? { textLang: fellBack } : {});

/**
 * A questionnaire version with its sections and questions in order, for an officer reading
 * `lang` (default: the questionnaire's own language), or null.
 */
export async function loadQuestionnaireView(versionId: string, lang?: Lang): Promise<QuestionnaireView | null> {
  const version = await loadStoredVersion(versionId);
  if (!version) return null;
  return localizeView(version, lang ?? asLang(version.questionnaire.language));
}

/** The version officers answer in a campaign: its one live (published) version. */
export async function publishedVersionId(campaignId: string): Promise<string | null> {
  return liveVersionId(db, campaignId);
}

// A published version never changes, so its views (one per language) are kept per process once
// loaded (a 133-question version is a sizeable query, and every submission needs it). Drafts are
// always read afresh.
type Views = { stored: StoredVersion; byLang: Partial<Record<Lang, QuestionnaireView>> };
const publishedViews = new Map<string, Promise<Views | null>>();

/** Like loadQuestionnaireView, from memory for published versions. */
export async function cachedQuestionnaireView(versionId: string, lang?: Lang): Promise<QuestionnaireView | null> {
  const cached = await publishedViews.get(versionId);
  if (cached) {
    const want = lang ?? asLang(cached.stored.questionnaire.language);
    return (cached.byLang[want] ??= localizeView(cached.stored, want));
  }
  const stored = await loadStoredVersion(versionId);
  if (!stored) return null;
  if (stored.status === "PUBLISHED") {
    if (publishedViews.size >= 50) publishedViews.delete(publishedViews.keys().next().value!);
    publishedViews.set(versionId, Promise.resolve({ stored, byLang: {} }));
  }
  return localizeView(stored, lang ?? asLang(stored.questionnaire.language));
}

export type SurveyCampaign = { id: string; slug: string; name: string; nameZh: string; kioskOpen: boolean; versionId: string | null };

// Read afresh on every call: closing a campaign on one instance must refuse answers on every
// instance at once, so no process keeps its state.
type KnownCampaign = SurveyCampaign & { status: string; startsOn: Date; endsOn: Date };

/** What an officer is told of a campaign that takes no answers today: its names, and when it opens if it has not yet. */
export type ClosedSurveyCampaign = { slug: string; name: string; nameZh: string; opensOn: string | null };

export type SurveyCampaignState = { state: "open"; campaign: SurveyCampaign } | { state: "closed"; campaign: ClosedSurveyCampaign } | { state: "missing" };

/**
 * Whether officers may answer the campaign a slug names today. "closed": it exists and was open
 * once, but is closed, archived, or outside its dates (officers get a notice, not a 404); drafts
 * are "missing", as if they did not exist yet.
 */
export async function surveyCampaignState(slug: string): Promise<SurveyCampaignState> {
  return stateOf(await findSurveyCampaign(slug));
}

function stateOf(found: KnownCampaign | null): SurveyCampaignState {
  if (!found) return { state: "missing" };
  const today = todayUtc();
  if (!acceptsSubmissions(found, today)) {
    const opensOn = found.status === "ACTIVE" && today.getTime() < found.startsOn.getTime() ? found.startsOn.toISOString().slice(0, 10) : null;
    return { state: "closed", campaign: { slug: found.slug, name: found.name, nameZh: found.nameZh, opensOn } };
  }
  const { id, slug: s, name, nameZh, kioskOpen, versionId } = found;
  return { state: "open", campaign: { id, slug: s, name, nameZh, kioskOpen, versionId } };
}

async function findSurveyCampaign(slug: string): Promise<KnownCampaign | null> {
  return (await findSurveyIntake(slug))?.campaign ?? null;
}

/**
 * The campaign a slug names with its live version, and the newest classifier model's version, in
 * one query: every submission needs all three. The live version follows liveVersionId's rule
 * (lib/questionnaires/versions.ts): the published one, newest publication first.
 */
async function findSurveyIntake(slug: string): Promise<{ campaign: KnownCampaign; modelVersion: number | null } | null> {
  // Through the pool directly (every submission asks): dates as text, read as UTC midnight, as Prisma reads them.
  const [row] = await sqlQuery<Omit<KnownCampaign, "versionId" | "startsOn" | "endsOn"> & { startsOn: string; endsOn: string; versionId: string | null; modelVersion: number | null }>(Prisma.sql`
    SELECT c."id", c."slug", c."name", c."nameZh", c."kioskOpen", c."status"::text AS "status", c."startsOn"::text AS "startsOn", c."endsOn"::text AS "endsOn",
           (SELECT v."id" FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q."id" = v."questionnaireId"
            WHERE q."campaignId" = c."id" AND v."status" = 'PUBLISHED'
            ORDER BY v."publishedOn" DESC, v."version" DESC LIMIT 1) AS "versionId",
           (SELECT max("version") FROM "ClassifierModel") AS "modelVersion"
    FROM "Campaign" c
    WHERE c."slug" = ${slug} AND c."status" <> 'DRAFT'
    LIMIT 1`);
  if (!row) return null;
  const { modelVersion, startsOn, endsOn, ...rest } = row;
  const day = (text: string) => new Date(`${text}T00:00:00.000Z`);
  return { campaign: { ...rest, startsOn: day(startsOn), endsOn: day(endsOn) }, modelVersion };
}

/** surveyCampaignState for a submission, with the newest classifier version (null: none stored). */
export async function surveyIntakeState(slug: string): Promise<{ found: SurveyCampaignState; modelVersion: number | null }> {
  const intake = await findSurveyIntake(slug);
  return { found: stateOf(intake?.campaign ?? null), modelVersion: intake?.modelVersion ?? null };
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
