import { describe, expect, it } from "vitest";
import { difference } from "@/lib/audit/record";

describe("audit differences", () => {
  it("keep only the changed fields, dates as days", () => {
    expect(
      difference(
        { title: "A", status: "NEW", dueOn: new Date("2026-05-01T00:00:00Z"), same: 1 },
        { title: "B", status: "NEW", dueOn: new Date("2026-06-01T00:00:00Z"), same: 1 },
      ),
    ).toEqual({ before: { title: "A", dueOn: "2026-05-01" }, after: { title: "B", dueOn: "2026-06-01" } });
  });

  it("keep everything when an item is created or removed", () => {
    expect(difference(null, { title: "A", owner: undefined })).toEqual({ before: null, after: { title: "A", owner: null } });
  });
});
