// The embedded database of `npm start` with no DATABASE_URL: PGlite in this process, served to the
// migrator, bootstrap and the Next server on a local PostgreSQL socket.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * @param {{ dataDir: string, port: number }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedDatabase({ dataDir, port }) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const folder = path.join(dataDir, "pglite");
  mkdirSync(folder, { recursive: true });
  // PGlite itself would let a second process open the same folder and corrupt it.
  const lock = path.join(dataDir, "pglite.pid");
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && pidAlive(pid)) {
      throw new Error(`the embedded database is in use by process ${pid} (another npm start?)`);
    }
  }
  writeFileSync(lock, String(process.pid));
  const db = await PGlite.create(folder);
  // A few connections for the migrator, bootstrap and app in turn; the app itself uses one.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 8 });
  try {
    await server.start();
  } catch (error) {
    await db.close().catch(() => {});
    releaseLock(lock);
    throw new Error(`the embedded database cannot listen on 127.0.0.1:${port}: ${error.message}`);
  }
  console.log(`embedded database: PGlite on 127.0.0.1:${port} (data in ${folder})`);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    // Closing PGlite writes a shutdown checkpoint, so the next start needs no recovery.
    async stop() {
      await server.stop();
      await db.close();
      releaseLock(lock);
    },
  };
}

function releaseLock(lock) {
  try {
    if (readFileSync(lock, "utf8") === String(process.pid)) writeFileSync(lock, "");
  } catch {
    // already gone
  }
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
