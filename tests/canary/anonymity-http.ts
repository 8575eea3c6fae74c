// Anonymity canary over the real HTTP path (tests/integration/anonymity.test.ts checks the same
// contract in-process; this one goes through the production server, its proxy and its logs).
// Officers submit with a marker in every header a browser or proxy could send and in the access
// code; afterwards no marker may appear in a pg_dump of the whole database, in the server's output
// or in any file written during the run, while a control marker placed in an answer must be found
// (so the search is shown to work). Stored survey times are dates only, and after the administrators'
// "erase submission order" action neither heap (pg_dump) order nor the listing order of responses
// follows the order of sending.
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { send } from "../e2e/instances";
import { demoAnswers } from "../load/answers";

export type CanaryResult = {
  submissions: number;
  markers: number;
  leaks: string[];
  controlFound: boolean;
  filesSearched: number;
  bytesSearched: number;
  problems: string[];
};

const octet = () => 1 + (randomBytes(1)[0] % 250);

export async function runAnonymityCanary(options: {
  baseUrl: string;
  databaseUrl: string;
  serverOutput: () => string;
  codes: { campaign: string; codes: string[] };
  adminCookie: string;
  eraseActionId: string;
  startedAt: number;
}): Promise<CanaryResult> {
  const tag = randomBytes(6).toString("hex");
  const problems: string[] = [];
  const markers: Record<string, string> = {};
  const control = `canary-control-${tag}`;
  const ids: string[] = [];
  const receipts: string[] = [];
  const answers = await demoAnswers(options.databaseUrl);

  for (const [n, code] of options.codes.codes.entries()) {
    const ip = `198.18.${octet()}.${octet()}`;
    const realIp = `198.19.${octet()}.${octet()}`;
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-forwarded-for": `${ip}, 10.9.${octet()}.${octet()}`,
      "x-real-ip": realIp,
      forwarded: `for=${ip};by=fwd-${tag}-${n};proto=http`,
      "user-agent": `CanaryAgent/${tag}-${n}`,
      referer: `http://referrer-${tag}-${n}.example/page`,
      cookie: `canary-${tag}=cookie-${tag}-${n}; NEXT_LOCALE=zh`,
      "accept-language": `x-lang-${tag}${n}`,
      origin: `http://origin-${tag}-${n}.example`,
    };
    Object.assign(markers, {
      [`xff${n}`]: ip,
      [`realip${n}`]: realIp,
      [`fwd${n}`]: `fwd-${tag}-${n}`,
      [`agent${n}`]: `CanaryAgent/${tag}-${n}`,
      [`referer${n}`]: `referrer-${tag}-${n}`,
      [`cookie${n}`]: `cookie-${tag}-${n}`,
      [`lang${n}`]: `x-lang-${tag}${n}`,
      [`origin${n}`]: `origin-${tag}-${n}`,
      [`code${n}`]: code,
      [`codeDashed${n}`]: `${code.slice(0, 5)}-${code.slice(5)}`,
    });
    const receiptCode = randomReceipt();
    markers[`receiptSecret${n}`] = receiptCode.slice(8);
    const responseId = randomUUID();
    // The officer page is opened, the code checked, the answers sent and the receipt looked up,
    // all with the same revealing headers.
    // Each officer from its own loopback address, as officers on their own phones: receipt look-ups
    // are limited per client (decision 009), and twelve from one address within a minute are not
    // what the canary is about.
    const from = `127.0.0.${20 + n}`;
    const page = await send(options.baseUrl, `/survey/${options.codes.campaign}`, { headers, from });
    if (page.status !== 200) problems.push(`GET /survey/${options.codes.campaign} answered ${page.status}`);
    const check = await post(options.baseUrl, "/api/survey/codes", headers, {
      campaign: options.codes.campaign,
      accessCode: code,
    }, from);
    if (check.status !== 200) problems.push(`code check answered ${check.status}`);
    const sent = await post(options.baseUrl, "/api/survey/responses", headers, {
      campaign: options.codes.campaign,
      responseId,
      accessCode: `${code.slice(0, 5)}-${code.slice(5)}`,
      receiptCode,
      answers: { ...answers, work_text: `${control} answer ${n}` },
    }, from);
    if (sent.status !== 201) problems.push(`submission ${n} answered ${sent.status}: ${JSON.stringify(sent.body)}`);
    if (sent.setCookie) problems.push(`submission ${n} set a cookie`);
    const lookUp = await post(options.baseUrl, "/api/survey/receipt", headers, { receiptCode }, from);
    if (lookUp.status !== 200) problems.push(`receipt look-up ${n} answered ${lookUp.status}`);
    ids.push(responseId);
    receipts.push(receiptCode);
  }

  // The administrators' erase action, through its action id like the button on /admin/codes.
  const erased = await fetch(`${options.baseUrl}/admin/codes`, {
    method: "POST",
    headers: {
      cookie: options.adminCookie,
      origin: options.baseUrl,
      "next-action": options.eraseActionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    body: JSON.stringify([{}]),
  });
  const erasedBody = await erased.text();
  if (erased.status !== 200 || !erasedBody.includes('"ok":true'))
    problems.push(`erase submission order answered ${erased.status}: ${erasedBody.slice(0, 200)}`);

  const dump = execFileSync("pg_dump", ["--no-owner", `--dbname=${options.databaseUrl}`], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const sources: [string, string][] = [
    ["pg_dump", dump],
    ["server output", options.serverOutput()],
  ];
  const files = writtenFiles(options.startedAt);
  let bytesSearched = dump.length;
  for (const file of files) {
    const text = readFileSync(file, "latin1");
    bytesSearched += text.length;
    sources.push([file, text]);
  }
  const leaks: string[] = [];
  for (const [name, marker] of Object.entries(markers)) {
    for (const [where, text] of sources)
      if (text.includes(marker)) leaks.push(`${name.replace(/\d+$/, "")} marker found in ${where}`);
  }
  const controlFound = dump.includes(control);

  await checkOrderAndDates(options.databaseUrl, ids, dump, problems);
  return {
    submissions: ids.length,
    markers: Object.keys(markers).length,
    leaks: [...new Set(leaks)],
    controlFound,
    filesSearched: files.length,
    bytesSearched,
    problems,
  };
}

/** A JSON POST from the loopback address `from` (each officer has one of their own). */
async function post(baseUrl: string, url: string, headers: Record<string, string>, body: unknown, from: string) {
  const reply = await send(baseUrl, url, { method: "POST", headers, body: JSON.stringify(body), from });
  let parsed: unknown = reply.text;
  try {
    parsed = JSON.parse(reply.text);
  } catch {
    // kept as text for the message
  }
  return { status: reply.status, body: parsed, setCookie: reply.headers["set-cookie"]?.join("\n") ?? null };
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
function randomReceipt(): string {
  return [...randomBytes(24)].map((b) => ALPHABET[b % 32]).join("");
}

/** Every regular file under the working folder and the temp folder changed since the run began. */
function writtenFiles(since: number): string[] {
  const found: string[] = [];
  const skip = new Set(["node_modules", ".git"]);
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !skip.has(entry.name) && depth < 12) walk(full, depth + 1);
      else if (entry.isFile()) {
        try {
          const info = statSync(full);
          if (info.mtimeMs >= since && info.size < 64 * 1024 * 1024) found.push(full);
        } catch {
          // vanished meanwhile
        }
      }
    }
  };
  walk(process.cwd(), 0);
  walk(tmpdir(), 0);
  return found;
}

