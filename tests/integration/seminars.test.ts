import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { scopeOf } from "@/lib/auth/scope";
import { getSession, listSessions } from "@/lib/seminars/queries";
import type { SessionInput } from "@/lib/seminars/schemas";
import { deleteSessionAction, saveSessionAction, suggestAction } from "@/app/(staff)/seminars/actions";
import { decideAction } from "@/app/(staff)/review/actions";
import { unitIdByCode, userByEmail, freshDemoCampaign } from "./helpers";

// Logging sessions and findings as a lead, with each finding's evidence item kept in step.
const session = vi.hoisted(() => ({ userId: null as string | null, after: [] as (() => unknown)[] }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/server", () => ({ after: (task: () => unknown) => void session.after.push(task) }));

const PHONE = "13912345678";
const signInAs = async (email: string) => (session.userId = (await userByEmail(email)).id);
let campaignId: string;
let unitId: string;

beforeAll(async () => {
  ({ campaignId } = await freshDemoCampaign());
  unitId = await unitIdByCode("PS-MK");
});

beforeEach(async () => {
  session.after.length = 0;
  await signInAs("lead@demo.local");
});

const finding = (overrides: Partial<SessionInput["findings"][number]> = {}): SessionInput["findings"][number] => ({
  id: null, statement: "Officers work about 84 hours a week and rest days are cancelled.", quote: null, figures: [],
  categories: [], aspectCode: null, severity: "HIGH", raisedBy: 5, ...overrides,
});
const input = (overrides: Partial<SessionInput> = {}): SessionInput => ({
  sessionId: null, campaignId, unitId, kind: "SEMINAR", heldOn: new Date().toISOString().slice(0, 10), // a field day of the demo campaign
  participants: { leader: 1, section_chief: 2, instructor: 0, officer: 10 }, notes: "Night shift seminar.", findings: [finding()], ...overrides,
});

async function save(data: SessionInput) {
  const result = await saveSessionAction(data);
  if (!result.ok || result.data.status !== "saved") throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result.data.id;
}

const evidenceOf = (statement: string) =>
  db.evidenceItem.findFirstOrThrow({
    where: { kind: "FINDING", finding: { statement } },
    select: { id: true, text: true, status: true, categories: true, aspectCode: true, maskedText: true, modelVersion: true, reviewedById: true, unitId: true, finding: { select: { category: true, aspectCode: true } } },
  });

describe("logging a session", () => {
  it("stores the session, its findings and figures, and an evidence item per finding with the lead's decision", async () => {
    const suggestion = await suggestAction({ text: "The patrol car has been broken for months and there is no money to repair it." });
    if (!suggestion.ok) throw new Error("no suggestion");
    expect(suggestion.data.words.length).toBeGreaterThan(0);
    const id = await save(input({
      findings: [
        finding({ statement: "The patrol car has been broken for months and there is no money to repair it.", categories: suggestion.data.labels, aspectCode: suggestion.data.aspect,
          figures: [{ value: 84, unit: "hours/week", measures: "average weekly working time" }] }),
        finding({ statement: "Too many meetings and documents.", categories: ["training"], aspectCode: "E2" }),
        finding({ statement: "Officers ask for more recognition of basic work." }),
      ],
    }));
    const stored = await db.listeningSession.findUniqueOrThrow({ where: { id }, select: { groupId: true, loggedById: true, participants: true, findings: { select: { figures: { select: { value: true } } } } } });
    expect(stored.loggedById).toBe(session.userId);
    expect(stored.groupId).not.toBeNull();
    expect(stored.participants).toEqual({ leader: 1, section_chief: 2, officer: 10 });
    expect(stored.findings.flatMap((f) => f.figures.map((g) => g.value))).toEqual([84]);

    const accepted = await evidenceOf("The patrol car has been broken for months and there is no money to repair it.");
    expect(accepted).toMatchObject({ status: "ACCEPTED", unitId, reviewedById: session.userId, aspectCode: suggestion.data.aspect });
    expect(accepted.maskedText).toBe(accepted.text);
    expect(await evidenceOf("Too many meetings and documents.")).toMatchObject({ status: "CORRECTED", categories: ["training"], aspectCode: "E2", finding: { category: "training", aspectCode: "E2" } });
    const later = await evidenceOf("Officers ask for more recognition of basic work.");
    expect(later).toMatchObject({ status: "PENDING", categories: [], maskedText: null, finding: { category: null } });
    expect(later.modelVersion).not.toBeNull();
    expect(session.after).toHaveLength(1);

    // Decided later in the queue: the finding takes the reviewer's labels too.
    expect(await decideAction({ action: "correct", id: later.id, categories: ["staffing"], aspectCode: "G4" })).toMatchObject({ ok: true });
    expect((await evidenceOf("Officers ask for more recognition of basic work.")).finding).toEqual({ category: "staffing", aspectCode: "G4" });
  });

  it("refuses units outside the lead's scope, dates outside the campaign and impossible counts", async () => {
    const before = await db.listeningSession.count();
    expect(await saveSessionAction(input({ unitId: await unitIdByCode("PS-XM") }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await saveSessionAction(input({ heldOn: "2026-05-30" }))).toMatchObject({ ok: true, data: { status: "invalid", fieldErrors: { heldOn: "dateOutsideCampaign" } } });
    expect(await saveSessionAction(input({ findings: [finding({ raisedBy: 99 })] }))).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { "findings.0.raisedBy": ["raisedByTooMany"] } });
    expect(await saveSessionAction(input({ findings: [finding({ categories: ["rights"], aspectCode: "Z9" })] }))).toMatchObject({ ok: true, data: { status: "invalid" } });
    session.userId = (await userByEmail("head@demo.local")).id;
    expect(await saveSessionAction(input())).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.listeningSession.count()).toBe(before);
  });
});

describe("editing a session", () => {
  it("keeps each finding's evidence in step, and never hands a lead the original of a quote", async () => {
    const id = await save(input({
      findings: [
        finding({ statement: "No gun for the squadron.", quote: `Call me on ${PHONE} if it happens again.`, categories: ["equipment"], aspectCode: "B3" }),
        finding({ statement: "Heating bills never reimbursed.", categories: ["rights"], aspectCode: "A5" }),
      ],
    }));
    const quoted = await evidenceOf("No gun for the squadron.");
    expect(quoted.text).toContain(PHONE);
    expect(quoted.maskedText).toBeNull(); // reviewed, but waits for masking

    const lead = await scopeOf(await userByEmail("lead@demo.local"));
    const view = (await getSession(lead, id))!;
    expect(JSON.stringify(view)).not.toContain(PHONE);
    const gun = view.findings.find((f) => f.statement === "No gun for the squadron.")!;
    expect(gun.quote).toContain("[phone]");
    expect(gun.review).toMatchObject({ status: quoted.status, piiKinds: ["phone"], masked: false });
    expect(["ACCEPTED", "CORRECTED"]).toContain(quoted.status);

    // The form sends the masked quote back unchanged: the original stays; another finding is edited
    // and one is dropped.
    await save(input({
      sessionId: id,
      findings: [
        finding({ id: gun.id, statement: gun.statement, quote: gun.quote, categories: ["equipment"], aspectCode: "B3" }),
        finding({ statement: "A new finding about radios that do not work.", categories: ["equipment"], aspectCode: "B3" }),
      ],
    }));
    const kept = await evidenceOf("No gun for the squadron.");
    expect(kept.text).toBe(quoted.text);
    expect(kept.status).toBe(quoted.status);
    expect(await db.finding.count({ where: { statement: "Heating bills never reimbursed." } })).toBe(0);
    expect(await db.evidenceItem.count({ where: { text: "Heating bills never reimbursed." } })).toBe(0);

    // A changed statement changes the evidence text and asks for a new decision.
    await save(input({
      sessionId: id, unitId: await unitIdByCode("SQ-NG"),
      findings: [finding({ id: gun.id, statement: "The squadron has a single gun for nine officers.", quote: null, categories: ["equipment"], aspectCode: "B3" })],
    }));
    const changed = await evidenceOf("The squadron has a single gun for nine officers.");
    expect(changed.text).toBe("The squadron has a single gun for nine officers.");
    expect(changed.unitId).toBe(await unitIdByCode("SQ-NG"));
    expect(changed.maskedText).toBe(changed.text);
    expect(await db.evidenceItem.count({ where: { kind: "FINDING", finding: { sessionId: id } } })).toBe(1);
  });

  it("keeps other groups out and deletes a session with its evidence", async () => {
    const id = await save(input({ findings: [finding({ statement: "Session to delete." })] }));
    const lead2 = await scopeOf(await userByEmail("lead2@demo.local"));
    expect(await getSession(lead2, id)).toBeNull();
    expect((await listSessions(lead2, campaignId)).some((s) => s.id === id)).toBe(false);

    session.userId = (await userByEmail("lead2@demo.local")).id;
    expect(await deleteSessionAction({ sessionId: id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await saveSessionAction(input({ sessionId: id }))).toMatchObject({ ok: false, code: "not_found" });

    await signInAs("lead@demo.local");
    expect(await deleteSessionAction({ sessionId: id })).toEqual({ ok: true, data: { deleted: true } });
    expect(await db.evidenceItem.count({ where: { text: "Session to delete." } })).toBe(0);
  });
});
