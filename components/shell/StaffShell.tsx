import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { NAV_ITEMS } from "@/lib/navigation";
import { readsReport } from "@/lib/reports/queries";
import { currentCampaign, switchableCampaigns } from "@/lib/campaigns/queries";
import { CampaignSwitcher } from "@/components/shell/CampaignSwitcher";
import { LanguageSwitch } from "@/components/shell/LanguageSwitch";
import { NavLinks } from "@/components/shell/NavLinks";
import { SignOutButton } from "@/components/shell/SignOutButton";
import { localName } from "@/i18n/local-name";

export async function StaffShell({ user, children }: { user: CurrentUser; children: React.ReactNode }) {
  const t = await getTranslations();
  const zh = (await getLocale()) === "zh";
  const [campaigns, current, wholeBureau] = await Promise.all([
    switchableCampaigns(can(user.role, "campaign:manage")),
    currentCampaign(user),
    readsReport(user),
  ]);
  const choices = campaigns.map((c) => ({ id: c.id, label: `${localName(c, zh)} (${t(`campaignStatus.${c.status}`)})` }));
  const links = NAV_ITEMS.filter(
    (item) => (item.permission === null || can(user.role, item.permission)) && (!item.wholeBureau || wholeBureau),
  ).map(
    (item) => ({ href: item.href, label: t(`nav.${item.label}`) }),
  );
  return (
    <div className="flex min-h-screen flex-col">
      {/* First in the tab order: keyboard users skip the header and menu (about 15 stops). */}
      <a href="#content" className="skip-link" data-testid="skip-link">{t("nav.skip")}</a>
      <header className="on-dark bg-brand-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="flex flex-col leading-tight">
            <span className="text-xs text-brand-100">{t("app.department")}</span>
            <span className="text-lg font-semibold">{t("app.name")}</span>
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <CampaignSwitcher
              campaigns={choices}
              currentId={current?.id ?? null}
              text={{ campaign: t("nav.campaign"), switchCampaign: t("nav.switchCampaign"), noCampaign: t("nav.noCampaign") }}
            />
            <LanguageSwitch />
            <span className="text-sm text-brand-100" data-testid="current-user">
              {user.name} · {t(`roles.${user.role}`)}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col md:flex-row">
        <nav aria-label={t("nav.menu")} className="border-b border-slate-200 bg-slate-100 md:w-56 md:border-r md:border-b-0" data-testid="main-nav">
          <details className="md:hidden" open={false}>
            <summary className="cursor-pointer px-4 py-3 text-sm font-medium">{t("nav.menu")}</summary>
            <div className="px-2 pb-3">
              <NavLinks links={links} layout="column" />
            </div>
          </details>
          <div className="hidden p-3 md:block">
            <NavLinks links={links} layout="column" />
          </div>
        </nav>
        <main id="content" tabIndex={-1} aria-label={t("nav.content")} className="flex-1 px-4 py-6 md:px-8">{children}</main>
      </div>
    </div>
  );
}
