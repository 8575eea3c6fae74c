import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { expect, test } from "./fixtures";
import { issueCodes } from "./fixtures/codes";
import { sql } from "./fixtures/db";
import { createStaff } from "./fixtures/users";
import { requiredAnswers } from "./fixtures/officers";
import { figure, send, signInOverHttp, signOutOverHttp, startInstance, type Instance } from "./instances";

// Suite 6 of issue 9: two app processes of one build (the e2e server and a second `next start`)
// on one PostgreSQL with the same AUTH_SECRET, as behind a load balancer without sticky sessions.
// Then a third, whose public address is https, for the transport rules (defects 6 and 7).
test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

const SUITE = "two-instances";
let second: Instance;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  second = await startInstance(5);
});
test.afterAll(async () => {
  await second?.stop();
});

const userOf = async (base: string, cookie: string) => (JSON.parse((await send(base, "/api/auth/session", { headers: { cookie } })).text) as { user?: { email: string } }).user?.email ?? null;

test("a session made on one instance works on the other", async ({ baseURL }) => {
  const staff = await createStaff();
  try {
    const signedIn = await signInOverHttp(baseURL!, staff.email, staff.password, { from: "127.0.0.21" });
    expect(signedIn.ok).toBe(true);
    const cookie = signedIn.jar.header();
    expect(await userOf(second.base, cookie)).toBe(staff.email);
    const page = await send(second.base, "/seminars", { headers: { cookie } });
    figure(SUITE, `session from instance 1 on instance 2: /api/auth/session names the user, /seminars HTTP ${page.status}`);
    expect(page.status).toBe(200);
  } finally {
    await staff.remove();
  }
});

test("sign-in throttling counts attempts on both instances together", async ({ baseURL }) => {
  const staff = await createStaff();
  try {
    const outcomes: (string | null)[] = [];
    for (let i = 0; i < 8; i++) {
      const base = i % 2 === 0 ? baseURL! : second.base;
      outcomes.push((await signInOverHttp(base, staff.email, `wrong-guess-${i}-pass`, { from: "127.0.0.22" })).error);
    }
    const checked = outcomes.filter((o) => o === "CredentialsSignin").length;
    figure(SUITE, `throttling across instances: 8 wrong passwords alternating between them, ${checked} checked, ${8 - checked} refused`);
    expect(outcomes).toEqual([...Array(5).fill("CredentialsSignin"), ...Array(3).fill("Throttled")]);
  } finally {
    await staff.remove();
  }
});

test("a submission retried against the other instance is stored once", async ({ baseURL }) => {
  const { codes, remove } = await issueCodes(1);
  const responseId = randomUUID();
  try {
    const body = JSON.stringify({ campaign: "warning-project", responseId, accessCode: codes[0], answers: await requiredAnswers() });
    const post = (base: string) => send(base, "/api/survey/responses", { method: "POST", headers: { "content-type": "application/json" }, body });
    const first = await post(baseURL!);
    const retry = await post(second.base);
    const [{ stored }] = await sql<{ stored: number }>(`SELECT count(*)::int AS stored FROM "Response" WHERE id = $1`, [responseId]);
    figure(SUITE, `submission sent to instance 1 (HTTP ${first.status}), retried on instance 2 (HTTP ${retry.status}): ${stored} stored`);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(JSON.parse(retry.text)).toMatchObject({ status: "received", repeat: true });
    expect(stored).toBe(1);
  } finally {
    await remove();
  }
});

test("a sign-out on one instance ends the session on both", async ({ baseURL }) => {
  const staff = await createStaff();
  try {
    const { jar } = await signInOverHttp(baseURL!, staff.email, staff.password, { from: "127.0.0.23" });
    const copied = jar.header();
    expect(await userOf(baseURL!, copied)).toBe(staff.email);
    expect(await userOf(second.base, copied)).toBe(staff.email);
    await signOutOverHttp(second.base, jar);
    const [onFirst, onSecond] = [await userOf(baseURL!, copied), await userOf(second.base, copied)];
    const page = await send(baseURL!, "/seminars", { headers: { cookie: copied } });
    figure(SUITE, `sign-out on instance 2: copied cookie on instance 1 ${onFirst ? "still works" : "refused"}, on instance 2 ${onSecond ? "still works" : "refused"}; /seminars HTTP ${page.status} to ${page.headers.location ?? "-"}`);
    expect([onFirst, onSecond]).toEqual([null, null]);
    expect(page.status).toBe(307);
    expect(page.headers.location).toMatch(/\/signin/);
  } finally {
    await staff.remove();
  }
});

test("a cross-site server action gets a 403 with a message and leaves nothing in the log", async () => {
  const reply = await send(second.base, "/seminars", {
    method: "POST",
    headers: { origin: "https://evil-origin.example", "next-action": "0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain;charset=UTF-8" },
    body: "[]",
  });
  figure(SUITE, `server action with a foreign Origin: HTTP ${reply.status}`);
  expect(reply.status).toBe(403);
  expect(JSON.parse(reply.text)).toMatchObject({ error: "cross_site", message: expect.stringContaining("another site") });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(second.output()).not.toContain("evil-origin");
});

test("with an https public address: Secure cookies, cleared securely, and Strict-Transport-Security", async () => {
  const https = await startInstance(6, { NEXTAUTH_URL: `https://localhost:${Number(process.env.E2E_PORT ?? 3100) + 6}` });
  const staff = await createStaff();
  try {
    const signin = await send(https.base, "/signin");
    expect(signin.headers["strict-transport-security"]).toBe("max-age=31536000");
    const survey = await send(https.base, "/survey");
    expect(survey.headers["strict-transport-security"]).toBe("max-age=31536000");

    const { reply, jar } = await signInOverHttp(https.base, staff.email, staff.password, { from: "127.0.0.24" });
    const sessionCookie = (reply.headers["set-cookie"] ?? []).find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(sessionCookie).toMatch(/;\s*Secure/i);
    // After sign-out the ended cookie is sent back; the proxy clears it, with Secure again.
    await signOutOverHttp(https.base, jar);
    const [{ id, sessionVersion }] = await sql<{ id: string; sessionVersion: number }>(`SELECT id, "sessionVersion" FROM "User" WHERE email = $1`, [staff.email]);
    const now = Math.floor(Date.now() / 1000);
    const idle = await encode({ token: { sub: id, role: "RESEARCH_LEAD", sessionVersion, signedInAt: now - 7200, lastSeenAt: now - 3600 }, secret: process.env.AUTH_SECRET! });
    const expired = await send(https.base, "/seminars", { headers: { cookie: `__Secure-next-auth.session-token=${idle}` } });
    const cleared = (expired.headers["set-cookie"] ?? []).find((c) => c.startsWith("__Secure-next-auth.session-token="));
    figure(SUITE, `https public address: HSTS on pages and survey, session cookie ${sessionCookie ? "Secure" : "missing"}, expired cookie cleared ${/;\s*Secure/i.test(cleared ?? "") ? "with Secure" : "without Secure"}`);
    expect(cleared).toMatch(/;\s*Secure/i);
    expect(cleared).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  } finally {
    await staff.remove();
    await https.stop();
  }
});
