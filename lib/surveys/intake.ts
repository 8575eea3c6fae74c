import "server-only";
import { db, sqlQuery, type PrismaClient } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import type { Suggestion } from "@/lib/classification/service";
import { isoDate, todayUtc } from "@/lib/dates";
import { classifyAllPendingEvidence, suggestWith } from "@/lib/classification/service";
import { currentModel } from "@/lib/classification/store-model";
import { foldWhenWaiting } from "@/lib/dashboards/pending";
import { Prisma } from "@/lib/generated/prisma/client";
import { codeState } from "@/lib/access-codes/check";
import { codeDigest } from "@/lib/access-codes/digest";
import { unlinkUsedCodesStatement } from "@/lib/access-codes/unlink";
import { checkAnswers, describeIssue, type Profile, type StoredAnswer } from "@/lib/surveys/answers";
import { ACCESS_CODE_LENGTH, isWellFormed, normalizeCode, splitReceiptCode } from "@/lib/access-codes/format";
import { cachedQuestionnaireView, surveyIntakeState } from "@/lib/surveys/queries";
import { hashReceipt } from "@/lib/surveys/receipts";
import { submissionSchema, type SubmitError, type SubmitErrorCode, type SubmitOutcome } from "@/lib/surveys/submission-api";

// Survey intake: one officer's submission from parsed JSON to a stored response (submitResponse),
// and the one statement that writes a validated response for every source, online, kiosk and
// paper (storeResponse). The request and answer shapes live in submission-api.ts, which the
// officer's page shares.
//
// One officer's submission, from parsed JSON to a stored response. Everything a person can get
// wrong is answered with a 4xx and a message per field; nothing is written unless all of it is:
// the code is consumed and the response stored in one statement.
//
// Idempotent: the page chooses the response id (and receipt code) before its first attempt and
// sends the same ones on every retry, so a response that already arrived is reported as received
// again, never stored twice, and its consumed code does not turn the retry into a refusal.

class CodeRefused extends Error {}

/** A unique constraint refused the row (PostgreSQL 23505, from `pg` or as Prisma reports it for raw SQL). */
function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Error && "code" in error && error.code === "23505") return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === "P2002" || (error.code === "P2010" && JSON.stringify(error.meta ?? {}).includes("23505"));
}

function fail(
  httpStatus: Exclude<SubmitOutcome["httpStatus"], 200 | 201>,
  error: SubmitErrorCode,
  message: string,
  fields?: Record<string, string>,
): SubmitOutcome {
  const body: SubmitError = { error, message };
  if (fields) body.fields = fields;
  return { httpStatus, body };
}

const received = (responseId: string, repeat: boolean): SubmitOutcome => ({
  httpStatus: repeat ? 200 : 201,
  body: { status: "received", responseId, repeat },
});

async function alreadyReceived(responseId: string, campaignId: string): Promise<SubmitOutcome | null> {
  const existing = await db.response.findUnique({ where: { id: responseId }, select: { campaignId: true } });
  if (!existing) return null;
  if (existing.campaignId !== campaignId) {
    return fail(409, "response_id_taken", "This response id is already used. Make a new random id.", {
      responseId: "Already used.",
    });
  }
  return received(responseId, true);
}

/** The classifier's suggestion for each distinct free text of a response, or null without a model. */
async function suggestionsFor(answers: StoredAnswer[], newest: number | null): Promise<Suggestions | null> {
  const texts = [...new Set(answers.map((a) => a.textValue).filter((t): t is string => !!t))];
  if (texts.length === 0) return { modelVersion: "", byText: new Map() };
  // No model stored yet (a fresh installation): training one takes seconds, so not while an
  // officer waits; the sweep after the answer trains it and classifies these texts.
  if (newest === null) return null;
  try {
    const loaded = await currentModel(db, newest);
    return { modelVersion: String(loaded.version), byText: new Map(texts.map((t) => [t, suggestWith(loaded, t)])) };
  } catch (error) {
    console.error("survey: no classifier model for new answers:", error instanceof Error ? error.name : typeof error);
    return null;
  }
}

/**
 * `defer` runs follow-up work after the answer is sent (the route passes Next's `after`); by
 * default it is awaited in place.
 */
