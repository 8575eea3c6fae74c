// Building blocks shared by staff pages: a heading, a titled section, an empty state, a figure card, a table.

export function PageHeader({ title, intro, children }: { title: string; intro?: string; children?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3 border-b border-slate-200 pb-4">
      <div>
        <h1 className="text-2xl font-semibold text-brand-900">{title}</h1>
        {intro ? <p className="mt-1 max-w-3xl text-sm text-slate-600">{intro}</p> : null}
      </div>
      {children}
    </div>
  );
}

/** A part of a page under an h2 that names it (aria-labelledby, id `${id}-title`). */
export function TitledSection({
  id,
  title,
  className = "mb-6",
  headingClassName = "mb-2",
  testId,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  headingClassName?: string;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={className || undefined} data-testid={testId}>
      <h2 id={`${id}-title`} className={`${headingClassName} text-lg font-semibold`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return (
    <div
      className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600"
      data-testid="empty-state"
    >
      {children}
    </div>
  );
}

export function StatCard({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <div className="text-sm text-slate-600">{label}</div>
      <div className="mt-1 text-2xl font-semibold text-brand-900">{value}</div>
    </div>
  );
}

/** `cellClassName` styles every cell and link from the table (one class instead of one per cell). */
export function Table({
  head,
  children,
  caption,
  cellClassName,
}: {
  head: React.ReactNode[];
  children: React.ReactNode;
  caption?: string;
  cellClassName?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`min-w-full divide-y divide-slate-200 text-sm ${cellClassName ?? ""}`}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            {head.map((cell, index) => (
              <th key={index} scope="col" className="px-3 py-2 font-medium">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Cell({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}
