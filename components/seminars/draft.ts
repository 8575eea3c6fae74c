// Initial values of the session form, built on the server from what the page loaded. Plain
// functions (not in the "use client" modules) so server pages can call them.
import type { SessionDraft } from "@/components/seminars/SessionForm";
import type { SessionDetail } from "@/lib/seminars/queries";
import { ROLE_LEVELS } from "@/lib/seminars/schemas";

export function emptyDraft(units: { id: string }[], campaign: { startsOn: string; endsOn: string }, today: string): SessionDraft {
  // Today when the campaign is running, else its last day: the usual case when typing up notes.
  const heldOn = today < campaign.startsOn ? campaign.startsOn : today > campaign.endsOn ? campaign.endsOn : today;
  return {
    sessionId: null,
    unitId: units.length === 1 ? units[0].id : "",
    kind: "SEMINAR",
    heldOn,
    participants: Object.fromEntries(ROLE_LEVELS.map((r) => [r, ""])) as SessionDraft["participants"],
    notes: "",
    findings: [],
  };
}

/** Statements and quotes arrive masked (queries.getSession); saving them unchanged keeps the originals. */
export function draftFromSession(s: SessionDetail): SessionDraft {
  return {
    sessionId: s.id,
    unitId: s.unitId,
    kind: s.kind,
    heldOn: s.heldOn,
    participants: Object.fromEntries(ROLE_LEVELS.map((r) => [r, s.participants[r] ? String(s.participants[r]) : ""])) as SessionDraft["participants"],
    notes: s.notes,
    findings: s.findings.map((f) => ({
      key: f.id,
      id: f.id,
      statement: f.statement,
      quote: f.quote ?? "",
      figures: f.figures.map((g) => ({ value: String(g.value), unit: g.unit, measures: g.measures })),
      categories: f.categories,
      aspectCode: f.categories.length > 0 ? f.aspectCode : null,
      severity: f.severity,
      raisedBy: String(f.raisedBy),
      labelsTouched: f.categories.length > 0,
      suggestion: null,
    })),
  };
}
