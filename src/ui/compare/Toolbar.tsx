// Reader controls: hide style-only changes, copy the report (Markdown or the JSON the CLI
// prints), print. Copy results are announced in a live region; when the clipboard is
// refused, the text is shown selected so it can be copied by hand.
import { useRef, useState } from 'preact/hooks';
import { reportMarkdown } from '../../core/reportMarkdown';
import type { Report } from '../../core/types';
import { t } from '../components/i18n';
import { markdownLabels } from '../components/labels';

export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function Toolbar({ report, hideStyle, onHideStyle }: { report: Report; hideStyle: boolean; onHideStyle(v: boolean): void }) {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | undefined>();
  const area = useRef<HTMLTextAreaElement>(null);

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setManual(undefined);
      setStatus(done);
    } catch {
      setManual(text);
      setStatus(t('compare_copyFailed'));
      queueMicrotask(() => area.current?.select());
    }
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of buttons, not a form section; a fieldset would need a legend and form semantics.
    <div class="toolbar" role="group" aria-label={t('compare_toolbarLabel')}>
      <label class="toggle">
        <input type="checkbox" checked={hideStyle} onChange={(e) => onHideStyle(e.currentTarget.checked)} /> {t('compare_hideStyle')}
      </label>
      <button type="button" onClick={() => copy(reportMarkdown(report, markdownLabels()), t('compare_copiedMarkdown'))}>
        {t('compare_copyMarkdown')}
      </button>
      <button type="button" onClick={() => copy(reportJson(report), t('compare_copiedJson'))}>
        {t('compare_copyJson')}
      </button>
      <button type="button" onClick={() => print()}>
        {t('compare_print')}
      </button>
      <p class="copy-status" role="status">
        {status}
      </p>
      {manual !== undefined ? (
        <label class="manual">
          {t('compare_copyManual')}
          <textarea ref={area} readOnly rows={8} value={manual} />
        </label>
      ) : null}
    </div>
  );
}
