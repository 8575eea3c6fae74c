import { vi } from "vitest";

// `server-only` throws outside React Server Components; in tests the module is plain Node code.
vi.mock("server-only", () => ({}));
