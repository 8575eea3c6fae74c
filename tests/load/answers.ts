// A valid set of answers to the demo campaign's published questionnaire, read from the database so
// the suites keep working when the demo questionnaire changes.
import pg from "pg";

type QuestionRow = { key: string; type: string; min: number | null; max: number | null; options: string[] | null };

export async function demoAnswers(databaseUrl: string): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<QuestionRow>(`
      SELECT q.key, q.type::text AS type, q."minValue" AS min, q."maxValue" AS max,
             (SELECT array_agg(o.value ORDER BY o."order") FROM "QuestionOption" o WHERE o."questionId" = q.id) AS options
      FROM "Question" q
      JOIN "QuestionnaireSection" s ON s.id = q."sectionId"
      JOIN "QuestionnaireVersion" v ON v.id = s."versionId"
      JOIN "Questionnaire" n ON n.id = v."questionnaireId"
      JOIN "Campaign" c ON c.id = n."campaignId"
      WHERE v.status = 'PUBLISHED' AND c.status = 'ACTIVE'`);
    const answers: Record<string, unknown> = {};
    for (const q of rows) {
      if (q.type === "NUMBER") answers[q.key] = Math.min(q.max ?? 10, Math.max(q.min ?? 0, 8));
      else if (q.type === "LIKERT") answers[q.key] = 3;
      else if (q.type === "SINGLE_CHOICE" && q.options?.length) answers[q.key] = q.options[0];
      else if (q.type === "MULTI_CHOICE" && q.options?.length) answers[q.key] = [q.options[0]];
      else if (q.type === "TEXT") answers[q.key] = "Too many meetings and not enough patrol cars.";
    }
    return answers;
  } finally {
    await client.end();
  }
}
