"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string };

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ links, layout }: { links: NavLink[]; layout: "row" | "column" }) {
  const pathname = usePathname();
  return (
    <ul className={layout === "row" ? "flex flex-wrap gap-1" : "flex flex-col gap-1"}>
      {links.map((link) => {
        const active = isActive(pathname, link.href);
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={active ? "page" : undefined}
              className={`block rounded px-3 py-2 text-sm ${active ? "bg-white font-semibold text-brand-700" : "text-slate-700 hover:bg-brand-50"}`}
            >
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
