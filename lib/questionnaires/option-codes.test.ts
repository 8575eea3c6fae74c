import { describe, expect, it } from "vitest";
import { assignOptionCodes, codeFromLabel, codeFromLabels } from "@/lib/questionnaires/option-codes";

const opt = (value: string, en: string, zh: string) => ({ value, label: { en, zh } });

describe("option codes", () => {
  it("spells a Chinese label in toneless pinyin, readable and valid", () => {
    expect(codeFromLabel("车辆")).toBe("che_liang");
    expect(codeFromLabel("对讲机和手机")).toBe("dui_jiang_ji_he_shou_ji");
    expect(codeFromLabel("5至15年")).toBe("5_zhi_15_nian");
    expect(codeFromLabel("女警")).toBe("nv_jing");
  });

  it("keeps English labels as words, and cuts long labels at a word boundary", () => {
    expect(codeFromLabel("Radios and phones")).toBe("radios_and_phones");
    const long = codeFromLabel("执法记录仪、防弹衣、防刺服、警用头盔和其他个人防护装备");
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/^zhi_fa_ji_lu_yi_fang_dan_yi(_[a-z0-9]+)*$/);
  });

  it("prefers the English label, uses the Chinese one when English is missing", () => {
    expect(codeFromLabels({ en: "Vehicles", zh: "车辆" })).toBe("vehicles");
    expect(codeFromLabels({ en: "", zh: "车辆" })).toBe("che_liang");
    expect(codeFromLabels({ en: "", zh: "？！" })).toBe("option");
  });

  it("is stable and unique within a question, never touching codes already given", () => {
    const options = [opt("", "", "车辆"), opt("che_liang_2", "", "旧车"), opt("", "", "车辆"), opt("", "", "车辆"), opt("radios", "", "对讲机")];
    const first = assignOptionCodes(options).map((o) => o.value);
    expect(first).toEqual(["che_liang", "che_liang_2", "che_liang_3", "che_liang_4", "radios"]);
    expect(assignOptionCodes(options).map((o) => o.value)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});
