"use client";
import { useEffect, useSyncExternalStore } from "react";
import { loadLanguage, saveLanguage } from "@/components/survey/draft";
import type { SurveyLocale } from "@/components/survey/translate";

const noSubscribe = () => () => {};

/** False while the server's HTML is hydrated, true afterwards: tab storage is readable only then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscribe, () => true, () => false);
}

const languageListeners = new Set<() => void>();

/**
 * The survey's language: the browser's (negotiated by the server) until the officer picks one;
 * the pick lives in this tab's sessionStorage, never in a cookie.
 */
export function useSurveyLanguage(initial: SurveyLocale): [SurveyLocale, (locale: SurveyLocale) => void] {
  const stored = useSyncExternalStore(
    (listener) => {
      languageListeners.add(listener);
      return () => languageListeners.delete(listener);
    },
    loadLanguage,
    () => null,
  );
  const locale: SurveyLocale = stored === "zh" || stored === "en" ? stored : initial;
  useEffect(() => {
    document.documentElement.lang = locale === "zh" ? "zh-CN" : "en";
  }, [locale]);
  const choose = (next: SurveyLocale) => {
    saveLanguage(next);
    for (const listener of languageListeners) listener();
  };
  return [locale, choose];
}

function subscribeOnline(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}
