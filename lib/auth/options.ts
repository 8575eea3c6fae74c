import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkCredentials } from "@/lib/auth/sign-in";
import { ABSOLUTE_LIFETIME_SECONDS, nowSeconds, sessionExpired } from "@/lib/auth/session-policy";
import { clientAddress } from "@/lib/auth/client-address";
import { endSessionsOfToken, sessionAccount, tokenMatchesAccount } from "@/lib/auth/sessions";

const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", throttled: "Throttled", slowed: "Slowed" } as const;

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: ABSOLUTE_LIFETIME_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const outcome = await checkCredentials(credentials, clientAddress(req?.headers ?? {}));
        if (outcome.ok) return outcome.user;
        // next-auth passes the thrown message to the sign-in page as ?error=...
        throw new Error(SIGN_IN_ERRORS[outcome.reason]);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      const now = nowSeconds();
      if (user) {
        const { role, sessionVersion } = user as { role?: string; sessionVersion?: number };
        return { ...token, sub: user.id, role, sessionVersion, signedInAt: now, lastSeenAt: now };
      }
      if (sessionExpired(token, now)) return { ...token, expired: true };
      return { ...token, lastSeenAt: now };
    },
    // Every session read (getCurrentUser, /api/auth/session) asks the database whether the token's
    // sessions were ended, the account deactivated or its role changed (lib/auth/sessions.ts).
    async session({ session, token }) {
      if (token.expired || !token.sub) return { ...session, user: undefined };
      if (!tokenMatchesAccount(token, await sessionAccount(token.sub))) return { ...session, user: undefined };
      return { ...session, user: { ...session.user, id: token.sub, role: token.role as string } };
    },
  },
  events: {
    async signOut({ token }) {
      await endSessionsOfToken(token);
    },
  },
};
