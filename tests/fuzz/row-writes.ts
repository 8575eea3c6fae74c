// Did an input write anything? Row-level triggers count every INSERT, UPDATE and DELETE (and a
// statement-level one every TRUNCATE) that commits on the tables a rejected input could have touched.
// Reading the counters costs one small query, where a count and checksum of every row (TableChecksum)
// costs a scan of tens of thousands of answers per input; and a write that put back the same values
// is still a write here, which a checksum would miss. The fuzzers take one reading per input.
import pg from "pg";
import { AFFECTED_TABLES } from "./checksum";

const SETUP = `
CREATE UNLOGGED TABLE IF NOT EXISTS fuzz_row_writes (t text PRIMARY KEY, n bigint NOT NULL);
CREATE OR REPLACE FUNCTION fuzz_count_row_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO fuzz_row_writes VALUES (TG_TABLE_NAME, 1)
  ON CONFLICT (t) DO UPDATE SET n = fuzz_row_writes.n + 1;
  RETURN NULL;
END $$;`;

export class RowWrites {
  private constructor(
    private readonly client: pg.Client,
    private readonly tables: string[],
  ) {}

  /** Installs the counting triggers on the affected tables present in the database. */
  static async open(databaseUrl: string, tables = AFFECTED_TABLES): Promise<RowWrites> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const present = (
      await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'`)
    ).rows.map((r) => r.t);
    const counted = tables.filter((t) => present.includes(t));
    await client.query(SETUP);
    // Table names come from the constant list, checked against pg_tables just above.
    for (const t of counted) {
      await client.query(`
        DROP TRIGGER IF EXISTS fuzz_count_row_write ON "${t}";
        DROP TRIGGER IF EXISTS fuzz_count_truncate ON "${t}";
        CREATE TRIGGER fuzz_count_row_write AFTER INSERT OR UPDATE OR DELETE ON "${t}"
          FOR EACH ROW EXECUTE FUNCTION fuzz_count_row_write();
        CREATE TRIGGER fuzz_count_truncate AFTER TRUNCATE ON "${t}"
          FOR EACH STATEMENT EXECUTE FUNCTION fuzz_count_row_write();`);
    }
    return new RowWrites(client, counted);
  }

  private last: string | null = null;

  /** The committed writes so far, per table, as one comparable string. */
  async take(): Promise<string> {
    const { rows } = await this.client.query<{ t: string; n: string }>(`SELECT t, n FROM fuzz_row_writes ORDER BY t`);
    this.last = rows.map((r) => `${r.t}:${r.n}`).join(" ");
    return this.last;
  }

  /** The reading after the previous input (taken now if there was none): one reading per input. */
  async previous(): Promise<string> {
    return this.last ?? this.take();
  }

  /** Removes the triggers and the counter table, leaving the database as the tests found it. */
  async close(): Promise<void> {
    try {
      for (const t of this.tables) {
        await this.client.query(`
          DROP TRIGGER IF EXISTS fuzz_count_row_write ON "${t}";
          DROP TRIGGER IF EXISTS fuzz_count_truncate ON "${t}";`);
      }
      await this.client.query(`DROP TABLE IF EXISTS fuzz_row_writes; DROP FUNCTION IF EXISTS fuzz_count_row_write();`);
    } finally {
      await this.client.end();
    }
  }
}
