// Row counts and an order-independent checksum of the tables a rejected input could have touched:
// if an input was refused, these must be exactly as before it.
import pg from "pg";

export const AFFECTED_TABLES = [
  "Response",
  "Answer",
  "AccessCode",
  "AccessCodeBatch",
  "EvidenceItem",
  "ListeningSession",
  "Finding",
  "Questionnaire",
  "QuestionnaireVersion",
  "QuestionnaireSection",
  "Question",
  "QuestionOption",
  "Campaign",
  "AuditEvent",
  "DashboardRespondentCount",
  "DashboardAnswerCount",
  "DashboardChoiceCount",
  "DashboardTopicCount",
];

export class TableChecksum {
  private constructor(
    private readonly client: pg.Client,
    private readonly sql: string,
  ) {}

  static async open(databaseUrl: string, tables = AFFECTED_TABLES): Promise<TableChecksum> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const present = (
      await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'`)
    ).rows.map((r) => r.t);
    // Table names come from the constant list above, checked against pg_tables.
    const parts = tables
      .filter((t) => present.includes(t))
      .map((t) => `SELECT '${t}' AS t, count(*) AS n, coalesce(sum(hashtext(x::text)::bigint), 0) AS h FROM "${t}" x`);
    return new TableChecksum(client, parts.join(" UNION ALL "));
  }

  private last: string | null = null;

  async take(): Promise<string> {
    const { rows } = await this.client.query<{ t: string; n: string; h: string }>(this.sql);
    this.last = rows.map((r) => `${r.t}:${r.n}:${r.h}`).join(" ");
    return this.last;
  }

  /** The state after the previous input (taken now if there was none): one checksum per input. */
  async previous(): Promise<string> {
    return this.last ?? this.take();
  }

  /** Names of the tables whose count or checksum differs between two states. */
  static changed(before: string, after: string): string[] {
    const was = new Set(before.split(" "));
    return after
      .split(" ")
      .filter((part) => !was.has(part))
      .map((part) => part.split(":")[0]);
  }

  async query(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
