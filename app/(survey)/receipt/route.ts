import { receiptPage } from "@/lib/surveys/pages";

// /receipt: the receipt look-up. An HTML document and one small script, without the React runtime
// (lib/surveys/pages.ts); the code is posted to /api/survey/receipt in a JSON body only.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return receiptPage(request);
}
