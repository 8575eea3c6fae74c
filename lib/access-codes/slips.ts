import "server-only";
import QRCode from "qrcode";
import { formatCode } from "@/lib/access-codes/format";

export type Slip = { code: string; qrSvg: string };

/**
 * The survey address for a campaign, and printable slips: the code in clear and a QR of the address
 * with the code after `#`. Browsers never send the part after `#` to a server, and the page wipes
 * it from the address bar at once, so the code reaches no log.
 */
export function surveyAddress(origin: string, slug: string): string {
  return `${origin.replace(/\/$/, "")}/survey/${encodeURIComponent(slug)}`;
}

export async function makeSlips(address: string, codes: string[]): Promise<Slip[]> {
  return Promise.all(
    codes.map(async (code) => ({
      code: formatCode(code),
      qrSvg: await QRCode.toString(`${address}#${code}`, { type: "svg", errorCorrectionLevel: "M", margin: 1 }),
    })),
  );
}
