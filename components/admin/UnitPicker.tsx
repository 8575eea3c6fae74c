import type { AdminUnitRow } from "@/lib/units/admin-queries";
import { localName } from "@/i18n/local-name";

// Picking a campaign's units from the tree: a unit alone, or the unit with everything below it
// (expanded on the server, so a whole sub-bureau is one tick). Retired units are not offered,
// unless already chosen (they stay for history).

export function UnitPicker({
  tree,
  chosen,
  zh,
  labels,
}: {
  tree: AdminUnitRow[];
  chosen: ReadonlySet<string>;
  zh: boolean;
  labels: { unit: string; subtree: string };
}) {
  return (
    <div className="max-h-96 overflow-y-auto rounded border border-slate-200 bg-white" data-testid="unit-picker">
      <table className="min-w-full text-sm">
        <thead className="sticky top-0 bg-slate-100 text-left">
          <tr>
            <th className="px-2 py-1 font-medium">{labels.unit}</th>
            <th className="px-2 py-1 font-medium">{labels.subtree}</th>
          </tr>
        </thead>
        <tbody>
          {tree
            .filter(({ unit }) => !unit.retired || chosen.has(unit.id))
            .map(({ unit, depth }) => {
              const name = `${unit.code} · ${localName(unit, zh)}`;
              return (
                <tr key={unit.id} className="border-t border-slate-100">
                  <td className="px-2 py-1">
                    <label className="flex items-center gap-2" style={{ paddingLeft: `${depth * 1.25}rem` }}>
                      <input type="checkbox" name="unitIds" value={unit.id} defaultChecked={chosen.has(unit.id)} data-testid={`pick-unit-${unit.code}`} />
                      {name}
                    </label>
                  </td>
                  <td className="px-2 py-1">
                    {unit._count.children > 0 ? (
                      <label className="flex items-center gap-2">
                        <input type="checkbox" name="subtreeIds" value={unit.id} aria-label={`${labels.subtree}: ${name}`} data-testid={`pick-subtree-${unit.code}`} />
                      </label>
                    ) : null}
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
    </div>
  );
}
