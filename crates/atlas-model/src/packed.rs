//! Packed outlines: each ring of a province outline as a byte string of zigzag varints,
//! the difference of each point from the one before (the first from the origin).
//!
//! Neighbouring points of a simplified outline lie close together, so most differences
//! take one or two bytes instead of the four a pair of `i16` takes; the map's first load
//! carries about half the bytes. Both ends use this module: `seedcheck` packs at build
//! time, the app unpacks while it projects, with no other parsing in the browser.

/// Appends the zigzag varint of `v` to `out`.
fn push_varint(out: &mut Vec<u8>, v: i32) {
    let mut u = ((v << 1) ^ (v >> 31)) as u32;
    while u >= 0x80 {
        out.push((u as u8 & 0x7f) | 0x80);
        u >>= 7;
    }
    out.push(u as u8);
}

/// Packs a ring of points (in any integer unit, relative to the origin).
pub fn pack_ring(points: &[(i32, i32)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(points.len() * 2);
    let mut last = (0, 0);
    for &(x, y) in points {
        push_varint(&mut out, x - last.0);
        push_varint(&mut out, y - last.1);
        last = (x, y);
    }
    out
}

/// The points of a packed ring, relative to the origin. A truncated varint at the end
/// (which `pack_ring` never writes) ends the ring there.
pub fn unpack_ring(bytes: &[u8]) -> Points<'_> {
    Points {
        bytes,
        at: 0,
        last: (0, 0),
    }
}

/// Iterator over a packed ring's points.
#[derive(Debug, Clone)]
pub struct Points<'a> {
    bytes: &'a [u8],
    at: usize,
    last: (i32, i32),
}

impl Points<'_> {
    fn varint(&mut self) -> Option<i32> {
        let mut u = 0u32;
        let mut shift = 0;
        loop {
            let b = *self.bytes.get(self.at)?;
            self.at += 1;
            u |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some((u >> 1) as i32 ^ -((u & 1) as i32));
            }
            shift += 7;
        }
    }
}

impl Iterator for Points<'_> {
    type Item = (i32, i32);

    fn next(&mut self) -> Option<(i32, i32)> {
        let dx = self.varint()?;
        let dy = self.varint()?;
        self.last = (self.last.0 + dx, self.last.1 + dy);
        Some(self.last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_come_back_exactly() {
        let ring = vec![
            (0, 0),
            (1, -1),
            (63, 64),
            (-64, 65),
            (8191, -8192),
            (32767, 0),
            (-32768, 32767),
            (1 << 20, -(1 << 20)),
            (i32::MAX / 2, i32::MIN / 2),
        ];
        assert_eq!(unpack_ring(&pack_ring(&ring)).collect::<Vec<_>>(), ring);
    }

    #[test]
    fn small_steps_take_one_byte_each() {
        let ring: Vec<(i32, i32)> = (0..100).map(|i| (500 + i, 300 - i)).collect();
        let packed = pack_ring(&ring);
        // The first point (500, 300) takes two bytes per coordinate; every step of ±1, one.
        assert_eq!(packed.len(), 4 + 99 * 2);
    }

    #[test]
    fn a_truncated_ring_ends_early_instead_of_inventing_points() {
        let packed = pack_ring(&[(1, 2), (300, 400)]);
        let cut = &packed[..packed.len() - 1];
        assert_eq!(unpack_ring(cut).collect::<Vec<_>>(), vec![(1, 2)]);
        assert_eq!(unpack_ring(&[]).count(), 0);
    }
}
