import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError, ForbiddenError } from "@/lib/errors";

const requireUser = vi.fn();
vi.mock("@/lib/auth/current-user", () => ({ requireUser: (...args: unknown[]) => requireUser(...args) }));
vi.mock("@/lib/auth/scope", () => ({ scopeOf: async () => ({ kind: "units", unitIds: ["u1"] }) }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => `t:${key}` }));

const { defineAction, formDataToObject } = await import("@/lib/server-actions/define-action");

const lead = { id: "user-1", name: "Lead", email: "lead@x", role: "RESEARCH_LEAD", unitId: null };
const schema = z.object({ title: z.string().min(3, "Use at least 3 characters."), count: z.coerce.number().int() });

describe("defineAction", () => {
  beforeEach(() => {
    requireUser.mockReset();
  });

  it("checks the permission before anything else and never runs the handler without it", async () => {
    requireUser.mockImplementation(async () => {
      throw new ForbiddenError();
    });
    const run = vi.fn();
    const action = defineAction({ permission: "user:manage", schema, run });
    expect(await action({ title: "abc", count: 1 })).toEqual({ ok: false, code: "forbidden", error: "t:forbidden" });
    expect(requireUser).toHaveBeenCalledWith("user:manage");
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a signed-out caller", async () => {
    requireUser.mockImplementation(async () => {
      throw new DomainError("unauthenticated");
    });
    const run = vi.fn();
    expect(await defineAction({ permission: "seminar:log", schema, run })({})).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("returns the schema's messages per field and does not run the handler on bad input", async () => {
    requireUser.mockResolvedValue(lead);
    const run = vi.fn();
    const result = await defineAction({ permission: "seminar:log", schema, run })({ title: "x", count: "many" });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { title: ["Use at least 3 characters."] },
    });
    expect(result.ok === false && result.fieldErrors?.count).toBeTruthy();
    expect(run).not.toHaveBeenCalled();
  });

  it("passes parsed input, the user and the user's scope to the handler", async () => {
    requireUser.mockResolvedValue(lead);
    const action = defineAction({ permission: "seminar:log", schema, run: async (input, ctx) => ({ input, ctx }) });
    const form = new FormData();
    form.set("title", "Seminar");
    form.set("count", "4");
    expect(await action(form)).toEqual({
      ok: true,
      data: { input: { title: "Seminar", count: 4 }, ctx: { user: lead, scope: { kind: "units", unitIds: ["u1"] } } },
    });
  });

  it("turns domain errors into their text and hides unexpected ones behind a calm message", async () => {
    requireUser.mockResolvedValue(lead);
    const notFound = defineAction({
      permission: "seminar:log",
      schema,
      run: async () => {
        throw new DomainError("not_found");
      },
    });
    expect(await notFound({ title: "abc", count: 1 })).toEqual({ ok: false, code: "not_found", error: "t:not_found" });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = defineAction({
      permission: "seminar:log",
      schema,
      run: async () => {
        throw new Error("db down: secret detail");
      },
    });
    expect(await broken({ title: "abc", count: 1 })).toEqual({ ok: false, code: "unexpected", error: "t:unexpected" });
    expect(logged).toHaveBeenCalledOnce();
  });
});

describe("formDataToObject", () => {
  it("keeps repeated fields as lists and drops Next's action fields", () => {
    const form = new FormData();
    form.append("tags", "a");
    form.append("tags", "b");
    form.append("one", "x");
    form.append("$ACTION_ID_123", "");
    expect(formDataToObject(form)).toEqual({ tags: ["a", "b"], one: "x" });
  });
});
