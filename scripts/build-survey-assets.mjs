// The officer pages' script and stylesheet (docs/decisions/006-officer-pages-without-react.md):
// components/survey/client/main.tsx and components/survey/survey.css, bundled and minified by
// esbuild into lib/generated/survey-assets/, which the pages load as /survey/assets/survey.{js,css}
// through a route handler (app/(survey)/survey/assets/[file]/route.ts; not public/, whose static
// server adds cache validators).
// next.config.ts runs this before every `next build` and `next dev`; `node
// scripts/build-survey-assets.mjs` runs it by hand. Deterministic, so concurrent builds agree.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SURVEY_ASSETS_DIR = "lib/generated/survey-assets";
// Where builds before the route handler put them: a file left there would be served instead.
const LEGACY_DIR = "public/survey/assets";

// Old phones: ES2017 syntax (async functions, no optional chaining) and CSS they all read.
export const SCRIPT_TARGET = ["es2017"];
const STYLE_TARGET = ["chrome61", "safari11", "firefox60", "edge18"];

/** The two files as bytes, and the source files the script was made of; writes nothing. */
export async function bundleSurveyAssets() {
  const common = { absWorkingDir: root, bundle: true, minify: true, write: false, legalComments: "none", charset: "utf8", logLevel: "silent" };
  const [script, styles] = await Promise.all([
    build({ ...common, entryPoints: ["components/survey/client/main.tsx"], format: "iife", target: SCRIPT_TARGET, tsconfig: "tsconfig.json", metafile: true }),
    build({ ...common, entryPoints: ["components/survey/survey.css"], target: STYLE_TARGET }),
  ]);
  return {
    files: { "survey.js": script.outputFiles[0].contents, "survey.css": styles.outputFiles[0].contents },
    scriptSources: Object.keys(script.metafile.inputs),
  };
}

export async function buildSurveyAssets() {
  const { files } = await bundleSurveyAssets();
  const dir = path.join(root, SURVEY_ASSETS_DIR);
  mkdirSync(dir, { recursive: true });
  rmSync(path.join(root, LEGACY_DIR), { recursive: true, force: true });
  for (const [name, contents] of Object.entries(files)) {
    // Written aside and renamed: a server or a parallel build never reads half a file.
    const target = path.join(dir, name);
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, target);
  }
  return files;
}

// No top-level await: next.config.ts is compiled to CommonJS, which cannot require such a module.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildSurveyAssets().then((files) => {
    for (const [name, contents] of Object.entries(files)) console.log(`${SURVEY_ASSETS_DIR}/${name}: ${contents.length} bytes`);
  });
}
