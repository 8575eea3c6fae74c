import type { Permission } from "@/lib/auth/permissions";

// The staff navigation. Each entry names the permission its page checks, so the menu shows a role
// exactly what it may open.
// `wholeBureau`: shown only to those who see every unit (the report, decision 014).
export type NavItem = { href: string; label: string; permission: Permission | null; wholeBureau?: boolean };

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "overview", permission: null },
  { href: "/dashboards", label: "dashboards", permission: "dashboard:view" },
  { href: "/units", label: "units", permission: null },
  { href: "/visits", label: "visits", permission: "visit:keep" },
  { href: "/seminars", label: "seminars", permission: "seminar:log" },
  { href: "/paper", label: "paper", permission: "paper:enter" },
  { href: "/review", label: "review", permission: "review:classify" },
  { href: "/problems", label: "problems", permission: "problem:view" },
  { href: "/actions", label: "actions", permission: "action:view" },
  { href: "/report", label: "report", permission: "report:view", wholeBureau: true },
  { href: "/admin/campaigns", label: "campaigns", permission: "campaign:manage" },
  { href: "/admin/units", label: "organisation", permission: "unit:manage" },
  { href: "/admin/questionnaires", label: "questionnaires", permission: "questionnaire:manage" },
  { href: "/admin/codes", label: "codes", permission: "codes:issue" },
  { href: "/admin/users", label: "users", permission: "user:manage" },
  { href: "/admin/audit", label: "audit", permission: "audit:view" },
];
