"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { buttonClass, describedBy, Field, inputClass } from "@/components/ui/form-parts";

export function SignInForm({ callbackUrl, initialNotice }: { callbackUrl: string; initialNotice: string | null }) {
  const t = useTranslations("signin");
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialNotice);
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a submit would be a plain browser form post; keep the button off so
  // a password can never leave in a URL or a request the handler does not expect.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const missing = {
      email: email ? undefined : t("emailRequired"),
      password: password ? undefined : t("passwordRequired"),
    };
    setFieldErrors(missing);
    if (missing.email || missing.password) return;
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (!result || result.error) {
      setPending(false);
      setError(result?.error === "Throttled" ? t("throttled") : result?.error === "Slowed" ? t("slowed") : t("invalid"));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? (
        <p
          className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          data-testid="signin-error"
          aria-live="polite"
        >
          {error}
        </p>
      ) : null}
      <Field id="email" label={t("email")} error={fieldErrors.email}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          aria-invalid={!!fieldErrors.email}
          aria-describedby={describedBy("email", null, fieldErrors.email)}
          className={inputClass}
        />
      </Field>
      <Field id="password" label={t("password")} error={fieldErrors.password}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!fieldErrors.password}
          aria-describedby={describedBy("password", null, fieldErrors.password)}
          className={inputClass}
        />
      </Field>
      <button type="submit" disabled={pending || !hydrated} className={`${buttonClass} w-full`}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

const noSubscription = () => () => {};
