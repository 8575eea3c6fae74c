import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prismaRaw from "./scripts/lint/no-unsafe-prisma-raw.mjs";

// The only files that may call Prisma's $queryRawUnsafe / $executeRawUnsafe; each call there carries
// an `unsafe-raw-ok:` comment saying why no outside value reaches the SQL string.
const UNSAFE_RAW_ALLOWED = [
  "lib/surveys/storage-order.ts",
  "lib/dashboards/storage-order.ts",
  "tests/integration/helpers.ts",
  "tests/integration/dashboards-triggers.test.ts",
  "tests/integration/survey-storage-order.test.ts",
];

const config = [
  { ignores: ["node_modules/**", ".next*/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "public/survey/assets/**"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Playwright fixtures call their callback `use`; it is not a React hook.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    plugins: { "prisma-raw": prismaRaw },
    rules: { "prisma-raw/no-unsafe-prisma-raw": ["error", { allow: UNSAFE_RAW_ALLOWED }] },
  },
];

export default config;
