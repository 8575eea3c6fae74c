import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { issueCodes } from "./fixtures/codes";
import { sql } from "./fixtures/db";
import { createStaff } from "./fixtures/users";
import { receiptCode, requiredAnswers } from "./fixtures/officers";
import { figure, send, signInOverHttp } from "./instances";

// Suite 5 of issue 9: password and receipt guessing against the running server (the e2e build,
// reached directly, TRUSTED_PROXY_HOPS left at its default 0). Every simulated client sends from
// its own loopback address (127.0.0.x), so the server sees real, distinct socket addresses.
// Prints its figures; fails if a limit lets more through than the README's policy says, or if
// the real user or a real officer is kept out.
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const SUITE = "brute-force";
const tally = (outcomes: (string | null)[]) =>
  outcomes.reduce<Record<string, number>>((counts, o) => ({ ...counts, [o ?? "signed-in"]: (counts[o ?? "signed-in"] ?? 0) + 1 }), {});

test("one address guessing one account is stopped after 5 wrong passwords; the real user elsewhere gets in", async ({ baseURL }) => {
  const victim = await createStaff();
  try {
    const outcomes = [];
    for (let i = 0; i < 20; i++) outcomes.push((await signInOverHttp(baseURL!, victim.email, `guess-${i}-wrong-pass`, { from: "127.0.0.11" })).error);
    const counts = tally(outcomes);
    figure(SUITE, `per account from one address: 20 guesses, ${counts.CredentialsSignin ?? 0} checked, ${counts.Throttled ?? 0} refused unchecked`);
    expect(counts).toEqual({ CredentialsSignin: 5, Throttled: 15 });
    // Even the right password is refused from the guessing address…
    expect((await signInOverHttp(baseURL!, victim.email, victim.password, { from: "127.0.0.11" })).error).toBe("Throttled");
    // …but not from the real user's.
    const real = await signInOverHttp(baseURL!, victim.email, victim.password, { from: "127.0.0.12" });
    figure(SUITE, `real user from another address meanwhile: ${real.ok ? "signed in" : real.error}`);
    expect(real.ok).toBe(true);
  } finally {
    await victim.remove();
  }
});

test("forged X-Forwarded-For addresses buy no extra guesses on a directly reached server", async ({ baseURL }) => {
  const victim = await createStaff();
  try {
    const outcomes = [];
    for (let i = 0; i < 20; i++) {
      const forged = { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `198.51.100.${i}` };
      outcomes.push((await signInOverHttp(baseURL!, victim.email, `guess-${i}-wrong-pass`, { from: "127.0.0.13", headers: forged })).error);
    }
    const counts = tally(outcomes);
    figure(SUITE, `forged addresses: 20 guesses with 20 forged X-Forwarded-For, ${counts.CredentialsSignin ?? 0} checked, ${counts.Throttled ?? 0} refused`);
    expect(counts).toEqual({ CredentialsSignin: 5, Throttled: 15 });
  } finally {
    await victim.remove();
  }
});

test("one address spraying passwords over many accounts is stopped after 30", async ({ baseURL }) => {
  try {
    const outcomes = [];
    for (let i = 0; i < 40; i++) outcomes.push((await signInOverHttp(baseURL!, `nobody-${i}@spray.test`, "Summer2026!pass", { from: "127.0.0.14" })).error);
    const counts = tally(outcomes);
    figure(SUITE, `per address over 40 accounts: ${counts.CredentialsSignin ?? 0} checked, ${counts.Throttled ?? 0} refused`);
    expect(counts).toEqual({ CredentialsSignin: 30, Throttled: 10 });
  } finally {
    await sql(`DELETE FROM "RateLimit" WHERE key LIKE '%@spray.test%' OR key LIKE '%127.0.0.14%'`);
  }
});

test("many addresses guessing one account slow it without locking the real user out", async ({ baseURL }) => {
  const victim = await createStaff();
  try {
    const outcomes = [];
    const attackStarted = Date.now();
    for (let i = 0; i < 60; i++) outcomes.push((await signInOverHttp(baseURL!, victim.email, `guess-${i}-wrong-pass`, { from: `127.0.1.${10 + (i % 30)}` })).error);
    const counts = tally(outcomes);
    const started = Date.now();
    let real = await signInOverHttp(baseURL!, victim.email, victim.password, { from: "127.0.0.200" });
    let tries = 1;
    while (!real.ok && real.error === "Slowed" && Date.now() - started < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      real = await signInOverHttp(baseURL!, victim.email, victim.password, { from: "127.0.0.200" });
      tries++;
    }
    const waited = ((Date.now() - started) / 1000).toFixed(1);
    figure(SUITE, `distributed: 60 guesses from 30 addresses, ${counts.CredentialsSignin ?? 0} checked, ${counts.Slowed ?? 0} slowed, ${counts.Throttled ?? 0} refused`);
    figure(SUITE, `real user from a new address: ${real.ok ? "signed in" : real.error} after ${tries} tries, ${waited} s`);
    // 10 before the account is slowed, then about one per 10-second slot while the loop ran.
    expect(counts.CredentialsSignin).toBeGreaterThanOrEqual(10);
    expect(counts.CredentialsSignin).toBeLessThanOrEqual(10 + Math.ceil((started - attackStarted) / 10_000) + 1);
    expect(real.ok).toBe(true);
    expect(Number(waited)).toBeLessThanOrEqual(25);
  } finally {
    await victim.remove();
  }
});

test("receipt guessing from one client leaves the real officer's look-up and submission working", async ({ baseURL }) => {
  const { codes, remove } = await issueCodes(1);
  const responseId = randomUUID();
  try {
    const receipt = receiptCode();
    const json = { "content-type": "application/json" };
    const sent = await send(baseURL!, "/api/survey/responses", {
      method: "POST",
      from: "127.0.0.16",
      headers: json,
      body: JSON.stringify({ campaign: "warning-project", responseId, accessCode: codes[0], receiptCode: receipt, answers: await requiredAnswers() }),
    });
    expect(sent.status).toBe(201);

    const statuses: number[] = [];
    const guess = async () => {
      const reply = await send(baseURL!, "/api/survey/receipt", { method: "POST", from: "127.0.0.15", headers: json, body: JSON.stringify({ receiptCode: receiptCode() }) });
      statuses.push(reply.status);
    };
    for (let i = 0; i < 30; i++) await Promise.all(Array.from({ length: 10 }, guess));
    const found = statuses.filter((s) => s === 200).length;
    const missed = statuses.filter((s) => s === 404).length;
    const limited = statuses.filter((s) => s === 429).length;
    figure(SUITE, `receipt guessing: 300 random codes from one client, ${missed + found} checked (${found} found), ${limited} answered 429`);
    expect(found).toBe(0);
    expect(missed).toBeLessThanOrEqual(10);
    expect(limited).toBeGreaterThanOrEqual(290);

    const officer = await send(baseURL!, "/api/survey/receipt", { method: "POST", from: "127.0.0.16", headers: json, body: JSON.stringify({ receiptCode: receipt }) });
    figure(SUITE, `real officer's receipt look-up during the guessing: HTTP ${officer.status}`);
    expect(officer.status).toBe(200);
  } finally {
    await remove();
  }
});
