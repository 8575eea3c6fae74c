import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, trustedProxyHops } from "@/lib/auth/client-address";

// Node publishes every incoming request on this channel before the server's request listener
// (Next.js) sees it, with the socket it came on: the one place a `next start` app can learn the
// peer address. Node-only; started once per process from instrumentation.ts.
let watching = false;

export function watchClientAddresses(hops = trustedProxyHops()): void {
  if (watching) return;
  watching = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const forwardedFor = request.headers["x-forwarded-for"];
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
      socket.remoteAddress,
      hops,
    );
  });
}
