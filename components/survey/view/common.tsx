/** @jsxImportSource preact */
// Pieces every officer page shares: the language switch, the progress bar, the closed notice and
// the list of open questionnaires. Rendered on the server and hydrated in the browser alike;
// styled by components/survey/survey.css.
import { LANGUAGE_NAMES, type SurveyLocale, type Translate } from "@/components/survey/translate";
import { localName } from "@/i18n/local-name";

export const LOCALE_TAGS: Record<SurveyLocale, string> = { zh: "zh-CN", en: "en" };
const LOCALES: SurveyLocale[] = ["zh", "en"];

/** The language tag for an `item` whose texts fell back to the other language, else nothing. */
export function fallbackLang(item: { textLang?: SurveyLocale }, locale: SurveyLocale): string | undefined {
  return item.textLang && item.textLang !== locale ? LOCALE_TAGS[item.textLang] : undefined;
}

/** The survey's language switch: the choice lives in this tab (sessionStorage), not a cookie. */
export function LanguageToggle({ locale, label, onChange }: { locale: SurveyLocale; label: string; onChange?: (locale: SurveyLocale) => void }) {
  return (
    <div role="group" aria-label={label} class="lang" data-testid="survey-language">
      {LOCALES.map((l) => (
        <button key={l} id={`lang-${l}`} type="button" lang={LOCALE_TAGS[l]} aria-pressed={locale === l} onClick={() => onChange?.(l)}>
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

/** Position in the questionnaire: one step per section, then the check-and-send step. */
export function ProgressBar({ step, steps, label, t }: { step: number; steps: number; label: string; t: Translate }) {
  const percent = Math.round((step / steps) * 100);
  return (
    <div class="progress" data-testid="progress">
      <div class="progress-head"><span>{label}</span><span>{percent}%</span></div>
      <div role="progressbar" aria-label={t("progress.label")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} class="progress-track">
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

export function Notice({ title, body }: { title: string; body: string }) {
  return (
    <div class="closed" data-testid="survey-closed">
      <h1 class="title">{title}</h1>
      <p>{body}</p>
    </div>
  );
}

export function ClosedNotice({ t }: { t: Translate }) {
  return <Notice title={t("closed.title")} body={t("closed.body")} />;
}

/**
 * A campaign that exists but takes no answers today (closed, archived, past its last day or not yet
 * begun): said plainly, with its name, and with the way to the receipts and the published
 * follow-up, which keep working after closing.
 */
export function CampaignClosedNotice({ t, locale, campaign }: { t: Translate; locale: SurveyLocale; campaign: { slug: string; name: string; nameZh: string; opensOn: string | null } }) {
  const name = localName(campaign, locale);
  const upcoming = campaign.opensOn !== null;
  return (
    <div class="closed" data-testid="survey-closed" data-state={upcoming ? "upcoming" : "closed"}>
      <h1 class="title">{upcoming ? t("closed.notYetTitle") : t("closed.endedTitle")}</h1>
      <p class="lead strong" data-testid="closed-campaign">{name}</p>
      <p data-testid="closed-reason">{upcoming ? t("closed.notYetBody", { date: campaign.opensOn! }) : t("closed.endedBody")}</p>
      {!upcoming && <p><a href="/receipt" data-testid="closed-receipt-link">{t("closed.receipt")}</a></p>}
      <p><a href={`/survey/${encodeURIComponent(campaign.slug)}/follow-up`} data-testid="follow-up-link">{t("followUpLink")}</a></p>
    </div>
  );
}

export type OpenCampaign = { slug: string; name: string; nameZh: string };

/** /survey: the open questionnaires, for an officer who typed the short address. */
export function CampaignList({ t, locale, campaigns }: { t: Translate; locale: SurveyLocale; campaigns: OpenCampaign[] }) {
  return (
    <>
      <h1 class="title loose">{t("closed.list")}</h1>
      <ul class="list">
        {campaigns.map((c) => (
          <li key={c.slug}><a href={`/survey/${encodeURIComponent(c.slug)}`} class="card">{localName(c, locale)}</a></li>
        ))}
      </ul>
    </>
  );
}
