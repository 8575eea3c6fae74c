import { surveyAsset } from "@/lib/surveys/assets";

// /survey/assets/survey.{js,css}: the officer pages' one script and stylesheet, without cache
// validators (lib/surveys/assets.ts). Anyone may fetch them.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return surveyAsset((await params).file);
}