export async function submitResponse(
  raw: unknown,
  options: { defer?: (task: () => Promise<void>) => void } = {},
): Promise<SubmitOutcome> {
  const parsed = submissionSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "_body");
      fields[key] ??= issue.message;
    }
    return fail(400, "invalid_input", "Some fields of the submission need attention.", fields);
  }
  const input = parsed.data;

  const { found, modelVersion } = await surveyIntakeState(input.campaign);
  if (found.state === "closed") {
    // Checked here, on the server's only way in, so no page or intake tool can answer late.
    return fail(410, "campaign_closed", "This survey is closed and takes no more answers.", {
      campaign: "The survey is closed.",
    });
  }
  const campaign = found.state === "open" ? found.campaign : null;
  if (!campaign?.versionId) {
    return fail(404, "campaign_not_found", "There is no open survey with this name.", {
      campaign: "No open survey has this name.",
    });
  }
  // A repeat of a response that already arrived is recognised where the first attempt left its
  // mark (a used code, a taken id) or where the answers no longer fit (a newer version was
  // published meanwhile), so the common first attempt pays no extra query.
  const view = await cachedQuestionnaireView(campaign.versionId);
  if (!view)
    return fail(404, "campaign_not_found", "This survey has no questionnaire yet.", {
      campaign: "No questionnaire is published.",
    });
  const check = checkAnswers(view, input.answers);
  if (!check.ok) {
    const repeat = await alreadyReceived(input.responseId, campaign.id);
    if (repeat) return repeat;
    const fields: Record<string, string> = {};
    for (const issue of check.issues) fields[`answers.${issue.key}`] ??= describeIssue(issue);
    return {
      httpStatus: 422,
      body: { error: "invalid_answers", message: "Some answers need attention.", fields, issues: check.issues },
    };
  }

  let digest: string | null = null;
  if (input.accessCode !== undefined) {
    const code = normalizeCode(input.accessCode);
    if (!isWellFormed(code, ACCESS_CODE_LENGTH)) {
      return (
        (await alreadyReceived(input.responseId, campaign.id)) ??
        fail(403, "code_not_valid", "This access code is not valid for this survey.", {
          accessCode: "Not a valid access code.",
        })
      );
    }
    digest = codeDigest(code);
  } else if (!campaign.kioskOpen) {
    return (
      (await alreadyReceived(input.responseId, campaign.id)) ??
      fail(400, "code_required", "This survey needs the access code from your slip.", {
        accessCode: "Enter the code from your slip.",
      })
    );
  }

  let receipt: { key: string; hash: string } | null = null;
  if (input.receiptCode !== undefined) {
    const parts = splitReceiptCode(input.receiptCode);
    if (!parts)
      return fail(400, "receipt_not_valid", "The receipt code is malformed.", {
        receiptCode: "Use 24 symbols of the code alphabet.",
      });
    receipt = { key: parts.key, hash: hashReceipt(parts.key, parts.secret) };
  }

  // The review queue shows each free-text answer with the classifier's suggestion: made here, for
  // this response's texts only, and written with them (no later rewrite of the rows). Without a
  // model (none loadable) the texts are stored unclassified and swept up after the answer.
  const suggestions = await suggestionsFor(check.answers, modelVersion);

  try {
    const { stored, batchId } = await storeResponse(
      "pool",
      {
        responseId: input.responseId,
        campaignId: campaign.id,
        versionId: view.versionId,
        source: digest ? "ONLINE" : "KIOSK",
        answers: check.answers,
        profile: check.profile,
        receipt,
        suggestions,
      },
      digest ? { accessCode: { digest } } : { unitId: null },
    );
    if (!stored) throw new CodeRefused();
    // After the answer: unlink the used code, then count waiting responses into the dashboards once
    // enough wait (a dashboard read counts the rest first, so it always sees every response).
    // One round trip, one transaction: unlinking and counting hold no lock the other waits for.
    const followUp = async () => {
      const unlink = batchId ? Prisma.sql`WITH unlinked AS (${unlinkUsedCodesStatement(batchId)} RETURNING 1)` : Prisma.empty;
      await sqlQuery(Prisma.sql`${unlink} SELECT (${foldWhenWaiting})::text AS "folded"`).catch(() =>
        // Only that it happened: a database error's message can quote values of the submission.
        console.warn("survey: used codes not rewritten or responses not counted yet; the batch's next submission and the next dashboard read will"),
      );
      if (!suggestions)
        await classifyAllPendingEvidence().catch((error) => console.error("survey: classifying new answers failed:", error));
    };
    try {
      if (!options.defer) throw new Error("no deferral");
      options.defer(followUp);
    } catch {
      await followUp(); // no request scope to defer to (e.g. called from a test or a script)
    }
    return received(input.responseId, false);
  } catch (error) {
    // A concurrent twin of this very submission (a retry racing the first attempt) may have won.
    const twin = await alreadyReceived(input.responseId, campaign.id);
    if (twin) return twin;
    if (error instanceof CodeRefused) {
      return (await codeState(campaign.id, digest!)) === "used"
        ? fail(409, "code_used", "This access code has already been used.", { accessCode: "Already used." })
        : fail(403, "code_not_valid", "This access code is not valid for this survey.", {
            accessCode: "Not a valid access code.",
          });
    }
    if (isUniqueViolation(error)) {
      // The only other unique value the submitter chose: the receipt's lookup key.
      return fail(409, "receipt_taken", "Make a new receipt code and send again.", { receiptCode: "Already taken." });
    }
    throw error;
  }
}

