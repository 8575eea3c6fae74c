import { describe, expect, it } from "vitest";
import { localName } from "@/i18n/local-name";

describe("localName", () => {
  it("picks the name of the page's language", () => {
    expect(localName({ name: "Minkang Road Station", nameZh: "民康路派出所" }, "zh")).toBe("民康路派出所");
    expect(localName({ name: "Minkang Road Station", nameZh: "民康路派出所" }, "en")).toBe("Minkang Road Station");
  });
  it("falls back to the English name when the Chinese one is missing", () => {
    expect(localName({ name: "Minkang Road Station", nameZh: "" }, "zh")).toBe("Minkang Road Station");
  });
});
