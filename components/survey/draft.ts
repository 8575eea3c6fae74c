// The officer's draft lives in sessionStorage: this tab only, gone when the tab closes, wiped on
// submit (stations share computers). Never localStorage, never a cookie, never the server.
export type AnswerValue = string | string[];

export type Draft = {
  v: 1;
  /** Chosen before the first attempt and kept for every retry: the server stores one response. */
  responseId: string;
  receiptCode: string;
  accessCode: string;
  answers: Record<string, AnswerValue>;
  stage: "answer" | "review";
  section: number;
  /** A send was started and not confirmed: on reload, send again (it cannot arrive twice). */
  sendPending: boolean;
};

const key = (campaign: string) => `survey-draft:${campaign}`;
export const LANGUAGE_KEY = "survey-language";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null; // storage disabled: the survey still works, only without surviving a reload
  }
}

export function loadDraft(campaign: string): Draft | null {
  try {
    const raw = storage()?.getItem(key(campaign));
    const draft = raw ? (JSON.parse(raw) as Draft) : null;
    return draft?.v === 1 && typeof draft.responseId === "string" ? draft : null;
  } catch {
    return null;
  }
}

/** Whether the draft could be kept (false when storage is full or disabled). */
export function saveDraft(campaign: string, draft: Draft): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(key(campaign), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(campaign: string): void {
  try {
    storage()?.removeItem(key(campaign));
  } catch {
    // nothing to clear
  }
}

export function loadLanguage(): string | null {
  try {
    return storage()?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Everything the survey keeps in this tab: a kiosk's next officer starts from nothing. */
export function clearSurveyStorage(campaign: string): void {
  clearDraft(campaign);
  try {
    storage()?.removeItem(LANGUAGE_KEY);
  } catch {
    // nothing to clear
  }
}

export function saveLanguage(locale: string): void {
  try {
    storage()?.setItem(LANGUAGE_KEY, locale);
  } catch {
    // the switch still works for this page view
  }
}
