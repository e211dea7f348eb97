//! Plane geometry: rectangles, rings of points, the map projection, and the searches
//! the layouts make over them (point in polygon, the point farthest inside a shape,
//! convex hulls, clipping to a rectangle). Nothing here knows about scenes or data.

/// Longitude is scaled by the cosine of this latitude (the middle of South Korea), so
/// distances east–west and north–south agree there (equirectangular projection).
pub const STANDARD_PARALLEL: f64 = 36.0;

/// (x, y) of a lon/lat in projected degrees (x east, y south).
pub fn project_deg(lon: f64, lat: f64) -> (f64, f64) {
    (lon * STANDARD_PARALLEL.to_radians().cos(), -lat)
}

/// An axis-aligned rectangle in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// A rectangle.
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Rect {
        Rect { x, y, w, h }
    }

    /// The square of side `side` centred on `c`.
    pub fn square(c: (f64, f64), side: f64) -> Rect {
        Rect::new(c.0 - side / 2.0, c.1 - side / 2.0, side, side)
    }

    /// Area.
    pub fn area(&self) -> f64 {
        self.w * self.h
    }

    /// Whether the point lies inside (left/top edges inclusive).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x < self.x + self.w && y >= self.y && y < self.y + self.h
    }

    /// The centre point.
    pub fn centre(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// The corners, clockwise on screen from the top left.
    pub fn corners(&self) -> [(f64, f64); 4] {
        [
            (self.x, self.y),
            (self.x + self.w, self.y),
            (self.x + self.w, self.y + self.h),
            (self.x, self.y + self.h),
        ]
    }

    /// Shrunk by `d` on every side (never below zero size).
    pub fn inset(&self, d: f64) -> Rect {
        let dx = d.min(self.w / 2.0);
        let dy = d.min(self.h / 2.0);
        Rect::new(
            self.x + dx,
            self.y + dy,
            self.w - 2.0 * dx,
            self.h - 2.0 * dy,
        )
    }

    /// Grown by `d` on every side.
    pub fn grown(&self, d: f64) -> Rect {
        Rect::new(self.x - d, self.y - d, self.w + 2.0 * d, self.h + 2.0 * d)
    }

    /// Area shared with another rectangle.
    pub fn overlap(&self, o: &Rect) -> f64 {
        let w = (self.x + self.w).min(o.x + o.w) - self.x.max(o.x);
        let h = (self.y + self.h).min(o.y + o.h) - self.y.max(o.y);
        if w > 0.0 && h > 0.0 {
            w * h
        } else {
            0.0
        }
    }

    /// Mirrored in the diagonal: x and y, width and height swapped.
    pub fn transposed(&self) -> Rect {
        Rect::new(self.y, self.x, self.h, self.w)
    }
}

/// The bounding box of some points.
pub fn bbox(points: impl Iterator<Item = (f64, f64)>) -> Rect {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for (x, y) in points {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

/// Every point of `rings`, in order.
pub fn flat<R: AsRef<[(f64, f64)]>>(rings: &[R]) -> impl Iterator<Item = (f64, f64)> + '_ {
    rings.iter().flat_map(|r| r.as_ref().iter().copied())
}

/// The pieces of the lines along `dir` (a unit vector, y running down the screen), `gap`
/// px apart on one grid for the whole plane, that lie inside `rings` (even-odd), each at
/// least a pixel long: a hatching's stripes. (A direction rather than an angle: no
/// trigonometry where stripes are drawn.)
pub fn stripes<R: AsRef<[(f64, f64)]>>(
    rings: &[R],
    dir: (f64, f64),
    gap: f64,
) -> Vec<((f64, f64), (f64, f64))> {
    // Along the stripes, and across them.
    let d = dir;
    let n = (-d.1, d.0);
    let along = |p: (f64, f64)| p.0 * d.0 + p.1 * d.1;
    let across = |p: (f64, f64)| p.0 * n.0 + p.1 * n.1;
    let (lo, hi) = rings
        .iter()
        .flat_map(|r| r.as_ref().iter())
        .map(|p| across(*p))
        .fold((f64::MAX, f64::MIN), |(l, h), c| (l.min(c), h.max(c)));
    if lo > hi {
        return Vec::new();
    }
    let k0 = (lo / gap).ceil() as i64;
    let k1 = (hi / gap).floor() as i64;
    if k1 < k0 {
        return Vec::new();
    }
    // Where each edge crosses each stripe, by stripe.
    let mut hits: Vec<Vec<f64>> = vec![Vec::new(); (k1 - k0 + 1) as usize];
    for r in rings {
        let r = r.as_ref();
        for (i, p) in r.iter().enumerate() {
            let q = r[(i + 1) % r.len()];
            let (cp, cq) = (across(*p), across(q));
            if cp == cq {
                continue;
            }
            let (cl, ch) = (cp.min(cq), cp.max(cq));
            // Half-open ([low, high)), so a vertex on a stripe counts once where the
            // outline passes through it, and twice or not at all where it turns.
            let mut k = (cl / gap).ceil() as i64;
            while (k as f64) * gap < ch {
                let c = k as f64 * gap;
                if k >= k0 && k <= k1 {
                    let t = (c - cp) / (cq - cp);
                    let x = (p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t);
                    hits[(k - k0) as usize].push(along(x));
                }
                k += 1;
            }
        }
    }
    let mut out = Vec::new();
    for (j, mut s) in hits.into_iter().enumerate() {
        let c = (k0 + j as i64) as f64 * gap;
        s.sort_unstable_by(f64::total_cmp);
        for pair in s.chunks_exact(2) {
            if pair[1] - pair[0] >= 1.0 {
                let at = |t: f64| (c * n.0 + t * d.0, c * n.1 + t * d.1);
                out.push((at(pair[0]), at(pair[1])));
            }
        }
    }
    out
}

/// How projected degrees map to CSS px: a scale, then a shift.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    pub(crate) scale: f64,
    pub(crate) dx: f64,
    pub(crate) dy: f64,
}

