// Strings of the popup's and options page's own parts (the fact components' strings are in
// strings.ts). Same shape: flat keys, {name} placeholders, English fallback. Both tables are
// written to public/_locales/*/messages.json by tests/../scripts (npm run locales) for WXT's i18n.
import type { Lang } from '../lib/model';

const en = {
  'popup.findings': 'Marks on this page',
  'popup.findingsHelp': 'Conflicts first, then matches. Enter or a click shows the mark on the page.',
  'popup.noFindings': 'Nothing on this page matches or contradicts the fact base.',
  'popup.revealFailed': 'That mark is no longer on the page.',
  'popup.searchLoading': 'Preparing the search…',
  'popup.searchFailed': 'Could not load the facts: {message}',
  'verdict.conflict': 'Conflict',
  'verdict.match': 'Match',

  'options.title': 'Factlens options',
  'options.facts': 'Facts',
  'options.addFact': 'Add a fact',
  'options.deleted': 'Deleted “{subject}”.',
  'options.undo': 'Undo',
  'options.saved': 'Saved “{subject}”.',
  'options.loadFailed': 'Could not read the fact base: {message}',
  'options.reset': 'Reset to corpus',
  'options.resetHelp': 'Removes what you changed and reloads the facts of the shipped corpus.',
  'options.resetConfirm': 'Reset to corpus removes {userFacts} facts you added, {edited} edits of corpus facts, {deleted} deletions of corpus facts (they come back) and {docs} documents you added. Continue?',
  'options.resetDone': 'The fact base is the corpus again.',
  'options.importExport': 'Import and export',
  'options.documents': 'Source documents',
  'options.addDoc': 'Add a source document',
  'options.docTitle': 'Title',
  'options.docText': 'Text (paste it here)',
  'options.docFile': 'Or pick a .txt or .html file',
  'options.docLang': 'Language',
  'options.docLangAuto': 'Detect',
  'options.docPropose': 'Find the facts',
  'options.docProposed': '{n} facts found in the document (read as {lang}). Keep the ones that are right.',
  'options.docNone': 'The engine found no date, name or figure it knows how to read in this text.',
  'options.docAccept': 'Keep',
  'options.docSave': 'Save the document and {n} facts',
  'options.docSaved': 'Saved the document and {n} facts.',
  'options.docFailed': 'Not saved: {message}',
  'options.settings': 'Settings',
  'options.kinds': 'Mark these kinds of facts',
  'options.showMatches': 'Mark matches too (off: conflicts only)',
  'options.matchColour': 'Colour of matches',
  'options.conflictColour': 'Colour of conflicts',
  'options.uiLang': 'Interface language',
  'options.uiLangAuto': 'Browser’s language',
  'options.settingsSaved': 'Settings saved; pages use them from their next check.',
  'colour.teal': 'Teal', 'colour.blue': 'Blue', 'colour.green': 'Green',
  'colour.red': 'Red', 'colour.orange': 'Orange', 'colour.magenta': 'Magenta',
} as const;

export type AppStringKey = keyof typeof en;
type Table = Partial<Record<AppStringKey, string>>;

const fr: Table = {
  'popup.findings': 'Marques sur cette page',
  'popup.findingsHelp': 'Les contradictions d’abord, puis les concordances. Entrée ou un clic montre la marque sur la page.',
  'popup.noFindings': 'Rien sur cette page ne concorde avec la base de faits ni ne la contredit.',
  'popup.revealFailed': 'Cette marque n’est plus sur la page.',
  'popup.searchLoading': 'Préparation de la recherche…',
  'popup.searchFailed': 'Impossible de charger les faits : {message}',
  'verdict.conflict': 'Contradiction', 'verdict.match': 'Concordance',
  'options.title': 'Options de Factlens', 'options.facts': 'Faits', 'options.addFact': 'Ajouter un fait',
  'options.deleted': '« {subject} » supprimé.', 'options.undo': 'Annuler', 'options.saved': '« {subject} » enregistré.',
  'options.loadFailed': 'Impossible de lire la base de faits : {message}',
  'options.reset': 'Revenir au corpus',
  'options.resetHelp': 'Retire vos modifications et recharge les faits du corpus fourni.',
  'options.resetConfirm': 'Revenir au corpus retire {userFacts} faits ajoutés par vous, {edited} modifications de faits du corpus, {deleted} suppressions de faits du corpus (ils reviennent) et {docs} documents ajoutés par vous. Continuer ?',
  'options.resetDone': 'La base de faits est de nouveau celle du corpus.',
  'options.importExport': 'Importer et exporter', 'options.documents': 'Documents sources',
  'options.addDoc': 'Ajouter un document source', 'options.docTitle': 'Titre', 'options.docText': 'Texte (collez-le ici)',
  'options.docFile': 'Ou choisissez un fichier .txt ou .html', 'options.docLang': 'Langue', 'options.docLangAuto': 'Détecter',
  'options.docPropose': 'Trouver les faits',
  'options.docProposed': '{n} faits trouvés dans le document (lu comme {lang}). Gardez ceux qui sont justes.',
  'options.docNone': 'Le moteur n’a trouvé dans ce texte aucune date, aucun nom ni chiffre qu’il sait lire.',
  'options.docAccept': 'Garder', 'options.docSave': 'Enregistrer le document et {n} faits',
  'options.docSaved': 'Document et {n} faits enregistrés.', 'options.docFailed': 'Non enregistré : {message}',
  'options.settings': 'Réglages', 'options.kinds': 'Marquer ces types de faits',
  'options.showMatches': 'Marquer aussi les concordances (sinon : contradictions seulement)',
  'options.matchColour': 'Couleur des concordances', 'options.conflictColour': 'Couleur des contradictions',
  'options.uiLang': 'Langue de l’interface', 'options.uiLangAuto': 'Langue du navigateur',
  'options.settingsSaved': 'Réglages enregistrés ; les pages les appliquent à leur prochaine vérification.',
  'colour.teal': 'Sarcelle', 'colour.blue': 'Bleu', 'colour.green': 'Vert', 'colour.red': 'Rouge', 'colour.orange': 'Orange', 'colour.magenta': 'Magenta',
};

