import { describe, expect, it } from 'vitest';
import { fold, foldWithMap, toOriginal } from '../../../lib/text/fold';
import { sentences } from '../../../lib/text/segment';
import { detectLang } from '../../../lib/text/detect-lang';
import { editDistance } from '../../../lib/text/edit-distance';

describe('folding', () => {
  it('ignores case, diacritics and normal form, and folds Vietnamese đ', () => {
    expect(fold('Lương Cường')).toBe('luong cuong');
    expect(fold('Lương Cường'.normalize('NFD'))).toBe('luong cuong');
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('Hanoï')).toBe('hanoi');
  });
  it('maps folded offsets back to the original text, NFD included', () => {
    const original = 'Ông ' + 'Lương Cường'.normalize('NFD') + ' đến';
    const ft = foldWithMap(original);
    const i = ft.text.indexOf('luong cuong');
    const [s, e] = toOriginal(ft, i, i + 'luong cuong'.length);
    expect(original.slice(s, e).normalize('NFC')).toBe('Lương Cường');
  });
});

describe('sentences', () => {
  it('does not split after abbreviations (Mr., TS., M., oct.)', () => {
    const t = 'Mr. Guterres spoke. TS. Nguyễn Văn A nói. M. Noorman a signé le 25 oct. 2025 à Hanoi.';
    expect(sentences(t).map((s) => t.slice(s.start, s.end))).toEqual([
      'Mr. Guterres spoke.',
      'TS. Nguyễn Văn A nói.',
      'M. Noorman a signé le 25 oct. 2025 à Hanoi.',
    ]);
  });
});

describe('language detection', () => {
  it('tells English, French and Vietnamese apart', () => {
    expect(detectLang('The signing ceremony will take place in Hanoi on October 25-26.')).toBe('en');
    expect(detectLang('La cérémonie de signature se tiendra du 25 au 26 octobre à Hanoi.')).toBe('fr');
    expect(detectLang('Lễ mở ký Công ước sẽ diễn ra từ ngày 25-26/10 tại Hà Nội.')).toBe('vi');
    expect(detectLang('Deputy Foreign Minister Le Thi Thu Hang led the delegation. Later, La Thi Thu Hang spoke.')).toBe('en');
    expect(detectLang('À Hanoi, la cérémonie a réuni les délégués.')).toBe('fr');
  });
});

describe('edit distance', () => {
  /** Levenshtein by the full table, the reference for the one-edit shortcut. */
  function reference(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  }
  it('tells one edit from more, as the full table does', () => {
    const words = ['guterres', 'gutteres', 'guteres', 'guterre', 'guterres', 'gutierrez', 'grossi', 'gross', 'grosso', 'rossi', 'hang', 'hanh', 'thang', 'hng', 'ha', 'h', '', 'cuong', 'cuongg', 'xcuong', 'ab', 'ba', 'abc', 'acb'];
    for (const a of words) for (const b of words) {
      const d = reference(a, b);
      expect(editDistance(a, b, 1) <= 1, `${a}/${b}`).toBe(d <= 1);
      expect(editDistance(a, b, 1) === 1, `${a}/${b}`).toBe(d === 1);
      expect(editDistance(a, b), `${a}/${b}`).toBe(d);
    }
  });
});
