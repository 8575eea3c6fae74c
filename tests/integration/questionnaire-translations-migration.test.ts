// The migration that adds the questionnaires' translation columns keeps every existing text where
// it was and leaves one live version per campaign (the one officers were served). Runs the project's
// migrations up to it on a scratch database, puts in data as the app had it, then applies it.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { expect, it } from "vitest";
import { DEFAULT_SERVER_URL, createScratchDatabase, dropScratchDatabase, partsFromUrl } from "../../scripts/db/schema-engine";

const migrations = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const TARGET = "questionnaire_translations";

it("keeps existing texts and retires all but the served published version of a campaign", async () => {
  const server = partsFromUrl(process.env.DATABASE_URL || DEFAULT_SERVER_URL);
  const db = await createScratchDatabase(server, "q_translations");
  const client = new pg.Client(db);
  await client.connect();
  try {
    const names = (await readdir(migrations)).filter((n) => /^\d{14}_/.test(n)).sort();
    const target = names.findIndex((n) => n.endsWith(`_${TARGET}`));
    expect(target).toBeGreaterThan(0);
    const apply = async (name: string) => client.query(await readFile(path.join(migrations, name, "migration.sql"), "utf8"));
    for (const name of names.slice(0, target)) await apply(name);

    await client.query(`
      INSERT INTO "Campaign"(id, slug, name, "nameZh", "startsOn", "endsOn") VALUES ('c1', 'c1', 'C', 'C', '2026-04-08', '2026-04-23'), ('c2', 'c2', 'D', 'D', '2026-04-08', '2026-04-23');
      INSERT INTO "Questionnaire"(id, "campaignId", title, language) VALUES ('q1', 'c1', 'Old', 'zh'), ('q2', 'c1', 'New', 'en'), ('q3', 'c2', 'Other', 'zh');
      INSERT INTO "QuestionnaireVersion"(id, "questionnaireId", version, status, title, intro, "publishedOn") VALUES
        ('v1', 'q1', 1, 'PUBLISHED', '旧问卷', '请如实填写', '2026-04-08'),
        ('v2', 'q2', 1, 'PUBLISHED', 'New', 'Intro', '2026-04-10'),
        ('v3', 'q2', 2, 'DRAFT', 'New', '', NULL),
        ('v4', 'q3', 1, 'PUBLISHED', '其他', '', '2026-04-01');
      INSERT INTO "QuestionnaireSection"(id, "versionId", "order", title) VALUES ('s1', 'v1', 0, '工作');
      INSERT INTO "Question"(id, "sectionId", "order", key, type, prompt, help, "numberUnit") VALUES ('a1', 's1', 0, 'hours', 'NUMBER', '几小时？', '说明', '小时');
      INSERT INTO "QuestionOption"(id, "questionId", "order", value, label) VALUES ('o1', 'a1', 0, 'x', '选项');`);
    await apply(names[target]);

    const versions = await client.query(`SELECT id, status::text, title, intro, "titleTranslation", "introTranslation" FROM "QuestionnaireVersion" ORDER BY id`);
    expect(versions.rows).toEqual([
      { id: "v1", status: "RETIRED", title: "旧问卷", intro: "请如实填写", titleTranslation: "", introTranslation: "" },
      { id: "v2", status: "PUBLISHED", title: "New", intro: "Intro", titleTranslation: "", introTranslation: "" },
      { id: "v3", status: "DRAFT", title: "New", intro: "", titleTranslation: "", introTranslation: "" },
      { id: "v4", status: "PUBLISHED", title: "其他", intro: "", titleTranslation: "", introTranslation: "" },
    ]);
    const question = await client.query(`SELECT prompt, help, "numberUnit", "promptTranslation", "helpTranslation", "numberUnitTranslation" FROM "Question"`);
    expect(question.rows).toEqual([{ prompt: "几小时？", help: "说明", numberUnit: "小时", promptTranslation: "", helpTranslation: "", numberUnitTranslation: "" }]);
    const option = await client.query(`SELECT label, "labelTranslation" FROM "QuestionOption"`);
    expect(option.rows).toEqual([{ label: "选项", labelTranslation: "" }]);
  } finally {
    await client.end();
    await dropScratchDatabase(server, db.database);
  }
});