const vi: Table = {
  'popup.findings': 'Đánh dấu trên trang này',
  'popup.findingsHelp': 'Mâu thuẫn trước, rồi đến trùng khớp. Nhấn Enter hoặc bấm để xem trên trang.',
  'popup.noFindings': 'Không có gì trên trang này khớp hoặc mâu thuẫn với cơ sở dữ kiện.',
  'popup.revealFailed': 'Đánh dấu này không còn trên trang.',
  'popup.searchLoading': 'Đang chuẩn bị tìm kiếm…',
  'popup.searchFailed': 'Không tải được dữ kiện: {message}',
  'verdict.conflict': 'Mâu thuẫn', 'verdict.match': 'Trùng khớp',
  'options.title': 'Tùy chọn Factlens', 'options.facts': 'Dữ kiện', 'options.addFact': 'Thêm dữ kiện',
  'options.deleted': 'Đã xóa “{subject}”.', 'options.undo': 'Hoàn tác', 'options.saved': 'Đã lưu “{subject}”.',
  'options.loadFailed': 'Không đọc được cơ sở dữ kiện: {message}',
  'options.reset': 'Khôi phục theo kho văn bản',
  'options.resetHelp': 'Xóa những gì bạn đã thay đổi và nạp lại dữ kiện của kho văn bản đi kèm.',
  'options.resetConfirm': 'Khôi phục sẽ xóa {userFacts} dữ kiện bạn thêm, {edited} chỉnh sửa dữ kiện của kho, {deleted} lần xóa dữ kiện của kho (chúng sẽ trở lại) và {docs} tài liệu bạn thêm. Tiếp tục?',
  'options.resetDone': 'Cơ sở dữ kiện đã trở về theo kho văn bản.',
  'options.importExport': 'Nhập và xuất', 'options.documents': 'Tài liệu nguồn',
  'options.addDoc': 'Thêm tài liệu nguồn', 'options.docTitle': 'Tiêu đề', 'options.docText': 'Văn bản (dán vào đây)',
  'options.docFile': 'Hoặc chọn tệp .txt hay .html', 'options.docLang': 'Ngôn ngữ', 'options.docLangAuto': 'Tự nhận biết',
  'options.docPropose': 'Tìm dữ kiện',
  'options.docProposed': 'Tìm thấy {n} dữ kiện trong tài liệu (đọc như {lang}). Giữ lại những dữ kiện đúng.',
  'options.docNone': 'Không tìm thấy ngày, tên hay số liệu nào trong văn bản này.',
  'options.docAccept': 'Giữ', 'options.docSave': 'Lưu tài liệu và {n} dữ kiện',
  'options.docSaved': 'Đã lưu tài liệu và {n} dữ kiện.', 'options.docFailed': 'Chưa lưu: {message}',
  'options.settings': 'Cài đặt', 'options.kinds': 'Đánh dấu các loại dữ kiện này',
  'options.showMatches': 'Đánh dấu cả trùng khớp (tắt: chỉ mâu thuẫn)',
  'options.matchColour': 'Màu trùng khớp', 'options.conflictColour': 'Màu mâu thuẫn',
  'options.uiLang': 'Ngôn ngữ giao diện', 'options.uiLangAuto': 'Ngôn ngữ của trình duyệt',
  'options.settingsSaved': 'Đã lưu cài đặt; các trang áp dụng từ lần kiểm tra sau.',
  'colour.teal': 'Xanh mòng két', 'colour.blue': 'Xanh dương', 'colour.green': 'Xanh lá', 'colour.red': 'Đỏ', 'colour.orange': 'Cam', 'colour.magenta': 'Đỏ tía',
};

export const APP_STRINGS: Record<Lang, Table> = { en, fr, vi };

export function ta(lang: Lang, key: AppStringKey, params: Record<string, string | number> = {}): string {
  const template = APP_STRINGS[lang]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
