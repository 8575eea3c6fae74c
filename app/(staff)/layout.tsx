import { NextIntlClientProvider } from "next-intl";
import { StaffShell } from "@/components/shell/StaffShell";
import { requirePageUser } from "@/lib/auth/current-user";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <NextIntlClientProvider>
      <StaffShell user={user}>{children}</StaffShell>
    </NextIntlClientProvider>
  );
}
