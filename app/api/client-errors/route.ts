import { z } from "zod";

// Error boundaries (app/(staff)/error.tsx, app/global-error.tsx) report the event id they show, so
// the administrator finds it in the server's log. Only the id and the page path are accepted, never
// the error's text: a fault in the browser may carry what a person typed. Anonymous on purpose: the
// global boundary also shows when the session itself is broken.
const reportSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{4,64}$/),
  path: z.string().max(300).regex(/^\/[^?#\s]*$/),
  digest: z.boolean(),
});

export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  if (body.length > 1000) return new Response(null, { status: 413 });
  let parsed;
  try {
    parsed = reportSchema.safeParse(JSON.parse(body));
  } catch {
    return new Response(null, { status: 400 });
  }
  if (!parsed.success) return new Response(null, { status: 400 });
  const { id, path, digest } = parsed.data;
  // A digest is the server's own id: the server already logged the error under it.
  console.warn(`error page shown: event ${id} (${digest ? "server error, see its digest above" : "browser error"}) at ${path}`);
  return new Response(null, { status: 204 });
}
