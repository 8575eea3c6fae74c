import { followUpPage } from "@/lib/surveys/pages";

// /survey/<campaign>/follow-up: "you said, we did", the campaign's published problems and their
// progress for anyone, no code. An HTML document without a script (lib/surveys/pages.ts).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ campaign: string }> }) {
  return followUpPage(request, (await params).campaign);
}
