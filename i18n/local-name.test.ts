import { describe, expect, it } from "vitest";
import { localName, localText, localTitle } from "@/i18n/local-name";

describe("localName", () => {
  it("picks the name of the page's language", () => {
    expect(localName({ name: "Minkang Road Station", nameZh: "民康路派出所" }, "zh")).toBe("民康路派出所");
    expect(localName({ name: "Minkang Road Station", nameZh: "民康路派出所" }, "en")).toBe("Minkang Road Station");
  });
  it("falls back to the English name when the Chinese one is missing", () => {
    expect(localName({ name: "Minkang Road Station", nameZh: "" }, "zh")).toBe("Minkang Road Station");
  });
});

describe("localTitle and localText", () => {
  it("read a problem's title or a report section's English title the same way", () => {
    expect(localTitle({ title: "Rest time", titleZh: "休息时间" }, true)).toBe("休息时间");
    expect(localTitle({ titleEn: "Rest time", titleZh: null }, "zh")).toBe("Rest time");
  });
  it("show the other language's text rather than nothing, in either direction", () => {
    expect(localText("", "只有中文的进展", "en")).toBe("只有中文的进展");
    expect(localText("Only English", "", "zh")).toBe("Only English");
    expect(localText("", null, "en")).toBe("");
  });
});