async function checkOrderAndDates(databaseUrl: string, sent: string[], dump: string, problems: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; day: string; type: string }>(
      `SELECT id::text, "submittedOn"::text AS day, pg_typeof("submittedOn")::text AS type FROM "Response" WHERE id = ANY($1::uuid[])`,
      [sent],
    );
    if (rows.length !== sent.length) problems.push(`stored ${rows.length} of ${sent.length} canary responses`);
    for (const row of rows)
      if (row.type !== "date" || !/^\d{4}-\d{2}-\d{2}$/.test(row.day))
        problems.push(`submittedOn is ${row.type} ${row.day}, not a date`);
    const timed = await client.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('Response', 'Answer', 'AccessCode', 'AccessCodeBatch') AND (data_type LIKE 'timestamp%' OR data_type LIKE 'time %' OR data_type = 'interval')`,
    );
    for (const c of timed.rows) problems.push(`survey column with a time of day: ${c.table_name}.${c.column_name}`);
    const heap = (
      await client.query<{ id: string }>(`SELECT id::text FROM "Response" WHERE id = ANY($1::uuid[]) ORDER BY ctid`, [
        sent,
      ])
    ).rows.map((r) => r.id);
    if (sameOrder(heap, sent)) problems.push("heap order of responses is the order of sending");
    const inDump = sent.slice().sort((a, b) => dump.indexOf(a) - dump.indexOf(b));
    if (sameOrder(inDump, sent)) problems.push("pg_dump prints the responses in the order of sending");
    const stamps = await client.query<{ n: number }>(
      `SELECT count(DISTINCT xmin::text)::int AS n FROM "Response" WHERE id = ANY($1::uuid[])`,
      [sent],
    );
    if (stamps.rows[0].n !== 1)
      problems.push(`responses carry ${stamps.rows[0].n} transaction stamps after the erase, not 1`);
  } finally {
    await client.end();
  }
}

const sameOrder = (a: string[], b: string[]) => a.length > 1 && a.every((v, i) => v === b[i]);
