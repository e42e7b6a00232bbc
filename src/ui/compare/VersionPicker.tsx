// Any two known versions of the story can be compared: a small form that opens the page
// for the chosen pair (a new URL, so the choice can be bookmarked too).
import type { Report, VersionRef } from '../../core/types';
import { t } from '../components/i18n';
import { pairSearch } from './params';

export function knownVersions(report: Report): Array<VersionRef & { id: string }> {
  const all = [report.source, report.copy, ...report.otherVersions];
  const seen = new Set<string>();
  return all.filter((v): v is VersionRef & { id: string } => {
    if (!v.id || seen.has(v.id)) return false;
    seen.add(v.id);
    return true;
  });
}

export function VersionPicker({ report }: { report: Report }) {
  const versions = knownVersions(report);
  if (versions.length < 3 || !report.copy.id || !report.source.id) return null;
  const option = (selected: string) => (v: VersionRef & { id: string }) => (
    <option key={v.id} value={v.id} selected={v.id === selected}>
      {`${v.outlet} — ${v.title}`}
    </option>
  );
  return (
    <form
      class="picker"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        location.search = pairSearch(String(data.get('copy')), String(data.get('known')));
      }}
    >
      <label>
        {t('compare_pickFirst')} <select name="copy">{versions.map(option(report.copy.id))}</select>
      </label>{' '}
      <label>
        {t('compare_pickSecond')} <select name="known">{versions.map(option(report.source.id))}</select>
      </label>{' '}
      <button type="submit">{t('compare_pickGo')}</button>
    </form>
  );
}
