import { describe, expect, it } from "vitest";
import { readMessageKey, withLimit } from "@/i18n/validation";

describe("validation message keys", () => {
  it("carries the limit a value broke", () => {
    expect(readMessageKey(withLimit("tooLong", 2000))).toEqual({ key: "tooLong", params: { max: 2000 } });
  });
  it("leaves a plain key alone", () => {
    expect(readMessageKey("unitRequired")).toEqual({ key: "unitRequired", params: {} });
  });
});
