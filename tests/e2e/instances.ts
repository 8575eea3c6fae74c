import { spawn } from "node:child_process";
import type { IncomingHttpHeaders } from "node:http";
import { request as httpRequest } from "node:http";

// Helpers for the suites that need more than a browser: extra `next start` processes of the
// same build on the same database, and HTTP sent from chosen loopback addresses (127.0.0.x),
// so each simulated client has a real socket address of its own, as the server sees it.

export type Instance = { base: string; output: () => string; stop: () => Promise<void> };

/** Another server of the e2e build, on E2E_PORT + offset, with the same database and secret. */
export async function startInstance(offset: number, env: Record<string, string> = {}): Promise<Instance> {
  const port = Number(process.env.E2E_PORT ?? 3100) + offset;
  const base = `http://localhost:${port}`;
  const child = spawn("npx", ["next", "start", "-p", String(port)], { env: { ...process.env, NEXTAUTH_URL: base, ...env }, detached: true });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    await exited;
  };
  for (const deadline = Date.now() + 60_000; ; ) {
    const health = await send(base, "/api/health").catch(() => null);
    if (health?.status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`instance on ${port} did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { base, output: () => output, stop };
}

export type Reply = { status: number; headers: IncomingHttpHeaders; text: string };

/** One HTTP request from the loopback address `from` (the server sees it as the peer). */
export function send(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}): Promise<Reply> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: url.port, path: url.pathname + url.search, method: options.method ?? "GET", localAddress: options.from ?? "127.0.0.1", headers: { host: url.host, ...options.headers } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Cookies kept like a browser would for one site (name -> value). */
export class CookieJar {
  readonly values = new Map<string, string>();
  absorb(reply: Reply): this {
    for (const line of reply.headers["set-cookie"] ?? []) {
      const [pair] = line.split(";");
      const [name, ...rest] = pair.split("=");
      const value = rest.join("=");
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.values.delete(name.trim());
      else this.values.set(name.trim(), value);
    }
    return this;
  }
  header(): string {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  session(): string | undefined {
    return [...this.values].find(([name]) => name.endsWith("next-auth.session-token"))?.[1];
  }
}

export type SignInResult = { ok: boolean; error: string | null; jar: CookieJar; reply: Reply };

/** Signs in through next-auth's own endpoints, as the sign-in form does. */
export async function signInOverHttp(base: string, email: string, password: string, options: { from?: string; headers?: Record<string, string> } = {}): Promise<SignInResult> {
  const jar = new CookieJar();
  const csrf = await send(base, "/api/auth/csrf", { from: options.from, headers: options.headers });
  jar.absorb(csrf);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const reply = await send(base, "/api/auth/callback/credentials", {
    method: "POST",
    from: options.from,
    headers: { ...options.headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  jar.absorb(reply);
  const { url } = JSON.parse(reply.text) as { url: string };
  const error = new URL(url, base).searchParams.get("error");
  return { ok: !error && !!jar.session(), error, jar, reply };
}

/** Signs out through next-auth (POST /api/auth/signout with its CSRF token). */
export async function signOutOverHttp(base: string, jar: CookieJar): Promise<Reply> {
  const csrf = await send(base, "/api/auth/csrf", { headers: { cookie: jar.header() } });
  jar.absorb(csrf);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const reply = await send(base, "/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, json: "true" }).toString(),
  });
  jar.absorb(reply);
  return reply;
}

/** Prints a suite's figures where CI logs show them. */
export function figure(suite: string, line: string): void {
  console.log(`[${suite}] ${line}`);
}
