// The address used to throttle staff sign-in. Behind a load balancer set TRUSTED_PROXY_HOPS to the
// number of proxies that append to X-Forwarded-For; the address is then read that many entries from
// the right, which a client cannot forge. Never called on survey routes.
type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientAddress(headers: HeaderBag, trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1)): string {
  const forwarded = header(headers, "x-forwarded-for");
  if (!forwarded) return "unknown";
  const hops = forwarded.split(",").map((part) => part.trim()).filter(Boolean);
  const index = Math.max(0, hops.length - Math.max(1, trustedHops));
  return hops[index] ?? "unknown";
}
