import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures";
import { sql } from "./fixtures/db";
import { createReportVersion, type TestReportVersion } from "./fixtures/reports";
import { queryOne, signIn } from "./helpers";

// The download route handlers over HTTP against the production build (issue 14): who gets what,
// the headers a browser and a script rely on, the audit record of every export, and what the
// files contain: the responses file's breakdown columns in combination never single out fewer
// than 5 respondents and nothing in it reveals the order of submission; the DOCX has real Word
// headings, tables, a numbered list and intact Chinese.
// Each caller signs in once (kept for the file); on a busy 2-core machine a sign-in takes seconds.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let campaignId = "";
const signedIn: Record<string, { request: APIRequestContext; close: () => Promise<void> }> = {};

async function as(browser: Browser, email: string) {
  if (!signedIn[email]) {
    // The API requests of a context send no Accept-Language of their own: ask for English.
    const context = await browser.newContext({ locale: "en-US", extraHTTPHeaders: { "accept-language": "en-US,en" } });
    const page = await context.newPage();
    await signIn(page, email);
    signedIn[email] = { request: context.request, close: () => context.close() };
  }
  return signedIn[email].request;
}

test.beforeAll(async () => {
  campaignId = (await queryOne<{ id: string }>(`SELECT id FROM "Campaign" WHERE slug = 'warning-project'`)).id;
});
test.afterAll(async () => {
  for (const { close } of Object.values(signedIn)) await close();
});

