// The report version as a Word document (docx 9): a title page, the four parts as real Heading 1
// (Word's navigation pane and table of contents work), sections as Heading 2 and aspects as
// Heading 3, the measures as a numbered list, participation and measures as tables. Chinese runs
// use SimSun, which every Windows office has; Latin text uses Times New Roman.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph as DocParagraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Paragraph } from "@/lib/reports/paragraphs";

const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "SimSun", cs: "Times New Roman" };
const MEASURES = "measures";

export type DocxMeta = { subtitle: string; status: string };

export async function reportDocx(paragraphs: readonly Paragraph[], meta: DocxMeta): Promise<Buffer> {
  const title = paragraphs.find((p) => p.kind === "title")?.text ?? "";
  const titlePage = [
    new DocParagraph({ spacing: { before: 3000 } }),
    new DocParagraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(title)] }),
    new DocParagraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 600 },
      children: [new TextRun(meta.subtitle)],
    }),
    new DocParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun(meta.status)] }),
  ];
  const body = paragraphs.filter((p) => p.kind !== "title").flatMap(toDocx);
  const doc = new Document({
    title,
    creator: "Listening campaign portal",
    styles: {
      default: { document: { run: { font: FONT, size: 24 } } },
    },
    numbering: {
      config: [
        {
          reference: MEASURES,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children: titlePage }, { children: body }],
  });
  return Packer.toBuffer(doc);
}

function toDocx(p: Paragraph): (DocParagraph | Table)[] {
  switch (p.kind) {
    case "h1":
      return [
        new DocParagraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(p.text)] }),
      ];
    case "h2":
      return [new DocParagraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(p.text)] })];
    case "h3":
      return [new DocParagraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(p.text)] })];
    case "item":
      return [
        new DocParagraph({
          numbering: { reference: MEASURES, level: 0 },
          // The drafted item carries its number for the page; Word numbers the list itself.
          children: [new TextRun(p.text.replace(/^\d+\.\s*/, ""))],
        }),
      ];
    case "table":
      return [new DocParagraph({ children: [new TextRun({ text: p.text, bold: true })] }), table(p.rows ?? [])];
    default:
      return p.text
        .split("\n")
        .map(
          (line) =>
            new DocParagraph({ indent: { firstLine: 480 }, spacing: { after: 120 }, children: [new TextRun(line)] }),
        );
  }
}

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: row.map(
            (cell) =>
              new TableCell({
                children: [new DocParagraph({ children: [new TextRun({ text: cell, bold: i === 0 })] })],
              }),
          ),
        }),
    ),
  });
}
