// English word normalisation for the classifier's features: spelling variants, contractions and a
// light suffix stripper. Consistency between the forms of a word matters here, not linguistic
// truth ("promotion", "promoted", "promote" -> "promot"), but two different words must not meet:
// "care" and "car", "station" and "stats", "notes" and "not" once did. Porter's (1980) conditions
// keep them apart: a suffix comes off only when enough of a word is left (its "measure"), and a
// final e stays after a short consonant-vowel-consonant stem (care, site, note, pile, none).

// British spellings, written by officers trained in either, fold to one form. Roots, so that
// plurals and derived forms fold too (armoured, neighbours, centres, travelling). Not "tyre" ->
// "tire" or "cheque" -> "check": those would meet "tired" and "check".
const BRITISH: [RegExp, string][] = [
  [/^(armo|hono|favo|labo|behavio|neighbo|colo|rumo|harbo|humo|vigo|odo|endeavo)ur/, "$1r"],
  [/^(cent|theat|met|lit|fib|calib)re(s|d)?$/, "$1er$2"],
  [/^(defen|offen|licen|preten)ce(s|d)?$/, "$1se$2"],
  [/^programme(s|d)?$/, "program$1"],
  [
    /^(travel|cancel|counsel|label|model|fuel|level|total|signal|channel|equal|marshal)l(ed|ing|er|ers|or|ors)$/,
    "$1$2",
  ],
  [/^mould/, "mold"],
  [/^(ana|para|cata)lys(e|ed|es|ing)$/, "$1lyz$2"],
];

// Negated auxiliaries, with and without the apostrophe people skip on a phone keyboard.
const NEGATED = /^(?:do|does|did|is|are|was|were|has|have|had|ca|could|would|should|wo|sha|need|must|might|ai)n'?t$/;

/** A word's negation ("can't", "dont", "isn't") or null. */
export function isNegatedAuxiliary(word: string): boolean {
  return NEGATED.test(word);
}

/**
 * Drops a clitic ("station's" -> "station", "we've" -> "we", "that's" -> "that") so the base word
 * meets the stop list and the stemmer. Negations are handled by isNegatedAuxiliary first.
 */
export function stripClitic(word: string): string {
  return word.replace(/'(?:s|re|ve|m|ll|d)$/, "").replace(/s'$/, "s");
}

const VOWEL = /[aeiou]/;

function isConsonant(w: string, i: number): boolean {
  if (VOWEL.test(w[i])) return false;
  // y after a consonant is a vowel (happy), at the start or after a vowel a consonant (yes, play).
  if (w[i] === "y") return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** Porter's measure m of a stem [C](VC)^m[V]: roughly its number of syllables after the first. */
export function measure(w: string): number {
  let m = 0;
  let i = 0;
  while (i < w.length && isConsonant(w, i)) i++;
  while (i < w.length) {
    while (i < w.length && !isConsonant(w, i)) i++;
    if (i >= w.length) break;
    while (i < w.length && isConsonant(w, i)) i++;
    m++;
  }
  return m;
}

const hasVowel = (w: string) => [...w].some((_, i) => !isConsonant(w, i));

/** Ends consonant-vowel-consonant, the last not w, x or y (car, sit, hop): a short syllable. */
function endsCvc(w: string): boolean {
  const n = w.length;
  return n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !/[wxy]$/.test(w);
}

const endsDouble = (w: string) => w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isConsonant(w, w.length - 1);

// Comments repeat a small vocabulary; remembering stems keeps classification fast. Bounded so a
// stream of odd tokens cannot grow it without limit.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = computeStem(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}

function computeStem(word: string): string {
  let w = stripClitic(word);
  for (const [pattern, replacement] of BRITISH) w = w.replace(pattern, replacement);
  w = w.replace(/is(e|ed|es|ing|ation|ations)$/, "iz$1");

  // Plurals and third person.
  if (w.length > 4 && /ies$/.test(w)) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  // Past and progressive; the stem is then repaired as Porter's step 1b does (hoping -> hope,
  // hopping -> hop, caring -> care).
  let stripped = "";
  if (w.length > 4 && w.endsWith("ied")) w = w.slice(0, -3) + "y";
  else if (w.length > 5 && w.endsWith("ing") && hasVowel(w.slice(0, -3))) stripped = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed") && !w.endsWith("eed") && hasVowel(w.slice(0, -2)))
    stripped = w.slice(0, -2);
  if (stripped) {
    w = stripped;
    if (/(at|bl|iz)$/.test(w)) w += "e";
    else if (endsDouble(w) && !/[lsz]$/.test(w) && w.length > 3) w = w.slice(0, -1);
    else if (measure(w) === 1 && endsCvc(w)) w += "e";
  }

  // Derivational suffixes, only from a long enough stem: "promotion" -> "promot" but "station",
  // "statement", "family" and "really" stay whole.
  const strip = (suffix: string, keep = "") => {
    if (!w.endsWith(suffix)) return false;
    const base = w.slice(0, w.length - suffix.length) + keep;
    if (measure(base) <= 1) return false;
    w = base;
    return true;
  };
  void (
    strip("ly") ||
    strip("ment") ||
    strip("ness") ||
    strip("ation", "at") ||
    strip("sion", "s") ||
    strip("tion", "t")
  );

  // A final e (promote -> promot), unless the stem is one short syllable (care, site, note).
  if (w.length > 3 && w.endsWith("e")) {
    const base = w.slice(0, -1);
    const m = measure(base);
    if (m > 1 || (m === 1 && !endsCvc(base))) w = base;
  }
  if (endsDouble(w) && !/[lsz]$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}
