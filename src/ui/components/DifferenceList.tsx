// Differences: substantive first, each with both wordings; style-only changes grouped by
// kind with counts and collapsed (they do not change meaning, so they must not crowd out
// the ones that do).
import type { Difference, DifferenceKind } from '../../core/types';
import { t } from './i18n';
import { kindLabel } from './labels';

function Wording({ label, text, cls }: { label: string; text: string | undefined; cls: string }) {
  return (
    <div class={`wt-wording ${cls}`}>
      <span class="wt-wording-label">{label}</span>
      {text ? <span class="wt-text">{text}</span> : <span class="wt-muted">{t('absent')}</span>}
    </div>
  );
}

export function groupStyle(diffs: Difference[]): { kind: DifferenceKind; count: number; examples: Difference[] }[] {
  const groups = new Map<DifferenceKind, { kind: DifferenceKind; count: number; examples: Difference[] }>();
  for (const d of diffs) {
    const g = groups.get(d.kind) ?? { kind: d.kind, count: 0, examples: [] };
    g.count += d.count ?? 1;
    g.examples.push(d);
    groups.set(d.kind, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

export function DifferenceList({ differences }: { differences: Difference[] }) {
  const substantive = differences.filter((d) => d.significance === 'substantive');
  const style = groupStyle(differences.filter((d) => d.significance === 'style'));
  const styleTotal = style.reduce((n, g) => n + g.count, 0);
  return (
    <div>
      <h3>{t('substantiveChanges', substantive.length)}</h3>
      {substantive.length === 0 ? <p class="wt-muted">{t('noSubstantiveChanges')}</p> : null}
      <ol class="wt-diffs" data-testid="substantive">
        {substantive.map((d, i) => (
          <li key={i} class="wt-diff" data-kind={d.kind}>
            <div class="wt-kind">{kindLabel(d.kind)}</div>
            {d.note ? <div class="wt-note">{d.note}</div> : null}
            <Wording label={t('inOriginal')} text={d.known} cls="wt-known" />
            <Wording label={t('inCopy')} text={d.copy} cls="wt-copy" />
          </li>
        ))}
      </ol>
      {styleTotal > 0 ? (
        <details class="wt-style" data-testid="style">
          <summary>{t('styleChanges', styleTotal)}</summary>
          <ul>
            {style.map((g) => (
              <li key={g.kind} data-kind={g.kind}>
                <span class="wt-kind">{t('styleChangeCount', kindLabel(g.kind), g.count)}</span>
                <span class="wt-examples">
                  {g.examples
                    .filter((e) => e.known || e.copy)
                    .slice(0, 4)
                    .map((e, i) => (
                      <span key={i} class="wt-example">
                        {e.known ?? '∅'} → {e.copy ?? '∅'}
                      </span>
                    ))}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
