import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { verify as verifyArgon2 } from "@node-rs/argon2";
import { db } from "@/lib/db/client";
import { isoDate } from "@/lib/dates";
import { clientBucketKey } from "@/lib/rate-limit/client-key";
import { hit, purgeExpired, type Limit } from "@/lib/rate-limit/store";
import { splitReceiptCode } from "@/lib/access-codes/format";
import { followUpOf, type ReceiptProblem } from "@/lib/problems/receipt-follow-up";

// Receipt codes: the officer's page makes them (8-symbol lookup key + 16-symbol secret, 120 bits),
// the server keeps the key and a keyed hash, and anyone holding the code may see what became of the
// problems the response raised, nothing else.
//
// The hash is HMAC-SHA-256 under a server key (decision 013). The secret has 80 random bits, so a
// slow hash adds nothing against guessing (2^79 tries on average either way), while Argon2 cost
// every submission several milliseconds of CPU (bench:submission). Without the key a stolen
// database cannot even be tried offline. Receipts stored as Argon2id before that change are still checked as Argon2id.
const HMAC_PREFIX = "hmac-sha256:";

export function hasReceiptSecret(): boolean {
  return !!(process.env.RECEIPT_SECRET || process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET);
}

function receiptKey(): string {
  const secret = process.env.RECEIPT_SECRET || process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("Set AUTH_SECRET (or RECEIPT_SECRET): receipt codes are stored as keyed hashes.");
  return secret;
}

export function hashReceipt(key: string, secret: string): string {
  return HMAC_PREFIX + createHmac("sha256", receiptKey()).update(`receipt:${key}${secret}`).digest("hex");
}

async function receiptMatches(receiptHash: string, key: string, secret: string): Promise<boolean> {
  if (receiptHash.startsWith(HMAC_PREFIX)) {
    const expected = Buffer.from(hashReceipt(key, secret));
    const stored = Buffer.from(receiptHash);
    return stored.length === expected.length && timingSafeEqual(stored, expected);
  }
  try {
    return await verifyArgon2(receiptHash, `${key}${secret}`);
  } catch {
    return false;
  }
}

// An unknown key is checked against this, so it costs what a wrong secret costs.
const DUMMY_HASH = `${HMAC_PREFIX}${"0".repeat(64)}`;

// Look-up limits (decision 009). Each client has its own small bucket, so one client guessing
// codes uses up its own allowance and not everyone's; a larger global bucket, counted only for
// clients still within their own, caps the total look-up work. The client bucket's key is a keyed,
// hourly rotating hash of the address (lib/rate-limit/client-key.ts) and nothing about the
// receipt is stored anywhere: no per-key or per-shard row, whose window start would record when
// some receipt's holder came looking. Guessing is hopeless anyway (80-bit secret).
export const CLIENT_LIMIT: Limit = { max: 10, windowSeconds: 60, blockSeconds: 60 };
export const GLOBAL_LIMIT: Limit = { max: 600, windowSeconds: 60, blockSeconds: 60 };
const CLIENT_PREFIX = "receipt:client";

export type { ReceiptAction, ReceiptProblem } from "@/lib/problems/receipt-follow-up";
export type ReceiptView = { submittedOn: string; campaign: { name: string; nameZh: string }; questionnaire: string; answered: number; problems: ReceiptProblem[] };

export type ReceiptLookup = { ok: true; receipt: ReceiptView } | { ok: false; reason: "malformed" | "not_found" | "rate_limited"; retryAt?: string };
export type ReceiptCheck = { ok: true; responseId: string; key: string } | { ok: false; reason: "malformed" | "not_found" | "rate_limited"; retryAt?: string };

/**
 * Looks up a receipt code as typed. Unknown key and wrong secret give the same answer and timing.
 * `address` only picks the caller's rate-limit bucket (see above); it is never stored as such.
 */
export async function lookupReceipt(input: string, address = "unknown"): Promise<ReceiptLookup> {
  const checked = await verifyReceipt(input, address);
  if (!checked.ok) return checked;
  return { ok: true, receipt: await receiptView(checked.responseId) };
}

/** Checks a receipt code, rate limited like a look-up; the verdict route uses it too. */
export async function verifyReceipt(input: string, address = "unknown"): Promise<ReceiptCheck> {
  const parts = splitReceiptCode(input);
  if (!parts) return { ok: false, reason: "malformed" };
  const limited = await overLimit(address);
  if (limited) return { ok: false, reason: "rate_limited", retryAt: limited.toISOString() };
  const row = await db.response.findUnique({ where: { receiptKey: parts.key }, select: { id: true, receiptHash: true } });
  const valid = await receiptMatches(row?.receiptHash ?? DUMMY_HASH, parts.key, parts.secret);
  if (!row || !row.receiptHash || !valid) return { ok: false, reason: "not_found" };
  return { ok: true, responseId: row.id, key: parts.key };
}

/** When the caller may look up again, or null if it may now. */
async function overLimit(address: string): Promise<Date | null> {
  // Expired client buckets are deleted, so not even their hashes outlive the minute.
  await purgeExpired(CLIENT_PREFIX, CLIENT_LIMIT);
  const key = clientBucketKey(CLIENT_PREFIX, address);
  if (key) {
    const own = await hit(key, CLIENT_LIMIT);
    if (!own.allowed) return own.retryAt ?? new Date(Date.now() + CLIENT_LIMIT.blockSeconds * 1000);
  }
  const global = await hit("receipt:global", GLOBAL_LIMIT);
  return global.allowed ? null : (global.retryAt ?? new Date(Date.now() + GLOBAL_LIMIT.blockSeconds * 1000));
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
