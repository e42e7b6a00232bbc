// A JSON-lines file split at line ends into pieces small enough for one extension message
// (Chrome refuses messages over 64 MiB), each with the number of its first line so errors
// still name the line of the whole file.
export const IMPORT_CHUNK_CHARS = 8 * 1024 * 1024;

export interface LineChunk {
  text: string;
  firstLine: number;
}

/** Pieces of at most `maxChars` (a single longer line travels alone), in order. */
export function chunkLines(text: string, maxChars = IMPORT_CHUNK_CHARS): LineChunk[] {
  const chunks: LineChunk[] = [];
  let start = 0;
  let line = 1;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxChars);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n', end - 1);
      end = cut >= start ? cut + 1 : text.indexOf('\n', end) + 1 || text.length;
    }
    const piece = text.slice(start, end);
    chunks.push({ text: piece, firstLine: line });
    for (let i = piece.indexOf('\n'); i !== -1; i = piece.indexOf('\n', i + 1)) line++;
    start = end;
  }
  return chunks;
}
