// Normalisation and feature extraction shared by training and classification. Features are plain
// strings so a model serialises to JSON and a reviewer can read why a text was classified:
//   "补贴"        a Chinese word from the ICU dictionary segmenter
//   "~中队"       a Chinese character bigram (prefix "~"): ICU splits domain words such as 中队
//                 or 警力 inconsistently, bigrams make the model robust to that
//   "repair"      an English word, lower-cased and lightly stemmed
//   "patrol car"  an English phrase: two adjacent content words in one clause

import { isNegatedAuxiliary, stem, stripClitic } from "./stem";

export { stem } from "./stem";

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const CLAUSE_BREAK = /[.,;:!?()"'\u3002\uff0c\u3001\uff1b\uff1a\uff01\uff1f\u201c\u201d\u2018\u2019\u300a\u300b]/u;

// Function words, numbers and time words: in cross-validation they only picked up chance weights.
// "too" and "more" stay ("too many meetings").
const EN_STOP = new Set(
  (
    "a an the and or but if then so of to in on at by for from with as is are was were be been being " +
    "am do does did doing have has had having i me my we us our you your he him his she her it its " +
    "they them their this that these those there here what which who whom when where why how " +
    "can could would should will shall may might must just also very really even still yet " +
    "about into over than up down out off again once all any each some such only own same other " +
    "s t get got go going went make made let ever lot lots every many much " +
    "first last " +
    "year years month months week weeks day time times now new said say says people " +
    // Contractions typed without the apostrophe; their apostrophe forms lose the clitic first.
    "thats theres whats heres lets im ive youre theyre weve"
  ).split(" "),
);

// Negations carry no topic alone but change the next word ("no money", "not paid", "没钱"), so they
// only appear inside phrases. The English ones that mean plain "not" share one key, so "never
// paid", "wasn't paid" and "not paid" are one phrase.
const NEGATION = "not";
const EN_NEGATIONS = new Set("no not never cannot".split(" "));
const PHRASE_ONLY = new Set("not without nobody nothing none 没有 没 不".split(" "));

// Shorthand of officers typing on a phone, read as the word it stands for ("5 hrs" is "5 hours",
// "HQ" is "headquarters"), so it meets the lexicon and the formal examples.
const SHORTHAND: Record<string, string> = {
  hq: "headquarters",
  ppl: "people",
  pls: "please",
  plz: "please",
  yr: "year",
  yrs: "years",
  hr: "hours",
  hrs: "hours",
  min: "minutes",
  mins: "minutes",
  govt: "government",
  dept: "department",
  depts: "departments",
  mgmt: "management",
  ot: "overtime",
  cop: "police",
  cops: "police",
  thx: "thanks",
  u: "you",
  r: "are",
  bc: "because",
  cuz: "because",
  coz: "because",
};

// A number says little alone but names a quantity with the next word ("84 hours", "300 yuan",
// "3,400 households"), so numbers are one phrase-only key. Service numbers keep their own key.
const NUMBER = "#";
const SERVICE_NUMBERS = new Set("110 119 120 122 12345 12389".split(" "));
const NUMBER_WORDS = new Set(
  (
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty " +
    "sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens half"
  ).split(" "),
);

const ZH_STOP = new Set(
  (
    "的 了 是 在 和 与 及 或 也 都 就 又 还 而 且 但 但是 并 把 被 给 让 对 向 从 跟 着 过 吗 呢 吧 啊 呀 嘛 " +
    "我 我们 你 你们 他 她 他们 她们 它 自己 咱们 大家 这 那 这个 那个 这些 那些 这样 那样 这种 " +
    "一个 一些 有些 有的 什么 怎么 个 些 之 其 所 以 为 于 等 等等 则 即 如 如果 因为 所以 " +
    "比如 例如 其实 就是 还是 已经 可以 可能 会 能 要 想 说 讲 觉得 认为 感觉 希望 建议 现在 目前"
  ).split(" "),
);

// The placeholders pii.ts's mask() writes (［姓名］ becomes [姓名] under NFKC): masked text is what the
// app classifies, and "[phone]" must not read as a complaint about phone bills.
const MASK_PLACEHOLDER = /\[(?:电话|身份证号|警号|车牌|姓名|phone|id number|badge|plate|name)\]/g;

/** NFKC folds full-width digits and letters (common in Chinese input) into ASCII. */
export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(MASK_PLACEHOLDER, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

export interface Word {
  /** The feature key (stemmed for English). */
  key: string;
  /** The text as written, for display. */
  surface: string;
  han: boolean;
  /** A negation: counts only inside a phrase with the next word. */
  phraseOnly: boolean;
  /** Offsets in the normalised text, so a phrase can show the words between ("too many meetings"). */
  start: number;
  end: number;
}

interface Analysis {
  /** Content words in reading order; `null` marks a clause boundary. */
  words: (Word | null)[];
  /** For each character position, the start of the Han word covering it (for bigram display). */
  wordStart: number[];
  wordText: string[];
}

function word(key: string, surface: string, han: boolean, start: number): Word {
  const phraseOnly = PHRASE_ONLY.has(key) || key === NUMBER;
  return { key, surface, han, phraseOnly, start, end: start + surface.length };
}

function analyse(normalized: string): Analysis {
  const words: (Word | null)[] = [];
  const wordStart: number[] = [];
  const wordText: string[] = [];
  for (const seg of segmenter.segment(normalized)) {
    const s = seg.segment;
    if (!seg.isWordLike) {
      if (CLAUSE_BREAK.test(s)) words.push(null);
      continue;
    }
    if (HAN.test(s)) {
      for (let i = 0; i < s.length; i++) {
        wordStart[seg.index + i] = seg.index;
        wordText[seg.index + i] = s;
      }
      if (!ZH_STOP.has(s)) words.push(word(s, s, true, seg.index));
    } else if (/^\d+(\.\d+)?$/.test(s)) {
      // Short numbers name things (the 110 hotline, 12345); long ones are ids and phone numbers.
      if (SERVICE_NUMBERS.has(s)) words.push(word(s, s, false, seg.index));
      else if (s.length <= 5) words.push(word(NUMBER, s, false, seg.index));
    } else if (NUMBER_WORDS.has(s)) {
      words.push(word(NUMBER, s, false, seg.index));
    } else if (EN_NEGATIONS.has(s) || isNegatedAuxiliary(s)) {
      words.push(word(NEGATION, s, false, seg.index));
    } else {
      const base = SHORTHAND[s] ?? stripClitic(s);
      if (PHRASE_ONLY.has(base)) words.push(word(base, s, false, seg.index));
      else if (!EN_STOP.has(base) && base.length > 1) words.push(word(stem(base), s, false, seg.index));
    }
  }
  return { words, wordStart, wordText };
}

/** Words of a text as the model sees them (English stemmed), for inspection and tests. */
export function tokenize(text: string): string[] {
  return analyse(normalize(text))
    .words.filter((w): w is Word => w !== null)
    .map((w) => w.key);
}

export interface Feature {
  key: string;
  /**
   * What to show a reviewer: the words as written. A bigram inside a longer word shows the word; a
   * bigram straddling two words ("有补" in 没有|补贴) is empty: it still counts, but reads as noise.
   */
  surface: string;
}

function bigramSurface(a: Analysis, pos: number, bigram: string): string {
  const word = a.wordText[pos];
  if (word !== undefined && a.wordStart[pos] === a.wordStart[pos + 1]) {
    return ZH_STOP.has(word) || PHRASE_ONLY.has(word) ? "" : word;
  }
  // Two single-character words (中|队) often are one word the dictionary missed.
  const single = (i: number) => a.wordText[i] === undefined || a.wordText[i].length === 1;
  const content = (ch: string) => !ZH_STOP.has(ch);
  return single(pos) && single(pos + 1) && content(bigram[0]) && content(bigram[1]) ? bigram : "";
}

/** All features of a text, with repeats (the model decides how to count them). */
export function extractFeatures(text: string): Feature[] {
  const norm = normalize(text);
  const analysis = analyse(norm);
  const { words } = analysis;
  const feats: Feature[] = [];
  let prev: Word | null = null;
  for (const w of words) {
    if (w === null) {
      prev = null;
      continue;
    }
    if (!w.phraseOnly) feats.push({ key: w.key, surface: w.surface });
    if (prev && !prev.han && !w.han) {
      feats.push({ key: `${prev.key} ${w.key}`, surface: norm.slice(prev.start, w.end) });
    }
    prev = w;
  }
  for (const run of norm.matchAll(HAN_RUN)) {
    const text = run[0];
    for (let i = 0; i + 1 < text.length; i++) {
      const bigram = text.slice(i, i + 2);
      feats.push({ key: `~${bigram}`, surface: bigramSurface(analysis, run.index + i, bigram) });
    }
  }
  return feats;
}

export function isChinese(text: string): boolean {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (/[a-z]/i.test(ch)) latin++;
  }
  // A Chinese sentence may quote an English acronym; a few Han characters make it Chinese.
  return han > 0 && han * 3 >= latin;
}
