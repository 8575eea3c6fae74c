// Drafts the campaign report from figures the dashboards already protected (lib/dashboards
// loadDashboard): this module never sees a raw count, so it cannot undo the small-group rules. A
// hidden figure (null) becomes words ("fewer than 5"), never a number. Pure: the text comes from
// `t` (messages/*/report.json, "draft"), so the same code writes the English and the Chinese report.
import { SECTIONS } from "@/lib/classification/taxonomy";
import { evidenceHref, filterQuery } from "@/lib/dashboards/links";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import type { AspectRow, NumberQuestion, OverviewData, QuoteGroup, UnitInfo } from "@/lib/dashboards/types";
import type { Paragraph } from "@/lib/reports/paragraphs";
import { localName, localTitle } from "@/i18n/local-name";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

type MeasureInput = {
  number: number | null;
  title: string;
  ownerName: string;
  dueOn: string | null;
  status: string;
};

export type DraftInput = {
  locale: string;
  campaign: { id: string; name: string; nameZh: string; startsOn: string; endsOn: string; methods: string[] };
  groups: number;
  /** Units visited by the campaign. */
  units: number;
  overview: OverviewData;
  unitsById: ReadonlyMap<string, Pick<UnitInfo, "name" | "nameZh">>;
  aspects: readonly AspectRow[];
  numbers: readonly NumberQuestion[];
  quotes: readonly QuoteGroup[];
  measures: readonly MeasureInput[];
};

/** Units with fewer issued codes than this get no participation row (a rate of 1 of 3 identifies). */
export const MIN_CODES_FOR_RATE = 5;
const QUOTES_IN_REPORT = 3;
// Listening methods a campaign records (Campaign.methods) that the report names in words.
const KNOWN_METHODS = ["unit_reports", "seminars", "questionnaires", "talks"];
const ZH_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export function draftReport(input: DraftInput, t: Translate): Paragraph[] {
  const zh = input.locale === "zh";
  const filters: DashboardFilters = {
    campaign: input.campaign.id,
    unit: null,
    unitType: null,
    role: null,
    service: null,
  };
  const dashboard = `/dashboards${filterQuery(filters)}`;
  const fig = (value: number | null) => (value === null ? t("draft.fewerThan5") : String(value));
  const out: Paragraph[] = [];
  const push = (p: Omit<Paragraph, "figures"> & { figures?: unknown }) =>
    out.push({ ...p, figures: JSON.stringify(p.figures ?? null) });

  push({
    key: "title",
    kind: "title",
    text: t("draft.title", { name: localName(input.campaign, zh) }),
  });
  const days = daysBetween(input.campaign.startsOn, input.campaign.endsOn);
  push({
    key: "opening",
    kind: "p",
    text: t("draft.opening", { groups: input.groups, units: input.units, days, start: input.campaign.startsOn }),
    figures: [input.groups, input.units, days],
    href: dashboard,
  });

  // I. Basic situation
  const o = input.overview;
  push({ key: "part1", kind: "h1", text: t("draft.part1", { n: partNumber(1, zh) }) });
  const source = (s: string) => (o.sources ?? []).find((x) => x.source === s)?.value ?? null;
  const methods =
    input.campaign.methods.length > 0
      ? input.campaign.methods
          .map((m) => (KNOWN_METHODS.includes(m) ? t(`draft.method.${m}`) : m))
          .join(zh ? "、" : ", ")
      : t("draft.methodsDefault");
  push({
    key: "basic.reach",
    kind: "p",
    text: t("draft.reach", {
      methods,
      reached: fig(o.reached),
      respondents: fig(o.respondents),
      online: fig(source("ONLINE")),
      kiosk: fig(source("KIOSK")),
      paper: fig(source("PAPER")),
      seminarPeople: fig(o.seminarPeople),
      sessions: o.sessions,
    }),
    figures: [o.reached, o.respondents, o.sources, o.seminarPeople, o.sessions],
    href: dashboard,
  });
  const raised = input.aspects.filter((a) => a.people !== 0);
  const sectionsRaised = new Set(raised.map((a) => a.section));
  const inPart = (part: string) => SECTIONS.filter((s) => s.part === part).map((s) => s.code as string);
  const count = (codes: string[]) => ({
    aspects: raised.filter((a) => codes.includes(a.section)).length,
    sections: codes.filter((c) => sectionsRaised.has(c)).length,
  });
  const grass = count(inPart("grassroots"));
  const pol = count(inPart("political_department"));
  push({
    key: "basic.taxonomy",
    kind: "p",
    text: t("draft.taxonomy", {
      aspects: raised.length,
      sections: sectionsRaised.size,
      grassAspects: grass.aspects,
      grassSections: grass.sections,
      polAspects: pol.aspects,
      polSections: pol.sections,
    }),
    figures: [raised.map((a) => a.code)],
    href: `${dashboard}#aspects`,
  });
  const rows = o.units.filter((u) => u.codes !== null && u.codes >= MIN_CODES_FOR_RATE);
  push({
    key: "basic.participation",
    kind: "table",
    text: t("draft.participationCaption"),
    rows: [
      [t("draft.colUnit"), t("draft.colRespondents"), t("draft.colCodes"), t("draft.colRate")],
      ...rows.map((u) => {
        const unit = input.unitsById.get(u.unitId);
        return [
          unit ? localName(unit, zh) : t("draft.noUnit"),
          fig(u.own),
          String(u.codes),
          u.rate === null ? t("draft.notShown") : `${Math.round(u.rate * 100)}%`,
        ];
      }),
    ],
    figures: rows.map((u) => [u.unitId, u.own, u.codes, u.rate]),
    href: dashboard,
  });

  // II. grassroots problems; III. the Political Department's own (sections E-G)
  const partSections = (part: string, partNo: number, key: string) => {
    push({ key, kind: "h1", text: t(`draft.${key}`, { n: partNumber(partNo, zh) }) });
    SECTIONS.filter((s) => s.part === part).forEach((section, index) =>
      draftSection(section, index, { input, t, zh, filters, push }),
    );
  };
  partSections("grassroots", 2, "part2");
  partSections("political_department", 3, "part3");

  // IV. causes (the admin writes them) and the numbered next-work measures
  push({ key: "part4", kind: "h1", text: t("draft.part4", { n: partNumber(4, zh) }) });
  push({ key: "causes.heading", kind: "h2", text: t("draft.causesHeading", { n: sectionNumber(0, zh) }) });
  push({ key: "causes", kind: "p", text: t("draft.causesPlaceholder") });
  push({ key: "measures.heading", kind: "h2", text: t("draft.measuresHeading", { n: sectionNumber(1, zh) }) });
  const measures = [...input.measures].sort((a, b) => (a.number ?? 1e9) - (b.number ?? 1e9));
  if (measures.length === 0) push({ key: "measures.none", kind: "p", text: t("draft.noMeasures") });
  measures.forEach((m, i) =>
    push({
      key: `measure.${m.number ?? `x${i}`}`,
      kind: "item",
      text: `${m.number ?? i + 1}. ${m.title}`,
      figures: [m.title, m.ownerName, m.dueOn, m.status],
    }),
  );
  if (measures.length > 0)
    push({
      key: "measures.table",
      kind: "table",
      text: t("draft.measuresCaption"),
      rows: [
        [t("draft.colNo"), t("draft.colMeasure"), t("draft.colOwner"), t("draft.colDue"), t("draft.colStatus")],
        ...measures.map((m, i) => [
          String(m.number ?? i + 1),
          m.title,
          m.ownerName,
          m.dueOn ?? t("draft.noDue"),
          t(`draft.status.${m.status}`),
        ]),
      ],
      figures: measures.map((m) => [m.number, m.title, m.ownerName, m.dueOn, m.status]),
      href: "/problems",
    });
  return out;
}

