// A report version is a list of paragraphs. Pure module (no server-only): the page's client editor
// and the DOCX writer read the same shape.
//
// `key` is stable across regenerations (e.g. "aspect.A2"), so an admin's edit can be matched to
// the freshly drafted paragraph it replaces; `figures` is a fingerprint of the numbers the drafted
// paragraph rests on, so an edited paragraph whose numbers have changed since can be flagged.

type ParagraphKind = "title" | "h1" | "h2" | "h3" | "p" | "item" | "table";

export type Paragraph = {
  key: string;
  kind: ParagraphKind;
  text: string;
  figures: string;
  /** The dashboard or evidence view that produced the paragraph's numbers. */
  href?: string;
  /** Table cells, first row the header (kind "table" only). */
  rows?: string[][];
  edited?: boolean;
  /** Edited, and the drafted figures underneath changed after the edit. */
  stale?: boolean;
};

/** Only prose is edited by hand; headings and tables always follow the data. */
export function isEditable(p: Paragraph): boolean {
  return p.kind === "p" || p.kind === "item";
}

/**
 * Regeneration: fresh paragraphs replace untouched ones; an edited paragraph keeps its text and is
 * marked stale when its figures changed (or were already stale). Edited paragraphs whose key is no
 * longer drafted (an aspect nobody raises any more) stay, after the paragraph they followed, so no
 * hand-written text is lost silently.
 */
export function mergeRegenerated(previous: readonly Paragraph[], fresh: readonly Paragraph[]): Paragraph[] {
  const edited = new Map(previous.filter((p) => p.edited).map((p) => [p.key, p]));
  const freshKeys = new Set(fresh.map((p) => p.key));
  const orphansAfter = new Map<string, Paragraph[]>();
  let anchor = "";
  for (const p of previous) {
    if (freshKeys.has(p.key)) anchor = p.key;
    else if (p.edited) orphansAfter.set(anchor, [...(orphansAfter.get(anchor) ?? []), p]);
  }
  const result: Paragraph[] = [...(orphansAfter.get("") ?? [])];
  for (const p of fresh) {
    const old = edited.get(p.key);
    result.push(
      old ? { ...p, text: old.text, edited: true, stale: Boolean(old.stale) || old.figures !== p.figures } : p,
    );
    result.push(...(orphansAfter.get(p.key) ?? []));
  }
  return result;
}

/** An admin's edit: the text is theirs now, and current with the figures it was written against. */
export function applyEdit(paragraphs: readonly Paragraph[], key: string, text: string): Paragraph[] | null {
  const index = paragraphs.findIndex((p) => p.key === key);
  if (index < 0 || !isEditable(paragraphs[index])) return null;
  return paragraphs.map((p, i) => (i === index ? { ...p, text, edited: true, stale: false } : p));
}

export type DiffRow =
  | { change: "same"; key: string; text: string }
  | { change: "changed"; key: string; before: string; after: string }
  | { change: "added"; key: string; text: string }
  | { change: "removed"; key: string; text: string };

/** Paragraph by paragraph, matched by key, in the newer version's order (removed ones where they were). */
export function diffVersions(before: readonly Paragraph[], after: readonly Paragraph[]): DiffRow[] {
  const old = new Map(before.map((p) => [p.key, p]));
  const kept = new Set(after.map((p) => p.key));
  const rows: DiffRow[] = [];
  const removedAfter = new Map<string, Paragraph[]>();
  let anchor = "";
  for (const p of before) {
    if (kept.has(p.key)) anchor = p.key;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), p]);
  }
  const pushRemoved = (k: string) =>
    rows.push(...(removedAfter.get(k) ?? []).map((p) => ({ change: "removed" as const, key: p.key, text: textOf(p) })));
  pushRemoved("");
  for (const p of after) {
    const prev = old.get(p.key);
    const text = textOf(p);
    if (!prev) rows.push({ change: "added", key: p.key, text });
    else if (textOf(prev) === text) rows.push({ change: "same", key: p.key, text });
    else rows.push({ change: "changed", key: p.key, before: textOf(prev), after: text });
    pushRemoved(p.key);
  }
  return rows;
}

function textOf(p: Paragraph): string {
  return p.rows ? p.rows.map((r) => r.join(" | ")).join("\n") : p.text;
}
