import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Headers that do not depend on the request; the per-request CSP nonce is set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // Tests build into their own folder so they never replace the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `npm run typecheck` (tsc over the whole tree, tests included) is the type check: CI runs it
  // before building, and a second pass inside `next build` doubled the build on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  generateEtags: false,
  ...(process.env.PROFILE_BUILD ? { experimental: { serverMinification: false } } : {}),
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@node-rs/argon2"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// The officer pages load no React: their script and stylesheet are bundled outside Next
// (scripts/build-survey-assets.mjs), here so that every `next build` and `next dev` has them.
export default async function config(phase: string) {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) {
    const { buildSurveyAssets } = await import("./scripts/build-survey-assets.mjs");
    await buildSurveyAssets();
  }
  return withNextIntl(nextConfig);
}
