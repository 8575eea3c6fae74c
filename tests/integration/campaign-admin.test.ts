import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { tokenIsCurrent } from "@/lib/auth/sessions";
import { scopeOf } from "@/lib/auth/scope";
import { issueBatch } from "@/lib/access-codes/issue";
import { checkAccessCode } from "@/lib/access-codes/check";
import { formatCode, generateReceiptCode, newResponseId } from "@/lib/access-codes/format";
import { lookupReceipt } from "@/lib/surveys/receipts";
import { createSampleSurvey, sampleAnswers, type SampleSurvey } from "@/lib/surveys/sample";
import { submitResponse } from "@/lib/surveys/intake";
import { resetDatabase } from "./helpers";

// The administrators' side of issue 13 through the real server actions (session from a variable
// instead of a cookie): lifecycle rules on every way in, per-campaign lead scope, last-admin
// protection, sessions ended by account changes, the unit tree's rules and its import.
const session = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-test-secret";
  return { userId: null as string | null };
});
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null),
}));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { campaignStatusAction, createCampaignAction, updateCampaignAction } = await import("@/app/(staff)/admin/campaigns/actions");
const { createUnitAction, moveUnitAction, deleteUnitAction, importUnitsAction } = await import("@/app/(staff)/admin/units/actions");
const { createUserAction, setUserActiveAction, updateUserAction } = await import("@/app/(staff)/admin/users/actions");
const { enterPaperSheetAction } = await import("@/app/(staff)/paper/actions");
const { chooseCampaignAction } = await import("@/app/actions/campaign");
const { setupPasswordAction } = await import("@/app/setup/[token]/actions");

const DAY = 86_400_000;
const today = () => new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
const iso = (offset: number) => new Date(today().getTime() + offset * DAY).toISOString().slice(0, 10);

async function makeUser(email: string, role: "ADMIN" | "RESEARCH_LEAD" | "DEPARTMENT_HEAD") {
  return db.user.create({ data: { email, name: email.split("@")[0], role, passwordHash: "!" }, select: { id: true, role: true, unitId: true } });
}
const as = (user: { id: string }) => (session.userId = user.id);

function form(values: Record<string, string | string[] | File>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
}

let admin: { id: string; role: string; unitId: string | null };

beforeEach(async () => {
  await resetDatabase();
  admin = await makeUser("admin@example.test", "ADMIN");
  as(admin);
});

describe("campaign lifecycle", () => {
  let survey: SampleSurvey;
  let codes: string[];
  beforeEach(async () => {
    survey = await createSampleSurvey({ slug: "lifecycle", questions: 5 });
    codes = (await issueBatch({ campaignId: survey.campaignId, unitId: survey.unitId, size: 4, createdById: null })).codes;
  });
  const submit = (code: string, receiptCode?: string) =>
    submitResponse({ campaign: "lifecycle", responseId: newResponseId(), accessCode: formatCode(code), answers: sampleAnswers(survey), receiptCode });

  it("takes answers while open, refuses them once closed (410 campaign_closed) and keeps receipts readable", async () => {
    const receipt = generateReceiptCode();
    expect((await submit(codes[0], receipt)).httpStatus).toBe(201);
    expect(await campaignStatusAction(form({ id: survey.campaignId, status: "CLOSED" }))).toMatchObject({ ok: true, data: { status: "saved" } });
    const refused = await submit(codes[1]);
    expect(refused).toMatchObject({ httpStatus: 410, body: { error: "campaign_closed" } });
    expect(await checkAccessCode({ campaign: "lifecycle", accessCode: formatCode(codes[1]) })).toMatchObject({ httpStatus: 410, body: { error: "campaign_closed" } });
    expect(await db.response.count()).toBe(1);
    expect(await db.accessCode.count({ where: { used: true } })).toBe(1);
    expect(await lookupReceipt(receipt)).toMatchObject({ ok: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "campaign.status" }, select: { actorId: true, details: true } });
    expect(audit).toEqual({ actorId: admin.id, details: { before: { status: "ACTIVE" }, after: { status: "CLOSED" } } });
  });

  it("refuses answers before the first and after the last day of an open campaign", async () => {
    for (const [startsOn, endsOn] of [[iso(1), iso(10)], [iso(-10), iso(-1)]]) {
      await db.campaign.update({ where: { id: survey.campaignId }, data: { startsOn: new Date(startsOn), endsOn: new Date(endsOn) } });
      expect((await submit(codes[0])).body).toMatchObject({ error: "campaign_closed" });
    }
    expect(await db.response.count()).toBe(0);
  });

  it("refuses paper entry for a closed campaign, with nothing stored", async () => {
    await db.campaign.update({ where: { id: survey.campaignId }, data: { status: "CLOSED" } });
    const result = await enterPaperSheetAction({ versionId: survey.versionId, unitId: survey.unitId, answers: sampleAnswers(survey) });
    expect(result).toMatchObject({ ok: false, code: "campaign_closed" });
    expect(await db.response.count()).toBe(0);
  });

  it("moves only along the lifecycle", async () => {
    expect(await campaignStatusAction(form({ id: survey.campaignId, status: "DRAFT" }))).toMatchObject({ ok: true, data: { status: "invalid", fieldErrors: { status: "transitionRefused" } } });
  });
});

