import { surveyPage } from "@/lib/surveys/pages";

// /survey/<campaign>: the officer's questionnaire. An HTML document and one small script, without
// the React runtime (lib/surveys/pages.ts); the access code arrives after `#`, never seen here.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ campaign: string }> }) {
  return surveyPage(request, (await params).campaign);
}
