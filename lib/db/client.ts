import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client per process. The embedded PGlite server answers one connection at a time well, so the
// launcher sets DATABASE_POOL_MAX=1 for it; a real PostgreSQL gets a normal pool.
function createClient() {
  const connectionString = process.env.DATABASE_URL;
  // Without DATABASE_URL: the embedded database that `npm start` serves.
  const url = connectionString ?? "postgresql://postgres@127.0.0.1:54329/postgres";
  const max = Number(process.env.DATABASE_POOL_MAX ?? 10);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type { PrismaClient };
