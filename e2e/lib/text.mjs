// Text helpers the suites share for comparing what the page shows with the dataset.

/** `s` with every run of white space folded to one space and the ends trimmed (null → ''). */
export const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** `s` with every RegExp metacharacter escaped, to match it literally inside a pattern. */
export const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
