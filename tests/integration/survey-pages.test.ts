import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as receiptPage } from "@/app/(survey)/receipt/route";
import { GET as surveyPage } from "@/app/(survey)/survey/[campaign]/route";
import { GET as surveyIndex } from "@/app/(survey)/survey/route";
import { GET as surveyAsset } from "@/app/(survey)/survey/assets/[file]/route";
import { SURVEY_ICON_URL, SURVEY_SCRIPT_URL } from "@/components/survey/view/document";
import { db } from "@/lib/db/client";
import { createSampleSurvey } from "@/lib/surveys/sample";
import { bundleSurveyAssets } from "@/scripts/build-survey-assets.mjs";
import { resetDatabase } from "./helpers";

// The officer pages through their route handlers, as the server sends them: whole HTML documents
// that load one small script of their own and none of the React/Next client runtime (the budget
// is 120 KB of gzipped JavaScript on first load; that runtime alone is about 132 KB).
const BUDGET = 120 * 1024;
const MARKERS = { "x-forwarded-for": "198.51.100.77", "user-agent": "PageMarkerAgent/1.0", referer: "https://marker.example/p", cookie: "session=page-marker-cookie" };

function request(path: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, { headers: { "accept-language": "en-US,en;q=0.9", "x-nonce": "n0nce", ...MARKERS, ...headers } });
}

const campaignPage = (slug: string, headers?: Record<string, string>) => surveyPage(request(`/survey/${slug}`, headers), { params: Promise.resolve({ campaign: slug }) });

/** Every script the document would run or fetch: external ones by URL, inline ones by their text. */
function scripts(html: string): { src: string | null; nonce: string | null; inline: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="application\/json"/.test(attributes))
    .map(([, attributes, inline]) => ({ src: /src="([^"]+)"/.exec(attributes)?.[1] ?? null, nonce: /nonce="([^"]+)"/.exec(attributes)?.[1] ?? null, inline }));
}

function expectOfficerHeaders(response: Response) {
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  expect(response.headers.get("etag")).toBeNull();
  expect(response.headers.get("set-cookie")).toBeNull();
}

beforeEach(async () => {
  await resetDatabase();
  await createSampleSurvey({ slug: "pages", questions: 10 });
});

