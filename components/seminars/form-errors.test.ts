import { describe, expect, it } from "vitest";
import { errorsAfterEdit } from "@/components/seminars/form-errors";
import type { SessionInput } from "@/lib/seminars/schemas";

const valid: SessionInput = {
  sessionId: null,
  campaignId: "00000000-0000-4000-8000-000000000001",
  unitId: "00000000-0000-4000-8000-000000000002",
  kind: "SEMINAR",
  heldOn: "2026-05-01",
  participants: { leader: 1, section_chief: 0, instructor: 0, officer: 5 },
  notes: "",
  findings: [],
};

describe("errors after an edit", () => {
  it("drops the error of a field once it is fixed", () => {
    const broken = { ...valid, unitId: "" };
    expect(errorsAfterEdit({ unitId: "unitRequired" }, broken, valid)).toEqual({});
  });

  it("keeps an error the edit did not fix", () => {
    const broken = { ...valid, unitId: "", participants: { leader: 0, section_chief: 0, instructor: 0, officer: 0 } };
    const edited = { ...broken, unitId: valid.unitId };
    expect(errorsAfterEdit({ unitId: "unitRequired", participants: "participantsRequired" }, broken, edited)).toEqual({ participants: "participantsRequired" });
  });

  it("keeps a server check's error until its field changes", () => {
    const errors = { heldOn: "dateOutsideCampaign" };
    expect(errorsAfterEdit(errors, valid, { ...valid, notes: "more" })).toEqual(errors);
    expect(errorsAfterEdit(errors, valid, { ...valid, heldOn: "2026-05-02" })).toEqual({});
  });
});
