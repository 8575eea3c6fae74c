import { surveyIndexPage } from "@/lib/surveys/pages";

// /survey: the open questionnaires. An HTML document without the React runtime (lib/surveys/pages.ts).
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return surveyIndexPage(request);
}
