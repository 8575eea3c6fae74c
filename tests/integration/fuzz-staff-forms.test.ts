import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as codeActions from "@/app/(staff)/admin/codes/actions";
import * as builderActions from "@/app/(staff)/admin/questionnaires/actions";
import { enterPaperSheetAction, importPaperFileAction } from "@/app/(staff)/paper/actions";
import * as reviewActions from "@/app/(staff)/review/actions";
import * as seminarActions from "@/app/(staff)/seminars/actions";
import { hostileString, hostileValue } from "@/tests/fuzz/arbitraries";
import { RowWrites } from "@/tests/fuzz/row-writes";
import { freshDemoCampaign, userByEmail } from "./helpers";

// Issue 9, suite 3 (staff share): hostile paper-import files and hostile input to a sample of the
// staff forms' server actions, run as in the app with the session read from a variable. Each must
// answer with data or a refusal in words ("unexpected" is a failure, and its console.error fails
// the test too), and a refusal must leave the domain tables exactly as they were.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", () => ({
  getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null),
}));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key, getLocale: async () => "en" }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost" }) }));

// With tests/integration/fuzz-survey-api.test.ts: 10,000 inputs per run (issue 9).
const RUNS = { files: 1000, forms: 500 };
const SUCCESS = new Set(["saved", "imported", "done"]);
const STACK = /\bat [\w.<>]+ \(|\.(ts|js|mjs):\d+:\d+|node_modules|Invalid `prisma/;
const figures = { inputs: 0, accepted: 0, refused: 0 };
let writes: RowWrites;
let versionId: string;
let campaignId: string;
// The paper template's columns for the demo questionnaire (tests/integration/paper-import.test.ts).
const header = ["unit", "role_level", "hours_day", "hours_week", "pressure", "shortages", "work_text"];
const users: Record<"admin" | "lead", string> = { admin: "", lead: "" };

beforeAll(async () => {
  ({ versionId, campaignId } = await freshDemoCampaign());
  users.admin = (await userByEmail("admin@demo.local")).id;
  users.lead = (await userByEmail("lead@demo.local")).id;
  writes = await RowWrites.open(process.env.DATABASE_URL!);
}, 300_000); // the demo seed takes minutes on a loaded 2-core machine

afterAll(async () => {
  await writes?.close();
  console.log(
    `FUZZ staff-forms (in-process): inputs ${figures.inputs}, accepted ${figures.accepted}, refused ${figures.refused}`,
  );
});

type Result = { ok: boolean; code?: string; error?: string; data?: unknown };

async function probe(label: string, as: "admin" | "lead", call: () => Promise<Result>) {
  session.userId = users[as];
  const before = await writes.previous();
  let result: Result;
  try {
    result = await call();
  } catch (error) {
    throw new Error(`${label}: threw ${error instanceof Error ? error.message : String(error)}`);
  }
  figures.inputs++;
  const text = JSON.stringify(result);
  if (STACK.test(text)) throw new Error(`${label}: internal detail in the answer ${text.slice(0, 300)}`);
  if (!result.ok && (result.code === "unexpected" || typeof result.error !== "string" || !result.error))
    throw new Error(`${label}: ${text.slice(0, 300)}`);
  const status = (result.data as { status?: string } | undefined)?.status;
  if (!result.ok || (status !== undefined && !SUCCESS.has(status))) {
    figures.refused++;
    expect(await writes.take(), `${label} was refused (${text.slice(0, 200)}) but changed the database`).toBe(before);
  } else {
    figures.accepted++;
    await writes.take();
  }
}

const cell = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom("PS-MK", "PS-XM", "officer", "12", "25", "-1", "work", "vehicles;radios", "", "x"),
  },
  { weight: 2, arbitrary: hostileString },
);
const rows = fc.array(fc.array(cell, { minLength: 0, maxLength: 9 }), { minLength: 0, maxLength: 6 });
const csvQuote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Paper files: CSV text (real or broken header), raw bytes under any name, small XLSX workbooks. */
const paperFile = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.constant(header), fc.array(cell, { maxLength: 9 })),
        rows,
        fc.constantFrom("sheets.csv", "a.CSV", "x.csv"),
      )
      .map(([h, r, name]) => ({
        name,
        bytes: new TextEncoder().encode([h, ...r].map((row) => row.map(csvQuote).join(",")).join("\r\n")),
        xlsx: null as (string | number)[][] | null,
      })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.uint8Array({ maxLength: 400 }),
        fc.oneof(fc.constantFrom("a.csv", "b.xlsx", "c.xls", "d.exe", "e", ".csv", "f.xlsx.csv"), hostileString),
      )
      .map(([bytes, name]) => ({ name, bytes, xlsx: null })),
  },
  {
    weight: 1,
    arbitrary: rows.map((r) => ({
      name: "sheets.xlsx",
      bytes: new Uint8Array(),
      xlsx: [header, ...r] as (string | number)[][],
    })),
  },
);

async function fileOf(spec: { name: string; bytes: Uint8Array; xlsx: (string | number)[][] | null }): Promise<File> {
  if (!spec.xlsx) return new File([spec.bytes as BlobPart], spec.name);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("responses");
  for (const row of spec.xlsx)
    sheet.addRow(row.map((v) => (typeof v === "string" ? v.replace(/[\u0000-\u0008\ud800-\udfff]/g, "") : v)));
  return new File([await workbook.xlsx.writeBuffer()], spec.name);
}

describe("fuzzing staff forms in-process", () => {
  it(`answers ${RUNS.files} hostile paper-import files with data or a refusal, writing nothing when refusing`, async () => {
    await fc.assert(
      fc.asyncProperty(
        paperFile,
        fc.oneof({ weight: 5, arbitrary: fc.constant(versionId) }, { weight: 1, arbitrary: hostileString }),
        async (spec, version) => {
          const form = new FormData();
          form.set("versionId", version);
          form.set("file", await fileOf(spec));
          await probe(
            `import ${spec.name} (${spec.bytes.length} bytes)`,
            "lead",
            () => importPaperFileAction(form) as Promise<Result>,
          );
        },
      ),
      { numRuns: RUNS.files },
    );
  }, 900_000);

  it(`answers ${RUNS.forms} hostile inputs to a sample of staff forms the same way`, async () => {
    // Each form gets inputs near its real shape (right keys, hostile values) or anything at all.
    const near = (shape: Record<string, fc.Arbitrary<unknown>>) =>
      fc.oneof(
        { weight: 3, arbitrary: fc.record(shape, { requiredKeys: [] }) },
        { weight: 1, arbitrary: hostileValue },
      );
    const maybe = <T>(good: T) =>
      fc.oneof({ weight: 1, arbitrary: fc.constant(good) }, { weight: 2, arbitrary: hostileValue });
    const forms: [string, "admin" | "lead", (input: unknown) => Promise<unknown>, fc.Arbitrary<unknown>][] = [
      [
        "paper sheet",
        "lead",
        enterPaperSheetAction,
        near({
          versionId: maybe(versionId),
          unitId: hostileValue,
          answers: fc.dictionary(fc.constantFrom(...header, "__proto__"), hostileValue),
        }),
      ],
      [
        "seminar session",
        "lead",
        seminarActions.saveSessionAction,
        near({
          campaignId: maybe(campaignId),
          unitId: hostileValue,
          kind: fc.oneof(fc.constantFrom("SEMINAR", "UNIT_REPORT"), hostileString),
          heldOn: fc.oneof(fc.constantFrom("2026-04-10", "2026-13-40", "0000-00-00"), hostileString),
          participants: hostileValue,
          notes: hostileString,
          findings: fc.array(hostileValue, { maxLength: 3 }),
        }),
      ],
      ["classifier suggestion", "lead", seminarActions.suggestAction, near({ text: hostileString })],
      [
        "review decision",
        "lead",
        reviewActions.decideAction,
        near({
          action: fc.oneof(fc.constantFrom("accept", "correct", "notProblem", "mask"), hostileString),
          id: fc.oneof(fc.uuid(), hostileString),
          seenVersion: hostileString,
          maskedText: hostileString,
          categories: hostileValue,
          aspectCode: hostileValue,
        }),
      ],
      [
        "code batch",
        "admin",
        codeActions.generateCodes,
        near({
          campaignId: maybe(campaignId),
          unitId: fc.oneof(fc.uuid(), hostileString),
          size: fc.oneof(fc.constantFrom("0", "501", "-3", "1e9", "2.5", "abc"), hostileValue),
        }),
      ],
      [
        "kiosk switch",
        "admin",
        codeActions.setKioskOpen,
        near({ campaignId: fc.oneof(fc.uuid(), hostileString), open: hostileValue }),
      ],
      [
        "new questionnaire",
        "admin",
        builderActions.createQuestionnaireAction,
        near({ campaignId: maybe(campaignId), title: hostileString, language: hostileValue }),
      ],
      [
        "add question",
        "admin",
        builderActions.addQuestionAction,
        near({
          versionId: maybe(versionId),
          sectionId: fc.oneof(fc.uuid(), hostileString),
          type: fc.oneof(fc.constantFrom("NUMBER", "TEXT", "LIKERT"), hostileString),
          key: hostileString,
          prompt: hostileString,
          options: hostileValue,
        }),
      ],
      [
        "version details",
        "admin",
        builderActions.updateVersionMetaAction,
        near({ versionId: maybe(versionId), title: hostileString, intro: hostileString }),
      ],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: forms.length - 1 }).chain((i) => fc.tuple(fc.constant(i), forms[i][3])),
        async ([i, input]) => {
          const [label, as, action] = forms[i];
          await probe(`${label} ${JSON.stringify(input)?.slice(0, 200)}`, as, () => action(input) as Promise<Result>);
        },
      ),
      { numRuns: RUNS.forms },
    );
  }, 900_000);
});
