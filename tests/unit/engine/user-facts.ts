// Facts a user might add about a subject the corpus never speaks of, shared by the tests that
// read sentences against them.
import type { Fact } from '../../../lib/model';

/** The signing ceremony of a fisheries accord, 12–13 March 2026 in Lisbon, quoted in en, fr and vi. */
export const fisheriesSigning: Fact = {
  id: 'user.accord-signing', kind: 'date', subject: 'signing ceremony of the fisheries accord',
  subjectLabel: 'signing ceremony of the fisheries accord',
  value: { start: '2026-03-12', end: '2026-03-13', precision: 'day' },
  sources: [
    { doc: 'note-en', lang: 'en', quote: 'The signing ceremony of the fisheries accord will be held in Lisbon on 12-13 March 2026.', start: 0, end: 0 },
    { doc: 'note-fr', lang: 'fr', quote: "La cérémonie de signature de l'accord sur la pêche aura lieu à Lisbonne les 12 et 13 mars 2026.", start: 0, end: 0 },
    { doc: 'note-vi', lang: 'vi', quote: 'Lễ ký kết hiệp định nghề cá sẽ diễn ra tại Lisbon ngày 12-13/3/2026.', start: 0, end: 0 },
  ],
  variants: [], origin: 'user',
};