const exportUrl = (kind: string, format: string) => `/api/exports/${kind}?campaign=${campaignId}&format=${format}`;
const exportsOf = async (kind: string) =>
  (
    await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = $1 AND "targetId" = $2`, [
      `export.${kind}`,
      campaignId,
    ])
  ).n;

/** RFC 4180, as lib/exports/csv.ts writes it (byte-order mark, quoted cells with "" inside). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && s[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

test("exports: 401 without a session, 403 to every role but the administrator", async ({ browser, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (const kind of ["responses", "findings", "actions"]) {
    const response = await anonymous.get(exportUrl(kind, "csv"), { maxRedirects: 0 });
    expect(response.status()).toBe(401);
  }
  await anonymous.dispose();
  const before = await exportsOf("responses");
  for (const email of ["lead@demo.local", "branchhead@demo.local", "head@demo.local"]) {
    const request = await as(browser, email);
    for (const format of ["csv", "xlsx"]) {
      const response = await request.get(exportUrl("responses", format), { maxRedirects: 0 });
      expect(response.status(), `${email} ${format}`).toBe(403);
      expect(response.headers()["content-disposition"]).toBeUndefined();
    }
  }
  expect(await exportsOf("responses")).toBe(before);
});

test("the admin downloads each export as CSV and XLSX, each one audited", async ({ browser }) => {
  const admin = await as(browser, "admin@demo.local");
  const names = { responses: "responses", findings: "findings", actions: "problems-and-actions" } as const;
  for (const [kind, name] of Object.entries(names)) {
    const csvBefore = await exportsOf(kind);
    const csv = await admin.get(exportUrl(kind, "csv"));
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toBe(`attachment; filename="warning-project-${name}.csv"`);
    expect(csv.headers()["cache-control"]).toContain("no-store");
    const rows = parseCsv(await csv.text());
    expect(rows.length).toBeGreaterThan(1);
    expect(await exportsOf(kind)).toBe(csvBefore + 1);
    const audit = await queryOne<{ details: { format: string; rows: number }; actor: string }>(
      `SELECT details, u.email AS actor FROM "AuditEvent" a JOIN "User" u ON u.id = a."actorId"
       WHERE action = $1 AND "targetId" = $2 ORDER BY at DESC LIMIT 1`,
      [`export.${kind}`, campaignId],
    );
    expect(audit).toEqual({ details: { format: "csv", rows: rows.length - 1 }, actor: "admin@demo.local" });

    const xlsx = await admin.get(exportUrl(kind, "xlsx"));
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toBe(XLSX);
    expect(xlsx.headers()["content-disposition"]).toBe(`attachment; filename="warning-project-${name}.xlsx"`);
    expect(await exportsOf(kind)).toBe(csvBefore + 2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await xlsx.body()).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(rows.length);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(rows[0]);
  }
  // Unknown kinds and formats are refused without an audit record.
  expect((await admin.get(exportUrl("passwords", "csv"))).status()).toBe(404);
  expect((await admin.get(exportUrl("responses", "pdf"))).status()).toBe(400);
});

test("the responses file: no order, no ids, no combination of breakdown columns below 5", async ({ browser }) => {
  const admin = await as(browser, "admin@demo.local");
  const download = async () => parseCsv(await (await admin.get(exportUrl("responses", "csv"))).text());
  const [first, second] = [await download(), await download()];
  const [header, ...rows] = first;
  const responses = await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE "campaignId" = $1`, [
    campaignId,
  ]);
  expect(rows).toHaveLength(responses.n);
  expect(header.slice(0, 4)).toEqual(["Unit", "Role level", "Years of service", "Age band"]);
  // Nothing that orders or links rows: after the breakdown, only "key: prompt" columns, one per
  // question (no id, date, source or receipt column), and no id-like cell anywhere.
  const keys = await queryOne<{ n: number }>(
    `SELECT count(DISTINCT q.key)::int AS n FROM "Question" q JOIN "QuestionnaireSection" s ON s.id = q."sectionId"
     JOIN "QuestionnaireVersion" v ON v.id = s."versionId" JOIN "Questionnaire" qn ON qn.id = v."questionnaireId"
     WHERE qn."campaignId" = $1 AND q."profileField" IS NULL`,
    [campaignId],
  );
  expect(header.slice(4)).toHaveLength(keys.n);
  for (const column of header.slice(4)) expect(column).toMatch(/^[a-z0-9_]+: /);
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(UUID);
  // Two downloads, two orders (320 rows: the same order twice by chance is out of the question),
  // and neither is the storage order nor sorted by unit.
  expect(second.slice(1).map((r) => r.join(","))).not.toEqual(rows.map((r) => r.join(",")));
  const units = (
    await sql<{ name: string | null }>(
      `SELECT u.name FROM "Response" r LEFT JOIN "Unit" u ON u.id = r."unitId" WHERE r."campaignId" = $1 ORDER BY r.ctid`,
      [campaignId],
    )
  ).map((r) => r.name ?? "");
  const sequence = rows.map((r) => r[0]);
  expect(sequence).not.toEqual(units);
  expect(sequence).not.toEqual([...sequence].sort());

  // Small-group rule in combination: every unit x role x service x age combination in the file
  // is shared by at least 5 rows; the merged bucket too (the demo has hundreds of rows).
  const combinations = new Map<string, number>();
  for (const row of rows) {
    const key = row.slice(0, 4).join(" | ");
    combinations.set(key, (combinations.get(key) ?? 0) + 1);
  }
  for (const [combination, count] of combinations)
    expect(count, `"${combination}" appears ${count} times`).toBeGreaterThanOrEqual(5);
  // A unit with fewer than 5 responses is never named; it is among "other units".
  const small = (
    await sql<{ name: string }>(
      `SELECT u.name FROM "Response" r JOIN "Unit" u ON u.id = r."unitId" WHERE r."campaignId" = $1
         GROUP BY u.name HAVING count(*) < 5`,
      [campaignId],
    )
  ).map((r) => r.name);
  for (const name of small) expect(sequence).not.toContain(name);
  // The coarsening is not "blank everything": most rows keep a named unit.
  expect(sequence.filter((u) => u !== "other units").length).toBeGreaterThan(rows.length / 2);
});

