// Synthetic questionnaire responses with figures in the seed report's ranges (12-15 hours a day,
// about 84 hours a week, 300-500 yuan a month of own money, thousands of households per community
// officer). Deterministic: the same seed gives the same responses on every machine.
import { DEMO_QUESTIONNAIRE, type DemoQuestion } from "@/lib/demo/questionnaire";
import { DEMO_TEXTS } from "@/lib/demo/texts";
import { DEMO_UNITS, VISITED_UNITS } from "@/lib/demo/organisation";
import { createRandom, type Random } from "@/lib/demo/random";

type DemoAnswer = { key: string; numberValue?: number; textValue?: string; choices?: string[] };
export type DemoResponse = {
  id: string;
  unit: string;
  source: "ONLINE" | "PAPER";
  day: number;
  roleLevel: string | null;
  serviceYears: string | null;
  ageBand: string | null;
  answers: DemoAnswer[];
};

// Likert leanings by question: officers mostly disagree that things work (1-5 scale).
const LIKERT_MEAN: Record<string, number> = {
  overtime_comp: 1.8, legal_backing: 2.2, assessment_fair: 2.4, complaints_backing: 2.1, meetings_burden: 4.2,
  training_useful: 2.6, promotion_open: 2.5, pd_listens: 2.9,
};

function round(value: number, min: number, max: number, step = 1) {
  return Math.min(max, Math.max(min, Math.round(value / step) * step));
}

function numberAnswer(random: Random, q: DemoQuestion, unitType: string): number | undefined {
  switch (q.key) {
    case "hours_day": return round(random.normal(13.5, 1), 8, 18, 0.5);
    case "hours_week": return round(random.normal(84, 7), 45, 110);
    case "own_money": return round(random.normal(400, 60), 150, 800, 10);
    case "households": return unitType === "STATION" ? round(random.normal(3000, 500), 1200, 4500, 50) : undefined;
    case "inspections_month": return round(random.normal(9, 3), 0, 25);
    case "training_days": return round(random.normal(6, 3), 0, 20);
    case "commute_minutes": return round(random.normal(55, 25), 5, 180, 5);
    default: return undefined;
  }
}

function answer(random: Random, q: DemoQuestion, unitType: string): DemoAnswer | null {
  if (!q.required && !q.profile && random.chance(0.12)) return null; // optional questions skipped
  switch (q.type) {
    case "NUMBER": {
      const value = numberAnswer(random, q, unitType);
      return value === undefined ? null : { key: q.key, numberValue: value };
    }
    case "LIKERT":
      return { key: q.key, numberValue: round(random.normal(LIKERT_MEAN[q.key] ?? 3, 1), 1, 5) };
    case "SINGLE_CHOICE": {
      const options = q.options ?? [];
      // Profile questions: about one in ten prefers not to say.
      const pool = q.profile && !random.chance(0.1) ? options.filter(([v]) => v !== "prefer_not") : options;
      return { key: q.key, choices: [random.pick(pool)[0]] };
    }
    case "MULTI_CHOICE": {
      const chosen = (q.options ?? []).filter(() => random.chance(0.4)).map(([v]) => v);
      return chosen.length ? { key: q.key, choices: chosen } : null;
    }
    case "TEXT":
      return random.chance(0.35) ? { key: q.key, textValue: random.pick(DEMO_TEXTS[q.key] ?? ["—"]) } : null;
  }
}

export function generateResponses(seed = 20260408, count = 320): DemoResponse[] {
  const random = createRandom(seed);
  const units = DEMO_UNITS.filter((u) => VISITED_UNITS.includes(u.code));
  // Participation roughly follows headcount, with a floor so every unit is heard.
  const weights = units.map((u) => Math.max(8, Math.sqrt(u.headcount) * 3));
  const total = weights.reduce((a, b) => a + b, 0);
  const questions = DEMO_QUESTIONNAIRE.sections.flatMap((s) => s.questions);
  const responses: DemoResponse[] = [];
  for (let i = 0; i < count; i++) {
    let target = random.next() * total;
    let index = 0;
    while (target > weights[index] && index < weights.length - 1) target -= weights[index++];
    const unit = units[index];
    const answers = questions.map((q) => answer(random, q, unit.type)).filter((a): a is DemoAnswer => a !== null);
    const band = (key: string) => {
      const choice = answers.find((a) => a.key === key)?.choices?.[0];
      return choice && choice !== "prefer_not" ? choice : null;
    };
    responses.push({
      id: random.uuid(),
      unit: unit.code,
      source: random.chance(0.15) ? "PAPER" : "ONLINE",
      day: random.int(0, 15),
      roleLevel: band("role_level"),
      serviceYears: band("service_years"),
      ageBand: band("age_band"),
      answers,
    });
  }
  return responses;
}
