import { defineConfig } from "prisma/config";

// Prisma 7 does not read .env itself.
try {
  process.loadEnvFile();
} catch {
  // no .env: configuration comes from the environment
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:54329/postgres" },
});
