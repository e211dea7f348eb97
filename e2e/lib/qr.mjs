// A small QR code reader for the tests: from a screenshot's pixels to the module grid,
// and from the grid to its text. It reads clean, upright codes such as the ones the app
// draws (versions 1 to 10, any error correction level and mask, numeric, alphanumeric
// and byte segments) and corrects no errors: a code it reads is a code drawn right.

/** The module grid of an upright code in an image: `dark(x, y)` tells whether a pixel is
 * dark, `width` × `height` its size. The module size comes from the top-left finder
 * pattern's outer ring (one module thick), the code's size from its left and right edges. */
export function gridFromPixels(dark, width, height) {
  let top = -1;
  let left = width;
  for (let y = 0; y < height && top < 0; y++) {
    for (let x = 0; x < width; x++) if (dark(x, y)) { top = y; left = x; break; }
  }
  if (top < 0) throw new Error('no dark pixel: no QR code in the image');
  // The finder's top edge is 7 modules of dark; the last dark pixel of that row is the
  // top-right finder's edge.
  let right = left;
  for (let x = left; x < width; x++) if (dark(x, top + 1)) right = x;
  // The outer ring's left side, one module thick, on the row through the finder's middle.
  let run = 0;
  let mid = top;
  while (mid < height && dark(left, mid)) mid++;
  const finder = mid - top; // 7 modules
  const module = finder / 7;
  for (let x = left; x < width && dark(x, top + Math.floor(finder / 2)); x++) run++;
  if (Math.abs(run - module) > module * 0.5) throw new Error(`finder ring ${run}px, expected about ${module}px`);
  const size = Math.round((right - left + 1) / module);
  if ((size - 17) % 4 !== 0) throw new Error(`${size} modules on a side is no QR version`);
  const step = (right - left + 1) / size;
  const grid = [];
  for (let r = 0; r < size; r++) {
    const row = [];
    for (let c = 0; c < size; c++) row.push(dark(Math.floor(left + (c + 0.5) * step), Math.floor(top + (r + 0.5) * step)));
    grid.push(row);
  }
  return grid;
}

