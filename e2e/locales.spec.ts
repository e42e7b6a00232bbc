// The popup in French and German (issue 16): Chromium started in that UI language picks
// _locales/<lang>, so the seed pair's report reads in the reader's language and stays
// accessible. Expected words come from the locale files, never written here.
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, settledPopup, test } from './fixtures';
import { PAGES } from './site';

type Messages = Record<string, { message: string }>;
const messages = (lang: string): Messages =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const english = messages('en');
/** The words of a message before its first substitution. */
const lead = (m: Messages, key: string) => m[key].message.split('$')[0].trim();

for (const lang of ['fr', 'de']) {
  test.describe(`popup in ${lang}`, () => {
    test.use({ lang });

    test(`the seed report reads in ${lang} and is axe clean`, async ({ ext }) => {
      const m = messages(lang);
      const cbc = await ext.open(PAGES.cbcStory);
      await settledPopup(ext, cbc.tabId, 'no-known-version');
      const bulletin = await ext.open(PAGES.bulletinStory);
      const popup = await settledPopup(ext, bulletin.tabId, 'report');
      const body = popup.page.locator('body');

      for (const key of ['summary_copyUncredited', 'summary_changesTitle', 'popup_pauseShort']) {
        expect(m[key].message, `${key} is translated`).not.toBe(english[key].message);
        await expect(body).toContainText(lead(m, key));
      }
      await expect(body).not.toContainText(lead(english, 'summary_copyUncredited'));

      // The engine's change notes (issue 16): the seed copy's claim change (dropped sourcing,
      // a planned meeting told as held) and its dropped credit line, in the locale's words,
      // and no note in English. Folded changes count too (textContent reads closed <details>).
      const notes = (await popup.page.locator('.wt-note').allTextContents()).join(' | ');
      for (const key of ['note_sourcingDropped', 'note_modalityChanged', 'note_creditLineDropped']) {
        expect(m[key].message, `${key} is translated`).not.toBe(english[key].message);
        expect(notes, key).toContain(lead(m, key));
      }
      const englishNotes = Object.keys(english).filter((k) => k.startsWith('note_') && lead(english, k) !== lead(m, k));
      expect(englishNotes.filter((k) => notes.includes(lead(english, k)))).toEqual([]);

      // The side-by-side page's "why" (the verdict's reason, built by the engine) in the locale too.
      const side = await ext.context.newPage();
      await side.goto(`chrome-extension://${ext.extensionId}/src/ui/compare/index.html?tabId=${bulletin.tabId}`);
      const reason = side.locator('.reason');
      await expect(reason).toContainText(lead(m, 'reason_direction'));
      expect(m.reason_direction.message).not.toBe(english.reason_direction.message);
      await expect(reason).not.toContainText(english.reason_direction.message);
      await side.close();
      await expect(popup.page.locator('html')).toHaveAttribute('lang', lang);

      const { violations } = await new AxeBuilder({ page: popup.page }).analyze();
      expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      if (lang === 'fr') {
        // The docs' one French screenshot (README → Languages); refreshed by this run.
        const shot = test.info().outputPath('popup-fr.png');
        await popup.page.screenshot({ path: shot, fullPage: true });
        // WT_WRITE_DOCS=1 copies it over docs/popup-fr.png.
        if (process.env.WT_WRITE_DOCS) copyFileSync(shot, join(import.meta.dirname, '..', 'docs', 'popup-fr.png'));
      }
    });
  });
}
