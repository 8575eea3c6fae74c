import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { SURVEY_HEADERS } from "@/lib/surveys/http";

// The officer pages' script and stylesheet, built by scripts/build-survey-assets.mjs (on every
// `next build` and `next dev`). Served here rather than from public/ because Next's static server
// sends Last-Modified and answers If-Modified-Since with 304: a validator kept by the browser of a
// shared station computer would show that the survey was opened there. These answers carry none
// and always send the file, no-store like the pages.
const FILES: Record<string, string> = {
  "survey.js": "application/javascript; charset=utf-8",
  "survey.css": "text/css; charset=utf-8",
};

export async function surveyAsset(name: string): Promise<Response> {
  const type = FILES[name];
  if (!type) return new Response("Not found", { status: 404, headers: { ...SURVEY_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
  const body = await readFile(path.join(process.cwd(), "lib/generated/survey-assets", name));
  return new Response(new Uint8Array(body), { status: 200, headers: { ...SURVEY_HEADERS, "Content-Type": type } });
}
