import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundleSurveyAssets } from "./build-survey-assets.mjs";

// The officer pages must stay light for old phones on weak networks: at most 120 KB of gzipped
// JavaScript on first load, which the React/Next client runtime alone would nearly use up.
describe("the officer pages' script", () => {
  it("is made of the pages' own code only: no framework or other package", async () => {
    const { scriptSources } = await bundleSurveyAssets();
    expect(scriptSources).toContain("components/survey/client/main.ts");
    expect(scriptSources.filter((file) => file.includes("node_modules"))).toEqual([]);
  });

  it("stays a small fraction of the 120 KB first-load budget", async () => {
    const { files } = await bundleSurveyAssets();
    // Far below the goal on purpose: growing past this deserves a look before it is raised.
    expect(gzipSync(files["survey.js"]).length).toBeLessThan(20 * 1024);
    expect(gzipSync(files["survey.css"]).length).toBeLessThan(5 * 1024);
  });
});
