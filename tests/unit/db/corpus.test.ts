import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseCorpusManifest } from '../../../lib/db/corpus';
import { readShippedCorpus } from '../helpers';

const entry = { file: 'a.txt', lang: 'en', title: 'A title', published: null, outlet: null };

describe('parseCorpusManifest', () => {
  it('accepts the shape of the shipped manifest', () => {
    expect(parseCorpusManifest({ documents: [entry] })).toEqual([entry]);
  });

  it.each([
    [null, /must be an object with a "documents" array/],
    [{ documents: {} }, /"documents" array/],
    [{ documents: [42] }, /documents\[0\] must be an object/],
    [{ documents: [{ ...entry, file: '../secret' }] }, /documents\[0\]\.file must be a plain \.txt file name/],
    [{ documents: [entry, entry] }, /documents\[1\]\.file "a\.txt" is listed twice/],
    [{ documents: [{ ...entry, lang: 'de' }] }, /documents\[0\]\.lang must be one of en, fr, vi, got "de"/],
    [{ documents: [{ ...entry, title: ' ' }] }, /documents\[0\]\.title must be a non-empty string/],
    [{ documents: [{ ...entry, published: '25/10/2025' }] }, /documents\[0\]\.published must be an ISO date/],
    [{ documents: [{ ...entry, outlet: 3 }] }, /documents\[0\]\.outlet must be a string or null/],
  ])('rejects %j with a message saying where', (json, message) => {
    expect(() => parseCorpusManifest(json)).toThrow(CorpusError);
    expect(() => parseCorpusManifest(json)).toThrow(message);
  });
});

describe('loadCorpus', () => {
  it('loads the five shipped documents, ids being the file names', async () => {
    const docs = await loadCorpus(readShippedCorpus);
    expect(docs.map((d) => [d.id, d.lang])).toEqual([
      ['000_3d9744cf5ae48081.txt', 'en'],
      ['001_07debdc02fc119d0.txt', 'vi'],
      ['002_5fd9665b54edd6bd.txt', 'en'],
      ['003_7560a3e1914d2327.txt', 'fr'],
      ['004_c0984e1fb0cae854.txt', 'fr'],
    ]);
    expect(docs.every((d) => d.text.length > 500 && d.origin === 'corpus')).toBe(true);
    expect(docs[0].published).toBe('2025-05-20');
  });

  it('says which file is broken', async () => {
    const files: Record<string, string> = { 'manifest.json': JSON.stringify({ documents: [entry] }), 'a.txt': '  ' };
    await expect(loadCorpus(async (f) => files[f])).rejects.toThrow('corpus file a.txt is empty');
    await expect(loadCorpus(async () => '{not json')).rejects.toThrow(/manifest\.json is not valid JSON/);
  });
});
