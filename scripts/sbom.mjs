// The production dependency tree as a CycloneDX SBOM (sbom.cdx.json), made offline from
// package-lock.json by @cyclonedx/cyclonedx-npm: what ships, with exact versions and hashes, for
// the security review that `npm audit` cannot do here (no advisory service on this network).
//   node scripts/sbom.mjs          write sbom.cdx.json
//   node scripts/sbom.mjs --check  CI: fail if the committed file no longer matches the lock file
// Timestamps and serial numbers are left out, so the file changes only when dependencies do.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const FILE = "sbom.cdx.json";

function generate() {
  const dir = mkdtempSync(path.join(tmpdir(), "sbom-"));
  const out = path.join(dir, "bom.json");
  try {
    execFileSync(
      process.execPath,
      [
        "node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js",
        "--omit",
        "dev",
        "--package-lock-only",
        "--output-reproducible",
        "--flatten-components",
        "--spec-version",
        "1.6",
        "--output-file",
        out,
      ],
      { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NODE_ENV: "production" } },
    );
    return normalize(JSON.parse(readFileSync(out, "utf8")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function normalize(bom) {
  delete bom.serialNumber;
  if (bom.metadata) delete bom.metadata.timestamp;
  return `${JSON.stringify(bom, null, 2)}\n`;
}

const fresh = generate();
const count = JSON.parse(fresh).components.length;
if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = normalize(JSON.parse(readFileSync(FILE, "utf8")));
  } catch {
    // missing or unreadable: stale
  }
  if (committed !== fresh) {
    console.error(`SBOM: ${FILE} does not match package-lock.json; run \`npm run sbom\` and commit it.`);
    process.exit(1);
  }
  console.log(`SBOM: ${FILE} is current (${count} production components)`);
} else {
  writeFileSync(FILE, fresh);
  console.log(`SBOM: wrote ${FILE} (${count} production components)`);
}
