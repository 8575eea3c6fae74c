"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setupPasswordAction } from "@/app/setup/[token]/actions";

export function SetupPasswordForm({ token }: { token: string }) {
  const t = useTranslations("users.setup");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const word = (key: string) => (t.has(`validation.${key}`) ? t(`validation.${key}`) : key);
  return (
    <form
      data-testid="setup-password"
      noValidate
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await setupPasswordAction(form);
          if (result.ok) {
            router.push("/signin?setup=1");
            return;
          }
          setError(result.error);
          setFields(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, word(v[0])])));
        });
      }}
    >
      <input type="hidden" name="token" value={token} />
      {error ? <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="setup-error">{error}</p> : null}
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t("password")}</span>
        <input type="password" name="password" autoComplete="new-password" className="rounded border border-slate-300 px-2 py-1.5" aria-invalid={!!fields.password} />
        {fields.password ? <span className="text-red-700">{fields.password}</span> : <span className="text-slate-500">{t("passwordHint")}</span>}
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">{t("confirm")}</span>
        <input type="password" name="confirm" autoComplete="new-password" className="rounded border border-slate-300 px-2 py-1.5" aria-invalid={!!fields.confirm} />
        {fields.confirm ? <span className="text-red-700">{fields.confirm}</span> : null}
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-3 py-2 font-medium text-white disabled:opacity-60" data-testid="setup-submit">
        {t("submit")}
      </button>
    </form>
  );
}
