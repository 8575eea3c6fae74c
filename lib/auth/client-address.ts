// The address used to throttle staff sign-in and to keep one client from starving receipt
// look-ups. Next.js gives route handlers no socket address, and `next start` keeps a client's own
// X-Forwarded-For (it fills the header in only when it is missing), so the header alone cannot be
// trusted. Instead `watchClientAddresses` (started from instrumentation.ts) sees every request as
// Node receives it, with its socket, and writes the resolved address into CLIENT_ADDRESS_HEADER,
// replacing whatever the client sent under that name.
//
// TRUSTED_PROXY_HOPS is the number of proxies in front of the app that append to X-Forwarded-For.
// 0 (the default) trusts no header: the address is the socket's peer. With N proxies it is the
// entry N places from the right of X-Forwarded-For followed by the peer, which a client cannot forge.
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/** The client's address from the socket's peer and, behind `hops` proxies, their X-Forwarded-For. */
export function resolveClientAddress(forwardedFor: string | undefined, peer: string | undefined, hops: number): string {
  if (!peer) return "unknown";
  const chain = hops > 0 && forwardedFor ? forwardedFor.split(",").map((part) => part.trim()).filter(Boolean) : [];
  chain.push(peer);
  // Fewer entries than proxies means the request skipped some of them: the leftmost entry was
  // still written by a proxy or the socket, never by the client.
  return normaliseAddress(chain[Math.max(0, chain.length - 1 - hops)]);
}

/**
 * One bucket per IPv4 address, and per /64 for IPv6: a single IPv6 subscriber usually holds a
 * whole /64, so per-address limits would otherwise be free to evade.
 */
export function normaliseAddress(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").replace(/^\[|\]$/g, "").toLowerCase();
  if (!plain.includes(":")) return plain;
  const [head, tail = ""] = plain.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = plain.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/** The address written by watchClientAddresses, or "unknown" (never the client's own headers). */
export function clientAddress(headers: HeaderBag): string {
  return header(headers, CLIENT_ADDRESS_HEADER) || "unknown";
}
