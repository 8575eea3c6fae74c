"use client";
import { useState } from "react";
import type { Translate } from "@/components/survey/translate";

const PROMISES = ["noName", "noTrace", "code", "small", "masking", "draft", "receipt"] as const;

export function Promises({ t }: { t: Translate }) {
  return (
    <section className="mb-5 rounded-xl border border-brand-100 bg-brand-50 p-4" data-testid="promises">
      <h2 className="mb-2 font-semibold text-brand-900">{t("promises.title")}</h2>
      <ul className="list-disc space-y-1.5 pl-5 text-[15px] leading-relaxed text-slate-800">
        {PROMISES.map((key) => <li key={key}>{t(`promises.${key}`)}</li>)}
      </ul>
    </section>
  );
}

type Props = {
  t: Translate;
  title: string;
  intro: string;
  kiosk: boolean;
  initialCode: string;
  busy: boolean;
  error: string | null;
  onStart: (code: string) => void;
};

export function StartStep({ t, title, intro, kiosk, initialCode, busy, error, onStart }: Props) {
  const [code, setCode] = useState(initialCode);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold text-brand-900" tabIndex={-1} data-step-heading>{title}</h1>
      {intro ? <p className="mb-4 text-slate-700">{intro}</p> : null}
      <Promises t={t} />
      <form
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        onSubmit={(event) => {
          event.preventDefault();
          onStart(code);
        }}
      >
        {kiosk ? (
          <p className="mb-3 text-sm text-slate-700">{t("code.kiosk")}</p>
        ) : (
          <>
            <label htmlFor="access-code" className="mb-1 block font-medium">{t("code.label")}</label>
            <input
              id="access-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" autoCapitalize="characters"
              spellCheck={false} inputMode="text" aria-describedby="access-code-hint access-code-error" aria-invalid={!!error}
              className="w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-lg tracking-widest uppercase"
            />
            <p id="access-code-hint" className="mt-1 text-sm text-slate-500">{t("code.hint")}</p>
          </>
        )}
        <p id="access-code-error" role="status" className="mt-2 min-h-5 text-sm font-medium text-red-700" data-testid="code-error">{error ?? ""}</p>
        <button type="submit" disabled={busy} className="mt-2 w-full rounded-lg bg-brand-600 px-4 py-3 font-semibold text-white disabled:opacity-60">
          {busy ? t("code.checking") : t("code.start")}
        </button>
      </form>
    </>
  );
}
