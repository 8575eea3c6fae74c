// Faults under load: simulated officers submit with retries (the same responseId and body on every
// retry, as the survey page does) while the fault is injected: the app server is killed with
// SIGKILL and started again, or PostgreSQL cuts the app's connections (pg_terminate_backend).
// Afterwards the stored responses must be exactly the acknowledged submissions (none lost, none
// doubled) and the used codes exactly as many as the stored responses (no code used without its
// response).
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { IssuedCodes, Portal } from "../../scripts/suites/portal";

export type Fault = "kill-server" | "cut-connections";
export type LoadFigures = {
  fault: Fault;
  officers: number;
  acknowledged: number;
  attempts: number;
  retries: number;
  faults: number;
  connectionsCut: number;
  stored: number;
  lost: number;
  doubled: number;
  unacknowledgedStored: number;
  codesUsed: number;
  codesUsedWithoutResponse: number;
  refused: string[];
  seconds: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runFaultsUnderLoad(options: {
  portal: Portal;
  databaseUrl: string;
  codes: IssuedCodes;
  answers: Record<string, unknown>;
  fault: Fault;
  concurrency?: number;
}): Promise<LoadFigures> {
  const started = Date.now();
  const { portal, codes } = options;
  const officers = codes.codes.map((code) => ({ code, responseId: randomUUID() }));
  const acknowledged = new Set<string>();
  const refused: string[] = [];
  let attempts = 0;
  let retries = 0;
  let faults = 0;
  let connectionsCut = 0;
  let next = 0;

  async function officer() {
    while (next < officers.length) {
      const { code, responseId } = officers[next++];
      const body = JSON.stringify({ campaign: codes.campaign, responseId, accessCode: code, answers: options.answers });
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) {
          retries++;
          await sleep(Math.min(2000, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
        }
        if (attempt > 200) {
          refused.push(`${responseId}: gave up after 200 attempts`);
          break;
        }
        attempts++;
        let status: number;
        let text = "";
        try {
          const response = await fetch(`${portal.url}/api/survey/responses`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body,
            signal: AbortSignal.timeout(15_000),
          });
          status = response.status;
          text = await response.text();
        } catch {
          continue; // connection refused or reset, or no answer in time: send again
        }
        if (status === 201 || status === 200) {
          acknowledged.add(responseId);
          break;
        }
        if (status >= 500 || status === 429) continue; // 503 busy, 500 while the database is cut: send again
        refused.push(`${responseId}: ${status} ${text.slice(0, 120)}`);
        break;
      }
    }
  }

  async function inject() {
    // Strike when about a third of the officers have been answered, then again at two thirds.
    for (const share of [1 / 3, 2 / 3]) {
      while (acknowledged.size + refused.length < officers.length * share && next < officers.length) await sleep(20);
      if (next >= officers.length && acknowledged.size + refused.length >= officers.length) return;
      faults++;
      if (options.fault === "kill-server") {
        await portal.kill("SIGKILL");
        await sleep(500);
        await portal.start();
      } else {
        // Cut every connection the app holds, several times over a second and a half.
        for (let i = 0; i < 4; i++) {
          connectionsCut += await terminateAppConnections(options.databaseUrl);
          await sleep(400);
        }
      }
    }
  }

  await Promise.all([...Array.from({ length: options.concurrency ?? 20 }, officer), inject()]);
  const check = await verify(
    options.databaseUrl,
    officers.map((o) => o.responseId),
    acknowledged,
    codes.batches,
  );
  return {
    fault: options.fault,
    officers: officers.length,
    acknowledged: acknowledged.size,
    attempts,
    retries,
    faults,
    connectionsCut,
    refused,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    ...check,
  };
}

async function terminateAppConnections(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.length;
  } finally {
    await client.end();
  }
}

async function verify(databaseUrl: string, sent: string[], acknowledged: Set<string>, batches: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (
      await client.query<{ id: string; n: number }>(
        `SELECT id::text, count(*)::int AS n FROM "Response" WHERE id = ANY($1::uuid[]) GROUP BY id`,
        [sent],
      )
    ).rows;
    const stored = new Set(rows.map((r) => r.id));
    const doubled = rows.filter((r) => r.n > 1).length;
    const lost = [...acknowledged].filter((id) => !stored.has(id)).length;
    const unacknowledgedStored = [...stored].filter((id) => !acknowledged.has(id)).length;
    // A submission stored twice would show as a response with more answer rows than the others.
    const answerCounts = (
      await client.query<{ n: number }>(
        `SELECT count(a.id)::int AS n FROM "Response" r LEFT JOIN "Answer" a ON a."responseId" = r.id WHERE r.id = ANY($1::uuid[]) GROUP BY r.id`,
        [sent],
      )
    ).rows.map((r) => r.n);
    const doubledAnswers = answerCounts.filter((n) => n !== Math.min(...answerCounts)).length;
    const codesUsed = (
      await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "AccessCode" WHERE "batchId" = ANY($1) AND used`,
        [batches],
      )
    ).rows[0].n;
    return {
      stored: stored.size,
      lost,
      doubled: doubled + doubledAnswers,
      unacknowledgedStored,
      codesUsed,
      codesUsedWithoutResponse: Math.max(0, codesUsed - stored.size),
    };
  } finally {
    await client.end();
  }
}
