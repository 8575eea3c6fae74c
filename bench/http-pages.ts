// Times staff pages over HTTP against a production build (`next build` first; NEXT_DIST_DIR picks
// which), signed in as a demo account through next-auth's credentials flow. Used by the dashboard
// bench to report the whole request, rendering included, beside the data layer.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { SERVER_NODE_FLAGS } from "../scripts/server-flags.mjs";

export type PageTimer = {
  time(path: string): Promise<number>;
  stop(): void;
  /** Where the server listens and the signed-in session's cookie ("name=value"), for a browser. */
  base: string;
  session: string;
  /** The server's process group, for its CPU time. */
  pid: number;
};

export async function startSignedIn(
  databaseUrl: string,
  email: string,
  password: string,
  port = Number(process.env.BENCH_PORT ?? 3290),
): Promise<PageTimer | null> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(`${distDir}/BUILD_ID`)) {
    console.log(`(no build in ${distDir}: run \`npm run build\` to also time the pages over HTTP)`);
    return null;
  }
  const base = `http://localhost:${port}`;
  // Started as `npm start` starts it (scripts/start.mjs), with the same Node flags.
  // BENCH_SERVER_FLAGS adds Node flags, for example "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile.
  const extra = (process.env.BENCH_SERVER_FLAGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...extra, "node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    stdio: process.env.BENCH_SERVER_LOG ? ["ignore", "inherit", "inherit"] : "ignore",
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: base,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-bench-secret-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session-token"));
  if (!session) {
    stop();
    throw new Error(`bench: could not sign in as ${email} (status ${signIn.status})`);
  }
  return {
    base,
    session,
    pid: server.pid!,
    async time(path) {
      const start = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { cookie: session }, redirect: "manual" });
      await response.text();
      if (response.status !== 200) throw new Error(`bench: ${path} answered ${response.status}`);
      return performance.now() - start;
    },
    stop,
  };
}
