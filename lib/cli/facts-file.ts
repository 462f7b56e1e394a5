// `factcheck check --facts FILE`: the file is read as the options page reads an import
// (lib/io/*): size first, UTF-8, a byte order mark allowed, JSON with line and column, every fact
// checked, factlens-facts/1 or ClaimReview JSON-LD. Anything wrong is a UserError (exit 2).
import { readFileSync, statSync } from 'node:fs';
import { importClaimReviewValue } from '../io/claimreview';
import { importFactsValue } from '../io/facts-json';
import { DEFAULT_MAX_BYTES, parseJsonText, tooLargeMessage } from '../io/json-text';
import type { Fact } from '../model';
import { UserError } from './corpus';

const isLd = (o: unknown) => typeof o === 'object' && o !== null && ('@context' in o || '@type' in o || '@graph' in o);
/** ClaimReview JSON-LD or a fact file, from the JSON's shape (as the options page tells them). */
function looksLikeJsonLd(v: unknown): boolean {
  return Array.isArray(v) ? v.some(isLd) : isLd(v) && !(typeof v === 'object' && v !== null && 'format' in v);
}

/** One line: the first problem, and how many more there are. */
function oneLine(file: string, errors: Array<{ path: string; message: string }>, total = errors.length): UserError {
  const [e] = errors;
  const more = total > 1 ? ` (and ${total - 1} more problem${total > 2 ? 's' : ''})` : '';
  return new UserError(`${file}: ${e.path}: ${e.message}${more}`.replace(/\s*[\r\n]+\s*/g, ' '));
}

export function readFactsFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Fact[] {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) throw new UserError(`${file}: ${tooLargeMessage(size, maxBytes)}`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `facts file not found: ${file}` : `cannot read ${file}: ${code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
  }
  const parsed = parseJsonText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), maxBytes);
  if (!parsed.ok) throw oneLine(file, [parsed]);
  if (looksLikeJsonLd(parsed.value)) {
    const r = importClaimReviewValue(parsed.value, { maxBytes });
    if (!r.ok) throw oneLine(file, r.errors);
    return r.facts;
  }
  const r = importFactsValue(parsed.value, { maxBytes });
  if (!r.ok) throw oneLine(file, r.errors, r.total);
  return r.facts;
}
