import "server-only";
import { db } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import type { QuestionType } from "@/lib/surveys/structure";

// Under way today: only an open campaign within its dates takes answers.
const daysFromToday = (days: number) => new Date(todayUtc().getTime() + days * 86_400_000);

// A self-contained survey for integration tests and the submission benchmark: one unit, one active
// campaign, one published questionnaire with every question type. Never used by the app itself.

const TYPES: QuestionType[] = ["LIKERT", "NUMBER", "SINGLE_CHOICE", "MULTI_CHOICE", "TEXT"];
const CHOICES = [["a", "Option A"], ["b", "Option B"], ["c", "Option C"], ["d", "Option D"]] as const;

export type SampleSurvey = { campaignId: string; slug: string; versionId: string; unitId: string; keys: string[]; types: QuestionType[] };

/**
 * `types` gives every question's type in order (then `questions` is ignored); by default the five
 * types take turns.
 */
export async function createSampleSurvey(options: { slug?: string; questions?: number; perSection?: number; kioskOpen?: boolean; types?: QuestionType[] } = {}): Promise<SampleSurvey> {
  const slug = options.slug ?? "sample";
  const fixedTypes = options.types;
  const count = fixedTypes?.length ?? options.questions ?? 10;
  const perSection = options.perSection ?? 5;
  const unit = await db.unit.create({ data: { code: `${slug}-unit`, name: `Unit of ${slug}`, nameZh: "样例单位", type: "STATION" }, select: { id: true } });
  const campaign = await db.campaign.create({
    data: {
      slug, name: `Sample ${slug}`, nameZh: "样例调研", startsOn: daysFromToday(-7), endsOn: daysFromToday(8),
      status: "ACTIVE", kioskOpen: options.kioskOpen ?? false, units: { create: [{ unitId: unit.id }] },
    },
    select: { id: true },
  });
  const questionnaire = await db.questionnaire.create({
    data: { campaignId: campaign.id, title: `Questionnaire ${slug}`, language: "en", versions: { create: { version: 1, status: "PUBLISHED", title: `Questionnaire ${slug}`, publishedOn: daysFromToday(-7) } } },
    select: { versions: { select: { id: true } } },
  });
  const versionId = questionnaire.versions[0].id;
  const keys: string[] = [];
  const types: QuestionType[] = [];
  for (let s = 0; s * perSection < count; s++) {
    const section = await db.questionnaireSection.create({ data: { versionId, order: s, title: `Section ${s + 1}` }, select: { id: true } });
    for (let q = s * perSection; q < Math.min(count, (s + 1) * perSection); q++) {
      const type = fixedTypes?.[q] ?? TYPES[q % TYPES.length];
      const options = type === "LIKERT" ? ["1", "2", "3", "4", "5"].map((v) => [v, `Level ${v}`] as const) : type.endsWith("CHOICE") ? CHOICES : [];
      await db.question.create({
        data: {
          sectionId: section.id, order: q, key: `q${q + 1}`, type, prompt: `Question ${q + 1}`, required: q < 2,
          ...(type === "NUMBER" ? { numberUnit: "hours", minValue: 0, maxValue: 168 } : {}),
          options: { create: options.map(([value, label], order) => ({ order, value, label })) },
        },
      });
      keys.push(`q${q + 1}`);
      types.push(type);
    }
  }
  return { campaignId: campaign.id, slug, versionId, unitId: unit.id, keys, types };
}

/** A complete, valid answer set for the sample questionnaire; `text` fills the free-text answers. */
export function sampleAnswers(survey: Pick<SampleSurvey, "keys" | "types">, text = "The patrol car has been broken for months."): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  survey.keys.forEach((key, i) => {
    switch (survey.types[i]) {
      case "LIKERT": answers[key] = String((i % 5) + 1); break;
      case "NUMBER": answers[key] = 12 + (i % 5); break;
      case "SINGLE_CHOICE": answers[key] = "b"; break;
      case "MULTI_CHOICE": answers[key] = ["a", "c"]; break;
      case "TEXT": answers[key] = text; break;
    }
  });
  return answers;
}
