import { describe, expect, it } from "vitest";
import {
  ACCESS_CODE_LENGTH, BITS_PER_SYMBOL, CODE_ALPHABET, formatCode, generateAccessCode, generateReceiptCode, isUuidV4, isWellFormed,
  newResponseId, normalizeCode, randomCode, RECEIPT_CODE_LENGTH, splitReceiptCode,
} from "@/lib/access-codes/format";

describe("code alphabet", () => {
  it("has 32 distinct symbols without look-alikes", () => {
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    for (const confusable of ["0", "O", "1", "I", "l", "o", "i"]) expect(CODE_ALPHABET).not.toContain(confusable);
    expect(CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
  });

  it("maps every byte value to a symbol evenly (no modulo bias)", () => {
    const counts = new Map<string, number>();
    const code = randomCode(256, (n) => Uint8Array.from({ length: n }, (_, i) => i));
    for (const symbol of code) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    expect([...counts.values()]).toEqual(Array(32).fill(8));
  });
});

describe("access codes", () => {
  it("are 10 symbols of the alphabet, 50 bits of entropy", () => {
    for (let i = 0; i < 1000; i++) expect(isWellFormed(generateAccessCode(), ACCESS_CODE_LENGTH)).toBe(true);
    expect(ACCESS_CODE_LENGTH * BITS_PER_SYMBOL).toBe(50);
  });

  it("do not repeat and use every symbol about equally", () => {
    const codes = Array.from({ length: 50_000 }, () => generateAccessCode());
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Map<string, number>();
    for (const code of codes) for (const symbol of code) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    const expected = (codes.length * ACCESS_CODE_LENGTH) / 32;
    expect(counts.size).toBe(32);
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.05);
  });

  it("read back as typed: case, spaces and dashes do not matter", () => {
    expect(normalizeCode(" abcde-23456 ")).toBe("ABCDE23456");
    expect(normalizeCode("abc de 234 56")).toBe("ABCDE23456");
    expect(formatCode("ABCDE23456")).toBe("ABCDE-23456");
    expect(isWellFormed("ABCDE2345", ACCESS_CODE_LENGTH)).toBe(false);
    expect(isWellFormed("ABCDE23450", ACCESS_CODE_LENGTH)).toBe(false);
    expect(isWellFormed("ABCDE2345O", ACCESS_CODE_LENGTH)).toBe(false);
  });

  it("reads full-width codes as a Chinese input method types them", () => {
    expect(normalizeCode("ＴＲＹＭＥ－６５４３２")).toBe("TRYME65432");
    expect(normalizeCode("ｔｒｙｍｅ\u3000６５４３２")).toBe("TRYME65432");
    expect(normalizeCode("TRYME—65432")).toBe("TRYME65432");
    expect(normalizeCode("TRYMEー65432")).toBe("TRYME65432");
    expect(normalizeCode("TRYME−65432")).toBe("TRYME65432");
    expect(normalizeCode("ＡＢＣＤ．ＥＦＧＨ。ＪＫＬＭ")).toBe("ABCDEFGHJKLM");
    expect(isWellFormed(normalizeCode("ＴＲＹＭＥ－６５４３２"), ACCESS_CODE_LENGTH)).toBe(true);
    expect(splitReceiptCode("ＡＢＣＤ－ＥＦＧＨ－ＪＫＬＭ－ＮＰＱＲ－ＳＴＵＶ－ＷＸＹＺ")).toEqual({ key: "ABCDEFGH", secret: "JKLMNPQRSTUVWXYZ" });
  });
});

describe("receipt codes", () => {
  it("have a 40-bit lookup key and an 80-bit secret", () => {
    const code = generateReceiptCode();
    expect(code).toHaveLength(RECEIPT_CODE_LENGTH);
    const parts = splitReceiptCode(formatCode(code).toLowerCase());
    expect(parts).toEqual({ key: code.slice(0, 8), secret: code.slice(8) });
    expect(parts!.key.length * BITS_PER_SYMBOL).toBe(40);
    expect(parts!.secret.length * BITS_PER_SYMBOL).toBe(80);
    expect(formatCode(code)).toMatch(/^([A-Z2-9]{4}-){5}[A-Z2-9]{4}$/);
  });

  it("refuse anything that is not one", () => {
    expect(splitReceiptCode("ABCD")).toBeNull();
    expect(splitReceiptCode(generateAccessCode())).toBeNull();
    expect(splitReceiptCode("0".repeat(24))).toBeNull();
  });
});

describe("response ids", () => {
  it("are random version-4 UUIDs", () => {
    const ids = Array.from({ length: 1000 }, () => newResponseId());
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(isUuidV4(id)).toBe(true);
  });

  it("refuse time-ordered and malformed UUIDs", () => {
    expect(isUuidV4("018f3c2e-7b1a-7c3d-9e4f-0123456789ab")).toBe(false); // v7
    expect(isUuidV4("6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(false); // v1
    expect(isUuidV4("not-a-uuid")).toBe(false);
  });
});
