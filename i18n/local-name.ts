// The one choice between a record's Chinese and English name or title, instead of copies of
// `zh ? x.nameZh : x.name` across the pages. A missing Chinese text falls back to the English one.
// `locale` is the page's locale, or the `zh` flag most pages already hold.
const isZh = (locale: string | boolean) => locale === true || locale === "zh";

/** Any English/Chinese pair of one text: the page's language when that text is not empty, else the other. */
export function localText(en: string, zh: string | null | undefined, locale: string | boolean): string {
  return isZh(locale) ? zh || en : en || zh || "";
}

export function localName(item: { name: string; nameZh?: string | null }, locale: string | boolean): string {
  return localText(item.name, item.nameZh, locale);
}

/** A problem's or action's `title`/`titleZh`, or a report section's or aspect's `titleEn`/`titleZh`. */
export function localTitle(item: { titleZh?: string | null } & ({ title: string } | { titleEn: string }), locale: string | boolean): string {
  return localText("title" in item ? item.title : item.titleEn, item.titleZh, locale);
}
