import { Notice } from "@/components/shell/Notice";

export default function NotFound() {
  return <Notice messages="notFound" testId="not-found" main />;
}