test.describe("the DOCX route", () => {
  // A version of the demo campaign's report written for this test (Chinese, the four parts, an
  // aspect heading, the participation table and the measures), removed afterwards.
  let version: TestReportVersion | undefined;
  let versionId = "";
  let number = 0;
  test.beforeAll(async () => {
    const paragraphs = [
      { key: "title", kind: "title", text: "关于“警示工程”听取意见活动情况的报告", figures: "" },
      { key: "basic", kind: "h1", text: "一、基本情况", figures: "" },
      { key: "basic.reach", kind: "p", text: "共有320名民警参加问卷调查。", figures: "320" },
      {
        key: "basic.table",
        kind: "table",
        text: "各单位参与情况",
        figures: "",
        rows: [
          ["单位", "人数"],
          ["南关分局", "42"],
        ],
      },
      { key: "problems", kind: "h1", text: "二、反映的主要问题", figures: "" },
      { key: "section.A", kind: "h2", text: "（一）维护民警合法权益方面", figures: "" },
      { key: "aspect.A2", kind: "h3", text: "1. 休息时间和无偿加班", figures: "" },
      { key: "aspect.A2.people", kind: "p", text: "平均每天工作12至15小时。", figures: "12-15" },
      { key: "own", kind: "h1", text: "三、政治部自身存在的问题", figures: "" },
      { key: "next", kind: "h1", text: "四、原因分析和下一步工作措施", figures: "" },
      { key: "measure.1", kind: "item", text: "1. 落实民警休假制度", figures: "" },
      { key: "measure.2", kind: "item", text: "2. 减少会议和文件", figures: "" },
      {
        key: "measures.table",
        kind: "table",
        text: "措施一览",
        figures: "",
        rows: [
          ["序号", "措施", "责任人"],
          ["1", "落实民警休假制度", "政治部"],
        ],
      },
    ];
    version = await createReportVersion(campaignId, "zh", paragraphs);
    ({ id: versionId, number } = version);
  });
  test.afterAll(async () => {
    await version?.remove();
  });

  test("401 without a session, 403 to a lead and a sub-bureau head, the file to the bureau head", async ({
    browser,
    playwright,
  }) => {
    const url = `/api/report/${versionId}/docx`;
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    expect((await anonymous.get(url, { maxRedirects: 0 })).status()).toBe(401);
    await anonymous.dispose();
    for (const email of ["lead@demo.local", "lead2@demo.local", "branchhead@demo.local"]) {
      const response = await (await as(browser, email)).get(url, { maxRedirects: 0 });
      expect(response.status(), email).toBe(403);
    }
    const response = await (await as(browser, "head@demo.local")).get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(DOCX);
    expect(response.headers()["content-disposition"]).toBe(
      `attachment; filename="report-warning-project-v${number}.docx"`,
    );
    expect(response.headers()["cache-control"]).toContain("no-store");
    // An unknown version is a 404, not an error.
    const missing = await (
      await as(browser, "head@demo.local")
    ).get("/api/report/00000000-0000-4000-8000-000000000000/docx");
    expect(missing.status()).toBe(404);
  });

  test("the admin's DOCX: Word headings for the parts and the aspect, tables, a numbered list, Chinese intact", async ({
    browser,
  }) => {
    const response = await (await as(browser, "admin@demo.local")).get(`/api/report/${versionId}/docx`);
    expect(response.status()).toBe(200);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "report-docx-")), "report.docx");
    writeFileSync(file, await response.body());
    const xml = execFileSync("unzip", ["-p", file, "word/document.xml"]).toString();
    const styled = (style: string) =>
      [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="([^"]+)"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
        .filter((m) => m[1] === style)
        .map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
    expect(styled("Heading1")).toEqual([
      "一、基本情况",
      "二、反映的主要问题",
      "三、政治部自身存在的问题",
      "四、原因分析和下一步工作措施",
    ]);
    expect(styled("Heading2")).toEqual(["（一）维护民警合法权益方面"]);
    expect(styled("Heading3")).toEqual(["1. 休息时间和无偿加班"]);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml).toContain("南关分局");
    // The measures are a Word numbered list (the drafted "1. " is left to Word's numbering).
    expect(xml.match(/<w:numPr>/g)).toHaveLength(2);
    expect(xml).toContain("落实民警休假制度");
    expect(xml).not.toContain(">1. 落实民警休假制度<");
    // The heading styles exist in the document's style sheet (Word's navigation pane uses them),
    // and Chinese text is set in SimSun.
    const styles = execFileSync("unzip", ["-p", file, "word/styles.xml"]).toString();
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('w:eastAsia="SimSun"');
  });
});
