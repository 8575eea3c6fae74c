import { getTranslations } from "next-intl/server";
import { ProblemList, SuggestionList } from "@/components/problems/Register";
import { EmptyState, PageHeader, TitledSection } from "@/components/ui/Page";
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
      <TitledSection id="register" title={t("register.title")} className="mb-8" headingClassName="mb-3">
        <ProblemList problems={problems} campaignId={campaign.id} canComment={canComment} canManage={canManage} />
      </TitledSection>
      <TitledSection id="suggestions" title={t("suggestions.title")} className="" headingClassName="mb-1">
        <p className="mb-3 text-sm text-slate-600">{t("suggestions.intro")}</p>
        <SuggestionList
          suggestions={suggestions}
          campaignId={campaign.id}
          canManage={canManage}
          canComment={canComment}
          comments={aspectComments}
        />
      </TitledSection>
    </>
  );
}