impl Projection {
    /// The projection that fits `extent` (projected degrees) centred in a frame of
    /// `width` × `height` CSS px with `pad` px kept free on every side.
    pub fn fit(extent: Rect, width: f64, height: f64, pad: f64) -> Projection {
        let scale = ((width - 2.0 * pad) / extent.w).min((height - 2.0 * pad) / extent.h);
        let dx = (width - extent.w * scale) / 2.0 - extent.x * scale;
        let dy = (height - extent.h * scale) / 2.0 - extent.y * scale;
        Projection { scale, dx, dy }
    }

    /// CSS px of a lon/lat.
    pub fn px(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = project_deg(lon, lat);
        self.px_deg((x, y))
    }

    /// CSS px of projected degrees.
    pub fn px_deg(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (x * self.scale + self.dx, y * self.scale + self.dy)
    }

    /// CSS px per projected degree.
    pub fn scale(&self) -> f64 {
        self.scale
    }
}

/// Even-odd point-in-polygon over several rings (shared rings, or `Vec`s).
pub fn point_in_rings<R: AsRef<[(f64, f64)]>>(rings: &[R], x: f64, y: f64) -> bool {
    let mut inside = false;
    for ring in rings {
        let ring = ring.as_ref();
        let n = ring.len();
        if n < 3 {
            continue;
        }
        let mut j = n - 1;
        for i in 0..n {
            let (xi, yi) = ring[i];
            let (xj, yj) = ring[j];
            if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
                inside = !inside;
            }
            j = i;
        }
    }
    inside
}

/// Distance from `p` to the segment from `a` to `b`.
fn seg_dist(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = dx * dx + dy * dy;
    let t = if len == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len).clamp(0.0, 1.0)
    };
    let (x, y) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - x).powi(2) + (p.1 - y).powi(2)).sqrt()
}

/// Distance from `p` to the nearest edge of `rings`.
///
/// The label-point search calls this for every grid point of every province, so it
/// compares rather than call `f64::min`: on wasm that is a call of `fmin`, which lives
/// in the first-load module while this runs in the regions chunk (src/ui/lazy.rs), and
/// each call would cross between the two.
pub fn edge_dist(rings: &[Vec<(f64, f64)>], p: (f64, f64)) -> f64 {
    let mut best = f64::MAX;
    for r in rings {
        for i in 0..r.len() {
            let d = seg_dist(p, r[i], r[(i + 1) % r.len()]);
            if d < best {
                best = d;
            }
        }
    }
    best
}

/// The inside point farthest from any edge (a pole of inaccessibility), with its
/// distance to the nearest edge: by a coarse grid, then a finer one around the best cell.
pub fn pole(rings: &[Vec<(f64, f64)>]) -> ((f64, f64), f64) {
    let b = bbox(rings.iter().flatten().copied());
    let mut best = (b.centre(), -1.0);
    let search = |r: Rect, n: usize, best: &mut ((f64, f64), f64)| {
        for i in 0..=n {
            for j in 0..=n {
                let p = (
                    r.x + r.w * i as f64 / n as f64,
                    r.y + r.h * j as f64 / n as f64,
                );
                if point_in_rings(rings, p.0, p.1) {
                    let d = edge_dist(rings, p);
                    if d > best.1 {
                        *best = (p, d);
                    }
                }
            }
        }
    };
    search(b, 40, &mut best);
    let (cw, ch) = (b.w / 40.0, b.h / 40.0);
    let around = Rect::new(best.0 .0 - cw, best.0 .1 - ch, 2.0 * cw, 2.0 * ch);
    search(around, 20, &mut best);
    best
}

