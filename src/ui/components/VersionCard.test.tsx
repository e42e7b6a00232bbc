// A version's credit on its card (issue 10): a credit to another source shows its line; a
// credit naming the version's own outlet ("With files from CBC News" on CBC's page) reads as
// its own sourcing, never "CBC News credits CBC News"; a metadata credit says where it was found.
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VersionRef } from '../../core/types';
import { installPageDom } from '../test-dom';
import { VersionCard } from './VersionCard';

beforeAll(installPageDom);

function cardText(version: VersionRef): { meta: string; evidence: string | undefined } {
  const root = document.getElementById('app')!;
  render(<VersionCard version={version} />, root);
  const out = {
    meta: root.querySelector('.wt-meta')?.textContent ?? '',
    evidence: root.querySelector('[data-testid="credit-evidence"]')?.textContent ?? undefined,
  };
  render(null, root);
  return out;
}

const cbc: VersionRef = { outlet: 'CBC News', title: 'Harbour bridge vote delayed', url: 'https://cbc.test/news/harbour' };

describe('VersionCard credit', () => {
  it("a credit naming the page's own outlet is its own sourcing", () => {
    const got = cardText({ ...cbc, credits: [{ name: 'CBC News', evidence: 'With files from CBC News', kind: 'origin', own: true }] });
    expect(got.meta).not.toContain('Credits CBC News');
    expect(got.meta).toContain('Credits its own newsroom');
    expect(got.evidence).toContain('With files from CBC News');
  });
  it('a credit to another source is named, with its line', () => {
    const got = cardText({
      ...cbc,
      credit: 'The Canadian Press',
      credits: [
        { name: 'CBC News', evidence: 'With files from CBC News', kind: 'origin', own: true },
        { name: 'The Canadian Press', evidence: 'The Canadian Press contributed to this report.', kind: 'contributed' },
      ],
    });
    expect(got.meta).toContain('Credits The Canadian Press');
    expect(got.evidence).toContain('The Canadian Press contributed to this report.');
  });
  it('a metadata credit says it was found in the metadata', () => {
    const got = cardText({
      ...cbc,
      outlet: 'Daily Paper',
      credit: 'Associated Press',
      credits: [{ name: 'Associated Press', evidence: 'JSON-LD sourceOrganization: Associated Press', kind: 'metadata' }],
    });
    expect(got.evidence).toBe("In the page's metadata: JSON-LD sourceOrganization: Associated Press");
  });
});
