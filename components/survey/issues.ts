import type { Translate } from "@/components/survey/translate";
import type { AnswerIssue } from "@/lib/surveys/answers";

/** An answer issue in the officer's language (the API's describeIssue is English only). */
export function issueText(t: Translate, issue: AnswerIssue): string {
  switch (issue.code) {
    case "out_of_range":
      if (issue.min !== null && issue.max !== null) return t("issues.out_of_range", { min: issue.min, max: issue.max });
      return issue.min !== null ? t("issues.out_of_range_min", { min: issue.min }) : t("issues.out_of_range_max", { max: issue.max ?? "" });
    case "too_long":
      return t("issues.too_long", { max: issue.max });
    default:
      return t(`issues.${issue.code}`);
  }
}
