// The way from a report to the side-by-side page: a plain link (a new tab from the popup)
// to the bookmarkable URL naming both versions. Absent when the library does not hold
// both (then there are no blocks to align).
import type { Report } from '../../core/types';
import { t } from './i18n';

export function sideBySideHref(report: Report): string | undefined {
  if (!report.copy.id || !report.source.id) return undefined;
  return `../compare/index.html?${new URLSearchParams({ copy: report.copy.id, known: report.source.id })}`;
}

export function OpenSideBySide({ report }: { report: Report }) {
  const href = sideBySideHref(report);
  if (!href) return null;
  return (
    <p class="wt-open-compare">
      <a href={href} target="_blank" rel="noopener" data-testid="open-compare">
        {t('compare_open')}
      </a>
    </p>
  );
}
