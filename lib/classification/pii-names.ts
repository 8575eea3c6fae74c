// Personal-name detection for pii.ts. A bare surname character is far too common to flag on its own
// (高度, 任务, 周末 all start with one), so a Chinese name needs a cue: a title before it (民警张伟),
// a title or speech verb after it (王所长, 李娜说), or a familiar prefix (老王, 小李). ICU's word
// segmenter tells names from words: it keeps dictionary words whole and splits unknown names into
// single characters, so a surname that is the first character of a dictionary word is not a name.

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

const SURNAMES = new Set(
  (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕" +
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万" +
    "钱严覃武戴莫孔向汤常葛康施牛洪温芦鲁关"
  ).split(""),
);
const COMPOUND_SURNAMES = new Set([
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "东方",
  "慕容",
  "令狐",
  "皇甫",
  "尉迟",
  "公孙",
  "夏侯",
]);
// 老王 / 小李: only surnames that rarely start an ordinary word after 老 or 小 (not 于: 小于).
const FAMILIAR = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏邹孟熊秦邱江薛段雷侯史陶贺顾毛郝龚邵钱武戴孔汤".split(
    "",
  ),
);
const FAMILIAR_EXCEPTIONS = ["老黄牛", "老马识途", "小马过河", "老江湖", "小金库", "老石头", "老孟子"];

const TITLE_BEFORE =
  /(民警|辅警|警官|副?所长|副?队长|[中大]队长|指导员|教导员|副?局长|副?科长|主任|政委|同事|同志|师傅|警长|书记|组长)[\s:：]?$/;
const TITLE_AFTER =
  /^(副?所长|副?队长|[中大]队长|警官|同志|指导员|教导员|副?局长|副?科长|主任|政委|师傅|警长|书记|组长|老师|大姐|大哥)/;
const SPEECH_AFTER = /^(说|讲|反映|表示|告诉|提出|认为|觉得|曾经|经常|他|她)/;
// Characters that end a given name: particles, pronouns and common verbs.
const NOT_NAME = new Set(
  "的了是在和与跟也都就把被给让对向从说讲称要会能着过们等还又很太不没这那他她我你其所以及或而且但就才再最更已曾每各该此为去来到上下里中个".split(
    "",
  ),
);

const HAN = /^\p{Script=Han}+$/u;

// A full name without a cue (王小明 in a finding, issue 10): ICU splits an unknown name into a
// surname standing alone and one or two single characters, or the surname and a two-character word
// (王|小明, 刘|建国), while place names and ordinary words stay whole (王府井, 高度, 周末). Surnames
// that double as everyday words (常加班, 向领导, 一周两次) never count without a cue.
const AMBIGUOUS_SURNAMES = new Set("于万向常关石金白方江高马何余付傅田范武鲁芦阎周任龙毛牛洪温莫严".split(""));
// Numbers, measure words and place or unit endings: 朱家角派出所 and 张家口市 are places, not people.
const NOT_GIVEN = new Set("一二三四五六七八九十两几百千次天年月日时分号名位条路街巷村镇乡区县市省所队局站处科院校".split(""));
const PLACE_AFTER = /^(派出所|路|街|巷|村|镇|乡|区|县|市|省|所|队|局|站|庄|湾|桥|山|河|湖|门|口)/;

export interface NameSpan {
  start: number;
  end: number;
}

interface Seg {
  text: string;
  index: number;
}

export function detectNames(text: string): NameSpan[] {
  return [...chineseNames(text), ...familiarNames(text), ...englishNames(text)];
}

const ANY_HAN = /\p{Script=Han}/u;

function chineseNames(text: string): NameSpan[] {
  // Every surname is Han: a text without a Han character names nobody here, and skips the word
  // segmenter (a quarter of classifying an English answer, decision 013).
  if (!ANY_HAN.test(text)) return [];
  const segs: Seg[] = [...segmenter.segment(text)].map((s) => ({ text: s.segment, index: s.index }));
  const out: NameSpan[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const isSurname = (seg.text.length === 1 && SURNAMES.has(seg.text)) || COMPOUND_SURNAMES.has(seg.text);
    if (!isSurname) continue;
    let end = seg.index + seg.text.length;
    let given = 0;
    let j = i + 1;
    while (j < segs.length && given < 2) {
      const next = segs[j].text;
      if (next.length !== 1 || !HAN.test(next) || NOT_NAME.has(next) || TITLE_AFTER.test(text.slice(segs[j].index)))
        break;
      end += 1;
      given += 1;
      j++;
    }
    // A two-character given name the dictionary knows as a word (高|建国) counts only before a cue.
    if (given === 0 && j < segs.length && segs[j].text.length === 2 && HAN.test(segs[j].text)) {
      const after = text.slice(segs[j].index + 2);
      if (TITLE_AFTER.test(after) || (SPEECH_AFTER.test(after) && (!AMBIGUOUS_SURNAMES.has(seg.text) || TITLE_BEFORE.test(text.slice(Math.max(0, seg.index - 4), seg.index))))) {
        end += 2;
        given = 2;
      }
    }
    const before = text.slice(Math.max(0, seg.index - 4), seg.index);
    const after = text.slice(end);
    const cued =
      (given > 0 && TITLE_BEFORE.test(before)) || TITLE_AFTER.test(after) || (given > 0 && SPEECH_AFTER.test(after));
    if (cued || bareFullName(segs, i, given, end, text)) {
      out.push({ start: seg.index, end });
      i = j - 1;
    }
  }
  return out;
}

