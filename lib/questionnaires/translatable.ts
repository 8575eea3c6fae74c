import "server-only";
import type { Tx } from "@/lib/db/types";
import { asLang, translatableOf } from "@/lib/questionnaires/languages";

/** Every text column of a version, both languages, for the checks before publishing. */
const versionTextSelect = {
  title: true,
  titleTranslation: true,
  intro: true,
  introTranslation: true,
  sections: {
    orderBy: { order: "asc" },
    select: {
      title: true,
      titleTranslation: true,
      questions: {
        orderBy: { order: "asc" },
        select: {
          key: true, type: true, profileField: true, prompt: true, promptTranslation: true, help: true, helpTranslation: true,
          numberUnit: true, numberUnitTranslation: true, normLabel: true, normLabelTranslation: true,
          options: { orderBy: { order: "asc" }, select: { value: true, label: true, labelTranslation: true } },
        },
      },
    },
  },
} as const;

export async function loadTranslatable(tx: Tx, versionId: string, language: string) {
  const version = await tx.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId }, select: versionTextSelect });
  return translatableOf(version, asLang(language));
}
