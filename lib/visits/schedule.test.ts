import { describe, expect, it } from "vitest";
import { campaignMonths, groupProgress, monthWeeks, visitState } from "@/lib/visits/schedule";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("visit schedule", () => {
  it("marks a planned visit whose day has passed as overdue, not a held one", () => {
    const today = d("2026-04-10");
    expect(visitState({ visitOn: d("2026-04-09"), heldOn: null }, today)).toBe("overdue");
    expect(visitState({ visitOn: d("2026-04-10"), heldOn: null }, today)).toBe("planned");
    expect(visitState({ visitOn: d("2026-04-09"), heldOn: d("2026-04-09") }, today)).toBe("held");
    expect(visitState({ visitOn: null, heldOn: null }, today)).toBe("unplanned");
  });
  it("counts units visited against units assigned", () => {
    expect(groupProgress([{ heldOn: d("2026-04-09") }, { heldOn: null }, { heldOn: null }])).toEqual({ visited: 1, planned: 3 });
  });
  it("lays a month out in Monday-first weeks", () => {
    const weeks = monthWeeks(d("2026-04-15")); // April 1, 2026 is a Wednesday
    expect(weeks[0]).toEqual([null, null, "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05"]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(campaignMonths(d("2026-04-08"), d("2026-05-02")).map((m) => m.toISOString().slice(0, 7))).toEqual(["2026-04", "2026-05"]);
  });
});
