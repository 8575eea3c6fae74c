import "server-only";
import { createHash } from "node:crypto";
import { db, type PrismaClient } from "@/lib/db/client";
import type { Tx } from "@/lib/db/types";
import { deserialize, serialize } from "@/lib/classification/serialize";
import { loadTrainingExamples, trainWithCorrections } from "@/lib/classification/default-model";
import { getAspect, isCategory } from "@/lib/classification/taxonomy";
import { mask, type PiiSpan } from "@/lib/classification/pii";
import type { Example, Model } from "@/lib/classification/model";
import { parseSpans } from "@/lib/review/rules";

// The classifier the app uses lives in PostgreSQL (ClassifierModel, newest version wins), so every
// instance classifies alike. An instance keeps the deserialised model in memory only together with
// its version and checks the version on every use: a newer row written by any instance replaces it.
// docs/decisions/004-classification-in-the-app.md explains the choices.

type Client = PrismaClient | Tx;
export type LoadedModel = { version: number; model: Model };
export type LearnResult = { version: number; trained: boolean };

/** Old versions are kept for a while (a reviewer's page may name one), then removed: each is ~1 MB. */
const KEEP_VERSIONS = 5;
/** pg_advisory_xact_lock key that serialises writers of ClassifierModel across instances. */
const LOCK_KEY = 4_004_2026;

let shipped: { examples: Example[]; digest: string } | undefined;
function shippedExamples() {
  if (!shipped) {
    const examples = loadTrainingExamples().map(({ text, categories, aspect }) => ({ text, categories, aspect }));
    shipped = { examples, digest: sha256(JSON.stringify(examples)) };
  }
  return shipped;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Reviewers' labels to learn from: every accepted or corrected evidence item, in any campaign.
 * The model learns from the masked text, never the original: its stored features must not carry
 * a name or phone number. Aspects the engine does not know (added by an administrator) train the
 * categories only.
 */
async function loadCorrections(client: Client = db): Promise<{ examples: Example[]; digest: string }> {
  const rows = await client.evidenceItem.findMany({
    where: { status: { in: ["ACCEPTED", "CORRECTED"] } },
    select: { id: true, text: true, maskedText: true, piiSpans: true, categories: true, aspectCode: true },
    orderBy: { id: "asc" },
  });
  const examples: Example[] = [];
  const lines: string[] = [shippedExamples().digest];
  for (const row of rows) {
    const categories = row.categories.filter(isCategory);
    if (categories.length === 0) continue;
    const text = row.maskedText ?? maskedForTraining(row.text, parseSpans(row.piiSpans));
    const aspect = row.aspectCode && getAspect(row.aspectCode) ? row.aspectCode : null;
    examples.push({ text, categories, aspect });
    lines.push(JSON.stringify([row.id, text, [...categories].sort(), aspect]));
  }
  return { examples, digest: sha256(lines.join("\n")) };
}

function maskedForTraining(text: string, spans: PiiSpan[]): string {
  return spans.length > 0 ? mask(text, spans) : text;
}

async function latest(client: Client): Promise<{ version: number; digest: string | null } | null> {
  const rows = await client.$queryRaw<{ version: number; digest: string | null }[]>`
    SELECT version, model->>'trainingDigest' AS digest FROM "ClassifierModel" ORDER BY version DESC LIMIT 1`;
  return rows[0] ?? null;
}

let cached: LoadedModel | undefined;
let loading: { version: number; promise: Promise<LoadedModel> } | undefined;

/**
 * The newest stored model; trains and stores the first one when the table is empty. `newest`: the
 * newest version as the caller just read it (saves the query).
 */
export async function currentModel(client: PrismaClient = db, newest?: number | null): Promise<LoadedModel> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const top =
      attempt === 0 && typeof newest === "number"
        ? { version: newest }
        : await client.classifierModel.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
    if (!top) {
      await learnFromReviews(client);
      continue;
    }
    if (cached?.version === top.version) return cached;
    if (loading?.version !== top.version) {
      const version = top.version;
      const promise = (async () => {
        const row = await client.classifierModel.findUnique({ where: { version }, select: { model: true } });
        if (!row) throw new Error(`Classifier model ${version} was removed while loading`);
        const loaded = { version, model: deserialize(row.model) };
        if (!cached || cached.version < version) cached = loaded;
        return loaded;
      })();
      loading = { version, promise };
      promise.catch(() => undefined).finally(() => {
        if (loading?.promise === promise) loading = undefined;
      });
    }
    try {
      return await loading!.promise;
    } catch {
      // pruned by a newer version in the meantime: read the newest again
    }
  }
  throw new Error("No classifier model could be loaded");
}

let running: Promise<LearnResult> | undefined;
let queued: Promise<LearnResult> | undefined;

/**
 * Retrains on the shipped examples plus every reviewer label and stores the result as a new
 * version, unless the newest stored model was trained on exactly these labels already. Calls
 * while a run is in progress share one follow-up run: that run reads the labels after their
 * decisions were committed, and a burst of decisions costs two trainings, not one each.
 */
export function learnFromReviews(client: PrismaClient = db): Promise<LearnResult> {
  if (!running) return start(client);
  queued ??= running.then(
    () => start(client),
    () => start(client),
  );
  return queued;
}

function start(client: PrismaClient): Promise<LearnResult> {
  queued = undefined;
  const run = learnOnce(client).finally(() => {
    if (running === run) running = undefined;
  });
  running = run;
  return run;
}

async function learnOnce(client: PrismaClient): Promise<LearnResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { examples, digest } = await loadCorrections(client);
    const top = await latest(client);
    if (top && top.digest === digest) return { version: top.version, trained: false };
    // Training takes about a second of CPU: done outside any transaction, so no connection waits.
    const base = shippedExamples();
    const json = { ...serialize(trainWithCorrections(base.examples, examples)), trainingDigest: digest };
    const stored = await client.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY}::bigint)`;
        // Labels changed while training: this model is already stale, train again.
        if ((await loadCorrections(tx)).digest !== digest) return null;
        const now = await latest(tx);
        if (now && now.digest === digest) return { version: now.version, trained: false };
        const version = (now?.version ?? 0) + 1;
        await tx.classifierModel.create({ data: { version, examples: base.examples.length, corrections: examples.length, model: json } });
        await tx.classifierModel.deleteMany({ where: { version: { lte: version - KEEP_VERSIONS } } });
        return { version, trained: true };
      },
      { timeout: 60_000, maxWait: 20_000 },
    );
    if (stored) return stored;
  }
  throw new Error("Reviewer labels kept changing while the classifier was retrained");
}
