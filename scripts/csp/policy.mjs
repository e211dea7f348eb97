// The Content Security Policy every built page of Won Atlas carries, as a <meta> tag.
// One template for every page the build writes: call `cspMeta(html)` with the page's
// finished HTML and put the tag first in its <head>.
//
// Strict on scripts: only this origin's files and the page's own inline bootstrap, named
// by its sha256 (Trunk writes one inline `<script type="module">` that imports the
// wasm-bindgen glue); no 'unsafe-inline', no 'unsafe-eval'. 'wasm-unsafe-eval' lets the
// browser compile the app's own .wasm. Styles: the stylesheet from this origin, plus
// style *attributes* (yew positions the tooltip with style="left:…") — never <style>
// elements. frame-ancestors cannot be set from a <meta> (browsers ignore it there); a
// host that wants it must send it as an HTTP header.
import crypto from 'node:crypto';

/** The policy's directives, in order. `scriptHashes` are 'sha256-…' sources. */
export function directives(scriptHashes = []) {
  return [
    ["default-src", "'self'"],
    ['script-src', "'self'", ...scriptHashes, "'wasm-unsafe-eval'"],
    ['style-src', "'self'"],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['connect-src', "'self'"],
    ['font-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
}

/** The policy as one header/meta value. */
export function policy(scriptHashes = []) {
  return directives(scriptHashes)
    .map((d) => d.join(' '))
    .join('; ');
}

/** CSP source for a script's exact text: 'sha256-<base64>'. */
export function hashSource(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The text of every inline <script> (one without src) in `html`. */
export function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    out.push(m[2]);
  }
  return out;
}

/** The <meta> tag for a page whose inline scripts are those in `html`. */
export function cspMeta(html) {
  const hashes = [...new Set(inlineScripts(html).map(hashSource))];
  return `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
}
