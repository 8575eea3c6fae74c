// Node flags of the served portal: `npm start` (scripts/start.mjs) runs `next start` with them, and
// so do the benches that time pages over HTTP (bench/http-pages.ts), so they measure what is served.
//
// --max-semi-space-size=64 (MB; V8's default is 16 on 64-bit): a dashboard request allocates tens of
// megabytes that live for the whole request (rows, figures, the React payload), so with the default
// young generation many of them survived a scavenge or two and were copied and promoted, and garbage
// collection was about a fifth of the page's server CPU. Measured on the bureau head's dashboard at
// 1.7 million answers, three alternating runs of 100 requests each (decision 003): 99 ms of server
// CPU per request against 108 with the default, for 70-180 MB more resident memory (550 MB -> 620-730 MB after those requests).
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];
