// Number formatting shared by the dashboard's server components and charts. A hidden figure is
// always shown with the same word, whatever the reason it is hidden, so the word says nothing.
import type { Figure } from "@/lib/dashboards/types";

export type FigureFormat = { locale: string; hidden: string };

export function formatNumber(value: number, locale: string, digits = 0): string {
  return new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);
}

export function formatFigure(value: Figure, format: FigureFormat, digits = 0): string {
  return value === null ? format.hidden : formatNumber(value, format.locale, digits);
}

export function formatShare(value: Figure, format: FigureFormat): string {
  return value === null
    ? format.hidden
    : new Intl.NumberFormat(format.locale === "zh" ? "zh-CN" : "en", {
        style: "percent",
        maximumFractionDigits: 0,
      }).format(value);
}
