import { describe, expect, it } from "vitest";
import { actionCreateSchema, isOverdue, progressSchema } from "@/lib/actions/schemas";

const ID = "6f1c2a34-5b6c-4d7e-8f90-123456789abc";

describe("action forms", () => {
  it("call an action overdue after its due day unless it is done", () => {
    expect(isOverdue({ status: "IN_PROGRESS", dueOn: "2026-05-01" }, "2026-05-02")).toBe(true);
    expect(isOverdue({ status: "IN_PROGRESS", dueOn: "2026-05-02" }, "2026-05-02")).toBe(false);
    expect(isOverdue({ status: "DONE", dueOn: "2026-05-01" }, "2026-06-01")).toBe(false);
    expect(isOverdue({ status: "PLANNED", dueOn: null }, "2026-06-01")).toBe(false);
    expect(isOverdue({ status: "BLOCKED", dueOn: new Date("2026-05-01T00:00:00Z") }, "2026-05-02")).toBe(true);
  });

  it("publish a note only in both languages", () => {
    const base = { id: ID, version: 1, status: "DONE", body: "Done.", bodyZh: "", published: "on" };
    const refused = progressSchema.safeParse(base);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["bodyZh", "publishBothLanguages"]]);
    expect(progressSchema.safeParse({ ...base, bodyZh: "已完成。" }).success).toBe(true);
    expect(progressSchema.safeParse({ ...base, published: false }).success).toBe(true);
  });

  it("say the limit and ask for an office's name or a real date", () => {
    const base = { campaignId: ID, title: "t", titleZh: "t", owner: "office", officeName: "Logistics", dueOn: "", problemIds: ID };
    expect(actionCreateSchema.parse(base).problemIds).toEqual([ID]);
    const issues = (input: object) => actionCreateSchema.safeParse({ ...base, ...input }).error?.issues.map((i) => i.message);
    expect(issues({ title: "x".repeat(201) })).toEqual(["tooLong:200"]);
    expect(issues({ officeName: "" })).toEqual(["officeRequired"]);
    expect(issues({ dueOn: "2026-13-45" })).toEqual(["badDate"]);
    expect(issues({ owner: "someone" })).toEqual(["ownerRequired"]);
  });
});