// ---------- writing a validated response ----------

export type Submission = {
  /** UUIDv4, chosen by the submitting client so that a retry is recognised, or by the server. */
  responseId: string;
  campaignId: string;
  versionId: string;
  source: "ONLINE" | "KIOSK" | "PAPER";
  answers: StoredAnswer[];
  profile: Profile;
  receipt: { key: string; hash: string } | null;
  /** Classifier suggestions for the free texts, written into their evidence items; absent: none yet. */
  suggestions?: Suggestions | null;
};

export type Suggestions = { modelVersion: string; byText: Map<string, Suggestion> };

/** Where a response comes from: a unit chosen by a research lead, a kiosk, or an access code. */
export type Origin = { unitId: string | null } | { accessCode: { digest: string } };

/**
 * Writes one validated response in a single statement (atomic on its own, one round trip): the
 * access code consumed if there is one, the response (dated, never timed), its answers, and an
 * evidence item for every free-text answer so it can be reviewed. Returns the consumed code's
 * batch, or `stored: false` when the code was not an unused code of this campaign (then nothing
 * is written). The trust contract lives here: nothing about the sender is passed in, so nothing
 * can be stored. `client` "pool": straight through the primary's pool (the officer's submission,
 * decision 013); a transaction or client: through Prisma (paper entry, tests).
 */
export async function storeResponse(
  client: Tx | PrismaClient | "pool",
  s: Submission,
  origin: Origin,
): Promise<{ stored: boolean; batchId: string | null }> {
  // Answers go in as one JSON parameter: PostgreSQL rather than the ORM unpacks the rows. The
  // statements are survey_store_response's (prisma/sql/survey.sql), planned once per connection.
  const suggested = s.suggestions;
  const answers = JSON.stringify(
    s.answers.map((a) => {
      const hint = a.textValue ? suggested?.byText.get(a.textValue) : undefined;
      return { q: a.questionId, n: a.numberValue, t: a.textValue, c: a.choices, ...(hint ? { s: { p: hint.piiSpans, r: hint.ranked, a: hint.aspect, w: hint.words } } : {}) };
    }),
  );
  const code = "accessCode" in origin ? origin.accessCode.digest : null;
  const unitId = "accessCode" in origin ? null : origin.unitId;
  const statement = Prisma.sql`
    SELECT batch_id AS "batchId", stored FROM survey_store_response(
      ${answers}::jsonb, ${s.responseId}::uuid, ${s.campaignId}::text, ${s.versionId}::text, ${s.source}::text, ${isoDate(todayUtc())}::date,
      ${s.profile.roleLevel}::text, ${s.profile.serviceYears}::text, ${s.profile.ageBand}::text, ${s.receipt?.key ?? null}::text, ${s.receipt?.hash ?? null}::text,
      ${code}::text, ${unitId}::text, ${suggested?.modelVersion ?? null}::text)`;
  type Row = { batchId: string | null; stored: number };
  const [row] = client === "pool" ? await sqlQuery<Row>(statement) : await client.$queryRaw<Row[]>(statement);
  return { stored: row.stored === 1, batchId: row.batchId };
}
