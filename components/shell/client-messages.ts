import type { Messages } from "@/i18n/messages";
import { can, type Permission, type RoleName } from "@/lib/auth/permissions";

// The message namespaces staff pages' client components translate with (useTranslations), and
// who needs them: null for every staff member, else the permissions of the pages whose client
// components use them. The staff layout used to send every namespace to every page (about 40 KB,
// inlined in each page's HTML and React payload, a twentieth of a dashboard request's time); now a
// browser gets the strings of the features its user may open, and only on the sections that
// translate in the browser (ClientTexts; the shell, the dashboards and the error boundary are
// given their words by the server). components/shell/client-messages.test.ts fails when a client
// component uses a namespace not listed here, or is reached from a page without ClientTexts.
export const CLIENT_NAMESPACES: Record<string, readonly Permission[] | null> = {
  classification: ["review:classify", "seminar:log"],
  review: ["review:classify"],
  seminars: ["seminar:log", "review:classify"],
  paper: ["paper:enter"],
  codes: ["codes:issue"],
  questionnaires: ["questionnaire:manage"],
  // The unit-tree import's report and the set-up link notice (components/admin).
  units: ["unit:manage"],
  users: ["user:manage"],
  problems: ["problem:view"],
  actions: ["action:view"],
};

export function clientMessages(messages: Messages, role: RoleName): Messages {
  return Object.fromEntries(
    Object.entries(CLIENT_NAMESPACES)
      .filter(([ns, needs]) => ns in messages && (needs === null || needs.some((p) => can(role, p))))
      .map(([ns]) => [ns, messages[ns]]),
  );
}
