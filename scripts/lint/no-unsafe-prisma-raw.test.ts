import path from "node:path";
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import plugin from "./no-unsafe-prisma-raw.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: "module" } });
const at = (file: string) => path.join(process.cwd(), file);
const options = [{ allow: ["lib/allowed.ts"] }];

tester.run("no-unsafe-prisma-raw", plugin.rules["no-unsafe-prisma-raw"], {
  valid: [
    { code: "db.$queryRaw`SELECT 1`; tx.$executeRaw`SELECT ${x}`;", filename: at("lib/other.ts"), options },
    {
      code: '// unsafe-raw-ok: the table names are constants of this file\nawait db.$executeRawUnsafe(`CLUSTER "${t}"`);',
      filename: at("lib/allowed.ts"),
      options,
    },
    {
      code: "await db.$queryRawUnsafe('SELECT 1'); // unsafe-raw-ok: a literal, nothing interpolated",
      filename: at("lib/allowed.ts"),
      options,
    },
  ],
  invalid: [
    { code: "db.$queryRawUnsafe(sql);", filename: at("lib/other.ts"), options, errors: [{ messageId: "forbidden" }] },
    { code: "tx.$executeRawUnsafe(sql);", filename: at("lib/other.ts"), options, errors: [{ messageId: "forbidden" }] },
    {
      code: "db['$queryRawUnsafe'](sql);",
      filename: at("lib/other.ts"),
      options,
      errors: [{ messageId: "forbidden" }],
    },
    {
      code: "const { $executeRawUnsafe } = db;",
      filename: at("lib/other.ts"),
      options,
      errors: [{ messageId: "forbidden" }],
    },
    // Allowed file, but no reason (or too short a reason) given.
    { code: "db.$queryRawUnsafe(sql);", filename: at("lib/allowed.ts"), options, errors: [{ messageId: "reason" }] },
    {
      code: "// unsafe-raw-ok: fine\ndb.$queryRawUnsafe(sql);",
      filename: at("lib/allowed.ts"),
      options,
      errors: [{ messageId: "reason" }],
    },
    {
      code: "// unsafe-raw-ok: the names are constants\n\n\n\ndb.$queryRawUnsafe(sql);",
      filename: at("lib/allowed.ts"),
      options,
      errors: [{ messageId: "reason" }],
    },
  ],
});
