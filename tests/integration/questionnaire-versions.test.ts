import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { loadPaperView } from "@/lib/paper/queries";
import { checkTable } from "@/lib/paper/rows";
import { templateColumns, templateXlsx, type TemplateWords } from "@/lib/paper/template";
import { readXlsx } from "@/lib/paper/parse";
import { loadQuestionnaireView, publishedVersionId } from "@/lib/surveys/queries";
import paperEn from "@/messages/en/paper.json";
import * as actions from "@/app/(staff)/admin/questionnaires/actions";
import { done, question, resetDatabase } from "./helpers";

// Versions (one live per campaign, confirmation, retire, delete) and both languages (missing
// translations, codes for Chinese labels, the officer's localized view). A small fixture of its
// own rather than the demo campaign: these rules need one campaign and a few questionnaires.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

type Result = { ok: boolean; code?: string; data?: { status: string; value?: unknown; refusal?: { code: string } } };
const refused = (code: string) => ({ ok: true, data: { status: "refused", refusal: { code } } });

const users: Record<string, string> = {};
let campaignId: string;

/** A draft with one section and one fully bilingual question (own language `language`). */
async function bilingualDraft(title: string, language: "en" | "zh") {
  const versionId = done<{ versionId: string }>(await actions.createQuestionnaireAction({ campaignId, title, language })).versionId;
  const other = language === "en" ? "中文标题" : "English title";
  done(await actions.updateVersionMetaAction({ versionId, title, titleTranslation: other, intro: "", introTranslation: "" }));
  const sectionId = done<{ sectionId: string }>(await actions.addSectionAction({ versionId, title: "S", titleTranslation: "部分" })).sectionId;
  done(await actions.addQuestionAction(question(sectionId, { key: "hours_day", type: "NUMBER", prompt: "Hours?", promptTranslation: "工作多少小时？", numberUnit: "hours", numberUnitTranslation: "小时" })));
  return { versionId, sectionId };
}

const publish = async (versionId: string, expectedLiveVersionId: string | null, acceptMissingTranslations = false) =>
  actions.publishVersionAction({ versionId, expectedLiveVersionId, acceptMissingTranslations });
const statusOf = async (id: string) => (await db.questionnaireVersion.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const liveCount = () => db.questionnaireVersion.count({ where: { status: "PUBLISHED", questionnaire: { campaignId } } });

beforeAll(async () => {
  await resetDatabase();
  for (const role of ["ADMIN", "RESEARCH_LEAD", "DEPARTMENT_HEAD"] as const) {
    users[role] = (await db.user.create({ data: { email: `${role.toLowerCase()}@test.local`, name: role, passwordHash: "x", role }, select: { id: true } })).id;
  }
  campaignId = (await db.campaign.create({
    data: { slug: "versions", name: "Versions", nameZh: "版本", startsOn: new Date("2026-04-08"), endsOn: new Date("2026-04-23"), status: "ACTIVE" },
    select: { id: true },
  })).id;
});

beforeEach(() => {
  session.userId = users.ADMIN;
});

describe("the campaign's live questionnaire", () => {
  let first: string;
  let second: string;

  it("has one live version: publishing another questionnaire of the campaign retires the live one", async () => {
    first = (await bilingualDraft("First", "en")).versionId;
    expect(await publishedVersionId(campaignId)).toBeNull();
    done(await publish(first, null));
    expect(await publishedVersionId(campaignId)).toBe(first);

    second = (await bilingualDraft("Second", "zh")).versionId;
    // The confirmation said "nothing is live" but First is: refused, nothing changes.
    expect(await publish(second, null)).toMatchObject(refused("live_changed"));
    expect(await statusOf(second)).toBe("DRAFT");
    expect(await statusOf(first)).toBe("PUBLISHED");

    expect(done<{ replaced: string | null }>(await publish(second, first)).replaced).toBe(first);
    expect(await statusOf(first)).toBe("RETIRED");
    expect(await statusOf(second)).toBe("PUBLISHED");
    expect(await liveCount()).toBe(1);
    expect(await publishedVersionId(campaignId)).toBe(second);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "questionnaire.publish", targetId: second }, select: { details: true } });
    expect(audit.details).toMatchObject({ replaced: first });
  });

  it("retires the live version only: officers then get none, and a retired version stays retired", async () => {
    expect(await actions.retireVersionAction({ versionId: first })).toMatchObject(refused("retired"));
    const draft = (await bilingualDraft("Third", "en")).versionId;
    expect(await actions.retireVersionAction({ versionId: draft })).toMatchObject(refused("not_live"));
    expect(await statusOf(draft)).toBe("DRAFT");

    done(await actions.retireVersionAction({ versionId: second }));
    expect(await statusOf(second)).toBe("RETIRED");
    expect(await publishedVersionId(campaignId)).toBeNull();
    expect(await publish(second, null)).toMatchObject(refused("retired"));
    done(await publish(draft, null));
    expect(await publishedVersionId(campaignId)).toBe(draft);
  });

  it("deletes a draft nobody answered, and nothing else", async () => {
    const live = (await publishedVersionId(campaignId))!;
    expect(await actions.deleteDraftAction({ versionId: live })).toMatchObject(refused("not_draft"));
    expect(await actions.deleteDraftAction({ versionId: first })).toMatchObject(refused("not_draft"));

    const { versionId: draft } = await bilingualDraft("Throwaway", "zh");
    const questionnaireId = (await db.questionnaireVersion.findUniqueOrThrow({ where: { id: draft }, select: { questionnaireId: true } })).questionnaireId;
    const gone = done<{ questionnaireDeleted: boolean }>(await actions.deleteDraftAction({ versionId: draft }));
    expect(gone.questionnaireDeleted).toBe(true);
    expect(await db.questionnaireVersion.count({ where: { id: draft } })).toBe(0);
    expect(await db.questionnaire.count({ where: { id: questionnaireId } })).toBe(0);
    expect(await db.question.count({ where: { section: { versionId: draft } } })).toBe(0);

    // A draft holding answers (as a database from before these rules might) is refused.
    const { versionId: answered } = await bilingualDraft("Answered", "en");
    await db.response.create({ data: { campaignId, versionId: answered, source: "PAPER", submittedOn: new Date("2026-04-09") } });
    expect(await actions.deleteDraftAction({ versionId: answered })).toMatchObject(refused("has_answers"));
    expect(await statusOf(answered)).toBe("DRAFT");
  });

  it("lets only administrators publish, retire or delete", async () => {
    const live = (await publishedVersionId(campaignId))!;
    const { versionId: draft } = await bilingualDraft("Guarded", "en");
    for (const role of ["RESEARCH_LEAD", "DEPARTMENT_HEAD"]) {
      session.userId = users[role];
      expect(await publish(draft, live)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await actions.retireVersionAction({ versionId: live })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await actions.deleteDraftAction({ versionId: draft })).toMatchObject({ ok: false, code: "forbidden" });
    }
    session.userId = null;
    expect(await actions.retireVersionAction({ versionId: live })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await statusOf(live)).toBe("PUBLISHED");
    expect(await statusOf(draft)).toBe("DRAFT");
  });
});