/** A surname that stands alone in the segmentation, then a given name, then no more name-like characters. */
function bareFullName(segs: Seg[], i: number, given: number, end: number, text: string): boolean {
  const surname = segs[i].text;
  if (surname.length !== 1 || AMBIGUOUS_SURNAMES.has(surname) || given === 0) return false;
  // 老黄牛, 小李子: after 老 or 小 only familiarNames decides.
  if (/[老小]$/.test(text.slice(0, segs[i].index))) return false;
  const givenText = text.slice(segs[i].index + 1, end);
  if ([...givenText].some((ch) => NOT_GIVEN.has(ch))) return false;
  if (PLACE_AFTER.test(text.slice(end))) return false;
  // 吴|桂|芳|X|Y: a run of more single characters is rather an unknown phrase than a name.
  const next = segs.find((s) => s.index >= end);
  if (given < 2 && next && next.text.length === 1 && HAN.test(next.text) && !NOT_NAME.has(next.text)) return false;
  if (given === 2 && next && next.text.length === 1 && HAN.test(next.text) && !NOT_NAME.has(next.text) && !SPEECH_AFTER.test(text.slice(end))) return false;
  return true;
}

function familiarNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(/[老小](\p{Script=Han})/gu)) {
    if (!FAMILIAR.has(m[1])) continue;
    if (FAMILIAR_EXCEPTIONS.some((w) => text.startsWith(w, m.index))) continue;
    // 老王 is one dictionary word or 老|王; 小|高兴 and 老黄牛 are ordinary words.
    const [first, second] = [...segmenter.segment(text.slice(m.index, m.index + 5))].map((s) => s.segment);
    const isName = first.length === 2 || (first.length === 1 && second?.length === 1);
    if (isName) out.push({ start: m.index, end: m.index + 2 });
  }
  return out;
}

const PINYIN_SURNAMES = new Set(
  (
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song " +
    "tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lv lu ding ren " +
    "shen yao cui zhong tan wan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan " +
    "lei hou long tao gu mao hao gong shao qian kong xiang chang dai mo lao ouyang sima"
  ).split(" "),
);
const SYLLABLE =
  "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)";
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE}){1,3}$`);
const STRONG_CUES = /^(officer|ofc\.?|mr\.?|mrs\.?|ms\.?|miss|dr\.?|sergeant|sgt\.?|comrade|constable)$/i;
const NOT_A_NAME = new Set(
  (
    "the a an and of on in at to for from with training department station bureau team unit office work police " +
    "political said says told officer chief inspector director instructor deputy captain sergeant"
  ).split(" "),
);

function isPinyin(word: string): boolean {
  return PINYIN_WORD.test(word.toLowerCase());
}

function englishNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  const cue =
    /\b(officer|ofc\.|mr\.?|mrs\.?|ms\.?|miss|dr\.?|sergeant|sgt\.?|comrade|constable|captain|capt\.|chief|inspector|director|instructor|deputy|commissar|lieutenant|lt\.|chairman|secretary)\s+/gi;
  const namePart = /([A-Z][a-z]+)(?:[ -]([A-Z][a-z]+))?/y;
  for (const m of text.matchAll(cue)) {
    namePart.lastIndex = m.index + m[0].length;
    const n = namePart.exec(text);
    if (!n) continue;
    const [, first, second] = n;
    if (NOT_A_NAME.has(first.toLowerCase())) continue;
    // "Officer Smith" is a name; "chief Training" is not, so weak titles need a capital or pinyin.
    const title = m[1];
    const plausible = STRONG_CUES.test(title) || /^[A-Z]/.test(title) || PINYIN_SURNAMES.has(first.toLowerCase());
    if (!plausible) continue;
    const takeSecond =
      second !== undefined && !NOT_A_NAME.has(second.toLowerCase()) && (isPinyin(second) || !isPinyin(first));
    out.push({ start: n.index, end: takeSecond ? n.index + n[0].length : n.index + first.length });
  }
  // Pinyin full names without a cue: "Wang Wei", "Zhang Xiaoming", "Xiao Li".
  for (const m of text.matchAll(/\b([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,11})\b/g)) {
    const [, family, given] = m;
    if (!PINYIN_SURNAMES.has(family.toLowerCase()) || !isPinyin(given)) continue;
    if (NOT_A_NAME.has(given.toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
