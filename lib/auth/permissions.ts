// Permission names shared by server checks and the UI that shows or hides a control.
// Pure module: imported by client components too.

export const ROLES = ["RESEARCH_LEAD", "DEPARTMENT_HEAD", "ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];

export const PERMISSIONS = [
  "dashboard:view",
  "seminar:log",
  "paper:enter",
  "review:classify",
  "comment:write",
  "report:view",
  "report:approve",
  "report:generate",
  "problem:manage",
  "problem:view",
  "action:manage",
  "action:view",
  "action:progress",
  "campaign:manage",
  "questionnaire:manage",
  "codes:issue",
  "unit:manage",
  "user:manage",
  "pii:read-original",
  "audit:view",
  // Every staff member picks the campaign their pages show (the header's switcher).
  "campaign:switch",
  // Leads keep their groups' visit schedules current (mark held, move); admins plan every group's.
  "visit:keep",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<RoleName, readonly Permission[]> = {
  // Any staff member may own an action: "action:progress" lets them update their OWN actions only
  // (lib/actions/mutations checks the owner); "action:manage" is the admins' edit of any action.
  // No report:view: the report is the whole bureau's (docs/decisions/014-who-reads-the-report.md).
  RESEARCH_LEAD: ["dashboard:view", "seminar:log", "paper:enter", "review:classify", "action:view", "action:progress", "campaign:switch", "visit:keep"],
  DEPARTMENT_HEAD: [
    "dashboard:view",
    "comment:write",
    "report:view",
    "report:approve",
    "problem:view",
    "action:view",
    "action:progress",
    "campaign:switch",
  ],
  // Approving the report is the department heads' act, not the administrators'.
  ADMIN: PERMISSIONS.filter((p) => p !== "report:approve"),
};

export function can(role: RoleName | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: RoleName): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function isRole(value: unknown): value is RoleName {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
