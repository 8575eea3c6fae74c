// A small hand-checked campaign for the drafting and DOCX tests (figures as loadDashboard returns
// them: already protected, null where hidden).
import type { AspectRow, NumberQuestion, OverviewData } from "@/lib/dashboards/types";
import type { DraftInput } from "@/lib/reports/draft";
export { reportTranslator as translator } from "@/lib/reports/translator";

export const CAMPAIGN_ID = "00000000-0000-4000-8000-000000000001";

const aspect = (code: string, section: string, people: number | null, share: number | null): AspectRow => ({
  code,
  section,
  category: "workload",
  titleEn: `Aspect ${code}`,
  titleZh: `方面${code}`,
  people,
  share,
  severity: null,
  answersQuotable: people !== null && people >= 10,
});

export const overview: OverviewData = {
  respondents: 40,
  seminarPeople: 20,
  reached: 60,
  sessions: 4,
  sources: [
    { source: "ONLINE", value: 30 },
    { source: "KIOSK", value: null },
    { source: "PAPER", value: 7 },
  ],
  days: [],
  units: [
    { unitId: "u1", depth: 0, own: 25, codes: 30, headcount: 40, rate: 0.8, rateBase: "codes" },
    { unitId: "u2", depth: 0, own: null, codes: 3, headcount: 5, rate: null, rateBase: "codes" },
  ],
  campaignDay: { current: 16, total: 16, finished: true },
};

const hours: NumberQuestion = {
  key: "hours",
  prompt: "Hours worked on a normal day",
  aspect: "B1",
  unit: "hours",
  n: 36,
  mean: 13.2,
  q1: 12,
  median: 13,
  q3: 15,
  norm: 8,
  normLabel: null,
  aboveNorm: 30,
  aboveNormShare: 30 / 36,
  bins: [],
};

export function fixture(overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    locale: "en",
    campaign: {
      id: CAMPAIGN_ID,
      name: "Warning Project",
      nameZh: "警示工程",
      startsOn: "2026-04-08",
      endsOn: "2026-04-23",
      methods: ["seminars", "questionnaires"],
    },
    groups: 3,
    units: 21,
    overview,
    unitsById: new Map([["u1", { name: "Minkang Road Station", nameZh: "民康路派出所" }]]),
    aspects: [
      aspect("A1", "A", 24, 0.4),
      aspect("A2", "A", 0, 0),
      aspect("B1", "B", 30, 0.5),
      // Section C: only a hidden figure, so the whole section says so in words.
      aspect("C1", "C", null, null),
      aspect("E1", "E", 12, 0.2),
    ],
    numbers: [hours],
    quotes: [
      {
        aspect: "B1",
        quotes: [
          { id: "q1", text: "We work from dawn to midnight." },
          { id: "q2", text: "No rest days." },
        ],
      },
    ],
    measures: [
      { number: 2, title: "Pay overtime", ownerName: "Finance Office", dueOn: "2026-06-30", status: "PLANNED" },
      { number: 1, title: "Protect officers on duty", ownerName: "Legal Section", dueOn: null, status: "IN_PROGRESS" },
    ],
    ...overrides,
  };
}
