// The authorization matrix: every page, route handler and server action of the build against every
// kind of caller, with the outcome each must get. tests/authz/run.ts calls each one over HTTP
// against a production build with the demo data and fails on any difference, and on any page,
// route or action of the build that has no row here. Adding a row is one line:
//   page("/things/[id]", "own", STAFF_SCOPED_OWN)          a page (GET)
//   route("POST", "/api/things", PUBLIC, { body: {} })      a route handler, by method
//   action("app/(staff)/things/actions.ts#saveThing", LEADS) a server action, by file#export
//   actions("app/(staff)/things/actions.ts", LEADS, ["saveThing", "dropThing"])  several of a file
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
type Expectation = Record<Exclude<Subject, "ghost">, Outcome>;
export type Target = "any" | "own" | "other";

/** Named values the runner looks up in the demo database; `{name}` in a path or input is replaced. */
export type Fixture = "unit" | "session" | "version" | "campaign" | "evidence" | "campaignId" | "file" | "sheetId";

export type Row =
  | { kind: "page"; path: string; target: Target; expect: Expectation; query?: string }
  | { kind: "route"; method: string; path: string; target: Target; expect: Expectation; body?: unknown; query?: string }
  | { kind: "action"; id: string; target: Target; expect: Expectation; via?: string; input?: unknown; probe?: unknown };

const e = (anonymous: Outcome, lead: Outcome, lead2: Outcome, head: Outcome, admin: Outcome): Expectation => {
  return { anonymous, lead, lead2, head, admin };
};

// Common columns, in the order anonymous, lead, lead2, head, admin.
export const PUBLIC = e("ok", "ok", "ok", "ok", "ok");
const SIGN_IN_PAGE = e("ok", "home", "home", "home", "home");
export const STAFF = e("signin", "ok", "ok", "ok", "ok");
const LEADS = e("signin", "ok", "ok", "forbidden", "ok"); // seminar:log, paper:enter, review:classify
export const ADMIN = e("signin", "forbidden", "forbidden", "forbidden", "ok");
/** Unit-bound rows of PS-MK (Group 1, under Nanguan) and of PS-XM (Group 2, elsewhere). */
const STAFF_OWN = e("signin", "ok", "not_found", "ok", "ok");
const STAFF_OTHER = e("signin", "not_found", "ok", "not_found", "ok");
const LEADS_OWN = e("signin", "ok", "not_found", "forbidden", "ok");
/** Department heads read the problem register and comment; admins keep it. */
const PROBLEM_READERS = e("signin", "forbidden", "forbidden", "ok", "ok");
/** Admin pages whose [id] is filled with an id of another kind: the admin gets not found. */
const ADMIN_UNKNOWN_ID = e("signin", "forbidden", "forbidden", "forbidden", "not_found");
const LEADS_OTHER = e("signin", "not_found", "ok", "forbidden", "ok");

