"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/admin/ActionForm";
import type { FormTexts } from "@/components/admin/form-texts";
import type { ActionResult } from "@/lib/server-actions/result";

// A user form whose success brings a one-time set-up link (new account, password reset): the link
// is shown once, here, for the administrator to hand over; it is never stored in clear.

type Outcome = { status: string; setupPath?: string | null; fieldErrors?: Record<string, string> };

export function SetupLinkForm({
  action,
  texts,
  id,
  submitLabel,
  children,
  className,
  confirm,
}: {
  action: (input: FormData) => Promise<ActionResult<Outcome>>;
  texts: FormTexts;
  id: string;
  submitLabel: string;
  children?: React.ReactNode;
  className?: string;
  confirm?: string;
}) {
  const t = useTranslations("users");
  const [link, setLink] = useState<string | null>(null);
  return (
    <div className={className}>
      <ActionForm action={action} texts={texts} id={id} submitLabel={submitLabel} confirm={confirm} onSaved={(o) => setLink(typeof o.setupPath === "string" ? `${window.location.origin}${o.setupPath}` : null)}>
        {children}
      </ActionForm>
      {link ? (
        <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
          <p className="font-medium">{t("setupLink.title")}</p>
          <p className="mb-1 text-slate-700">{t("setupLink.hint")}</p>
          <code className="block break-all rounded bg-white px-2 py-1" data-testid="setup-link">{link}</code>
        </div>
      ) : null}
    </div>
  );
}
