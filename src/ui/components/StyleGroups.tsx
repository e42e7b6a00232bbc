// Style-only changes grouped by kind, with plain names, counts and a few examples.
import type { StyleGroup } from '../../core/summary';
import { t } from './i18n';
import { kindLabel } from './labels';

export function StyleGroups({ groups }: { groups: StyleGroup[] }) {
  return (
    <>
      <p class="wt-muted wt-hint">{t('summary_styleHint')}</p>
      <ul class="wt-style-list">
        {groups.map((g) => (
          <li key={g.kind} data-kind={g.kind}>
            <span class="wt-kind">{t('styleChangeCount', kindLabel(g.kind), g.count)}</span>
            {g.kind === 'typography' ? <span class="wt-example">{t('summary_typographyNote')}</span> : null}
            {g.examples.map((e, i) => (
              <span key={i} class="wt-example">
                {t('summary_wordChange', e.known || t('summary_dropped'), e.copy || t('summary_dropped'))}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
