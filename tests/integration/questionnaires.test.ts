import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { checkAnswers } from "@/lib/surveys/answers";
import { loadQuestionnaireView, publishedVersionId } from "@/lib/surveys/queries";
import { storeResponse } from "@/lib/surveys/intake";
import * as actions from "@/app/(staff)/admin/questionnaires/actions";
import { done, freshDemoCampaign, question, userByEmail } from "./helpers";

// The actions run as they do in the app (session, permission, schema, refusal), with the session
// read from this variable instead of a cookie.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const signInAs = async (email: string) => (session.userId = (await userByEmail(email)).id);

/** Publishes as the builder's confirmation does: naming what is live now, accepting untranslated texts. */
const publish = async (versionId: string) =>
  actions.publishVersionAction({ versionId, expectedLiveVersionId: await publishedVersionId(campaignId), acceptMissingTranslations: true });

let campaignId: string;
let versionId: string;
let sectionId: string;

beforeAll(async () => {
  ({ campaignId } = await freshDemoCampaign());
});

async function keysInOrder(id: string) {
  const view = (await loadQuestionnaireView(id))!;
  return view.sections.map((s) => [s.title, ...s.questions.map((q) => q.key)]);
}

describe("building a questionnaire", () => {
  it("lets an admin build sections and every question type, reorder and publish", async () => {
    await signInAs("admin@demo.local");
    versionId = done<{ versionId: string }>(await actions.createQuestionnaireAction({ campaignId, title: "Pulse check", language: "en" })).versionId;
    sectionId = done<{ sectionId: string }>(await actions.addSectionAction({ versionId, title: "Work" })).sectionId;

    done(await actions.addQuestionAction(question(sectionId, {
      key: "hours_week", type: "NUMBER", prompt: "Hours in a normal week?", required: true, aspectCode: "A2",
      numberUnit: "hours", minValue: 0, maxValue: 168, normValue: 40, normLabel: "40 hours under the Labour Law",
    })));
    done(await actions.addQuestionAction(question(sectionId, { key: "pressure", type: "SINGLE_CHOICE", prompt: "Main pressure?", options: [{ value: "work", label: "Workload" }, { value: "none", label: "None" }] })));
    done(await actions.addQuestionAction(question(sectionId, { key: "lacking", type: "MULTI_CHOICE", prompt: "What is lacking?", options: [{ value: "cars", label: "Cars" }, { value: "radios", label: "Radios" }] })));
    done(await actions.addQuestionAction(question(sectionId, { key: "backing", type: "LIKERT", prompt: "I am backed.", aspectCode: "C1" })));
    const text = done<{ questionId: string }>(await actions.addQuestionAction(question(sectionId, { key: "say_more", type: "TEXT", prompt: "Anything else?" })));
    done(await actions.addProfileQuestionAction({ versionId, field: "AGE_BAND" }));

    done(await actions.moveQuestionAction({ id: text.questionId, direction: "up" }));
    expect(await keysInOrder(versionId)).toEqual([
      ["Work", "hours_week", "pressure", "lacking", "say_more", "backing"],
      ["About you (optional)", "age_band"],
    ]);

    const stored = await db.question.findFirstOrThrow({ where: { key: "backing", section: { versionId } }, select: { options: { orderBy: { order: "asc" }, select: { value: true } } } });
    expect(stored.options.map((o) => o.value)).toEqual(["1", "2", "3", "4", "5"]);
    const hours = await db.question.findFirstOrThrow({ where: { key: "hours_week", section: { versionId } } });
    expect(hours).toMatchObject({ numberUnit: "hours", minValue: 0, maxValue: 168, normValue: 40, normLabel: "40 hours under the Labour Law", aspectCode: "A2", required: true });
    const age = await db.question.findFirstOrThrow({ where: { key: "age_band", section: { versionId } }, select: { profileField: true, required: true, options: { select: { value: true } } } });
    expect(age.profileField).toBe("AGE_BAND");
    expect(age.required).toBe(false);
    expect(age.options.map((o) => o.value)).toContain("prefer_not");

    done(await publish(versionId));
    const version = await db.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(version.status).toBe("PUBLISHED");
    expect(version.publishedOn).not.toBeNull();
    const view = (await loadQuestionnaireView(versionId))!;
    expect(checkAnswers(view, { hours_week: "84", pressure: "work", lacking: ["cars"], backing: "2", age_band: "prefer_not" }).ok).toBe(true);
  });

  it("refuses bad input with the field and reason, and changes nothing", async () => {
    const draft = done<{ versionId: string }>(await actions.createQuestionnaireAction({ campaignId, title: "Second", language: "zh" })).versionId;
    const section = done<{ sectionId: string }>(await actions.addSectionAction({ versionId: draft, title: "一" })).sectionId;
    done(await actions.addQuestionAction(question(section, { key: "q_one", type: "TEXT", prompt: "?" })));
    const before = await db.question.count();

    expect(await actions.addQuestionAction(question(section, { key: "Hours-Week", type: "TEXT", prompt: "?" }))).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { key: ["keyFormat"] } });
    expect(await actions.addQuestionAction(question(section, { key: "unit", type: "TEXT", prompt: "?" }))).toMatchObject({ ok: false, fieldErrors: { key: ["keyReserved"] } });
    expect(await actions.addQuestionAction(question(section, { key: "q_one", type: "TEXT", prompt: "?" }))).toMatchObject({ ok: true, data: { status: "refused", refusal: { code: "key_taken", field: "key" } } });
    expect(await actions.addQuestionAction(question(section, { key: "q_two", type: "TEXT", prompt: "?", aspectCode: "Z9" }))).toMatchObject({ ok: true, data: { status: "refused", refusal: { code: "aspect_unknown" } } });
    expect(await actions.addQuestionAction(question(section, { key: "q_three", type: "SINGLE_CHOICE", prompt: "?", options: [{ value: "a", label: "A" }] }))).toMatchObject({ ok: false, fieldErrors: { options: ["optionsTooFew"] } });
    expect(await actions.deleteSectionAction({ sectionId: section })).toMatchObject({ ok: true, data: { status: "refused", refusal: { code: "section_not_empty" } } });
    expect(await db.question.count()).toBe(before);

    const empty = done<{ versionId: string }>(await actions.createQuestionnaireAction({ campaignId, title: "Empty", language: "zh" })).versionId;
    expect(await publish(empty)).toMatchObject({ ok: true, data: { status: "refused", refusal: { code: "publish_problems", problems: [{ code: "no_questions" }] } } });
    expect((await db.questionnaireVersion.findUniqueOrThrow({ where: { id: empty } })).status).toBe("DRAFT");
  });

  it("refuses every edit to a published version, before and once responses exist, and changes nothing", async () => {
    const pressure = await db.question.findFirstOrThrow({ where: { key: "pressure", section: { versionId } }, select: { id: true } });
    const fields = {
      key: "pressure", type: "SINGLE_CHOICE", prompt: "Main pressure now?", help: "", required: false, aspectCode: null,
      options: [{ value: "work", label: "Workload" }, { value: "none", label: "None" }], numberUnit: null, minValue: null, maxValue: null, normValue: null, normLabel: null,
    };
    const locked = { ok: true, data: { status: "refused", refusal: { code: "published" } } };
    expect(await actions.updateQuestionAction({ ...fields, questionId: pressure.id })).toMatchObject(locked);

    const view = (await loadQuestionnaireView(versionId))!;
    const check = checkAnswers(view, { hours_week: "60", pressure: "work" });
    if (!check.ok) throw new Error("answers should pass");
    await storeResponse(db, { responseId: randomUUID(), campaignId, versionId, source: "ONLINE", answers: check.answers, profile: check.profile, receipt: null }, { unitId: null });

    expect(await actions.updateQuestionAction({ ...fields, questionId: pressure.id })).toMatchObject(locked);
    expect(await actions.deleteQuestionAction({ questionId: pressure.id })).toMatchObject(locked);
    expect(await actions.moveQuestionAction({ id: pressure.id, direction: "down" })).toMatchObject(locked);
    expect(await actions.addQuestionAction(question(sectionId, { key: "late", type: "TEXT", prompt: "?" }))).toMatchObject(locked);
    expect(await actions.addSectionAction({ versionId, title: "More" })).toMatchObject(locked);
    expect(await actions.updateVersionMetaAction({ versionId, title: "New title", intro: "" })).toMatchObject(locked);
    expect(await actions.addProfileQuestionAction({ versionId, field: "ROLE_LEVEL" })).toMatchObject(locked);
    expect((await db.question.findUniqueOrThrow({ where: { id: pressure.id } })).prompt).toBe("Main pressure?");
    expect((await db.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId } })).title).toBe("Pulse check");
    expect(await keysInOrder(versionId)).toEqual([
      ["Work", "hours_week", "pressure", "lacking", "say_more", "backing"],
      ["About you (optional)", "age_band"],
    ]);
  });

  it("copies a published version into a new draft with the same keys, and keeps keys stable", async () => {
    const draftId = done<{ versionId: string }>(await actions.startNewVersionAction({ versionId })).versionId;
    const draft = await db.questionnaireVersion.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft).toMatchObject({ status: "DRAFT", version: 2, title: "Pulse check" });
    expect(await keysInOrder(draftId)).toEqual(await keysInOrder(versionId));
    const copied = await db.question.findFirstOrThrow({ where: { key: "hours_week", section: { versionId: draftId } }, include: { options: true } });
    expect(copied).toMatchObject({ normValue: 40, normLabel: "40 hours under the Labour Law", aspectCode: "A2" });

    expect(await actions.startNewVersionAction({ versionId })).toMatchObject({ ok: true, data: { status: "refused", refusal: { code: "draft_exists", draftId } } });

    const { id: questionId, sectionId: draftSection } = copied;
    const fields = { type: "NUMBER", prompt: "Hours per week?", help: "", required: true, aspectCode: "A2", options: [], numberUnit: "hours", minValue: 0, maxValue: 168, normValue: 40, normLabel: "40 hours under the Labour Law" };
    expect(await actions.updateQuestionAction({ ...fields, key: "weekly_hours", questionId })).toMatchObject({ ok: true, data: { status: "refused", refusal: { code: "key_fixed" } } });
    expect(await actions.addQuestionAction(question(draftSection, { key: "pressure_2", type: "TEXT", prompt: "?" }))).toMatchObject({ ok: true, data: { status: "done" } });
    const say = await db.question.findFirstOrThrow({ where: { key: "say_more", section: { versionId: draftId } }, select: { id: true } });
    done(await actions.deleteQuestionAction({ questionId: say.id }));
    expect(await actions.addQuestionAction(question(draftSection, { key: "say_more", type: "NUMBER", prompt: "?" }))).toMatchObject({ ok: true, data: { status: "refused", refusal: { code: "key_type_fixed" } } });
    done(await actions.updateQuestionAction({ ...fields, key: "hours_week", questionId }));

    done(await publish(draftId));
    expect((await db.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId } })).status).toBe("RETIRED");
    expect((await db.questionnaireVersion.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("PUBLISHED");
    expect(await db.response.count({ where: { versionId } })).toBe(1);
    expect(await publishedVersionId(campaignId)).toBe(draftId);
    expect(await publish(draftId)).toMatchObject({ ok: true, data: { status: "refused", refusal: { code: "already_published" } } });
  });

  it("lets only administrators build questionnaires", async () => {
    const before = await db.questionnaire.count();
    for (const email of ["lead@demo.local", "head@demo.local"]) {
      await signInAs(email);
      expect(await actions.createQuestionnaireAction({ campaignId, title: "Sneaky", language: "en" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await actions.addSectionAction({ versionId, title: "Sneaky" })).toMatchObject({ ok: false, code: "forbidden" });
    }
    session.userId = null;
    expect(await publish(versionId)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await db.questionnaire.count()).toBe(before);
  });
});
