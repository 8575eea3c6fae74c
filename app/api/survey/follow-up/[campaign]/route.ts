import { publishedFollowUp } from "@/lib/problems/published";
import { surveyJson, unexpected } from "@/lib/surveys/http";

// GET /api/survey/follow-up/<campaign>: the campaign's published problems, their status and
// published updates, for anyone (no code). Reads the path only.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ campaign: string }> }) {
  const { campaign } = await params;
  if (!/^[a-z0-9-]{1,64}$/.test(campaign)) return surveyJson(404, { error: "not_found", message: "No such campaign." });
  try {
    const result = await publishedFollowUp(campaign);
    if (!result) return surveyJson(404, { error: "not_found", message: "No such campaign." });
    return surveyJson(200, result);
  } catch (error) {
    return unexpected("published follow-up", error);
  }
}