const ECC = { L: [7, 10, 15, 20, 26, 18, 20, 24, 30, 18], M: [10, 16, 26, 18, 24, 16, 18, 22, 22, 26], Q: [13, 22, 18, 26, 18, 24, 18, 22, 20, 24], H: [17, 28, 22, 16, 22, 28, 26, 26, 24, 28] };
const BLOCKS = { L: [1, 1, 1, 1, 1, 2, 2, 2, 2, 4], M: [1, 1, 1, 2, 2, 4, 4, 4, 5, 5], Q: [1, 1, 2, 2, 4, 4, 6, 6, 8, 8], H: [1, 1, 2, 4, 4, 4, 5, 6, 8, 8] };
const LEVELS = ['M', 'L', 'H', 'Q']; // by the format's two level bits
const MASKS = [
  (x, y) => (x + y) % 2 === 0, (x, y) => y % 2 === 0, (x) => x % 3 === 0, (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0, (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0, (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

function alignmentPositions(version, size) {
  if (version === 1) return [];
  const n = Math.floor(version / 7) + 2;
  const step = Math.floor((version * 8 + n * 3 + 5) / (n * 4 - 4)) * 2;
  const out = [];
  for (let i = 0; i < n - 1; i++) out.push(size - 7 - i * step);
  out.push(6);
  return out.reverse();
}

/** Which modules are function patterns (finders, separators, format, timing, alignment,
 * version), not data. */
function functionModules(version, size) {
  const f = Array.from({ length: size }, () => new Array(size).fill(false));
  const box = (x0, y0, w, h) => { for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) if (x >= 0 && y >= 0 && x < size && y < size) f[y][x] = true; };
  box(0, 0, 9, 9); box(size - 8, 0, 8, 9); box(0, size - 8, 9, 8);
  box(6, 0, 1, size); box(0, 6, size, 1);
  const pos = alignmentPositions(version, size);
  const last = pos.length - 1;
  for (let i = 0; i < pos.length; i++) for (let j = 0; j < pos.length; j++) {
    if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
    box(pos[i] - 2, pos[j] - 2, 5, 5);
  }
  if (version >= 7) { box(size - 11, 0, 3, 6); box(0, size - 11, 6, 3); }
  return f;
}

/** The text of a QR code given as rows of booleans (true for dark), without quiet zone. */
export function decodeGrid(grid) {
  const size = grid.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || version < 1 || version > 10) throw new Error(`unsupported size ${size}`);
  // Format bits: i = 0..5 at (8, i), 6 at (8, 7), 7 at (8, 8), 8 at (7, 8), 9..14 at (14 - i, 8).
  const at = (x, y) => grid[y][x];
  let bits = 0;
  const spots = [];
  for (let i = 0; i < 6; i++) spots.push([8, i]);
  spots.push([8, 7], [8, 8], [7, 8]);
  for (let i = 9; i < 15; i++) spots.push([14 - i, 8]);
  spots.forEach(([x, y], i) => { if (at(x, y)) bits |= 1 << i; });
  const format = (bits ^ 0x5412) >> 10;
  const level = LEVELS[format >> 3];
  const mask = MASKS[format & 7];
  const func = functionModules(version, size);
  // The data bits in the zigzag order, unmasked.
  const stream = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++) for (let j = 0; j < 2; j++) {
      const x = right - j;
      const upward = ((right + 1) & 2) === 0;
      const y = upward ? size - 1 - vert : vert;
      if (!func[y][x]) stream.push(at(x, y) !== mask(x, y));
    }
  }
  let raw = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const n = Math.floor(version / 7) + 2;
    raw -= (25 * n - 10) * n - 55;
    if (version >= 7) raw -= 36;
  }
  const rawCodewords = Math.floor(raw / 8);
  const codewords = [];
  for (let i = 0; i < rawCodewords; i++) {
    let b = 0;
    for (let k = 0; k < 8; k++) b = (b << 1) | (stream[i * 8 + k] ? 1 : 0);
    codewords.push(b);
  }
  // De-interleave the blocks and keep their data codewords.
  const blocks = BLOCKS[level][version - 1];
  const ecc = ECC[level][version - 1];
  const shortBlocks = blocks - (rawCodewords % blocks);
  const shortLen = Math.floor(rawCodewords / blocks);
  const lens = Array.from({ length: blocks }, (_, j) => shortLen + (j < shortBlocks ? 0 : 1));
  const filled = lens.map(() => []);
  let k = 0;
  for (let i = 0; i < shortLen + 1; i++) for (let j = 0; j < blocks; j++) {
    if (i === shortLen - ecc && j < shortBlocks) continue; // short blocks have no byte here
    filled[j].push(codewords[k++]);
  }
  const data = filled.flatMap((b, j) => b.slice(0, lens[j] - ecc));
  // Segments.
  let p = 0;
  const read = (n) => { let v = 0; for (let i = 0; i < n; i++, p++) v = (v << 1) | ((data[p >> 3] >> (7 - (p & 7))) & 1); return v; };
  const bytes = [];
  let text = '';
  const flush = () => { if (bytes.length) { text += Buffer.from(bytes).toString('utf8'); bytes.length = 0; } };
  const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
  while (p + 4 <= data.length * 8) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 4) {
      const n = read(version < 10 ? 8 : 16);
      for (let i = 0; i < n; i++) bytes.push(read(8));
    } else if (mode === 1) {
      flush();
      let n = read(version < 10 ? 10 : 12);
      for (; n >= 3; n -= 3) text += String(read(10)).padStart(3, '0');
      if (n === 2) text += String(read(7)).padStart(2, '0');
      if (n === 1) text += String(read(4));
    } else if (mode === 2) {
      flush();
      let n = read(version < 10 ? 9 : 11);
      for (; n >= 2; n -= 2) { const v = read(11); text += ALNUM[Math.floor(v / 45)] + ALNUM[v % 45]; }
      if (n === 1) text += ALNUM[read(6)];
    } else {
      throw new Error(`segment mode ${mode} is not read here`);
    }
  }
  flush();
  return text;
}
