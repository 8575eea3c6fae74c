import { ClientTexts } from "@/components/shell/ClientTexts";

// This section's client components translate in the browser: they get the provider here, not in
// the staff layout, so pages without such components ship no translation runtime.
export default function SectionLayout({ children }: { children: React.ReactNode }) {
  return <ClientTexts>{children}</ClientTexts>;
}