const page = (path: string, expect: Expectation, target: Target = "any", query?: string): Row => {
  return { kind: "page", path, target, expect, query };
};
type RouteOptions = { body?: unknown; query?: string; target?: Target };
type ActionOptions = { via?: string; input?: unknown; probe?: unknown; target?: Target };
const route = (method: string, path: string, expect: Expectation, options: RouteOptions = {}): Row => {
  return { kind: "route", method, path, expect, ...options, target: options.target ?? "any" };
};
const action = (id: string, expect: Expectation, options: ActionOptions = {}): Row => {
  return { kind: "action", id, expect, ...options, target: options.target ?? "any" };
};
/** A leads' action called with real ids of PS-XM's rows (Group 2's): only lead2 and the admin may act on them. */
const probeOther = (id: string, probe: unknown) => action(id, LEADS_OTHER, { target: "other", probe });
/** One row per named server action of a file, each with the same expectation. */
const actions = (file: string, expect: Expectation, names: string[]) => names.map((name) => action(`${file}#${name}`, expect));

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
  // The report: administrators and whole-bureau heads only (decision 014); head@ is not a subject
  // here, tests/e2e/report-exports.spec.ts checks the bureau head, lead and branch head over HTTP.
  page("/report", e("signin", "forbidden", "forbidden", "forbidden", "ok")),
  page("/seminars", LEADS),
  page("/seminars/new", LEADS),
  page("/seminars/[id]", LEADS_OWN, "own"),
  page("/seminars/[id]", LEADS_OTHER, "other"),
  page("/seminars/[id]/edit", LEADS_OWN, "own"),
  page("/seminars/[id]/edit", LEADS_OTHER, "other"),
  page("/paper", LEADS),
  page("/paper/sheets", LEADS),
  // [sheetId]: a paper sheet of BR-NG, Group 1's ("own"), or of PS-XM, Group 2's ("other").
  page("/paper/sheets/[sheetId]", LEADS_OWN, "own"),
  page("/paper/sheets/[sheetId]", LEADS_OTHER, "other"),
  page("/review", LEADS),
  page("/problems", PROBLEM_READERS),
  // [id] is filled with a seminar session's id here: a valid uuid that names no such row.
  page("/problems/[id]", e("signin", "forbidden", "forbidden", "not_found", "not_found")),
  page("/actions", STAFF),
  page("/actions/table", STAFF),
  page("/actions/new", ADMIN),
  page("/actions/[id]", e("signin", "not_found", "not_found", "not_found", "not_found")),
  page("/visits", LEADS),
  page("/setup/[token]", PUBLIC),
  page("/admin/audit", ADMIN),
  page("/admin/units", ADMIN),
  page("/admin/units/[id]", ADMIN_UNKNOWN_ID),
  page("/admin/campaigns/new", ADMIN),
  page("/admin/campaigns/[id]", ADMIN_UNKNOWN_ID),
  page("/admin/campaigns/[id]/groups/[groupId]", ADMIN_UNKNOWN_ID),
  page("/admin/users/[id]", ADMIN_UNKNOWN_ID),
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
  route("GET", "/favicon.ico", PUBLIC),
  route("GET", "/survey/[campaign]/follow-up", PUBLIC),
  route("GET", "/api/survey/follow-up/[campaign]", PUBLIC),
  route("POST", "/api/survey/follow-up/verdict", PUBLIC, { body: {} }),
  route("POST", "/api/client-errors", PUBLIC, { body: {} }),
  route("GET", "/api/admin/units/template", ADMIN, { query: "format=csv" }),
  route("GET", "/api/auth/[...nextauth]", PUBLIC, { query: "providers" }),
  route("POST", "/api/auth/[...nextauth]", PUBLIC, { query: "_log", body: {} }),
  route("GET", "/api/paper/template/[versionId]", LEADS),
  route("POST", "/api/survey/responses", PUBLIC, { body: {} }),
  route("POST", "/api/survey/codes", PUBLIC, { body: {} }),
  route("POST", "/api/survey/receipt", PUBLIC, { body: {} }),
  // Report DOCX: whole-bureau readers only (branchhead@ sees a sub-bureau); {versionId} is a
  // questionnaire version here, so the admin's call reaches the lookup and gets 404.
  route("GET", "/api/report/[versionId]/docx", e("signin", "forbidden", "forbidden", "forbidden", "not_found")),
  // Data exports: administrators only; [kind] is filled with "kind", an unknown export (404).
  route("GET", "/api/exports/[kind]", e("signin", "forbidden", "forbidden", "forbidden", "not_found"), {
    query: "campaign={campaignId}&format=csv",
  }),

  // Server actions (file#export)
  action("app/actions/locale.ts#setLocale", PUBLIC, { via: "/signin", input: "xx" }),
  ...actions("app/(staff)/admin/codes/actions.ts", ADMIN, ["generateCodes", "setKioskOpen", "eraseStorageOrder"]),
  ...actions("app/(staff)/admin/questionnaires/actions.ts", ADMIN, [
    "createQuestionnaireAction", "updateVersionMetaAction", "addSectionAction", "renameSectionAction", "deleteSectionAction",
    "moveSectionAction", "addQuestionAction", "updateQuestionAction", "deleteQuestionAction", "moveQuestionAction",
    "addProfileQuestionAction", "publishVersionAction", "startNewVersionAction", "retireVersionAction", "deleteDraftAction",
  ]),
  ...actions("app/(staff)/paper/actions.ts", LEADS, [
    "enterPaperSheetAction", "importPaperFileAction", "correctPaperSheetAction", "deletePaperSheetAction",
  ]),
  probeOther("app/(staff)/paper/actions.ts#enterPaperSheetAction", { versionId: "{version}", unitId: "{unit}", answers: {} }),
  probeOther("app/(staff)/paper/actions.ts#correctPaperSheetAction", { sheetId: "{sheetId}", unitId: "{unit}", answers: {} }),
  probeOther("app/(staff)/paper/actions.ts#deletePaperSheetAction", { sheetId: "{sheetId}", confirm: "yes" }),
  ...actions("app/(staff)/review/actions.ts", LEADS, ["decideAction", "bulkAcceptAction"]),
  probeOther("app/(staff)/review/actions.ts#decideAction", { action: "notProblem", id: "{evidence}" }),
  action("app/(staff)/review/actions.ts#revealOriginalAction", ADMIN),
  ...actions("app/(staff)/seminars/actions.ts", LEADS, ["saveSessionAction", "deleteSessionAction", "suggestAction"]),
  probeOther("app/(staff)/seminars/actions.ts#deleteSessionAction", { sessionId: "{session}" }),
  ...actions("app/(staff)/admin/units/actions.ts", ADMIN, [
    "createUnitAction", "updateUnitAction", "moveUnitAction", "retireUnitAction", "deleteUnitAction", "importUnitsAction",
  ]),
  ...actions("app/(staff)/admin/campaigns/actions.ts", ADMIN, [
    "createCampaignAction", "updateCampaignAction", "campaignStatusAction", "createGroupAction", "renameGroupAction",
    "groupMembersAction", "groupUnitsAction",
  ]),
  ...actions("app/(staff)/admin/users/actions.ts", ADMIN, ["createUserAction", "updateUserAction", "setUserActiveAction", "resetPasswordAction"]),
  ...actions("app/(staff)/visits/actions.ts", LEADS, ["planVisitAction", "markVisitHeldAction"]),
  action("app/actions/campaign.ts#chooseCampaignAction", STAFF),
  // The set-up link's token is the credential: anyone may post, a bad token or input is refused.
  action("app/setup/[token]/actions.ts#setupPasswordAction", PUBLIC),
  ...actions("app/(staff)/problems/actions.ts", ADMIN, ["acceptSuggestionAction", "editProblemAction", "mergeProblemsAction", "splitProblemAction"]),
  action("app/(staff)/problems/actions.ts#commentAction", PROBLEM_READERS),
  ...actions("app/(staff)/actions/board-actions.ts", ADMIN, ["createActionAction", "editActionAction", "publishNoteAction"]),
  // Any staff member may progress their OWN actions (the owner is checked after parsing).
  action("app/(staff)/actions/board-actions.ts#progressAction", STAFF),
  ...actions("app/(staff)/report/actions.ts", ADMIN, ["draftReportAction", "editParagraphAction"]),
  // report:approve is the whole-bureau department heads' (decision 014): branchhead@ is refused
  // before the input is read; head@ approving is in tests/integration/report.test.ts and the e2e.
  action(
    "app/(staff)/report/actions.ts#approveVersionAction",
    e("signin", "forbidden", "forbidden", "forbidden", "forbidden"),
  ),
];
