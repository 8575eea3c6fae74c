// Throughput of classify() on one core over a few thousand mixed-language comments, plus the cost
// of training (what retraining from reviewer corrections costs) and of a serialise/load round trip.
//   npx tsx bench/classifier.ts [comments]
// Comments are built from the shipped example sentences, joined in pairs and triples so lengths
// vary like real answers (one clause to a short paragraph). Numbers only; nothing is asserted.

import { classify } from "../lib/classification/classify";
import { loadTrainingExamples } from "../lib/classification/default-model";
import { train } from "../lib/classification/model";
import { deserialize, serialize } from "../lib/classification/serialize";

const N = Number(process.argv[2] ?? 5000);

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const examples = loadTrainingExamples();
const random = mulberry32(42);
const pick = () => examples[Math.floor(random() * examples.length)];
const comments: string[] = [];
for (let i = 0; i < N; i++) {
  const first = pick();
  const parts = [first.text];
  const extra = Math.floor(random() * 3);
  for (let j = 0; j < extra; j++) {
    const next = pick();
    if (next.lang === first.lang) parts.push(next.text);
  }
  comments.push(parts.join(first.lang === "zh" ? "" : " "));
}
const zhShare = comments.filter((c) => /\p{Script=Han}/u.test(c)).length / N;
const avgChars = comments.reduce((s, c) => s + c.length, 0) / N;

let t = performance.now();
const model = train(examples);
const trainMs = performance.now() - t;

t = performance.now();
const json = JSON.stringify(serialize(model));
const loaded = deserialize(json);
const roundTripMs = performance.now() - t;

for (let i = 0; i < Math.min(500, N); i++) classify(loaded, comments[i]); // warm up the JIT

// Wall-clock throughput suffers when other processes share the machine; CPU time used by this
// process is the one-core figure, so both are printed.
const rounds: { wall: number; cpu: number }[] = [];
let sink = 0;
for (let r = 0; r < 5; r++) {
  t = performance.now();
  const cpu = process.cpuUsage();
  for (const c of comments) sink += classify(loaded, c).categories[0].score;
  const used = process.cpuUsage(cpu);
  rounds.push({ wall: N / ((performance.now() - t) / 1000), cpu: N / ((used.user + used.system) / 1e6) });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`comments: ${N} (${(zhShare * 100).toFixed(0)}% Chinese, ${avgChars.toFixed(0)} characters on average)`);
console.log(
  `classify: ${median(rounds.map((r) => r.wall)).toFixed(0)} comments/s wall clock, ` +
    `${median(rounds.map((r) => r.cpu)).toFixed(0)} comments per CPU-second (medians of ${rounds.length} rounds)`,
);
console.log(`train:    ${trainMs.toFixed(0)} ms for ${examples.length} examples`);
console.log(`model:    ${(json.length / 1024).toFixed(0)} KiB as JSON, serialise + load ${roundTripMs.toFixed(0)} ms`);
if (Number.isNaN(sink)) console.log(""); // keeps the loop from being optimised away
