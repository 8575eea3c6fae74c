import type { Prisma } from "@/lib/generated/prisma/client";

/** A client inside `db.$transaction(async (tx) => …)`; mutations that compose take one. */
export type Tx = Prisma.TransactionClient;
