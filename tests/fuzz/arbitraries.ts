// Hostile inputs for the fuzzing suite (fast-check): text with NUL, lone surrogates, control and
// direction characters, SQL and markup, huge and deeply nested values, keys that poison prototypes,
// and near-valid submissions where one field at a time is wrong.
import fc from "fast-check";

const NASTY = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\ufeff",
  "\u202e\u2066",
  "\r\n\t\v\f",
  "' OR '1'='1' --",
  '\'); DROP TABLE "Response"; --',
  "<script>alert(1)</script>",
  '=HYPERLINK("http://x")',
  "../../etc/passwd",
  "%00%ff%c0%af",
  "__proto__",
  "constructor",
  "💥".repeat(2500),
  "字".repeat(4001),
  " ",
  "",
  "9".repeat(400),
  "1e309",
  "-0",
  "NaN",
];

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 10 })).map(([a, b]) => a + b) },
);

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 0, 1e308, -1e308, 2 ** 31, 0.1 + 0.2, 25, 1_000_000),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom("__proto__", "constructor", "prototype")), tie("value"), {
      maxKeys: 4,
    }),
  ),
})).value;

const uuidV4 = fc.uuid({ version: 4 });
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const wellFormedCode = (length: number) =>
  fc.array(fc.constantFrom(...CODE_ALPHABET), { minLength: length, maxLength: length }).map((a) => a.join(""));

/** A submission near a valid one: each field valid, hostile, missing or extra, independently. */
export function submissionBody(valid: {
  campaign: string;
  accessCode: fc.Arbitrary<string>;
  answers: Record<string, unknown>;
}) {
  const maybe = <T>(good: fc.Arbitrary<T>) =>
    fc.oneof(
      { weight: 3, arbitrary: good },
      { weight: 1, arbitrary: hostileValue },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
  const answerValue = (value: unknown) =>
    fc.oneof({ weight: 4, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: hostileValue });
  const answers = fc.record(Object.fromEntries(Object.entries(valid.answers).map(([k, v]) => [k, answerValue(v)])), {
    requiredKeys: [],
  });
  return fc
    .record({
      campaign: maybe(fc.constant(valid.campaign)),
      responseId: maybe(fc.oneof(uuidV4, fc.uuid())),
      accessCode: maybe(valid.accessCode),
      receiptCode: fc.oneof(fc.constant(undefined), wellFormedCode(24), hostileValue),
      answers: fc.oneof(
        { weight: 4, arbitrary: answers },
        { weight: 1, arbitrary: hostileValue },
        { weight: 1, arbitrary: fc.dictionary(hostileString, hostileValue, { maxKeys: 5 }) },
      ),
      extra: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileValue }),
    })
    .map(({ extra, ...body }) => (extra === undefined ? body : { ...body, unexpectedField: extra }));
}

/** A request body as sent on the wire: mostly JSON of a value, sometimes raw broken text. */
export function wireBody(value: fc.Arbitrary<unknown>) {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: value.map((v) => ({ text: JSON.stringify(v) ?? "null", contentType: "application/json" })),
    },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: "binary", maxLength: 200 })
        .map((text) => ({ text, contentType: "application/json" })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          "{",
          "[".repeat(5000) + "]".repeat(5000),
          '{"a":' + "1".repeat(100) + "}",
          '{"campaign":"\\ud800"}',
          '{"__proto__":{"polluted":1}}',
          "\u0000",
        )
        .map((text) => ({ text, contentType: "application/json" })),
    },
    { weight: 1, arbitrary: value.map((v) => ({ text: JSON.stringify(v) ?? "null", contentType: "text/plain" })) },
  );
}
