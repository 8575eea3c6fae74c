// Access codes and receipt codes: what they look like, how they are made and read back.
// Pure and dependency-free: the officer's page generates receipt codes and response ids with it,
// the server generates access codes with it.
//
// One alphabet for both: capitals and digits without the look-alikes 0/O and 1/I (and no lower
// case, so l never appears; typed lower case is read as upper case). 32 symbols = 5 bits each, and
// a random byte masked to 5 bits picks one without bias (256 is a multiple of 32).
export const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Access codes: 10 symbols = 50 bits, typed from a paper slip as XXXXX-XXXXX. */
export const ACCESS_CODE_LENGTH = 10;
/** Receipt codes: an 8-symbol lookup key (40 bits) and a 16-symbol secret (80 bits). */
const RECEIPT_KEY_LENGTH = 8;
const RECEIPT_SECRET_LENGTH = 16;
export const RECEIPT_CODE_LENGTH = RECEIPT_KEY_LENGTH + RECEIPT_SECRET_LENGTH;

export const BITS_PER_SYMBOL = Math.log2(CODE_ALPHABET.length);

type RandomBytes = (length: number) => Uint8Array;

// `crypto`, not `globalThis.crypto`: the officers' script runs on Chrome 61 / Safari 11, which have
// no globalThis; Node (20+) and every browser have a global `crypto`.
const cryptoBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/** `length` symbols from the code alphabet, from a cryptographic random source. */
export function randomCode(length: number, randomBytes: RandomBytes = cryptoBytes): string {
  const bytes = randomBytes(length);
  let code = "";
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[bytes[i] & 31];
  return code;
}

/**
 * What a person typed, as the canonical code: upper case, without spaces, dashes or dots.
 * A Chinese input method types full-width forms (ＴＲＹＭＥ－６５４３２, ideographic space): NFKC
 * folds them to ASCII, and the dashes and dots it leaves (‐ − ー 。 · ・) are dropped like "-".
 */
export function normalizeCode(input: string): string {
  return input.normalize("NFKC").toUpperCase().replace(/[\s\-‐‑‒–—―−ー_.。·・]/g, "");
}

export function isWellFormed(normalized: string, length: number): boolean {
  if (normalized.length !== length) return false;
  for (const symbol of normalized) if (!CODE_ALPHABET.includes(symbol)) return false;
  return true;
}

/** Groups a canonical code for reading aloud and typing: "ABCDE-FGHJK". */
export function formatCode(normalized: string, group = normalized.length === ACCESS_CODE_LENGTH ? 5 : 4): string {
  const parts: string[] = [];
  for (let i = 0; i < normalized.length; i += group) parts.push(normalized.slice(i, i + group));
  return parts.join("-");
}

export function generateAccessCode(randomBytes?: RandomBytes): string {
  return randomCode(ACCESS_CODE_LENGTH, randomBytes);
}

/** A receipt code made by the officer's own page before the first submission attempt. */
export function generateReceiptCode(randomBytes?: RandomBytes): string {
  return randomCode(RECEIPT_CODE_LENGTH, randomBytes);
}

/** The lookup key and the secret of a receipt code as typed, or null when it cannot be one. */
export function splitReceiptCode(input: string): { key: string; secret: string } | null {
  const code = normalizeCode(input);
  if (!isWellFormed(code, RECEIPT_CODE_LENGTH)) return null;
  return { key: code.slice(0, RECEIPT_KEY_LENGTH), secret: code.slice(RECEIPT_KEY_LENGTH) };
}

/**
 * A random UUIDv4 for a new response. Not crypto.randomUUID(): browsers offer that only on HTTPS
 * or localhost, and a station's intranet address may be plain HTTP; getRandomValues works anywhere.
 */
export function newResponseId(randomBytes: RandomBytes = cryptoBytes): string {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Only random (version 4) UUIDs: a time-ordered id (v1, v6, v7) would reveal submission order. */
export function isUuidV4(value: string): boolean {
  return UUID_V4.test(value);
}
