// Where the side-by-side page of two library versions lives in the package. One place for
// the path, so the worker (keyboard shortcut) and the pages link to the same bookmarkable URL.
export const SIDE_BY_SIDE_PAGE = 'src/ui/compare/index.html';

/** The page's path and query for a copy and the version it was compared with (library ids). */
export function sideBySidePath(copyId: string, knownId: string): string {
  return `${SIDE_BY_SIDE_PAGE}?${new URLSearchParams({ copy: copyId, known: knownId })}`;
}
