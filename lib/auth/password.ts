import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Argon2id with OWASP's second recommended setting (19 MiB, 2 passes); @node-rs/argon2 defaults to
// Argon2id. Prebuilt binaries ship inside the npm package, so it installs offline.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Compared against when the account does not exist, so that timing does not reveal which e-mail
// addresses have accounts.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  return dummyHash;
}