describe("campaigns and per-campaign lead scope", () => {
  it("creates a campaign with whole subtrees, refuses a taken slug with nothing created, and scopes a lead per campaign", async () => {
    const bureau = await db.unit.create({ data: { code: "HQ", name: "Bureau", nameZh: "市局", type: "BUREAU" } });
    const branch = await db.unit.create({ data: { code: "BR", name: "Branch", nameZh: "分局", type: "BRANCH", parentId: bureau.id } });
    const station = await db.unit.create({ data: { code: "PS", name: "Station", nameZh: "派出所", type: "STATION", parentId: branch.id } });
    await db.unit.create({ data: { code: "OLD", name: "Old", nameZh: "旧所", type: "STATION", parentId: branch.id, retired: true } });
    const fields = { name: "Spring", nameZh: "春季", slug: "spring", startsOn: iso(0), endsOn: iso(10) };
    const created = await createCampaignAction(form({ ...fields, subtreeIds: branch.id }));
    expect(created).toMatchObject({ ok: true, data: { status: "saved" } });
    const spring = (created as { data: { id: string } }).data.id;
    const units = await db.campaignUnit.findMany({ where: { campaignId: spring }, select: { unitId: true } });
    expect(units.map((u) => u.unitId).sort()).toEqual([branch.id, station.id].sort()); // retired OLD left out

    expect(await createCampaignAction(form({ ...fields, name: "Again" }))).toMatchObject({ ok: true, data: { status: "invalid", fieldErrors: { slug: "slugTaken" } } });
    expect(await createCampaignAction(form({ ...fields, slug: "x" }))).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { slug: ["slugFormat"] } });
    expect(await createCampaignAction(form({ ...fields, slug: "later", endsOn: iso(-1) }))).toMatchObject({ ok: false, fieldErrors: { endsOn: ["endBeforeStart"] } });
    expect(await db.campaign.count()).toBe(1);

    const autumn = await db.campaign.create({ data: { slug: "autumn", name: "Autumn", nameZh: "秋季", startsOn: today(), endsOn: today(), status: "ACTIVE", units: { create: [{ unitId: station.id }] } } });
    const lead = await makeUser("lead@example.test", "RESEARCH_LEAD");
    await db.researchGroup.create({ data: { campaignId: spring, name: "Group 1", nameZh: "第一组", members: { create: [{ userId: lead.id, isLead: true }] }, units: { create: [{ unitId: station.id }] } } });
    expect(await scopeOf(lead, spring)).toEqual({ kind: "units", unitIds: [station.id] });
    expect(await scopeOf(lead, autumn.id)).toEqual({ kind: "units", unitIds: [] });
    // The switcher decides the default: the lead chooses autumn, and sees nothing there.
    as(lead);
    expect(await chooseCampaignAction(form({ campaignId: autumn.id }))).toMatchObject({ ok: true });
    expect(await scopeOf(lead)).toEqual({ kind: "units", unitIds: [] });
    expect(await chooseCampaignAction(form({ campaignId: spring }))).toMatchObject({ ok: false, code: "not_found" }); // a draft
    as(admin);
    // A unit a group is assigned to cannot be dropped from the campaign.
    expect(await updateCampaignAction(form({ ...fields, id: spring, unitIds: branch.id }))).toMatchObject({ ok: true, data: { status: "invalid", fieldErrors: { unitIds: "unitInGroup" } } });
  });
});

