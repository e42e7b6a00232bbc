// The changes that matter, as the summary lists and counts them (core/summary.ts), with
// next/previous buttons. Each entry is a link to the place on the page (so it also works
// without script) that moves focus there; its text is the copy's wording around the change
// with the changed words marked.
import { Highlighted } from '../components/Highlighted';
import { t } from '../components/i18n';
import { kindLabel } from '../components/labels';
import type { JumpTarget } from './jumpTargets';
import { targetId, type Jumps } from './useJumps';

export function JumpList({ targets, jumps }: { targets: JumpTarget[]; jumps: Jumps }) {
  return (
    <nav class="jumps" aria-labelledby="jumps-title">
      <h2 id="jumps-title" data-testid="changes-count" data-count={targets.length}>
        {t('summary_changesTitle', targets.length)}
      </h2>
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
        <ol data-testid="jump-list">
          {targets.map((target, i) => {
            const c = target.change;
            const id = targetId(target);
            const body = (
              <>
                <span class="jump-kind">{kindLabel(c.kind)}</span>
                <span class="jump-text">
                  <Highlighted pieces={c.copy ?? c.known ?? []} side={c.copy ? 'copy' : 'known'} />
                </span>
              </>
            );
            return (
              <li key={i} data-kind={c.kind}>
                {id ? (
                  <a
                    href={`#${id}`}
                    aria-current={i === jumps.current ? 'location' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      jumps.goTo(i);
                    }}
                  >
                    {body}
                  </a>
                ) : (
                  <span class="jump-unplaced">{body}</span>
                )}
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
