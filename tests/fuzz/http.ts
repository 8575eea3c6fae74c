// The HTTP share of the fuzzing suite: hostile inputs through the running production server (its
// proxy, body limits and headers included) into the officers' three route handlers. Same verdict
// as the in-process share (tests/integration/fuzz-*.test.ts): a success or a 4xx with a message,
// never a 5xx or a stack trace, and a refused input leaves the tables as they were.
import fc from "fast-check";
import { demoAnswers } from "../load/answers";
import { hostileString, hostileValue, submissionBody, wellFormedCode, wireBody } from "./arbitraries";
import { RowWrites } from "./row-writes";
import { badAnswer } from "./verdict";

// Unused demo codes of the Minkang Road station (README): a few fuzzed submissions may succeed.
const DEMO_CODES = [
  "TRYME-23456",
  "TRYME-34567",
  "TRYME-45678",
  "TRYME-56789",
  "TRYME-65432",
  "TRYME-76543",
  "TRYME-87654",
  "TRYME-98765",
];

export async function runHttpFuzz(options: { baseUrl: string; databaseUrl: string; runs: number }) {
  const figures = { inputs: 0, accepted: 0, refused: 0, serverErrors: 0, changed: 0, failures: [] as string[] };
  const writes = await RowWrites.open(options.databaseUrl);
  const answers = await demoAnswers(options.databaseUrl);
  const campaign = "warning-project";
  const accessCode = fc.oneof(fc.constantFrom(...DEMO_CODES), wellFormedCode(10), hostileString);
  const targets: [string, fc.Arbitrary<{ text: string; contentType: string }>][] = [
    ["/api/survey/responses", wireBody(submissionBody({ campaign, accessCode, answers }))],
    [
      "/api/survey/receipt",
      wireBody(fc.oneof(fc.record({ receiptCode: fc.oneof(wellFormedCode(24), hostileString) }), hostileValue)),
    ],
    [
      "/api/survey/codes",
      wireBody(
        fc.oneof(
          fc.record({ campaign: fc.oneof(fc.constant(campaign), hostileString), accessCode }, { requiredKeys: [] }),
          hostileValue,
        ),
      ),
    ],
  ];
  // Oversized bodies: the limits must answer 413, not fall over.
  const oversized = fc.constantFrom(0, 1).map((i) => ({
    text: JSON.stringify({ campaign, answers: { work_text: "x".repeat(i ? 300_000 : 5_000) } }),
    contentType: "application/json",
  }));
  const input = fc.oneof(
    ...targets.map(([url, arb]) => arb.map((wire) => ({ url, wire }))),
    oversized.map((wire) => ({ url: "/api/survey/responses", wire })),
  );
  try {
    for (const { url, wire } of fc.sample(input, options.runs)) {
      const before = await writes.previous();
      let status = 0;
      let text = "";
      try {
        const response = await fetch(options.baseUrl + url, {
          method: "POST",
          headers: { "content-type": wire.contentType },
          body: wire.text,
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        figures.failures.push(
          `${url} ${JSON.stringify(wire.text.slice(0, 120))}: no answer (${error instanceof Error ? error.message : error})`,
        );
        continue;
      }
      figures.inputs++;
      if (status >= 500) figures.serverErrors++;
      const problem = badAnswer(status, text);
      if (problem) figures.failures.push(`${url} ${JSON.stringify(wire.text.slice(0, 120))} -> ${problem}`);
      if (status >= 400) {
        figures.refused++;
        if ((await writes.take()) !== before) {
          figures.changed++;
          figures.failures.push(
            `${url} ${JSON.stringify(wire.text.slice(0, 120))} was refused with ${status} but changed the database`,
          );
        }
      } else {
        figures.accepted++;
        await writes.take();
      }
    }
  } finally {
    await writes.close();
  }
  return figures;
}
