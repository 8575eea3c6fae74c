import type { Metadata } from "next";
import { ReceiptLookup } from "@/components/survey/ReceiptLookup";
import { RECEIPT_MESSAGES, surveyLocale } from "@/lib/surveys/messages";

export const metadata: Metadata = { title: "回执 · Receipt" };

// /receipt: the officer types the receipt code; it goes to the server in a POST body only.
export default async function ReceiptPage() {
  return <ReceiptLookup initialLocale={await surveyLocale()} messages={RECEIPT_MESSAGES} />;
}
