// Trains the classifier on data/classification/train.jsonl and measures it on eval.jsonl, per
// language. Exits 1 when a language falls below the floors, so CI catches regressions.
//   npm run eval:classifier                 # train -> eval, with floors
//   npm run eval:classifier -- --cv 5       # k-fold cross-validation on train.jsonl only (for tuning;
//                                           # eval.jsonl is for measuring, never for tuning)
//   npm run eval:classifier -- --errors     # also list the eval texts whose top category is wrong

import { readFileSync } from "node:fs";
import { classify } from "../lib/classification/classify";
import { parseJsonl, type LabelledExample, type Lang } from "../lib/classification/dataset";
import { byLang, evaluate, type Metrics } from "../lib/classification/metrics";
import { train } from "../lib/classification/model";
import { CATEGORIES } from "../lib/classification/taxonomy";

// About four points under the measured numbers (lib/classification/README.md): with 188 texts per
// language one text is 0.5 points, so a drop below a floor is a regression, not noise.
const FLOORS: Record<Lang, { accuracy: number; macroF1: number; aspectAccuracy: number }> = {
  zh: { accuracy: 0.9, macroF1: 0.8, aspectAccuracy: 0.78 },
  en: { accuracy: 0.82, macroF1: 0.75, aspectAccuracy: 0.68 },
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function load(file: string): LabelledExample[] {
  return parseJsonl(readFileSync(file, "utf8"), file);
}

const pct = (v: number) => (v * 100).toFixed(1).padStart(5) + "%";

function report(title: string, results: Record<Lang, Metrics>) {
  console.log(`\n${title}`);
  console.log("lang      n  accuracy  macro-F1  aspect-acc  " + CATEGORIES.map((c) => c.padStart(9)).join(" "));
  for (const lang of ["zh", "en"] as const) {
    const m = results[lang];
    const perCat = CATEGORIES.map((c) => {
      const f = m.perCategoryF1[c];
      return (f === null ? "-" : f.toFixed(2)).padStart(9);
    }).join(" ");
    console.log(
      `${lang.padEnd(4)} ${String(m.n).padStart(6)}    ${pct(m.accuracy)}    ${pct(m.macroF1)}      ${pct(m.aspectAccuracy)}  ${perCat}`,
    );
  }
}

function average(runs: Metrics[]): Metrics {
  const mean = (f: (m: Metrics) => number) => runs.reduce((s, m) => s + f(m), 0) / runs.length;
  const perCategoryF1 = Object.fromEntries(
    CATEGORIES.map((c) => {
      const vals = runs.map((m) => m.perCategoryF1[c]).filter((v): v is number => v !== null);
      return [c, vals.length ? vals.reduce((s, v) => s + v, 0) / vals.length : null];
    }),
  ) as Metrics["perCategoryF1"];
  return {
    n: runs.reduce((s, m) => s + m.n, 0),
    accuracy: mean((m) => m.accuracy),
    macroF1: mean((m) => m.macroF1),
    aspectAccuracy: mean((m) => m.aspectAccuracy),
    perCategoryF1,
  };
}

function crossValidate(data: LabelledExample[], k: number) {
  const runs: Record<Lang, Metrics[]> = { en: [], zh: [] };
  for (let fold = 0; fold < k; fold++) {
    // A fixed interleaving keeps folds stable between runs and mixes aspects into every fold.
    const model = train(data.filter((_, i) => i % k !== fold));
    const held = byLang(data.filter((_, i) => i % k === fold));
    for (const lang of ["en", "zh"] as const) runs[lang].push(evaluate(model, held[lang]));
  }
  report(`${k}-fold cross-validation on ${data.length} training examples`, {
    en: average(runs.en),
    zh: average(runs.zh),
  });
}

function main(): number {
  const trainFile = arg("--train") ?? "data/classification/train.jsonl";
  const evalFile = arg("--eval") ?? "data/classification/eval.jsonl";
  const trainData = load(trainFile);
  const cv = arg("--cv");
  if (cv) {
    crossValidate(trainData, Number(cv));
    return 0;
  }
  const evalData = load(evalFile);
  const started = performance.now();
  const model = train(trainData);
  const ms = performance.now() - started;
  const sets = byLang(evalData);
  const results = { en: evaluate(model, sets.en), zh: evaluate(model, sets.zh) };
  console.log(
    `trained on ${trainData.length} examples in ${ms.toFixed(0)} ms; evaluating ${evalData.length} unseen texts`,
  );
  report("held-out evaluation (top-1 accuracy: top category is one of the gold categories)", results);

  if (process.argv.includes("--errors")) {
    console.log("\nmisclassified:");
    for (const ex of evalData) {
      const r = classify(model, ex.text);
      if (!ex.categories.includes(r.category)) {
        console.log(
          `  [${ex.categories.join(",")} ${ex.aspect ?? "-"}] -> ${r.category} ${r.aspect ?? "-"}  ${ex.text}`,
        );
      }
    }
  }

  let failed = false;
  for (const lang of ["zh", "en"] as const) {
    for (const [metric, floor] of Object.entries(FLOORS[lang]) as [
      keyof Metrics & keyof (typeof FLOORS)["zh"],
      number,
    ][]) {
      if (results[lang][metric] < floor) {
        console.error(`FAIL ${lang} ${metric} ${results[lang][metric].toFixed(3)} is below the floor ${floor}`);
        failed = true;
      }
    }
  }
  console.log(failed ? "\nbelow floor" : `\nall above floors (${JSON.stringify(FLOORS)})`);
  return failed ? 1 : 0;
}

process.exitCode = main();
