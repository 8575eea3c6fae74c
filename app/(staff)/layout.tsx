import { StaffShell } from "@/components/shell/StaffShell";
import { requirePageUser } from "@/lib/auth/current-user";

// No translation provider here: the shell's client components get their words from the server,
// and only the sections whose client components translate in the browser wrap themselves in
// ClientTexts (their layout.tsx), so the dashboards ship no translation runtime (decision 003).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return <StaffShell user={user}>{children}</StaffShell>;
}
