import { Notice } from "@/components/shell/Notice";

export default function ForbiddenPage() {
  return <Notice messages="forbidden" testId="forbidden" main />;
}