describe("the campaign staff pages work on", () => {
  it("is the one chosen, else the latest open, else the latest not archived, else any; drafts only in an admin's switcher", async () => {
    const { chosenCampaign } = await import("@/lib/campaigns/current");
    const { switchableCampaigns } = await import("@/lib/campaigns/queries");
    const make = (slug: string, offset: number, status: "DRAFT" | "ACTIVE" | "CLOSED" | "ARCHIVED") =>
      db.campaign.create({ data: { slug, name: slug, nameZh: slug, startsOn: new Date(today().getTime() + offset * DAY), endsOn: today(), status } });
    const archived = await make("archived", 0, "ARCHIVED");
    expect(await chosenCampaign(null)).toMatchObject({ id: archived.id, startsOn: today() });
    const closed = await make("closed", -20, "CLOSED");
    expect((await chosenCampaign(null))?.id).toBe(closed.id);
    const older = await make("older", -30, "ACTIVE");
    await make("draft", 5, "DRAFT");
    expect((await chosenCampaign(null))?.id).toBe(older.id);
    const lead = await makeUser("chooser@example.test", "RESEARCH_LEAD");
    expect((await chosenCampaign(lead.id))?.id).toBe(older.id);
    await db.user.update({ where: { id: lead.id }, data: { currentCampaignId: closed.id } });
    expect(await chosenCampaign(lead.id)).toMatchObject({ id: closed.id, status: "CLOSED", startsOn: new Date(today().getTime() - 20 * DAY) });
    expect((await switchableCampaigns(false)).map((c) => c.name)).toEqual(["archived", "closed", "older"]);
    expect((await switchableCampaigns(true)).map((c) => c.name)).toEqual(["draft", "archived", "closed", "older"]);
  });
});

