import { after } from "next/server";
import { readJsonBody, surveyJson, unexpected } from "@/lib/surveys/http";
import { submitResponse } from "@/lib/surveys/intake";
import { MAX_SUBMISSION_BYTES } from "@/lib/surveys/submission-api";

// POST /api/survey/responses: one officer's answers (README "Survey submission API").
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const body = await readJsonBody(request, MAX_SUBMISSION_BYTES);
  if (!body.ok) return body.response;
  try {
    const outcome = await submitResponse(body.value, { defer: after });
    return surveyJson(outcome.httpStatus, outcome.body);
  } catch (error) {
    return unexpected("submission", error);
  }
}
