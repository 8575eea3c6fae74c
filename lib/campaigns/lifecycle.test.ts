import { describe, expect, it } from "vitest";
import { acceptsSubmissions, canMove } from "@/lib/campaigns/lifecycle";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const open = { status: "ACTIVE", startsOn: d("2026-04-08"), endsOn: d("2026-04-23") };

describe("campaign lifecycle", () => {
  it("takes submissions only while open and within its dates, both ends included", () => {
    expect(acceptsSubmissions(open, d("2026-04-08"))).toBe(true);
    expect(acceptsSubmissions(open, d("2026-04-23"))).toBe(true);
    expect(acceptsSubmissions(open, d("2026-04-07"))).toBe(false);
    expect(acceptsSubmissions(open, d("2026-04-24"))).toBe(false);
    for (const status of ["DRAFT", "CLOSED", "ARCHIVED"]) expect(acceptsSubmissions({ ...open, status }, d("2026-04-10"))).toBe(false);
  });
  it("moves draft -> open -> closed -> archived, closed may reopen, nothing skips a step", () => {
    expect(canMove("DRAFT", "ACTIVE")).toBe(true);
    expect(canMove("ACTIVE", "CLOSED")).toBe(true);
    expect(canMove("CLOSED", "ACTIVE")).toBe(true);
    expect(canMove("CLOSED", "ARCHIVED")).toBe(true);
    expect(canMove("DRAFT", "ARCHIVED")).toBe(false);
    expect(canMove("ACTIVE", "DRAFT")).toBe(false);
    expect(canMove("ARCHIVED", "ACTIVE")).toBe(false);
  });
});
