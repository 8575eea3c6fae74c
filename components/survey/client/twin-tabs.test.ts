import { describe, expect, it } from "vitest";
import { anotherTabHolds } from "@/components/survey/client/twin-tabs";

// Tabs are played by BroadcastChannels in one process (Node has them too): a message reaches every
// other channel of the same name, as between the tabs of one browser.
let channels = 0;
const fresh = () => `survey-draft:test-${++channels}`;

describe("a tab that loads a draft", () => {
  it("learns that another open tab holds the same response id (a duplicated tab)", async () => {
    const name = fresh();
    expect(await anotherTabHolds(name, () => "r-1", "first")).toBe(false);
    expect(await anotherTabHolds(name, () => "r-1", "copy")).toBe(true);
  });

  it("is alone with its own id, or without any draft", async () => {
    const name = fresh();
    expect(await anotherTabHolds(name, () => "r-1", "first")).toBe(false);
    expect(await anotherTabHolds(name, () => "r-2", "other")).toBe(false);
    expect(await anotherTabHolds(name, () => "", "empty")).toBe(false);
  });

  it("answers about the id it holds now, not the one it loaded with", async () => {
    const name = fresh();
    let held = "r-1";
    expect(await anotherTabHolds(name, () => held, "first")).toBe(false);
    held = "r-forked";
    expect(await anotherTabHolds(name, () => "r-1", "copy")).toBe(false);
    expect(await anotherTabHolds(name, () => "r-forked", "copy2")).toBe(true);
  });
});
