// "Lễ kỷ niệm" is an anniversary (a ceremony of remembrance): the same anniversary stated in
// English and in Vietnamese is one fact with both sources, not two.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../lib/index';

describe('an anniversary stated in two languages', () => {
  it('is one fact with a source in each', () => {
    const fb = buildFactBase([
      { id: 'en', lang: 'en', title: 'T', text: 'The forum is a lead-up to the fisheries league’s 50th anniversary on March 12, 2026.' },
      { id: 'vi', lang: 'vi', title: 'T', text: 'Diễn đàn ghi dấu ấn cho lễ kỷ niệm 50 năm thành lập liên đoàn nghề cá vào ngày 12/3/2026.' },
    ]);
    const dates = fb.facts.filter((f) => f.kind === 'date' && (f.value as { start: string }).start === '2026-03-12');
    expect(dates).toHaveLength(1);
    expect(dates[0].sources.map((s) => s.doc).sort()).toEqual(['en', 'vi']);
  });
});

describe('preparatory meetings stated in two languages', () => {
  it('are one fact with a source in each ("hội nghị trù bị" is a preparatory meeting)', () => {
    const fb = buildFactBase([
      { id: 'en', lang: 'en', title: 'T', text: 'Ministers reviewed the outcomes of the regional preparatory meetings held throughout 2027 in the fisheries league.' },
      { id: 'vi', lang: 'vi', title: 'T', text: 'Các bộ trưởng thảo luận kết quả các hội nghị trù bị khu vực đã diễn ra trong năm 2027 của liên đoàn nghề cá.' },
    ]);
    const dates = fb.facts.filter((f) => f.kind === 'date' && (f.value as { start: string }).start === '2027-01-01');
    expect(dates).toHaveLength(1);
    expect(dates[0].sources.map((s) => s.doc).sort()).toEqual(['en', 'vi']);
  });
});
