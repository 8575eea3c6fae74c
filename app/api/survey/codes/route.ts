import { checkAccessCode } from "@/lib/access-codes/check";
import { readJsonBody, surveyJson, unexpected } from "@/lib/surveys/http";

// POST /api/survey/codes: is this access code good for this survey? Consumes nothing.
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const body = await readJsonBody(request, 4096);
  if (!body.ok) return body.response;
  try {
    const outcome = await checkAccessCode(body.value);
    return surveyJson(outcome.httpStatus, outcome.body);
  } catch (error) {
    return unexpected("code check", error);
  }
}