describe("the officer pages", () => {
  it("send the questionnaire as HTML with one small script of their own and no Next or React runtime", async () => {
    const response = await campaignPage("pages");
    expect(response.status).toBe(200);
    expectOfficerHeaders(response);
    const html = await response.text();
    expect(html).not.toContain("/_next/");
    expect(scripts(html)).toEqual([{ src: SURVEY_SCRIPT_URL, nonce: "n0nce", inline: "" }]);
    const { files } = await bundleSurveyAssets();
    const size = scripts(html).reduce((sum, s) => sum + gzipSync(files[s.src!.split("/").pop() as keyof typeof files]).length, 0);
    expect(size).toBeLessThan(BUDGET);
    // The first page is there before the script runs: promises, the code field, in English here.
    expect(html).toContain("We never ask for your name");
    expect(html).toContain('id="access-code"');
    expect(html).toContain('data-locale="en"');
    expect(html).not.toMatch(/<input[^>]* name=/); // a submit before the script runs puts no code in a URL
  });

  it("speak the language the browser asks for", async () => {
    const html = await (await campaignPage("pages", { "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" })).text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("我们绝不询问您的姓名");
  });

  it("tell a browser that runs no script why nothing happens, in its language", async () => {
    const noscript = (html: string) => /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? null;
    expect(noscript(await (await campaignPage("pages")).text())).toContain("This page needs JavaScript");
    expect(noscript(await (await campaignPage("pages", { "accept-language": "zh-CN" })).text())).toContain("本页面需要JavaScript");
    expect(noscript(await receiptPage(request("/receipt")).text())).toContain("look up a receipt code");
    expect(noscript(await receiptPage(request("/receipt", { "accept-language": "zh-CN" })).text())).toContain("查询回执码");
    // Pages without a script work without one.
    expect(noscript(await (await surveyIndex(request("/survey"))).text())).toBeNull();
  });

  it("name their icon, so that the browser does not ask for a missing /favicon.ico", async () => {
    expect(existsSync(`public${SURVEY_ICON_URL}`)).toBe(true);
    const responses = [await campaignPage("pages"), await campaignPage("no-such-campaign"), await surveyIndex(request("/survey")), receiptPage(request("/receipt"))];
    for (const response of responses) expect(await response.text()).toMatch(new RegExp(`<link rel="icon" href="${SURVEY_ICON_URL}" type="image/svg\\+xml"/?>`));
  });

  it("carry nothing of the request: no address, agent, referrer or cookie", async () => {
    for (const response of [await campaignPage("pages"), await surveyIndex(request("/survey")), receiptPage(request("/receipt"))]) {
      const html = await response.text();
      for (const marker of ["198.51.100.77", "PageMarkerAgent", "marker.example", "page-marker-cookie"]) expect(html).not.toContain(marker);
    }
  });

  it("tell officers a closed campaign is closed, by name and in their language, with the way to their receipts; no script", async () => {
    await db.campaign.updateMany({ where: { slug: "pages" }, data: { status: "CLOSED" } });
    const { name, nameZh } = (await db.campaign.findUniqueOrThrow({ where: { slug: "pages" }, select: { name: true, nameZh: true } }));
    const en = await campaignPage("pages");
    expect(en.status).toBe(200);
    expectOfficerHeaders(en);
    const html = await en.text();
    expect(html).toContain('data-state="closed"');
    expect(html).toContain("This questionnaire is closed");
    expect(html).toContain(name);
    expect(html).toContain('href="/receipt"');
    expect(html).toContain('href="/survey/pages/follow-up"');
    expect(html).not.toContain('id="access-code"');
    expect(scripts(html)).toEqual([]);
    const zh = await (await campaignPage("pages", { "accept-language": "zh-CN" })).text();
    expect(zh).toContain("本问卷已结束");
    expect(zh).toContain(nameZh);
  });

  it("tell officers the day an open campaign that has not begun opens, and the same closed notice once its last day has passed", async () => {
    const day = 86_400_000;
    const today = new Date(new Date().toISOString().slice(0, 10));
    const opens = new Date(today.getTime() + 3 * day);
    await db.campaign.updateMany({ where: { slug: "pages" }, data: { status: "ACTIVE", startsOn: opens, endsOn: new Date(today.getTime() + 9 * day) } });
    const early = await (await campaignPage("pages")).text();
    expect(early).toContain('data-state="upcoming"');
    expect(early).toContain(`It opens on ${opens.toISOString().slice(0, 10)}.`);
    await db.campaign.updateMany({ where: { slug: "pages" }, data: { startsOn: new Date(today.getTime() - 9 * day), endsOn: new Date(today.getTime() - day) } });
    const late = await (await campaignPage("pages")).text();
    expect(late).toContain('data-state="closed"');
    expect(late).toContain("It takes no more answers.");
  });

  it("say an unknown or draft questionnaire is not open, as a 404 that names nothing, without any script", async () => {
    await createSampleSurvey({ slug: "drafted", questions: 1 });
    await db.campaign.updateMany({ where: { slug: "drafted" }, data: { status: "DRAFT" } });
    for (const slug of ["drafted", "no-such-campaign"]) {
      const response = await campaignPage(slug);
      expect(response.status).toBe(404);
      expectOfficerHeaders(response);
      const html = await response.text();
      expect(html).toContain('data-testid="survey-closed"');
      expect(html).toContain("This questionnaire is not open");
      expect(html).not.toContain('data-state=');
      expect(scripts(html)).toEqual([]);
    }
  });

  it("list the open questionnaires at /survey, without any script", async () => {
    const response = await surveyIndex(request("/survey"));
    expectOfficerHeaders(response);
    const html = await response.text();
    expect(html).toContain('href="/survey/pages"');
    expect(scripts(html)).toEqual([]);
  });

  it("serve the receipt look-up with the same one script", async () => {
    const response = receiptPage(request("/receipt"));
    expectOfficerHeaders(response);
    const html = await response.text();
    expect(html).toContain('id="receipt-code"');
    expect(html).not.toContain("/_next/");
    expect(scripts(html)).toEqual([{ src: SURVEY_SCRIPT_URL, nonce: "n0nce", inline: "" }]);
  });

  it("serve their script and stylesheet without cache validators: never a 304, no Last-Modified or ETag", async () => {
    const { buildSurveyAssets } = await import("@/scripts/build-survey-assets.mjs");
    const built = await buildSurveyAssets();
    for (const [name, type] of [["survey.js", "application/javascript"], ["survey.css", "text/css"]] as const) {
      const asked = request(`/survey/assets/${name}`, { "if-modified-since": new Date(Date.now() + 86_400_000).toUTCString(), "if-none-match": "*" });
      const response = await surveyAsset(asked, { params: Promise.resolve({ file: name }) });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain(type);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("last-modified")).toBeNull();
      expect(response.headers.get("etag")).toBeNull();
      expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(built[name]));
    }
    const other = await surveyAsset(request("/survey/assets/..%2Fpackage.json"), { params: Promise.resolve({ file: "../package.json" }) });
    expect(other.status).toBe(404);
  });
});
