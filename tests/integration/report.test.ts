import { performance } from "node:perf_hooks";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { Paragraph } from "@/lib/reports/paragraphs";
import { approveVersionAction, draftReportAction, editParagraphAction } from "@/app/(staff)/report/actions";
import { freshDemoCampaign, userByEmail } from "./helpers";

// The report's actions as the app runs them: session and permission checks, the demo campaign's
// real figures from the dashboards' aggregates, and the frozen state of approved versions.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({
  getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null),
}));
vi.mock("next-intl/server", async () => {
  const { reportTranslator } = await import("@/lib/reports/translator");
  return {
    getLocale: async () => "en",
    getTranslations: async (arg: string | { namespace: string }) =>
      (typeof arg === "string" ? arg : arg.namespace) === "report" ? reportTranslator("en") : (key: string) => key,
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const signInAs = async (email: string) => (session.userId = (await userByEmail(email)).id);
let campaignId: string;

const latest = () =>
  db.reportVersion.findFirstOrThrow({
    orderBy: { number: "desc" },
    select: { id: true, number: true, paragraphs: true },
  });

beforeAll(async () => {
  ({ campaignId } = await freshDemoCampaign());
}, 180_000);

describe("report actions", () => {
  it("refuses drafting to a department head and a research lead", async () => {
    await signInAs("head@demo.local");
    expect(await draftReportAction({ campaignId })).toMatchObject({ ok: false, code: "forbidden" });
    await signInAs("lead@demo.local");
    expect(await draftReportAction({ campaignId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.reportVersion.count()).toBe(0);
  });

  it("drafts the demo report from the real figures, quickly", async () => {
    await signInAs("admin@demo.local");
    const started = performance.now();
    expect(await draftReportAction({ campaignId })).toEqual({ ok: true, data: { number: 1 } });
    console.info(`drafting the demo report: ${Math.round(performance.now() - started)} ms`);
    const paragraphs = (await latest()).paragraphs as Paragraph[];
    expect(paragraphs.filter((p) => p.kind === "h1")).toHaveLength(4);
    const respondents = await db.response.count({ where: { campaignId } });
    expect(paragraphs.find((p) => p.key === "basic.reach")!.text).toContain(
      `${respondents} answered the questionnaire`,
    );
    const measures = await db.action.count({ where: { campaignId, number: { not: null } } });
    expect(paragraphs.filter((p) => p.kind === "item")).toHaveLength(measures);
  });

  it("keeps an edit through regeneration, and freezes an approved version", async () => {
    await signInAs("admin@demo.local");
    const v1 = await latest();
    const key = (v1.paragraphs as Paragraph[]).find((p) => p.key.endsWith(".people"))!.key;
    expect(await editParagraphAction({ versionId: v1.id, key, text: "Hand-written." })).toEqual({
      ok: true,
      data: { key },
    });
    expect(await editParagraphAction({ versionId: v1.id, key: "part1", text: "x" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await editParagraphAction({ versionId: v1.id, key, text: "x".repeat(5001) })).toMatchObject({
      ok: false,
      code: "invalid_input",
    });
    expect(await draftReportAction({ campaignId })).toEqual({ ok: true, data: { number: 2 } });
    const v2 = await latest();
    expect((v2.paragraphs as Paragraph[]).find((p) => p.key === key)).toMatchObject({
      text: "Hand-written.",
      edited: true,
    });
    // Version 1 is no longer the newest: editing it would be lost at the next regeneration.
    expect(await editParagraphAction({ versionId: v1.id, key, text: "Late." })).toMatchObject({
      ok: false,
      code: "conflict",
    });

    expect(await approveVersionAction({ versionId: v2.id })).toMatchObject({ ok: false, code: "forbidden" });
    await signInAs("head@demo.local");
    expect(await approveVersionAction({ versionId: v2.id })).toEqual({ ok: true, data: { number: 2 } });
    expect(await approveVersionAction({ versionId: v2.id })).toMatchObject({ ok: false, code: "frozen" });
    await signInAs("admin@demo.local");
    expect(await editParagraphAction({ versionId: v2.id, key, text: "After approval." })).toMatchObject({
      ok: false,
      code: "frozen",
    });
    expect((await latest()).paragraphs).toEqual(v2.paragraphs);
    expect(await db.auditEvent.count({ where: { action: "report.approve", targetId: v2.id } })).toBe(1);
  });

  it("shows a branch head nothing to approve: the report is the whole bureau's", async () => {
    await signInAs("branchhead@demo.local");
    const v = await db.reportVersion.create({
      data: { reportId: (await db.report.findFirstOrThrow()).id, number: 3, locale: "en", paragraphs: [] },
    });
    expect(await approveVersionAction({ versionId: v.id })).toMatchObject({ ok: false, code: "forbidden" });
    // Refused before the input is read (decision 014), where the bureau head only has bad input.
    expect(await approveVersionAction({})).toMatchObject({ ok: false, code: "forbidden" });
    await signInAs("head@demo.local");
    expect(await approveVersionAction({})).toMatchObject({ ok: false, code: "invalid_input" });
  });
});
