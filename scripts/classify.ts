// Classifies JSON Lines from stdin: each input line {"id", "text"} gives exactly one output line
//   {"id","category","categories":[{"category","score"}...],"aspect","evidence":[...]}
// in the same order. Blank input lines are skipped (they are not inputs).
// A malformed input line gives {"id": <its id, or null>, "error": "..."} in its place on stdout, so
// output line n still answers input n; the error is also written to stderr and the process exits
// with code 1 once all input is processed. Diagnostics go to stderr only.
//   npm run --silent classify < comments.jsonl
//   npm run --silent classify -- --model model.json < comments.jsonl   # a serialised model

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { classify } from "../lib/classification/classify";
import { loadDefaultModel } from "../lib/classification/default-model";
import type { Model } from "../lib/classification/model";
import { deserialize } from "../lib/classification/serialize";

function loadModel(): Model {
  const i = process.argv.indexOf("--model");
  return i >= 0 ? deserialize(readFileSync(process.argv[i + 1], "utf8")) : loadDefaultModel();
}

type Id = string | number | null;

function answer(model: Model, line: string): { out: object; error?: string } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { out: { id: null, error: "not valid JSON" }, error: "not valid JSON" };
  }
  const obj = (typeof input === "object" && input !== null && !Array.isArray(input) ? input : {}) as Record<
    string,
    unknown
  >;
  const id: Id = typeof obj.id === "string" || typeof obj.id === "number" ? obj.id : null;
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { out: { id, error: "expected a JSON object" }, error: "expected a JSON object" };
  }
  if (typeof obj.text !== "string") {
    return { out: { id, error: '"text" must be a string' }, error: '"text" must be a string' };
  }
  const r = classify(model, obj.text);
  return {
    out: { id, category: r.category, categories: r.categories, aspect: r.aspect, evidence: r.evidence },
  };
}

async function main() {
  let model: Model;
  try {
    model = loadModel();
  } catch (e) {
    process.stderr.write(`classify: cannot load the model: ${(e as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  let lineNo = 0;
  let errors = 0;
  let buffer = "";
  const flush = async () => {
    if (buffer && !process.stdout.write(buffer)) await new Promise((r) => process.stdout.once("drain", r));
    buffer = "";
  };
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === "") continue;
    const { out, error } = answer(model, line);
    if (error) {
      errors++;
      process.stderr.write(`classify: line ${lineNo}: ${error}\n`);
    }
    buffer += JSON.stringify(out) + "\n";
    if (buffer.length > 1 << 16) await flush();
  }
  await flush();
  if (errors > 0) {
    process.stderr.write(`classify: ${errors} malformed line(s)\n`);
    process.exitCode = 1;
  }
}

void main();
