import { describe, expect, it } from 'vitest';
import { checkImportLines } from '../../shared/import-lines';
import { importNote } from './import-note';

// Issue 14, item 10: every import error reaches the options page in plain words.
describe('importNote', () => {
  it('says what was imported and what was kept', () => {
    expect(importNote({ imported: 3, kept: 0, failed: 0, problems: [] })).toBe('Imported 3 articles.');
    expect(importNote({ imported: 2, kept: 1, failed: 0, problems: [] })).toMatch(
      /^Imported 2 articles\. 1 article in the file was already in your library .*version was kept\.$/,
    );
  });
  it('says one article and one line in the singular (issue 16: "1 articles")', () => {
    expect(importNote({ imported: 1, kept: 0, failed: 0, problems: [] })).toBe('Imported 1 article.');
    expect(importNote({ imported: 1, kept: 0, failed: 1, problems: [] })).toMatch(/1 more line was not stored/);
  });
  it('names each failed line and says nothing was imported', () => {
    const text = [
      '{"format":"wiretrace-library","version":1}',
      'not json',
      '{"format":"wiretrace-library","version":1}',
      `{"article":"${'x'.repeat(5_000_000)}"}`,
    ].join('\n');
    const note = importNote({ imported: 0, kept: 0, ...checkImportLines(text) });
    expect(note).toContain('Nothing was imported: 3 lines of the file could not be read.');
    expect(note).toContain('Line 2: it is not JSON');
    expect(note).toContain('Line 3: a second export header');
    expect(note).toContain('Line 4: the line is far too long (5 MB)');
    expect(note).not.toMatch(/\$\d|undefined/);
  });
});
