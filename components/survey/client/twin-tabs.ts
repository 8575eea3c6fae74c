// A duplicated tab (the browser's "Duplicate tab", or window.open) gets a copy of sessionStorage and
// with it the draft's response id and receipt code. Sending from both would store only the first
// tab's answers, and the second tab would be told "received" with its own answers lost. So a tab
// that loads a draft first asks the other open tabs of this origin whether one of them holds the
// same response id; if so it is the copy and takes a new id and receipt code (its access code stays:
// if both are sent, the second is refused as a used code and asks for a new one: one code, one
// response). Without BroadcastChannel (Safari < 15.4) tabs cannot ask, and nothing changes.

type Message = { kind: "ask"; responseId: string; from: string } | { kind: "mine"; to: string };

/** Long enough for a tab in the same browser to answer; the page is usable meanwhile. */
const ANSWER_WAIT_MS = 400;

/**
 * Answers other tabs' questions for as long as the page lives (about `currentId()`, the id this tab
 * holds now), and resolves to whether another tab already holds the id this tab loaded with.
 * A tab answers only once its own question is settled: two tabs restored at the same moment do not
 * both decide they are the copy.
 */
export function anotherTabHolds(channelName: string, currentId: () => string, token: string): Promise<boolean> {
  if (typeof BroadcastChannel !== "function") return Promise.resolve(false);
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(channelName);
  } catch {
    return Promise.resolve(false);
  }
  let settled = false;
  let heard: (() => void) | null = null;
  channel.onmessage = (event: MessageEvent) => {
    const message = event.data as Message | null;
    if (!message || typeof message !== "object") return;
    if (message.kind === "ask") {
      const mine = currentId();
      if (settled && mine && message.responseId === mine) channel.postMessage({ kind: "mine", to: message.from } satisfies Message);
    } else if (message.kind === "mine" && message.to === token && heard) heard();
  };
  const loaded = currentId();
  if (!loaded) {
    settled = true;
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const finish = (held: boolean) => {
      if (settled) return;
      settled = true;
      heard = null;
      resolve(held);
    };
    heard = () => finish(true);
    setTimeout(() => finish(false), ANSWER_WAIT_MS);
    channel.postMessage({ kind: "ask", responseId: loaded, from: token } satisfies Message);
  });
}
