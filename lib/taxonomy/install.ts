import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ASPECTS, SECTIONS } from "@/lib/classification/taxonomy";

/**
 * Installs the default 7 sections and 37 aspects if they are missing. Existing rows are left alone:
 * administrators may have edited aspect titles.
 */
export async function installDefaultTaxonomy(db: PrismaClient): Promise<void> {
  await db.reportSection.createMany({
    data: SECTIONS.map((s, index) => ({
      code: s.code,
      titleEn: s.titleEn,
      titleZh: s.titleZh,
      part: s.part === "grassroots" ? "GRASSROOTS" : "POLITICAL_DEPARTMENT",
      order: index,
    })),
    skipDuplicates: true,
  });
  await db.aspect.createMany({
    data: ASPECTS.map((a, index) => ({
      code: a.code,
      sectionCode: a.section,
      category: a.category,
      titleEn: a.titleEn,
      titleZh: a.titleZh,
      order: index,
    })),
    skipDuplicates: true,
  });
}
