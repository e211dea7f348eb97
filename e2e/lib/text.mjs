// Text helpers the suites share for comparing what the page shows with the dataset.

/** `s` with every run of white space folded to one space and the ends trimmed (null → ''). */
export const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** `s` with every RegExp metacharacter escaped, to match it literally inside a pattern. */
export const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A step's quotation as the page writes it inside `<q>`: a quote within it (straight
 * double quotes in the dataset) takes single curly marks. */
export const shownQuote = (q) => { let i = 0; return q.replace(/"/g, () => (i++ % 2 ? '’' : '‘')); };
