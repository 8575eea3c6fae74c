// Runs once when a server process starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { watchClientAddresses } = await import("@/lib/auth/client-address-watch");
    watchClientAddresses();
  }
}
