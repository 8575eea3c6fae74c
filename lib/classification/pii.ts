// Flags personal details in free text so a reviewer can mask them before a comment is quoted
// (docs/trust-contract.md, "Personal details masked before quoting"). It errs towards flagging: a false flag costs a reviewer one click,
// a missed name can expose an officer. Detection is pattern-based, so a human review stays required.

import { detectNames } from "./pii-names";

export type PiiKind = "phone" | "id" | "badge" | "plate" | "name";

export interface PiiSpan {
  /** UTF-16 offsets into the original text, end exclusive (String.prototype.slice semantics). */
  start: number;
  end: number;
  kind: PiiKind;
  text: string;
}

/** Full-width digits and letters (Chinese input methods) folded to ASCII without changing offsets. */
function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const PATTERNS: { kind: PiiKind; re: RegExp; group?: number }[] = [
  // 18-digit resident identity number with a plausible birth date (checksum not required: typos
  // in a real number are still personal data).
  {
    kind: "id",
    re: /(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g,
  },
  // Mainland mobile: 1[3-9]x xxxx xxxx, optional +86, optional separators in 3-4-4 groups.
  { kind: "phone", re: /(?<![\d+])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g },
  // Landline with area code: 0431-88886666, (0431)8888666, 010 12345678.
  { kind: "phone", re: /(?<!\d)(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[-\s])\s?\d{7,8}(?!\d)/g },
  // Police numbers are bare digits, so they need a cue: 警号 123456, badge no. 123456.
  {
    kind: "badge",
    re: /(?:警号|警员编号|警官证号?|工号|编号|badge(?:\s*(?:no\.?|number|#))?|police\s*(?:no\.?|number)|officer\s*(?:no\.?|number)|service\s*number)[\s:：#是为]*([A-Za-z]?\d{5,7})(?!\d)/gi,
    group: 1,
  },
  // Vehicle plates: 吉A12345, 京A·12345, 粤B D12345 (new energy), 吉A1234警 (police).
  {
    kind: "plate",
    re: /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Za-hj-np-z][·•.\-\s]?(?:[A-HJ-NP-Za-hj-np-z0-9]{5,6}|[A-HJ-NP-Za-hj-np-z0-9]{4}[警学挂港澳])(?![A-Za-z0-9])/g,
  },
];

const PRIORITY: Record<PiiKind, number> = { id: 0, phone: 1, badge: 2, plate: 3, name: 4 };

export function detectPii(text: string): PiiSpan[] {
  const folded = foldWidth(text);
  const found: PiiSpan[] = [];
  for (const { kind, re, group } of PATTERNS) {
    for (const m of folded.matchAll(re)) {
      let start = m.index;
      let end = start + m[0].length;
      if (group !== undefined) {
        start += m[0].lastIndexOf(m[group]);
        end = start + m[group].length;
      }
      found.push({ start, end, kind, text: text.slice(start, end) });
    }
  }
  for (const n of detectNames(text)) found.push({ ...n, kind: "name", text: text.slice(n.start, n.end) });
  return resolveOverlaps(found);
}

/** Keeps one span per stretch of text: the longest, then the more sensitive kind. */
function resolveOverlaps(spans: PiiSpan[]): PiiSpan[] {
  const ordered = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start,
  );
  const kept: PiiSpan[] = [];
  for (const s of ordered) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const LABELS: Record<"zh" | "en", Record<PiiKind, string>> = {
  zh: { phone: "［电话］", id: "［身份证号］", badge: "［警号］", plate: "［车牌］", name: "［姓名］" },
  en: { phone: "[phone]", id: "[ID number]", badge: "[badge]", plate: "[plate]", name: "[name]" },
};

/**
 * Replaces each span with a placeholder naming its kind. `lang` picks the placeholder language;
 * by default Chinese when the text contains Chinese characters.
 */
export function mask(text: string, spans: PiiSpan[], lang?: "zh" | "en"): string {
  const labels = LABELS[lang ?? (/\p{Script=Han}/u.test(text) ? "zh" : "en")];
  let out = "";
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue; // overlapping input: the earlier span already covers it
    out += text.slice(at, s.start) + labels[s.kind];
    at = s.end;
  }
  return out + text.slice(at);
}

/** Detects and masks in one step. */
export function maskPii(text: string, lang?: "zh" | "en"): string {
  return mask(text, detectPii(text), lang);
}
