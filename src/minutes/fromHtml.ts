import { convert } from 'html-to-text';

/**
 * Teams sends a message's formatting as HTML beside its plain text, and the plain text may have
 * lost its line breaks: in the HTML the paragraphs, numbered items and bullets survive.
 */
export function textFromHtml(html: string): string {
  try {
    return convertHtml(html);
  } catch {
    // Markup nested past what the converter can walk is no message a person pasted: no lines from it.
    return '';
  }
}

function convertHtml(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'ul', options: { itemPrefix: '• ' } },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Words run together across a lost line break: "itemChildren", "noted.2. Action", "RESOLVED:That". */
const GLUED = /[a-z][A-Z][a-z]|[a-z)][.:;]\d+[.)]\s|[a-z][.:][A-Z][a-z]/g;
const GLUED_LIMIT = 3;

/**
 * Minutes that reached us as one run of text, their line breaks lost on the way (some clients
 * send a message's lines glued together): read as they are, items and resolutions would merge.
 */
export function hasLostLineBreaks(text: string): boolean {
  if (text.includes('\n') || text.length < 200) return false;
  return (text.match(GLUED) ?? []).length >= GLUED_LIMIT;
}
