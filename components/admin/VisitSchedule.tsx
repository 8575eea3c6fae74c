import { getLocale, getTranslations } from "next-intl/server";
import { markVisitHeldAction, planVisitAction } from "@/app/(staff)/visits/actions";
import { formTexts } from "@/components/admin/form-texts";
import { ActionForm, FormField, fieldClass } from "@/components/admin/ActionForm";
import { isoDate, todayUtc } from "@/lib/dates";
import { campaignMonths, monthWeeks, VISIT_METHODS, visitState } from "@/lib/visits/schedule";
import { localName } from "@/i18n/local-name";

// One group's visit schedule as a list (with the forms to plan, move and mark visits held) and
// as a calendar per month of the campaign. Overdue planned visits stand out in both.

type Visit = {
  unitId: string;
  visitOn: Date | null;
  visitMethod: string | null;
  heldOn: Date | null;
  unit: { code: string; name: string; nameZh: string };
};
type Session = { id: string; unitId: string; kind: string; heldOn: Date; groupId: string | null };

const stateClass = { held: "bg-green-100 text-green-900", overdue: "bg-red-100 font-semibold text-red-900", planned: "bg-blue-50 text-blue-900", unplanned: "bg-slate-100 text-slate-600" } as const;

export async function VisitSchedule({
  groupId,
  campaign,
  visits,
  sessions,
  canEdit,
}: {
  groupId: string;
  campaign: { startsOn: Date; endsOn: Date };
  visits: Visit[];
  sessions: Session[];
  canEdit: boolean;
}) {
  const t = await getTranslations();
  const visitsTexts = await formTexts("visits");
  const zh = (await getLocale()) === "zh";
  const today = todayUtc();
  const name = (v: Visit) => localName(v.unit, zh);
  const byDay = new Map<string, Visit[]>();
  for (const v of visits) {
    const day = isoDate(v.heldOn ?? v.visitOn);
    if (day) (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(v);
  }
  return (
    <div className="grid gap-6" data-testid={`schedule-${groupId}`}>
      <ul className="grid gap-3" aria-label={t("visits.list")}>
        {visits.map((v) => {
          const state = visitState(v, today);
          const unitSessions = sessions.filter((s) => s.unitId === v.unitId);
          return (
            <li key={v.unitId} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="visit" data-state={state} data-unit={v.unit.code}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-medium">{v.unit.code} · {name(v)}</span>
                <span className={`rounded px-2 py-0.5 text-xs ${stateClass[state]}`} data-testid="visit-state">
                  {t(`visits.state.${state}`, { planned: isoDate(v.visitOn), held: isoDate(v.heldOn) })}
                </span>
              </div>
              <p className="text-sm text-slate-600">
                {v.visitMethod ? t(`visits.method.${v.visitMethod}`) : t("visits.noMethod")}
                {unitSessions.length > 0 ? ` · ${t("visits.sessions", { count: unitSessions.length })}` : ""}
              </p>
              {canEdit ? (
                <div className="mt-2 flex flex-wrap gap-4">
                  <ActionForm action={planVisitAction} texts={visitsTexts} id={`plan-${v.unit.code}`} submitLabel={v.visitOn ? t("visits.move") : t("visits.plan")} resetOnSuccess={false} className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="groupId" value={groupId} />
                    <input type="hidden" name="unitId" value={v.unitId} />
                    <FormField name="visitOn" label={t("visits.date")}>
                      <input type="date" name="visitOn" defaultValue={isoDate(v.visitOn)} min={isoDate(campaign.startsOn)} max={isoDate(campaign.endsOn)} className={fieldClass} />
                    </FormField>
                    <FormField name="visitMethod" label={t("visits.methodLabel")}>
                      <select name="visitMethod" defaultValue={v.visitMethod ?? ""} className={fieldClass}>
                        <option value="" disabled>{t("visits.chooseMethod")}</option>
                        {VISIT_METHODS.map((m) => <option key={m} value={m}>{t(`visits.method.${m}`)}</option>)}
                      </select>
                    </FormField>
                  </ActionForm>
                  {!v.heldOn ? (
                    <ActionForm action={markVisitHeldAction} texts={visitsTexts} id={`held-${v.unit.code}`} submitLabel={t("visits.markHeld")} resetOnSuccess={false} className="flex flex-wrap items-end gap-2">
                      <input type="hidden" name="groupId" value={groupId} />
                      <input type="hidden" name="unitId" value={v.unitId} />
                      <FormField name="heldOn" label={t("visits.heldOn")}>
                        <input type="date" name="heldOn" defaultValue={isoDate(v.visitOn && v.visitOn <= today ? v.visitOn : today)} max={isoDate(today)} className={fieldClass} />
                      </FormField>
                      {unitSessions.length > 0 ? (
                        <FormField name="sessionIds" label={t("visits.linkSessions")} group>
                          {unitSessions.map((s) => (
                            <label key={s.id} className="flex items-center gap-2">
                              <input type="checkbox" name="sessionIds" value={s.id} defaultChecked={s.groupId === groupId} />
                              {isoDate(s.heldOn)} · {t(`visits.sessionKind.${s.kind}`)}
                            </label>
                          ))}
                        </FormField>
                      ) : null}
                    </ActionForm>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {campaignMonths(campaign.startsOn, campaign.endsOn).map((month) => (
        <table key={month.toISOString()} className="w-full table-fixed border-collapse text-xs" data-testid="visit-calendar">
          <caption className="mb-1 text-left text-sm font-medium">{isoDate(month).slice(0, 7)}</caption>
          <thead>
            <tr>{(t.raw("visits.weekdays") as string[]).map((d) => <th key={d} scope="col" className="border border-slate-200 bg-slate-100 px-1 py-0.5 font-medium">{d}</th>)}</tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week, i) => (
              <tr key={i}>
                {week.map((day, j) => (
                  <td key={j} className="h-14 border border-slate-200 p-1 align-top">
                    {day ? <div className="text-slate-500">{Number(day.slice(8))}</div> : null}
                    {day
                      ? (byDay.get(day) ?? []).map((v) => (
                          <div key={v.unitId} className={`mt-0.5 truncate rounded px-1 ${stateClass[visitState(v, today)]}`} title={name(v)}>
                            {v.unit.code}
                          </div>
                        ))
                      : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
