// The authorization matrix: every page, route handler and server action of the build against every
// kind of caller, with the outcome each must get. tests/authz/run.ts calls each one over HTTP
// against a production build with the demo data and fails on any difference, and on any page,
// route or action of the build that has no row here. Adding a row is one line:
//   page("/things/[id]", "own", STAFF_SCOPED_OWN)          a page (GET)
//   route("POST", "/api/things", PUBLIC, { body: {} })      a route handler, by method
//   action("app/(staff)/things/actions.ts#saveThing", LEADS) a server action, by file#export
//
// Callers (demo accounts, README): anonymous (no cookie); ghost (a correctly signed session token
// for an account that does not exist, claiming ADMIN: proves pages and actions check the account
// themselves instead of trusting the proxy or the token); lead = lead@ (Group 1, which holds
// PS-MK); lead2 = lead2@ (Group 2, which holds PS-XM); head = branchhead@ (Nanguan Sub-bureau,
// above PS-MK, not PS-XM); admin = admin@. "own" targets are PS-MK's rows, "other" PS-XM's.
//
// Outcomes: ok (served / the permission check passed), signin (redirect to sign-in, 401 or the
// action's "unauthenticated"), forbidden (redirect to /forbidden, 403 or "forbidden"), not_found,
// home (a signed-in caller is sent on to the overview).
// Mutating actions are called with input their schema refuses ("invalid_input" proves the
// permission check passed and nothing is written); a row's `probe` input (real ids of the other
// scope) is sent only to callers expected to be refused, so no allowed call changes demo data.

export const SUBJECTS = ["anonymous", "ghost", "lead", "lead2", "head", "admin"] as const;
export type Subject = (typeof SUBJECTS)[number];
export type Outcome = "ok" | "signin" | "forbidden" | "not_found" | "home";
/** Expected outcome per caller; ghost always expects what anonymous does. */
export type Expectation = Record<Exclude<Subject, "ghost">, Outcome>;
export type Target = "any" | "own" | "other";

/** Named values the runner looks up in the demo database; `{name}` in a path or input is replaced. */
export type Fixture = "unit" | "session" | "version" | "campaign" | "evidence" | "campaignId" | "file";

export type Row =
  | { kind: "page"; path: string; target: Target; expect: Expectation; query?: string }
  | { kind: "route"; method: string; path: string; target: Target; expect: Expectation; body?: unknown; query?: string }
  | { kind: "action"; id: string; target: Target; expect: Expectation; via?: string; input?: unknown; probe?: unknown };

const e = (anonymous: Outcome, lead: Outcome, lead2: Outcome, head: Outcome, admin: Outcome): Expectation => ({
  anonymous,
  lead,
  lead2,
  head,
  admin,
});

// Common columns, in the order anonymous, lead, lead2, head, admin.
export const PUBLIC = e("ok", "ok", "ok", "ok", "ok");
export const SIGN_IN_PAGE = e("ok", "home", "home", "home", "home");
export const STAFF = e("signin", "ok", "ok", "ok", "ok");
export const LEADS = e("signin", "ok", "ok", "forbidden", "ok"); // seminar:log, paper:enter, review:classify
export const ADMIN = e("signin", "forbidden", "forbidden", "forbidden", "ok");
/** Unit-bound rows of PS-MK (Group 1, under Nanguan) and of PS-XM (Group 2, elsewhere). */
export const STAFF_OWN = e("signin", "ok", "not_found", "ok", "ok");
export const STAFF_OTHER = e("signin", "not_found", "ok", "not_found", "ok");
export const LEADS_OWN = e("signin", "ok", "not_found", "forbidden", "ok");
export const LEADS_OTHER = e("signin", "not_found", "ok", "forbidden", "ok");

const page = (path: string, expect: Expectation, target: Target = "any", query?: string): Row => ({
  kind: "page",
  path,
  target,
  expect,
  query,
});
const route = (
  method: string,
  path: string,
  expect: Expectation,
  options: { body?: unknown; query?: string; target?: Target } = {},
): Row => ({
  kind: "route",
  method,
  path,
  target: options.target ?? "any",
  expect,
  body: options.body,
  query: options.query,
});
const action = (
  id: string,
  expect: Expectation,
  options: { via?: string; input?: unknown; probe?: unknown; target?: Target } = {},
): Row => ({
  kind: "action",
  id,
  target: options.target ?? "any",
  expect,
  via: options.via,
  input: options.input,
  probe: options.probe,
});

const Q = "app/(staff)/admin/questionnaires/actions.ts#";

