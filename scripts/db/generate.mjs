// `prisma generate` without network: the Prisma 7 CLI wants to download its native schema engine
// even for generate, which never runs it. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing
// file stops the download (see docs/decisions/001-offline-migrations.md).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
const child = spawn("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "package.json",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
child.on("exit", (code) => process.exit(code ?? 1));
