import { getTranslations } from "next-intl/server";
import { ProblemList, SuggestionList } from "@/components/problems/Register";
import { EmptyState, PageHeader } from "@/components/ui/Page";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";
import { currentCampaign } from "@/lib/campaigns/queries";
import { commentsOn, listProblems, listSuggestions } from "@/lib/problems/queries";

// The problem register: admins keep it, department heads read it (their units' figures) and
// comment. Suggestions come from reviewed evidence grouped by aspect.
export default async function ProblemsPage() {
  const user = await requirePageUser("problem:view");
  const t = await getTranslations("problems");
  const campaign = await currentCampaign(user);
  if (!campaign)
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("noCampaign")}</EmptyState>
      </>
    );
  const scope = await scopeOf(user, campaign.id);
  const [problems, suggestions] = await Promise.all([listProblems(scope, campaign.id), listSuggestions(scope, campaign.id)]);
  const aspectComments = await commentsOn(campaign.id, suggestions.map((s) => `aspect:${s.aspectCode}`));
  const canManage = can(user.role, "problem:manage");
  const canComment = can(user.role, "comment:write");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <p className="mb-4 text-sm text-slate-600">{t("protection")}</p>
      <section aria-labelledby="register-title" className="mb-8">
        <h2 id="register-title" className="mb-3 text-lg font-semibold">
          {t("register.title")}
        </h2>
        <ProblemList problems={problems} campaignId={campaign.id} canComment={canComment} canManage={canManage} />
      </section>
      <section aria-labelledby="suggestions-title">
        <h2 id="suggestions-title" className="mb-1 text-lg font-semibold">
          {t("suggestions.title")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("suggestions.intro")}</p>
        <SuggestionList
          suggestions={suggestions}
          campaignId={campaign.id}
          canManage={canManage}
          canComment={canComment}
          comments={aspectComments}
        />
      </section>
    </>
  );
}
