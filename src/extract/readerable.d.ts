// The readerable check ships as its own CommonJS file; importing it alone keeps the full
// Readability parser out of the content script's first, every-page chunk.
declare module '@mozilla/readability/Readability-readerable.js' {
  function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
  export = isProbablyReaderable;
}
