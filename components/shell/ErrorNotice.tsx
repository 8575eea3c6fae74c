"use client";
import { useEffect, useState } from "react";

export type ErrorNoticeText = { title: string; body: string; eventId: (id: string) => string; eventIdHint: string; retry: string; back: string };

/** The id shown for an error: the server's digest (already in its log) or a new one for a browser fault. */
function eventIdOf(error: { digest?: string }): { id: string; digest: boolean } {
  if (error.digest) return { id: error.digest, digest: true };
  return { id: crypto.randomUUID().slice(0, 8), digest: false };
}

/**
 * What an error boundary shows: what happened, the event id, a way on. Never the error's text, which
 * may hold a person's input or a server detail; the id is what links the page to the log.
 */
export function ErrorNotice({ error, retry, text }: { error: Error & { digest?: string }; retry: () => void; text: ErrorNoticeText }) {
  const [event] = useState(() => eventIdOf(error));
  useEffect(() => {
    const report = JSON.stringify({ id: event.id, path: window.location.pathname, digest: event.digest });
    if (!navigator.sendBeacon?.("/api/client-errors", new Blob([report], { type: "application/json" }))) {
      void fetch("/api/client-errors", { method: "POST", body: report, keepalive: true }).catch(() => {});
    }
  }, [event]);
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center" role="alert" data-testid="error-page">
      <h1 className="mb-3 text-2xl font-semibold text-brand-900">{text.title}</h1>
      <p className="mb-4 text-slate-700">{text.body}</p>
      <p className="mb-1 font-mono text-sm text-slate-900" data-testid="error-event-id">{text.eventId(event.id)}</p>
      <p className="mb-6 text-sm text-slate-600">{text.eventIdHint}</p>
      <div className="flex justify-center gap-4">
        <button type="button" onClick={retry} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white">{text.retry}</button>
        {/* A plain link: after a fault a fresh load is wanted, and next/link would be a second copy of
            the router's link code in every page's error-boundary chunk. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
        <a href="/" className="px-4 py-2 text-brand-700 underline">{text.back}</a>
      </div>
    </div>
  );
}