type Ctx = {
  input: DraftInput;
  t: Translate;
  zh: boolean;
  filters: DashboardFilters;
  push: (p: Omit<Paragraph, "figures"> & { figures?: unknown }) => void;
};

function draftSection(section: (typeof SECTIONS)[number], index: number, ctx: Ctx) {
  const { input, t, zh, filters, push } = ctx;
  push({
    key: `section.${section.code}`,
    kind: "h2",
    text: t("draft.sectionHeading", { n: sectionNumber(index, zh), title: localTitle(section, zh) }),
  });
  const aspects = input.aspects.filter((a) => a.section === section.code);
  const shown = aspects.filter((a) => a.people !== 0);
  if (shown.length > 0 && shown.every((a) => a.people === null)) {
    push({ key: `section.${section.code}.small`, kind: "p", text: t("draft.sectionTooFew"), figures: "hidden" });
    return;
  }
  if (shown.length === 0) {
    push({ key: `section.${section.code}.none`, kind: "p", text: t("draft.sectionNone") });
    return;
  }
  shown.forEach((a, i) => {
    const href = evidenceHref(filters, { kind: "aspect", aspect: a.code });
    const title = localTitle(a, zh);
    push({ key: `aspect.${a.code}`, kind: "h3", text: `${i + 1}. ${title}` });
    push({
      key: `aspect.${a.code}.people`,
      kind: "p",
      text:
        a.people === null
          ? t("draft.aspectTooFew")
          : t("draft.aspectPeople", {
              people: a.people,
              share: a.share === null ? t("draft.notShown") : Math.round(a.share * 100),
            }),
      figures: [a.people, a.share],
      href,
    });
    for (const q of input.numbers.filter((n) => n.aspect === a.code)) {
      push({
        key: `number.${q.key}`,
        kind: "p",
        text:
          q.n === null || q.q1 === null || q.q3 === null
            ? t("draft.numberTooFew", { prompt: q.prompt })
            : t("draft.numberRange", {
                prompt: q.prompt,
                n: q.n,
                range: q.q1 === q.q3 ? round(q.q1) : `${round(q.q1)}-${round(q.q3)}`,
                unit: q.unit ?? "",
                median: q.median === null ? t("draft.fewerThan5") : round(q.median),
              }),
        figures: [q.n, q.q1, q.median, q.q3],
        href: `/dashboards${filterQuery(filters)}#numbers`,
      });
    }
    const quotes = input.quotes.find((g) => g.aspect === a.code)?.quotes.slice(0, QUOTES_IN_REPORT) ?? [];
    if (quotes.length > 0)
      push({
        key: `aspect.${a.code}.quotes`,
        kind: "p",
        text: t("draft.quotes", {
          quotes: quotes.map((q) => (zh ? `“${q.text}”` : `"${q.text}"`)).join(zh ? "；" : "; "),
        }),
        figures: quotes.map((q) => q.id),
        href,
      });
  });
}

function partNumber(n: number, zh: boolean): string {
  return zh ? ZH_NUMERALS[n - 1] : ["I", "II", "III", "IV"][n - 1];
}

function sectionNumber(index: number, zh: boolean): string {
  return zh ? ZH_NUMERALS[index] : String.fromCharCode(97 + index);
}

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
