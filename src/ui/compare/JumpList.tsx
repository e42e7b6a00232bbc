// The list of substantive changes, with next/previous buttons. Each entry is a link to the
// place on the page (so it also works without script) that moves focus there.
import { t } from '../components/i18n';
import { kindLabel } from '../components/labels';
import type { JumpTarget } from './jumpTargets';
import { targetId, type Jumps } from './useJumps';

function excerpt(text: string | undefined, max = 90): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function JumpList({ targets, jumps }: { targets: JumpTarget[]; jumps: Jumps }) {
  return (
    <nav class="jumps" aria-labelledby="jumps-title">
      <h2 id="jumps-title">{t('compare_jumpTitle', targets.length)}</h2>
      <div class="jump-buttons">
        <button type="button" onClick={jumps.previous} aria-keyshortcuts="p k" disabled={!targets.length}>
          {t('compare_previous')}
        </button>
        <button type="button" onClick={jumps.next} aria-keyshortcuts="n j" disabled={!targets.length}>
          {t('compare_next')}
        </button>
      </div>
      <p class="hint">{t('compare_keysHint')}</p>
      {targets.length ? (
        <ol>
          {targets.map((target, i) => {
            const d = target.differences[0];
            return (
              <li key={targetId(target)}>
                <a
                  href={`#${targetId(target)}`}
                  aria-current={i === jumps.current ? 'location' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    jumps.goTo(i);
                  }}
                >
                  <span class="jump-kind">{target.differences.map((x) => kindLabel(x.kind)).filter((k, j, all) => all.indexOf(k) === j).join(', ')}</span>
                  <span class="jump-text">{excerpt(d.copy ?? d.known)}</span>
                </a>
              </li>
            );
          })}
        </ol>
      ) : (
        <p>{t('noSubstantiveChanges')}</p>
      )}
    </nav>
  );
}