describe("questionnaires in both languages", () => {
  let versionId: string;

  it("refuses to publish untranslated texts unless the admin accepts them, listing each", async () => {
    versionId = done<{ versionId: string }>(await actions.createQuestionnaireAction({ campaignId, title: "倾听问卷", language: "zh" })).versionId;
    done(await actions.updateVersionMetaAction({ versionId, title: "倾听问卷", titleTranslation: "", intro: "请如实填写。", introTranslation: "Please answer frankly." }));
    const s1 = done<{ sectionId: string }>(await actions.addSectionAction({ versionId, title: "工作", titleTranslation: "Work" })).sectionId;
    done(await actions.addQuestionAction(question(s1, { key: "hours_day", type: "NUMBER", prompt: "您每天平均工作多少小时？", promptTranslation: "Hours a day?", numberUnit: "小时", numberUnitTranslation: "" })));
    done(await actions.addQuestionAction(question(s1, {
      key: "shortages", type: "MULTI_CHOICE", prompt: "缺少哪些装备？", promptTranslation: "",
      options: [
        { value: "", label: "车辆", labelTranslation: "Vehicles" },
        { value: "", label: "对讲机", labelTranslation: "" },
        { value: "che_liang", label: "警用车辆", labelTranslation: "Patrol cars" },
        { value: "", label: " 车辆", labelTranslation: "" },
      ],
    })));
    const s2 = done<{ sectionId: string }>(await actions.addSectionAction({ versionId, title: "建议", titleTranslation: "" })).sectionId;
    done(await actions.addQuestionAction(question(s2, { key: "say_more", type: "TEXT", prompt: "您还有什么建议？", promptTranslation: "Anything else?", help: "", helpTranslation: "Optional." })));

    const live = await publishedVersionId(campaignId);
    const answer = (await publish(versionId, live)) as Result & { data: { refusal: { missing: unknown[] } } };
    expect(answer).toMatchObject(refused("missing_translations"));
    expect(answer.data.refusal.missing).toEqual([
      { kind: "title", lang: "en" },
      { kind: "numberUnit", key: "hours_day", lang: "en" },
      { kind: "prompt", key: "shortages", lang: "en" },
      { kind: "option", key: "shortages", option: "dui_jiang_ji", lang: "en" },
      { kind: "option", key: "shortages", option: "che_liang_2", lang: "en" },
      { kind: "section", section: 2, lang: "en" },
      { kind: "help", key: "say_more", lang: "zh" },
    ]);
    expect(await statusOf(versionId)).toBe("DRAFT");
  });

  it("makes stable, unique, readable codes for Chinese labels (English first where there is one)", async () => {
    const options = await db.questionOption.findMany({ where: { question: { key: "shortages", section: { versionId } } }, orderBy: { order: "asc" }, select: { value: true } });
    expect(options.map((o) => o.value)).toEqual(["vehicles", "dui_jiang_ji", "che_liang", "che_liang_2"]);
  });

  it("builds the officer's view in the officer's language, falling back visibly where a text is missing", async () => {
    const zh = (await loadQuestionnaireView(versionId, "zh"))!;
    expect(zh).toMatchObject({ title: "倾听问卷", intro: "请如实填写。", language: "zh" });
    expect(zh).not.toHaveProperty("textLang");
    expect(zh.sections[0]).not.toHaveProperty("textLang");
    const sayZh = zh.sections[1].questions[0];
    // The help exists in English only: shown in English to a Chinese reader.
    expect(sayZh).toMatchObject({ prompt: "您还有什么建议？", help: "Optional." });

    const en = (await loadQuestionnaireView(versionId, "en"))!;
    expect(en).toMatchObject({ title: "倾听问卷", textLang: "zh", intro: "Please answer frankly.", language: "en" });
    expect(en.sections[0]).toMatchObject({ title: "Work" });
    expect(en.sections[0]).not.toHaveProperty("textLang");
    expect(en.sections[1]).toMatchObject({ title: "建议", textLang: "zh" });
    const [hours, shortages] = en.sections[0].questions;
    expect(hours).toMatchObject({ prompt: "Hours a day?", numberUnit: "小时" });
    expect(hours).not.toHaveProperty("textLang");
    expect(shortages).toMatchObject({ prompt: "缺少哪些装备？", textLang: "zh" });
    expect(shortages.options).toEqual([
      { value: "vehicles", label: "Vehicles" },
      { value: "dui_jiang_ji", label: "对讲机", textLang: "zh" },
      { value: "che_liang", label: "Patrol cars" },
      { value: "che_liang_2", label: "车辆", textLang: "zh" },
    ]);
    // Without a language: the questionnaire's own (what paper templates and imports use).
    expect((await loadQuestionnaireView(versionId))!.title).toBe("倾听问卷");
  });

  it("publishes with missing translations once the admin accepts them", async () => {
    const live = await publishedVersionId(campaignId);
    const value = done<{ replaced: string | null }>(await publish(versionId, live, true));
    expect(value.replaced).toBe(live);
    expect(await statusOf(versionId)).toBe("PUBLISHED");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "questionnaire.publish", targetId: versionId }, select: { details: true } });
    expect(audit.details).toMatchObject({ missingTranslations: 7 });
  });

  it("keeps paper templates and imports working: keys as columns, texts in the version's own language", async () => {
    const view = (await loadPaperView(versionId))!;
    expect(templateColumns(view)).toEqual(["unit", "hours_day", "shortages", "say_more"]);
    const file = await templateXlsx(view, [{ code: "PS-1", name: "Station" }], paperEn.template as unknown as TemplateWords);
    expect(await readXlsx(file)).toEqual([templateColumns(view)]);
    // The explanation sheet carries the version's own (Chinese) prompts.
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    // Rows: header, the unit column, then one per question.
    const prompts = book.worksheets[1].getColumn(2).values.slice(3);
    expect(prompts).toEqual(["您每天平均工作多少小时？", "缺少哪些装备？", "您还有什么建议？"]);
    const table = [templateColumns(view), ["PS-1", "12", "vehicles;che_liang_2", "多开会不如多下基层"]];
    const check = checkTable(view, table, new Map([["PS-1", "unit-id"]]));
    expect(check, JSON.stringify(check)).toMatchObject({ ok: true });
  });

  it("copies both languages into a new version", async () => {
    const draftId = done<{ versionId: string }>(await actions.startNewVersionAction({ versionId })).versionId;
    const copy = (await loadQuestionnaireView(draftId, "en"))!;
    const original = (await loadQuestionnaireView(versionId, "en"))!;
    expect(copy.sections.map((s) => [s.title, s.questions.map((q) => [q.prompt, q.help, q.numberUnit, q.options])])).toEqual(
      original.sections.map((s) => [s.title, s.questions.map((q) => [q.prompt, q.help, q.numberUnit, q.options])]),
    );
    expect(copy.intro).toBe("Please answer frankly.");
  });
});
