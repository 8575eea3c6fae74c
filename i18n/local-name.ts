// The one choice between a record's Chinese and English name (nameZh / name), instead of about 40
// copies of `zh ? x.nameZh : x.name`. A missing Chinese name falls back to the English one.
// `locale` is the page's locale, or the `zh` flag most pages already hold.
export function localName(item: { name: string; nameZh?: string | null }, locale: string | boolean): string {
  const zh = locale === true || locale === "zh";
  return zh && item.nameZh ? item.nameZh : item.name;
}
