import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { reportDocx } from "@/lib/reports/docx";
import { draftReport } from "@/lib/reports/draft";
import { fixture, translator } from "@/lib/reports/fixture.test-data";

async function open(locale: "en" | "zh") {
  const paragraphs = draftReport(fixture({ locale }), translator(locale));
  const zip = await JSZip.loadAsync(await reportDocx(paragraphs, { subtitle: "Version 1", status: "Draft" }));
  return {
    document: await zip.file("word/document.xml")!.async("string"),
    styles: await zip.file("word/styles.xml")!.async("string"),
  };
}

// The text of every paragraph with the given style.
function styled(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)]
    .map((m) => m[1] ?? m[2])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
}

describe("reportDocx", () => {
  it("has the four parts as Heading 1, sections and aspects as headings, the tables and numbered measures", async () => {
    const { document, styles } = await open("en");
    expect(styled(document, "Heading1")).toEqual([
      "I. Basic situation",
      "II. Problems raised, by section and aspect",
      "III. The Political Department&apos;s own problems and the suggestions addressed to it",
      "IV. Causes and next-work measures",
    ]);
    expect(styled(document, "Heading2")).toContain("(a) Protecting officers&apos; legitimate rights");
    expect(styled(document, "Heading3")).toEqual(["1. Aspect A1", "1. Aspect B1", "1. Aspect E1"]);
    expect(styles).toContain('w:styleId="Heading1"');
    // The measures table: header and both measures in number order.
    const tables = [...document.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) =>
      [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]),
    );
    expect(tables).toHaveLength(2);
    expect(tables[1]).toEqual([
      "No.",
      "Measure",
      "Owner",
      "Due",
      "Status",
      "1",
      "Protect officers on duty",
      "Legal Section",
      "no date",
      "in progress",
      "2",
      "Pay overtime",
      "Finance Office",
      "2026-06-30",
      "planned",
    ]);
    expect(document).toContain("<w:numPr>");
  });

  it("keeps Chinese text intact in an East Asian font", async () => {
    const { document, styles } = await open("zh");
    expect(styled(document, "Heading1")[0]).toBe("一、基本情况");
    expect(document).toContain("（一）维护民警合法权益方面的问题");
    expect(document).toContain("民康路派出所");
    expect(styles).toMatch(/w:eastAsia="SimSun"/);
  });
});
