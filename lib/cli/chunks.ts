// Long texts are checked in chunks, as the extension checks long pages (lib/dom/text-reader.ts):
// a text up to WHOLE_CHARS is checked whole; a longer one in chunks of about DEFAULT_CHUNK_CHARS
// closed at the first line break after that many characters (a block boundary, as on a page),
// else at a space, else anywhere outside a surrogate pair. Each chunk's findings are shifted
// back to offsets in the whole text.
import { DEFAULT_CHUNK_CHARS, WHOLE_CHARS } from '../dom/text-reader';
import type { Finding } from '../model';

export interface Chunk {
  start: number;
  end: number;
}

/** Where each chunk ends: the next line break after `size` characters, searched for `size` more. */
export function textChunks(text: string, whole = WHOLE_CHARS, size = DEFAULT_CHUNK_CHARS): Chunk[] {
  if (text.length <= whole) return [{ start: 0, end: text.length }];
  const out: Chunk[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const limit = Math.min(text.length, start + 2 * size);
      const nl = indexOfAny(text, '\n\r', end, limit);
      const sp = nl < 0 ? indexOfSpace(text, end, limit) : -1;
      end = nl >= 0 ? nl + 1 : sp >= 0 ? sp + 1 : limit;
      const c = text.charCodeAt(end - 1);
      if (end < text.length && c >= 0xd800 && c <= 0xdbff) end++;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

function indexOfAny(text: string, chars: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (chars.includes(text[i])) return i;
  return -1;
}

function indexOfSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (/\s/.test(text[i])) return i;
  return -1;
}

/** The findings of every chunk of `text`, at offsets in `text`. */
export function checkInChunks(text: string, check: (chunk: string) => Finding[], chunks = textChunks(text)): Finding[] {
  if (chunks.length === 1) return check(text);
  const out: Finding[] = [];
  for (const { start, end } of chunks) {
    for (const f of check(text.slice(start, end))) out.push({ ...f, start: f.start + start, end: f.end + start });
  }
  return out;
}
