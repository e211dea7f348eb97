// Text helpers the suites share for comparing what the page shows with the dataset.

/** `s` with every run of white space folded to one space and the ends trimmed (null → ''). */
export const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** `s` with every RegExp metacharacter escaped, to match it literally inside a pattern. */
export const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A quotation as the page writes it inside quotation marks (a step's `<q>`, a
 * citation's “…”): a quote within it (curly double marks, or straight ones in pairs, in
 * the dataset) takes single curly marks. */
export const shownQuote = (q) => {
  let i = 0;
  return q.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, () => (i++ % 2 ? '’' : '‘'));
};