export const MATRIX: Row[] = [
  // Pages (GET)
  page("/signin", SIGN_IN_PAGE),
  page("/forbidden", PUBLIC),
  page("/", STAFF),
  page("/units", STAFF),
  page("/units/[id]", STAFF_OWN, "own"),
  page("/units/[id]", STAFF_OTHER, "other"),
  page("/dashboards", STAFF),
  page("/dashboards/evidence", STAFF),
  page("/report", STAFF),
  page("/seminars", LEADS),
  page("/seminars/new", LEADS),
  page("/seminars/[id]", LEADS_OWN, "own"),
  page("/seminars/[id]", LEADS_OTHER, "other"),
  page("/seminars/[id]/edit", LEADS_OWN, "own"),
  page("/seminars/[id]/edit", LEADS_OTHER, "other"),
  page("/paper", LEADS),
  page("/review", LEADS),
  page("/problems", ADMIN),
  page("/admin/campaigns", ADMIN),
  page("/admin/codes", ADMIN),
  page("/admin/users", ADMIN),
  page("/admin/questionnaires", ADMIN),
  page("/admin/questionnaires/[versionId]", ADMIN),
  page("/admin/questionnaires/[versionId]/preview", ADMIN),

  // Route handlers (officers' pages are route handlers too)
  route("GET", "/survey", PUBLIC),
  route("GET", "/survey/[campaign]", PUBLIC),
  route("GET", "/receipt", PUBLIC),
  route("GET", "/survey/assets/[file]", PUBLIC),
  route("GET", "/api/health", PUBLIC),
  route("GET", "/api/auth/[...nextauth]", PUBLIC, { query: "providers" }),
  route("POST", "/api/auth/[...nextauth]", PUBLIC, { query: "_log", body: {} }),
  route("GET", "/api/paper/template/[versionId]", LEADS),
  route("POST", "/api/survey/responses", PUBLIC, { body: {} }),
  route("POST", "/api/survey/codes", PUBLIC, { body: {} }),
  route("POST", "/api/survey/receipt", PUBLIC, { body: {} }),

  // Server actions (file#export)
  action("app/actions/locale.ts#setLocale", PUBLIC, { via: "/signin", input: "xx" }),
  action("app/(staff)/admin/codes/actions.ts#generateCodes", ADMIN),
  action("app/(staff)/admin/codes/actions.ts#setKioskOpen", ADMIN),
  action("app/(staff)/admin/codes/actions.ts#eraseStorageOrder", ADMIN),
  action(`${Q}createQuestionnaireAction`, ADMIN),
  action(`${Q}updateVersionMetaAction`, ADMIN),
  action(`${Q}addSectionAction`, ADMIN),
  action(`${Q}renameSectionAction`, ADMIN),
  action(`${Q}deleteSectionAction`, ADMIN),
  action(`${Q}moveSectionAction`, ADMIN),
  action(`${Q}addQuestionAction`, ADMIN),
  action(`${Q}updateQuestionAction`, ADMIN),
  action(`${Q}deleteQuestionAction`, ADMIN),
  action(`${Q}moveQuestionAction`, ADMIN),
  action(`${Q}addProfileQuestionAction`, ADMIN),
  action(`${Q}publishVersionAction`, ADMIN),
  action(`${Q}startNewVersionAction`, ADMIN),
  action(`${Q}retireVersionAction`, ADMIN),
  action(`${Q}deleteDraftAction`, ADMIN),
  action("app/(staff)/paper/actions.ts#enterPaperSheetAction", LEADS),
  action("app/(staff)/paper/actions.ts#enterPaperSheetAction", LEADS_OTHER, {
    target: "other",
    probe: { versionId: "{version}", unitId: "{unit}", answers: {} },
  }),
  action("app/(staff)/paper/actions.ts#importPaperFileAction", LEADS),
  action("app/(staff)/review/actions.ts#decideAction", LEADS),
  action("app/(staff)/review/actions.ts#decideAction", LEADS_OTHER, {
    target: "other",
    probe: { action: "notProblem", id: "{evidence}" },
  }),
  action("app/(staff)/review/actions.ts#bulkAcceptAction", LEADS),
  action("app/(staff)/review/actions.ts#revealOriginalAction", ADMIN),
  action("app/(staff)/seminars/actions.ts#saveSessionAction", LEADS),
  action("app/(staff)/seminars/actions.ts#deleteSessionAction", LEADS),
  action("app/(staff)/seminars/actions.ts#deleteSessionAction", LEADS_OTHER, {
    target: "other",
    probe: { sessionId: "{session}" },
  }),
  action("app/(staff)/seminars/actions.ts#suggestAction", LEADS),
];
