import type { Metadata } from "next";

// Officers' pages: no staff shell, no session read, nothing from other hosts. proxy.ts gives
// these paths Cache-Control: no-store and skips the session; next.config.ts sends
// Referrer-Policy: no-referrer and no ETag everywhere.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function SurveyLayout({ children }: { children: React.ReactNode }) {
  return <main className="mx-auto w-full max-w-xl px-4 pt-4 pb-16 text-[16px]">{children}</main>;
}