describe("staff accounts", () => {
  it("never demotes or deactivates the last active admin", async () => {
    expect(await setUserActiveAction(form({ id: admin.id, active: "false" }))).toMatchObject({ ok: false, code: "last_admin" });
    expect(await updateUserAction(form({ id: admin.id, name: "Admin", role: "RESEARCH_LEAD" }))).toMatchObject({ ok: false, code: "last_admin" });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true, active: true } })).toEqual({ role: "ADMIN", active: true });
    const second = await makeUser("second@example.test", "ADMIN");
    expect(await setUserActiveAction(form({ id: second.id, active: "false" }))).toMatchObject({ ok: true });
    expect(await setUserActiveAction(form({ id: admin.id, active: "false" }))).toMatchObject({ ok: false, code: "last_admin" });
  });

  it("ends the sessions of a deactivated account and of one whose role changes", async () => {
    const lead = await makeUser("lead@example.test", "RESEARCH_LEAD");
    const token = { sub: lead.id, role: "RESEARCH_LEAD", sessionVersion: 0 };
    expect(await tokenIsCurrent(token)).toBe(true);
    expect(await setUserActiveAction(form({ id: lead.id, active: "false" }))).toMatchObject({ ok: true });
    expect(await tokenIsCurrent(token)).toBe(false);
    expect(await setUserActiveAction(form({ id: lead.id, active: "true" }))).toMatchObject({ ok: true });
    const fresh = { ...token, sessionVersion: (await db.user.findUniqueOrThrow({ where: { id: lead.id }, select: { sessionVersion: true } })).sessionVersion };
    expect(await tokenIsCurrent(fresh)).toBe(true);
    const unit = await db.unit.create({ data: { code: "HQ", name: "Bureau", nameZh: "市局", type: "BUREAU" } });
    expect(await updateUserAction(form({ id: lead.id, name: "Lead", role: "DEPARTMENT_HEAD", unitId: unit.id }))).toMatchObject({ ok: true });
    expect(await tokenIsCurrent({ ...fresh, role: "DEPARTMENT_HEAD" })).toBe(false);
    const audit = await db.auditEvent.findMany({ where: { targetId: lead.id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["user.deactivate", "user.reactivate", "user.update"]);
  });

  it("creates an account with a one-time set-up link that works once, and refuses a head without a unit", async () => {
    expect(await createUserAction(form({ name: "Head", email: "head@example.test", role: "DEPARTMENT_HEAD" }))).toMatchObject({ ok: false, fieldErrors: { unitId: ["unitRequired"] } });
    const created = await createUserAction(form({ name: "New Lead", email: "New@Example.test", role: "RESEARCH_LEAD" }));
    expect(created).toMatchObject({ ok: true, data: { status: "saved" } });
    const path = (created as { data: { setupPath: string } }).data.setupPath;
    const token = path.replace("/setup/", "");
    const stored = await db.user.findUniqueOrThrow({ where: { email: "new@example.test" }, select: { setupTokenHash: true, passwordHash: true } });
    expect(JSON.stringify(await db.user.findMany())).not.toContain(token);
    expect(stored.setupTokenHash).not.toBeNull();
    expect(await setupPasswordAction(form({ token, password: "short", confirm: "short" }))).toMatchObject({ ok: false, fieldErrors: { password: ["passwordTooShort"] } });
    expect(await setupPasswordAction(form({ token, password: "a long enough passphrase", confirm: "a long enough passphrase" }))).toEqual({ ok: true, data: { status: "saved" } });
    expect(await setupPasswordAction(form({ token, password: "another long passphrase", confirm: "another long passphrase" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await createUserAction(form({ name: "Dup", email: "new@example.test", role: "ADMIN" }))).toMatchObject({ ok: true, data: { status: "invalid", fieldErrors: { email: "emailTaken" } } });
  });
});

describe("organisation", () => {
  it("never moves a unit under itself or its descendants, and deletes only unused units", async () => {
    const hq = await createUnitAction(form({ code: "HQ", name: "Bureau", nameZh: "市局", type: "BUREAU", parentId: "" }));
    const hqId = (hq as { data: { id: string } }).data.id;
    const br = await createUnitAction(form({ code: "BR", name: "Branch", nameZh: "分局", type: "BRANCH", parentId: hqId }));
    const brId = (br as { data: { id: string } }).data.id;
    expect(await createUnitAction(form({ code: "br", name: "Dup", nameZh: "重复", type: "BRANCH", parentId: "" }))).toMatchObject({ ok: true, data: { status: "invalid", fieldErrors: { code: "codeTaken" } } });
    expect(await moveUnitAction(form({ id: hqId, parentId: brId }))).toMatchObject({ ok: true, data: { status: "invalid", fieldErrors: { parentId: "parentLoop" } } });
    expect(await moveUnitAction(form({ id: hqId, parentId: hqId }))).toMatchObject({ ok: true, data: { status: "invalid", fieldErrors: { parentId: "parentLoop" } } });
    expect((await db.unit.findUniqueOrThrow({ where: { id: hqId } })).parentId).toBeNull();
    await makeUser("head@example.test", "DEPARTMENT_HEAD").then((u) => db.user.update({ where: { id: u.id }, data: { unitId: brId } }));
    expect(await deleteUnitAction(form({ id: brId }))).toMatchObject({ ok: false, code: "unit_in_use" });
    expect(await db.unit.count()).toBe(2);
  });

  it("imports a unit tree all or nothing, with a report per row", async () => {
    await db.unit.create({ data: { code: "HQ", name: "Bureau", nameZh: "市局", type: "BUREAU" } });
    const csv = (rows: string[]) => new File([["code,name,name_zh,type,parent_code", ...rows].join("\n")], "units.csv", { type: "text/csv" });
    const bad = await importUnitsAction(form({ file: csv(["BR,Branch,分局,BRANCH,HQ", "PS,Station,派出所,PLANET,BR"]) }));
    expect(bad).toMatchObject({ ok: true, data: { status: "rejected", issues: [{ row: 3, column: "type", code: "type_unknown" }] } });
    expect(await db.unit.count()).toBe(1);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Units");
    for (const row of [["code", "name", "name_zh", "type", "parent_code"], ["PS", "Station", "派出所", "STATION", "BR"], ["BR", "Branch", "分局", "BRANCH", "HQ"]]) sheet.addRow(row);
    const xlsx = new File([new Uint8Array(await workbook.xlsx.writeBuffer())], "units.xlsx");
    expect(await importUnitsAction(form({ file: xlsx }))).toMatchObject({ ok: true, data: { status: "imported", count: 2 } });
    const ps = await db.unit.findUniqueOrThrow({ where: { code: "PS" }, select: { parent: { select: { code: true } } } });
    expect(ps.parent?.code).toBe("BR");
    expect(await db.auditEvent.count({ where: { action: "unit.import" } })).toBe(1);
  });
});
