// What the department head's dashboard page costs a browser (issue 15, goal 4: at most 150 KB of
// gzip JavaScript and 1,500 DOM elements): `npm run bench:dashboard-page` after `npm run build`
// (NEXT_DIST_DIR picks the build, BENCH_PORT the port, default 3290). Creates its own demo
// database, serves the build, signs in as head@demo.local, opens /dashboards in Chromium
// (/usr/bin/chromium, else Playwright's own) and prints every script the page loaded with its
// gzip size (compressed here at level 6, as a server would), their total, the HTML and the number
// of elements in the document. Prints figures; asserts nothing.
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { applyMigrations } from "../scripts/db/migrate.mjs";
import { admin, benchDatabase, seedDemoIfEmpty } from "./common";
import { startSignedIn } from "./http-pages";

const { name: database, url } = benchDatabase("page");
const PATH = process.env.BENCH_PAGE ?? "/dashboards";

async function main() {
  await admin(`CREATE DATABASE "${database}"`);
  process.env.DATABASE_URL = url;
  try {
    await applyMigrations(url, { log: () => {} });
    const db = await seedDemoIfEmpty();
    await db.$disconnect();
    await measure();
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

async function measure() {
  const pages = await startSignedIn(url, "head@demo.local", "listen-demo-2026");
  if (!pages) return;
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = [pages.session.slice(0, pages.session.indexOf("=")), pages.session.slice(pages.session.indexOf("=") + 1)];
    await context.addCookies([{ name, value, url: pages.base }]);
    const page = await context.newPage();
    const scripts: { url: string; raw: number; gzip: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      pending.push(
        response.body().then((body) => {
          scripts.push({ url: response.url().replace(pages.base, ""), raw: body.length, gzip: gzipSync(body, { level: 6 }).length });
        }),
      );
    });
    const loaded = await page.goto(`${pages.base}${PATH}`, { waitUntil: "networkidle" });
    if (loaded?.status() !== 200) throw new Error(`bench: ${PATH} answered ${loaded?.status()}`);
    // Scroll to the bottom and back, so anything loaded only when on screen is counted too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    const html = await loaded!.body();
    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    const kb = (n: number) => (n / 1024).toFixed(1).padStart(8);
    console.log(`${PATH} as head@demo.local (demo data), build ${process.env.NEXT_DIST_DIR ?? ".next"}\n`);
    console.log(`${"script".padEnd(70)} ${"raw KB".padStart(8)} ${"gzip KB".padStart(8)}`);
    for (const s of scripts.sort((a, b) => b.gzip - a.gzip)) console.log(`${s.url.slice(0, 70).padEnd(70)} ${kb(s.raw)} ${kb(s.gzip)}`);
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    console.log(`\nJavaScript: ${scripts.length} scripts, ${kb(total).trim()} KB gzip (${kb(scripts.reduce((sum, s) => sum + s.raw, 0)).trim()} KB raw)`);
    console.log(`HTML: ${kb(gzipSync(html).length).trim()} KB gzip (${kb(html.length).trim()} KB raw)`);
    console.log(`DOM elements: ${elements}`);
  } finally {
    await browser.close();
    pages.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
