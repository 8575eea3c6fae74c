import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: string; role: string; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: string;
    // User.sessionVersion at sign-in; a session whose number is behind the database's has ended.
    sessionVersion?: number;
    signedInAt?: number;
    lastSeenAt?: number;
    expired?: boolean;
  }
}
