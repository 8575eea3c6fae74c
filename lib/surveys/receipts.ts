import "server-only";
import { createHash } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import { hit, type Limit } from "@/lib/rate-limit/store";
import { splitReceiptCode } from "@/lib/surveys/codes";
import { followUpOf, type ReceiptProblem } from "@/lib/problems/receipt-follow-up";

// Receipt codes: the officer's page makes them (8-symbol lookup key + 16-symbol secret, 120 bits),
// the server keeps the key and an Argon2id hash, and anyone holding the code may see what became
// of the problems the response raised, nothing else.
//
// Argon2 is tuned light: the secret has 80 random bits, so guessing it is hopeless at any hash
// cost, whereas a password-grade setting (19 MiB, 2 passes) would make the submission path wait
// on hashing. Argon2id is kept so every stored secret has one format.
const RECEIPT_HASH = { memoryCost: 4096, timeCost: 1, parallelism: 1 } as const;

export function hashReceipt(key: string, secret: string): Promise<string> {
  return hash(`${key}${secret}`, RECEIPT_HASH);
}

async function receiptMatches(receiptHash: string, key: string, secret: string): Promise<boolean> {
  try {
    return await verify(receiptHash, `${key}${secret}`);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashReceipt("XXXXXXXX", "not-a-receipt-secret"));

// Look-up limits. Not by address: an address identifies a station or a phone, and a row tying it
// to a receipt (hence a response) would be exactly the link the survey promises not to keep.
// Not by exact receipt key either: a row per key with its window's start time would record when
// that response's holder came looking. Instead a key falls into one of 64 shards (a hash of the
// key), each shared by many receipts: a burst of guesses against one key slows its shard, and a
// global bucket caps the total work (every look-up costs an Argon2 verification). Guessing is
// hopeless anyway (80-bit secret); the limits protect the server and keep the shards coarse.
export const RECEIPT_SHARDS = 64;
export const SHARD_LIMIT: Limit = { max: 20, windowSeconds: 10 * 60, blockSeconds: 10 * 60 };
export const GLOBAL_LIMIT: Limit = { max: 300, windowSeconds: 60, blockSeconds: 60 };

export function receiptShard(key: string): number {
  return createHash("sha256").update(`receipt-shard:${key}`).digest()[0] % RECEIPT_SHARDS;
}

export type { ReceiptAction, ReceiptProblem } from "@/lib/problems/receipt-follow-up";
export type ReceiptView = { submittedOn: string; campaign: { name: string; nameZh: string }; questionnaire: string; answered: number; problems: ReceiptProblem[] };

export type ReceiptLookup = { ok: true; receipt: ReceiptView } | { ok: false; reason: "malformed" | "not_found" | "rate_limited"; retryAt?: string };
export type ReceiptCheck = { ok: true; responseId: string; key: string } | { ok: false; reason: "malformed" | "not_found" | "rate_limited"; retryAt?: string };

/** Looks up a receipt code as typed. Unknown key and wrong secret give the same answer and timing. */
export async function lookupReceipt(input: string): Promise<ReceiptLookup> {
  const checked = await verifyReceipt(input);
  if (!checked.ok) return checked;
  return { ok: true, receipt: await receiptView(checked.responseId) };
}

/** Checks a receipt code (rate limited like a look-up); the verdict route uses it too. */
export async function verifyReceipt(input: string): Promise<ReceiptCheck> {
  const parts = splitReceiptCode(input);
  if (!parts) return { ok: false, reason: "malformed" };
  const [global, shard] = await Promise.all([hit("receipt:global", GLOBAL_LIMIT), hit(`receipt:shard:${receiptShard(parts.key)}`, SHARD_LIMIT)]);
  if (!global.allowed || !shard.allowed) {
    const retryAt = [global.retryAt, shard.retryAt].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0];
    return { ok: false, reason: "rate_limited", retryAt: retryAt?.toISOString() };
  }
  const row = await db.response.findUnique({ where: { receiptKey: parts.key }, select: { id: true, receiptHash: true } });
  const valid = await receiptMatches(row?.receiptHash ?? (await dummyHash()), parts.key, parts.secret);
  if (!row || !row.receiptHash || !valid) return { ok: false, reason: "not_found" };
  return { ok: true, responseId: row.id, key: parts.key };
}

async function receiptView(responseId: string): Promise<ReceiptView> {
  const response = await db.response.findUniqueOrThrow({
    where: { id: responseId },
    select: {
      submittedOn: true,
      receiptKey: true,
      campaign: { select: { name: true, nameZh: true } },
      version: { select: { title: true } },
      _count: { select: { answers: true } },
    },
  });
  return {
    submittedOn: isoDate(response.submittedOn),
    campaign: response.campaign,
    questionnaire: response.version.title,
    answered: response._count.answers,
    problems: await followUpOf(responseId, response.receiptKey),
  };
}