/// Convex hull (monotone chain), counter-clockwise in screen terms.
pub fn hull(mut pts: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    pts.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    pts.dedup();
    if pts.len() < 3 {
        return pts;
    }
    let mut lower = half_hull(pts.iter());
    lower.extend(half_hull(pts.iter().rev()));
    lower
}

/// One half of a monotone-chain hull: the points kept turning one way, the last left
/// off (it starts the other half).
fn half_hull<'a>(pts: impl Iterator<Item = &'a (f64, f64)>) -> Vec<(f64, f64)> {
    let cross = |o: (f64, f64), a: (f64, f64), b: (f64, f64)| {
        (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
    };
    let mut half: Vec<(f64, f64)> = Vec::new();
    for &p in pts {
        while half.len() >= 2 && cross(half[half.len() - 2], half[half.len() - 1], p) <= 0.0 {
            half.pop();
        }
        half.push(p);
    }
    half.pop();
    half
}

/// Absolute area of a ring (shoelace).
pub fn ring_area(r: &[(f64, f64)]) -> f64 {
    let mut a = 0.0;
    for i in 0..r.len() {
        let (p, q) = (r[i], r[(i + 1) % r.len()]);
        a += p.0 * q.1 - q.0 * p.1;
    }
    (a / 2.0).abs()
}

/// A ring clipped to a rectangle (Sutherland–Hodgman). Where a concave ring leaves the
/// rectangle and comes back, the pieces are joined along its border, which fills and
/// hit-tests the same; outlines skip edges that lie on the border ([`on_border`]).
pub fn clip(ring: &[(f64, f64)], r: Rect) -> Vec<(f64, f64)> {
    let mut out = ring.to_vec();
    for side in 0..4 {
        let inside = |p: (f64, f64)| match side {
            0 => p.0 >= r.x,
            1 => p.0 <= r.x + r.w,
            2 => p.1 >= r.y,
            _ => p.1 <= r.y + r.h,
        };
        let cross = |a: (f64, f64), b: (f64, f64)| {
            let t = match side {
                0 => (r.x - a.0) / (b.0 - a.0),
                1 => (r.x + r.w - a.0) / (b.0 - a.0),
                2 => (r.y - a.1) / (b.1 - a.1),
                _ => (r.y + r.h - a.1) / (b.1 - a.1),
            };
            (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))
        };
        let input = std::mem::take(&mut out);
        let Some(&last) = input.last() else {
            break;
        };
        let mut prev = last;
        for &cur in &input {
            match (inside(prev), inside(cur)) {
                (true, true) => out.push(cur),
                (true, false) => out.push(cross(prev, cur)),
                (false, true) => {
                    out.push(cross(prev, cur));
                    out.push(cur);
                }
                (false, false) => {}
            }
            prev = cur;
        }
    }
    out
}

/// Whether the edge from `a` to `b` runs along one side of `r` (a seam of [`clip`]).
pub fn on_border(a: (f64, f64), b: (f64, f64), r: &Rect) -> bool {
    let near = |u: f64, v: f64| (u - v).abs() < 0.01;
    (near(a.0, r.x) && near(b.0, r.x))
        || (near(a.0, r.x + r.w) && near(b.0, r.x + r.w))
        || (near(a.1, r.y) && near(b.1, r.y))
        || (near(a.1, r.y + r.h) && near(b.1, r.y + r.h))
}

/// Whether `r` covers any part of `rings`: a corner of it inside them, or an edge of
/// theirs meeting it.
pub fn covers<R: AsRef<[(f64, f64)]>>(r: &Rect, rings: &[R]) -> bool {
    point_in_rings(rings, r.x, r.y) || edges_meet(r, rings)
}

/// Whether an edge of `rings` meets `r`: a vertex inside it, or an edge crossing a side.
pub fn edges_meet<R: AsRef<[(f64, f64)]>>(r: &Rect, rings: &[R]) -> bool {
    let corners = r.corners();
    let crosses = |a: (f64, f64), b: (f64, f64), c: (f64, f64), d: (f64, f64)| {
        let o = |p: (f64, f64), q: (f64, f64), s: (f64, f64)| {
            (q.0 - p.0) * (s.1 - p.1) - (q.1 - p.1) * (s.0 - p.0)
        };
        (o(a, b, c) > 0.0) != (o(a, b, d) > 0.0) && (o(c, d, a) > 0.0) != (o(c, d, b) > 0.0)
    };
    rings.iter().any(|ring| {
        let ring = ring.as_ref();
        (0..ring.len()).any(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            r.contains(a.0, a.1) || (0..4).any(|k| crosses(a, b, corners[k], corners[(k + 1) % 4]))
        })
    })
}

// Named by path: build.rs includes this file too (`#[path]`), and from there a bare
// `mod tests;` would name src/tests.rs, which rustfmt follows.
#[cfg(test)]
#[path = "geo/tests.rs"]
mod tests;
