import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectPii, mask, maskPii, type PiiKind } from "./pii";

const found = (text: string) => detectPii(text).map((s) => `${s.kind}:${s.text}`);

describe("detectPii: numbers", () => {
  it.each([
    ["电话13812345678打不通", "phone:13812345678"],
    ["call 138 1234 5678 please", "phone:138 1234 5678"],
    ["手机+86 139-1234-5678", "phone:+86 139-1234-5678"],
    ["单位电话0431-88886666", "phone:0431-88886666"],
    ["座机（0431）8888666", "phone:（0431）8888666"],
    ["身份证220102198503154321", "id:220102198503154321"],
    ["ID 11010519491231002X.", "id:11010519491231002X"],
    ["警号：220456", "badge:220456"],
    ["我的警号是123456，别告诉别人", "badge:123456"],
    ["badge no. 012345", "badge:012345"],
    ["车牌吉A12345", "plate:吉A12345"],
    ["京A·12345被扣了", "plate:京A·12345"],
    ["警车吉A1234警坏了", "plate:吉A1234警"],
    ["新能源车粤BD12345", "plate:粤BD12345"],
    ["全角号码１３８１２３４５６７８", "phone:１３８１２３４５６７８"],
  ])("finds the detail in %s", (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    "每天工作12-15小时，一周84小时",
    "报警请打110，投诉打12345",
    "每月自己贴300-500元",
    "辖区3400户，将近10000人",
    "编号不详",
    "123456", // six digits without a cue are not a badge
    "身份证号220102198513154321", // month 13: not a date, so not an ID
  ])("leaves %s alone", (text) => {
    expect(detectPii(text)).toEqual([]);
  });

  it("returns offsets that slice the original text", () => {
    const text = "民警张伟的电话13812345678，车牌吉A12345。";
    for (const span of detectPii(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe("detectPii: names", () => {
  it.each([
    ["民警张伟说食堂太差", "name:张伟"],
    ["所长李明华反映经费不足", "name:李明华"],
    ["这事得问王所长", "name:王"],
    ["刘洋同志天天加班", "name:刘洋"],
    ["指导员赵磊不管事", "name:赵磊"],
    ["同事周杰说他不干了", "name:周杰"],
    ["所长高建国说了算", "name:高建国"],
    ["老王又值夜班", "name:老王"],
    ["小李的孩子病了", "name:小李"],
    ["Officer Wang was hurt", "name:Wang"],
    ["ask Mr. Li about it", "name:Li"],
    ["Zhang Wei said so", "name:Zhang Wei"],
    ["Instructor Zhao Lei is never there", "name:Zhao Lei"],
  ])("finds the name in %s", (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    "民警高度紧张，任务重，周末加班，常年熬夜",
    "民警付出很多，于是申请调动",
    "一天工作十几个小时，小区太大",
    "老师讲课照本宣科，老黄牛精神不能丢",
    "工作时间小于八小时的几乎没有",
    "队长马上就到，方面的问题很多",
    "The Instructor Training is useless",
    "our chief said no",
    "The Long March was long",
  ])("does not flag ordinary words in %s", (text) => {
    expect(detectPii(text)).toEqual([]);
  });
});

describe("detectPii: Chinese full names without a cue", () => {
  const names = (text: string) => detectPii(text).filter((s) => s.kind === "name").map((s) => s.text);

  it.each([
    ["座谈中王小明提出加班太多", "王小明"],
    ["张伟加班很多", "张伟"],
    ["李娜值班太累", "李娜"],
    ["刘建国提出装备老化", "刘建国"],
    ["陈静反映工资低", "陈静"],
    ["吴桂芳经常值夜班", "吴桂芳"],
  ])("flags the name in %s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    "王府井派出所警力不足",
    "在王府井执勤",
    "高度重视加班问题",
    "周末经常加班",
    "黄金周值班",
    "我们常加班到深夜",
    "向领导反映过",
    "一周两次夜班",
    "朱家角派出所人手不够",
    "许多民警经常加班",
    "杨树浦路段拥堵",
    "马上解决装备问题",
  ])("leaves the ordinary words of %s alone", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("mask", () => {
  it("replaces each detail with its kind, in Chinese for Chinese text", () => {
    expect(maskPii("民警张伟的电话13812345678，警号220456，车牌吉A12345")).toBe(
      "民警［姓名］的电话［电话］，警号［警号］，车牌［车牌］",
    );
  });

  it("uses English placeholders for English text, or the language asked for", () => {
    expect(maskPii("Officer Wang, phone 138 1234 5678")).toBe("Officer [name], phone [phone]");
    expect(maskPii("电话13812345678", "en")).toBe("电话[phone]");
  });

  it("masks spans a reviewer marked by hand and skips overlapping ones", () => {
    const text = "abc secret def";
    const spans = [
      { start: 4, end: 10, kind: "name" as PiiKind, text: "secret" },
      { start: 6, end: 8, kind: "phone" as PiiKind, text: "cr" },
    ];
    expect(mask(text, spans)).toBe("abc [name] def");
    expect(mask(text, [])).toBe(text);
  });

  it("always finds and removes a mobile number, whatever surrounds it", () => {
    const filler = fc
      .array(fc.constantFrom(..."民警加班没有补贴经费不足，。 abc"), { maxLength: 12 })
      .map((a) => a.join(""));
    const mobile = fc
      .tuple(
        fc.constantFrom("3", "5", "7", "8", "9"),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
      )
      .map(([second, rest]) => `1${second}${rest.join("")}`);
    fc.assert(
      fc.property(filler, mobile, filler, (before, number, after) => {
        const text = before + number + after;
        const spans = detectPii(text);
        expect(spans.some((s) => s.kind === "phone" && s.text === number)).toBe(true);
        expect(maskPii(text)).not.toContain(number);
      }),
    );
  });
});
