// Small text formatters shared by the pages, in the browser's UI language (the one the
// words come in), so a French reader sees "94 %" and a French date.
import { uiLanguage } from '../../platform/i18n';

export function percent(share: number): string {
  return new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(Math.max(0, Math.min(1, share)));
}

/** A published date as the reader's language writes it; the raw value if it is not a date. */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
