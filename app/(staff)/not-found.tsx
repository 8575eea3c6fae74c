import { Notice } from "@/components/shell/Notice";

// notFound() inside a staff page: the menu stays, the page says what happened.
export default function StaffNotFound() {
  return <Notice messages="notFound" testId="not-found" />;
}
