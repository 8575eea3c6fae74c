// The shapes the dashboard pages hand to their components: plain, serialisable, and already
// protected. A `Figure` of null is a hidden figure; nothing hidden ever leaves the server.
import type { DashboardFilters, UnitTypeName } from "@/lib/dashboards/filters";
/** Why a view is not shown at all ("combined": a role level and a service band together). */
export type Refusal = "small" | "combined";

export type Figure = number | null;

export type UnitInfo = {
  id: string;
  parentId: string | null;
  name: string;
  nameZh: string;
  type: UnitTypeName;
  headcount: number | null;
};

export type Option = { value: string; label: string };

export type DashboardOptions = {
  campaigns: { id: string; name: string; nameZh: string }[];
  units: UnitInfo[];
  roles: Option[];
  services: Option[];
};

export type ParticipationRow = {
  unitId: string;
  depth: number;
  own: Figure;
  /** The unit and the units under it; only for units with children in the selection. */
  subtree?: Figure;
  codes: number | null;
  headcount: number | null;
  /** Codes used / codes issued, or respondents / headcount where no codes were issued; null when hidden or unknown. */
  rate: Figure;
  rateBase: "codes" | "headcount" | null;
};

export type OverviewData = {
  respondents: Figure;
  seminarPeople: Figure;
  reached: Figure;
  sessions: number;
  /** By source and by day: only for the whole scope without filters (null otherwise). */
  sources: { source: "ONLINE" | "KIOSK" | "PAPER"; value: Figure }[] | null;
  days: { date: string; value: Figure }[] | null;
  units: ParticipationRow[];
  campaignDay: { current: number; total: number; finished: boolean };
};

export type CategoryData = {
  any: Figure;
  totals: { category: string; value: Figure; share: Figure }[];
  rows: { unitId: string; any: Figure; cells: { category: string; value: Figure }[] }[];
};

export type AspectRow = {
  code: string;
  section: string;
  category: string;
  titleEn: string;
  titleZh: string;
  people: Figure;
  share: Figure;
  /** Mean severity of the seminar findings on it, 1 (low) to 3 (high). */
  severity: Figure;
  /** Whether at least 10 respondents wrote on it, so officers' own texts may be quoted. */
  answersQuotable: boolean;
};

export type NumberQuestion = {
  key: string;
  prompt: string;
  aspect: string | null;
  unit: string | null;
  n: Figure;
  mean: Figure;
  q1: Figure;
  median: Figure;
  q3: Figure;
  norm: number | null;
  normLabel: string | null;
  aboveNorm: Figure;
  aboveNormShare: Figure;
  bins: { from: number; to: number; openBelow: boolean; openAbove: boolean; value: Figure }[];
};

export type LikertQuestion = {
  key: string;
  prompt: string;
  aspect: string | null;
  n: Figure;
  /** Answers 1 (strongly disagree) to 5 (strongly agree). */
  counts: Figure[];
  /** How many answers the hidden counts hold together (never fewer than 5). */
  hidden: number;
};

export type ChoiceQuestion = {
  key: string;
  type: "SINGLE_CHOICE" | "MULTI_CHOICE";
  prompt: string;
  aspect: string | null;
  /** Respondents who answered. */
  n: Figure;
  /** Count and share of those who answered (multiple choice: share of respondents, not of choices). */
  options: { value: string; label: string; count: Figure; share: Figure }[];
};

export type QuoteGroup = { aspect: string; quotes: { id: string; text: string }[] };

export type DashboardStatus =
  { kind: "ok"; respondents: Figure } | { kind: "refused"; reason: Refusal | "outOfScope" | "noCampaign" };

export type DashboardData = {
  campaign: { id: string; name: string; nameZh: string; startsOn: string; endsOn: string } | null;
  filters: DashboardFilters;
  options: DashboardOptions;
  status: DashboardStatus;
  /** Units in the selection, in tree order (for names and the heatmap's rows). */
  selection: UnitInfo[];
  overview: OverviewData | null;
  categories: CategoryData | null;
  aspects: AspectRow[];
  numbers: NumberQuestion[];
  likert: LikertQuestion[];
  choices: ChoiceQuestion[];
  /** Every question shown, in the report's order of sections, then questionnaire order. */
  questionOrder: { kind: "number" | "likert" | "choice"; key: string; section: string | null }[];
  quotes: QuoteGroup[];
  /** Profile filters set: seminar findings (which have no profile) are left out. */
  profileFiltered: boolean;
};
