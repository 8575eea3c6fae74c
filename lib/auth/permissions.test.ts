import { describe, expect, it } from "vitest";
import { can, isRole, PERMISSIONS, permissionsOf, ROLES } from "@/lib/auth/permissions";
import { NAV_ITEMS } from "@/lib/navigation";

describe("permissions", () => {
  it("gives research leads field work and review, not administration", () => {
    expect(can("RESEARCH_LEAD", "seminar:log")).toBe(true);
    expect(can("RESEARCH_LEAD", "paper:enter")).toBe(true);
    expect(can("RESEARCH_LEAD", "review:classify")).toBe(true);
    expect(can("RESEARCH_LEAD", "user:manage")).toBe(false);
    expect(can("RESEARCH_LEAD", "pii:read-original")).toBe(false);
    expect(can("RESEARCH_LEAD", "report:approve")).toBe(false);
    // The report is the whole bureau's; a lead reads the dashboards of the group's units instead.
    expect(can("RESEARCH_LEAD", "report:view")).toBe(false);
  });

  it("lets department heads read, comment and approve, but not change the register", () => {
    expect(can("DEPARTMENT_HEAD", "dashboard:view")).toBe(true);
    expect(can("DEPARTMENT_HEAD", "report:approve")).toBe(true);
    expect(can("DEPARTMENT_HEAD", "comment:write")).toBe(true);
    expect(can("DEPARTMENT_HEAD", "problem:manage")).toBe(false);
    expect(can("DEPARTMENT_HEAD", "seminar:log")).toBe(false);
  });

  it("gives admins everything except approving the report", () => {
    for (const permission of PERMISSIONS) {
      expect(can("ADMIN", permission)).toBe(permission !== "report:approve");
    }
  });

  it("denies everything without a role", () => {
    expect(can(null, "dashboard:view")).toBe(false);
    expect(can(undefined, "dashboard:view")).toBe(false);
  });

  it("recognises only real role names", () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(isRole("OFFICER")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it("names only known permissions in the navigation and role table", () => {
    for (const role of ROLES) for (const p of permissionsOf(role)) expect(PERMISSIONS).toContain(p);
    for (const item of NAV_ITEMS) if (item.permission) expect(PERMISSIONS).toContain(item.permission);
  });
});
