import { Fragment } from "react";
import { isEditable, type Paragraph } from "@/lib/reports/paragraphs";
import { ParagraphEditor, type EditorLabels } from "@/components/report/ParagraphEditor";

// The report as a document on the page (and on paper: see print.css). Every number in a paragraph
// links to the dashboard or evidence view its figures came from.

export function ReportDocument({
  paragraphs,
  versionId,
  editable,
  labels,
}: {
  paragraphs: Paragraph[];
  versionId: string;
  editable: boolean;
  labels: EditorLabels & { edited: string; stale: string };
}) {
  return (
    <article
      className="report-document mx-auto max-w-3xl space-y-3 rounded-lg border border-slate-200 bg-white p-6 leading-relaxed"
      data-testid="report-document"
    >
      {paragraphs.map((p) => (
        <Fragment key={p.key}>{render(p, versionId, editable, labels)}</Fragment>
      ))}
    </article>
  );
}

function render(
  p: Paragraph,
  versionId: string,
  editable: boolean,
  labels: EditorLabels & { edited: string; stale: string },
) {
  switch (p.kind) {
    case "title":
      return <h2 className="text-center text-2xl font-bold text-brand-900">{p.text}</h2>;
    case "h1":
      return <h2 className="report-part pt-4 text-xl font-bold text-brand-900">{p.text}</h2>;
    case "h2":
      return <h3 className="pt-2 text-lg font-semibold text-brand-900">{p.text}</h3>;
    case "h3":
      return <h4 className="font-semibold">{p.text}</h4>;
    case "table":
      return <ReportTable p={p} />;
    default: {
      const body = <Linked text={p.text} href={p.href} />;
      return (
        <div
          data-testid={`paragraph-${p.key}`}
          data-edited={p.edited ? "true" : "false"}
          data-stale={p.stale ? "true" : "false"}
        >
          {editable && isEditable(p) ? (
            <ParagraphEditor versionId={versionId} paragraphKey={p.key} text={p.text} labels={labels}>
              {body}
            </ParagraphEditor>
          ) : (
            <p className="whitespace-pre-line">{body}</p>
          )}
          {p.edited ? (
            <span className="no-print mr-2 rounded bg-slate-100 px-1 text-xs text-slate-600">{labels.edited}</span>
          ) : null}
          {p.stale ? (
            <span className="no-print rounded bg-amber-100 px-1 text-xs text-amber-900" data-testid="stale-flag">
              {labels.stale}
            </span>
          ) : null}
        </div>
      );
    }
  }
}

// Numbers (including ranges and percentages) become links to the paragraph's source view.
const NUMBER = /(\d+(?:[.,]\d+)?(?:-\d+(?:[.,]\d+)?)?%?)/;

function Linked({ text, href }: { text: string; href?: string }) {
  if (!href) return <>{text}</>;
  return (
    <>
      {text.split(NUMBER).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={href} className="text-brand-700 underline decoration-dotted">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

function ReportTable({ p }: { p: Paragraph }) {
  const [head, ...rows] = p.rows ?? [[]];
  return (
    <table className="w-full border-collapse text-sm" data-testid={`table-${p.key}`}>
      <caption className="pb-1 text-left font-medium">{p.text}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} className="border border-slate-300 bg-slate-50 px-2 py-1 text-left">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j} className="border border-slate-300 px-2 py-1">
                {p.href && j > 0 && /\d/.test(c) ? <Linked text={c} href={p.href} /> : c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
