import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages } from "@/components/shell/client-messages";
import { StaffShell } from "@/components/shell/StaffShell";
import { requirePageUser } from "@/lib/auth/current-user";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <NextIntlClientProvider messages={clientMessages(await getMessages(), user.role)}>
      <StaffShell user={user}>{children}</StaffShell>
    </NextIntlClientProvider>
  );
}
