"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";

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
      <div>
        <label htmlFor="email" className="mb-1 block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          aria-invalid={!!fieldErrors.email}
          aria-describedby={fieldErrors.email ? "email-error" : undefined}
          className="w-full rounded border border-slate-300 px-3 py-2"
        />
        {fieldErrors.email ? (
          <p id="email-error" className="mt-1 text-sm text-red-700">
            {fieldErrors.email}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!fieldErrors.password}
          aria-describedby={fieldErrors.password ? "password-error" : undefined}
          className="w-full rounded border border-slate-300 px-3 py-2"
        />
        {fieldErrors.password ? (
          <p id="password-error" className="mt-1 text-sm text-red-700">
            {fieldErrors.password}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending || !hydrated}
        className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

const noSubscription = () => () => {};
