import { execFileSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as submit } from "@/app/api/survey/responses/route";
import { POST as lookUp } from "@/app/api/survey/receipt/route";
import { db } from "@/lib/db/client";
import { issueBatch } from "@/lib/access-codes/issue";
import { formatCode, generateReceiptCode, isUuidV4, newResponseId } from "@/lib/access-codes/format";
import { createSampleSurvey, sampleAnswers, type SampleSurvey } from "@/lib/surveys/sample";
import { resetDatabase } from "./helpers";

// The trust contract, checked on the stored data: submit through the survey's route handlers with
// everything a browser or proxy could reveal set to a marker, then search a dump of the whole
// database and everything the process printed. (tests/e2e/officer-survey.spec.ts does the same
// through a running production server and its output.)
process.env.AUTH_SECRET ??= "integration-test-secret";

const MARKERS = {
  ip: "203.0.113.77",
  agent: "MarkerAgent/7.7 (anonymity-test)",
  referrer: "https://referrer.example/marker-page",
  cookie: "marker-cookie-value-5521",
  language: "x-marker-lang",
};

let survey: SampleSurvey;
let codes: string[];
let output: string[] = [];
const restore: (() => void)[] = [];

function capture() {
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      output.push(String(chunk));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => (stream.write = original));
  }
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      output.push(args.map(String).join(" "));
      original(...args);
    };
    restore.push(() => (console[method] = original));
  }
}

beforeEach(async () => {
  await resetDatabase();
  survey = await createSampleSurvey({ slug: "anon", questions: 10 });
  codes = (await issueBatch({ campaignId: survey.campaignId, unitId: survey.unitId, size: 6, createdById: null })).codes;
  output = [];
  capture();
});

afterEach(() => {
  while (restore.length) restore.pop()!();
});

const headers = {
  "content-type": "application/json",
  "x-forwarded-for": `${MARKERS.ip}, 10.0.0.1`,
  "x-real-ip": MARKERS.ip,
  "user-agent": MARKERS.agent,
  referer: MARKERS.referrer,
  cookie: `next-auth.session-token=${MARKERS.cookie}; NEXT_LOCALE=${MARKERS.cookie}`,
  "accept-language": MARKERS.language,
};

async function post(route: (request: Request) => Promise<Response>, url: string, body: unknown) {
  return route(new Request(`http://localhost${url}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

function dump(): string {
  return execFileSync("/usr/bin/pg_dump", ["--data-only", "--no-owner", `--dbname=${process.env.DATABASE_URL}`], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

describe("anonymity of stored responses", () => {
  it("stores and prints nothing of the sender: no address, agent, referrer, cookie, code or receipt secret", async () => {
    const receiptCode = generateReceiptCode();
    const responseId = newResponseId();
    const sent = await post(submit, "/api/survey/responses", { campaign: "anon", responseId, accessCode: formatCode(codes[0]), receiptCode, answers: sampleAnswers(survey, "Marker text that may be stored.") });
    expect(sent.status).toBe(201);
    expect(sent.headers.get("set-cookie")).toBeNull();
    expect((await post(lookUp, "/api/survey/receipt", { receiptCode })).status).toBe(200);
    // A failing submission is printed about (if at all) without its content either.
    expect((await post(submit, "/api/survey/responses", { campaign: "anon", responseId: newResponseId(), accessCode: codes[0], answers: {} })).status).toBe(422);

    const data = dump();
    expect(data).toContain(responseId); // the dump really holds the response…
    expect(data).toContain("Marker text that may be stored.");
    const forbidden = [...Object.values(MARKERS), codes[0], formatCode(codes[0]), receiptCode.slice(8), receiptCode, formatCode(receiptCode, 4)];
    for (const marker of forbidden) expect(data, marker).not.toContain(marker); // …and none of these
    const printed = output.join("\n");
    for (const marker of [...forbidden, responseId, "Marker text"]) expect(printed, marker).not.toContain(marker);
  });

  it("keeps no time finer than a date in any survey table", async () => {
    const columns = await db.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name IN ('Response', 'Answer', 'AccessCode', 'AccessCodeBatch', 'EvidenceItem')
        AND (data_type LIKE 'timestamp%' OR data_type LIKE 'time %' OR data_type = 'interval')`;
    expect(columns).toEqual([]);
    const responseId = newResponseId();
    expect((await post(submit, "/api/survey/responses", { campaign: "anon", responseId, accessCode: codes[1], answers: sampleAnswers(survey) })).status).toBe(201);
    const [row] = await db.$queryRaw<{ day: string; type: string }[]>`SELECT "submittedOn"::text AS day, pg_typeof("submittedOn")::text AS type FROM "Response" WHERE id = ${responseId}::uuid`;
    expect(row).toEqual({ day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), type: "date" });
  });

  it("gives responses random v4 ids and leaves the used code no link to its response, not even a transaction id", async () => {
    const ids: string[] = [];
    for (const code of codes.slice(0, 3)) {
      const responseId = newResponseId();
      ids.push(responseId);
      expect((await post(submit, "/api/survey/responses", { campaign: "anon", responseId, accessCode: code, answers: sampleAnswers(survey) })).status).toBe(201);
    }
    const stored = await db.response.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    expect(stored.every((r) => isUuidV4(r.id))).toBe(true);
    // The code row has no column that could point at a response.
    const codeColumns = await db.$queryRaw<{ column_name: string }[]>`SELECT column_name FROM information_schema.columns WHERE table_name = 'AccessCode' ORDER BY column_name`;
    expect(codeColumns.map((c) => c.column_name)).toEqual(["batchId", "digest", "id", "used"]);
    // PostgreSQL stamps rows with the writing transaction's id (xmin). No used code may share its
    // stamp with a response, and all used codes of the batch share one, so none stands out.
    const responseStamps = (await db.$queryRaw<{ x: string }[]>`SELECT xmin::text AS x FROM "Response"`).map((r) => r.x);
    const codeStamps = (await db.$queryRaw<{ x: string }[]>`SELECT xmin::text AS x FROM "AccessCode" WHERE used`).map((r) => r.x);
    expect(codeStamps).toHaveLength(3);
    expect(new Set(codeStamps).size).toBe(1);
    for (const stamp of codeStamps) expect(responseStamps).not.toContain(stamp);
  });
});
