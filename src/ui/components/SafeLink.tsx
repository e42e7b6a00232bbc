// Links to pages, only ever http(s): a `javascript:` or `data:` URL from a page's metadata
// is shown as text, never made clickable.
import type { ComponentChildren } from 'preact';

export function isHttpUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export function SafeLink({ href, children }: { href: string | undefined; children?: ComponentChildren }) {
  if (!isHttpUrl(href)) return <span class="wt-link-text">{children ?? href}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
