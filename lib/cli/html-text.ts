// The text content of an HTML file, as a browser's document.body.textContent gives it (script,
// style and template contents excluded), so CLI offsets agree with what the extension reads.
import { Window } from 'happy-dom';

export function htmlToText(html: string): string {
  const window = new Window();
  try {
    const doc = window.document;
    doc.write(html);
    for (const el of doc.querySelectorAll('script,style,template,noscript')) el.remove();
    return doc.body?.textContent ?? '';
  } finally {
    window.happyDOM.abort();
    window.close();
  }
}
