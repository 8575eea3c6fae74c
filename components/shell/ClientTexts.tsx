import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages } from "@/components/shell/client-messages";
import { requirePageUser } from "@/lib/auth/current-user";

/**
 * The translation provider for client components that translate in the browser (useTranslations
 * from next-intl). Only the layouts of the staff sections that have such components render it
 * (actions, admin, paper, problems, review, seminars): its runtime (about 12 KB gzip) and the
 * messages it sends stay off the other pages, the dashboards among them, whose client components
 * are given their words by the server. components/shell/client-messages.test.ts fails when a page
 * outside those sections reaches a translating client component.
 */
export async function ClientTexts({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return <NextIntlClientProvider messages={clientMessages(await getMessages(), user.role)}>{children}</NextIntlClientProvider>;
}
