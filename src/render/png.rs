//! A text chunk for a PNG export: the chart's summary as the image's description, in
//! an `iTXt` chunk (UTF-8, so Korean reads as written) right after the header. Pure, so
//! it is tested natively.

/// The PNG signature and the header chunk (length, type, 13 bytes of data, CRC).
const AFTER_HEADER: usize = 8 + 4 + 4 + 13 + 4;

/// `png` with `text` as its `Description`; `None` if `png` does not start like a PNG.
pub fn with_description(png: &[u8], text: &str) -> Option<Vec<u8>> {
    if png.len() < AFTER_HEADER || &png[..8] != b"\x89PNG\r\n\x1a\n" || &png[12..16] != b"IHDR" {
        return None;
    }
    // keyword, NUL, no compression (flag and method), empty language tag and
    // translated keyword (each NUL-ended), then the text.
    let mut body = b"iTXtDescription\0\0\0\0\0".to_vec();
    body.extend_from_slice(text.as_bytes());
    let mut out = Vec::with_capacity(png.len() + body.len() + 8);
    out.extend_from_slice(&png[..AFTER_HEADER]);
    out.extend_from_slice(&((body.len() - 4) as u32).to_be_bytes());
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out.extend_from_slice(&png[AFTER_HEADER..]);
    Some(out)
}

/// The CRC-32 a PNG chunk ends with (over its type and data).
fn crc32(bytes: &[u8]) -> u32 {
    let mut c = 0xffff_ffffu32;
    for &b in bytes {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest PNG: a header for 1×1 px (its CRC as the format computes it), and
    /// an end chunk.
    fn tiny() -> Vec<u8> {
        let mut p = b"\x89PNG\r\n\x1a\n".to_vec();
        let ihdr = b"IHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
        p.extend_from_slice(&13u32.to_be_bytes());
        p.extend_from_slice(ihdr);
        p.extend_from_slice(&crc32(ihdr).to_be_bytes());
        p.extend_from_slice(&0u32.to_be_bytes());
        p.extend_from_slice(b"IEND");
        p.extend_from_slice(&crc32(b"IEND").to_be_bytes());
        p
    }

    #[test]
    fn crc_is_the_standard_one() {
        // The check value of CRC-32 (ISO-HDLC), as its specification lists it.
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        // The end chunk's CRC as every PNG carries it.
        assert_eq!(crc32(b"IEND"), 0xae42_6082);
    }

    #[test]
    fn the_description_follows_the_header_whole_and_in_utf8() {
        let png = tiny();
        let text = "차트 요약: 프로그램 7개";
        let out = with_description(&png, text).expect("a PNG");
        assert_eq!(out.len(), png.len() + 12 + 16 + text.len());
        let chunk = &out[AFTER_HEADER..];
        let len = u32::from_be_bytes(chunk[..4].try_into().unwrap()) as usize;
        assert_eq!(&chunk[4..8], b"iTXt");
        let data = &chunk[8..8 + len];
        assert!(data.starts_with(b"Description\0"));
        assert!(data.ends_with(text.as_bytes()));
        let crc = u32::from_be_bytes(chunk[8 + len..12 + len].try_into().unwrap());
        assert_eq!(crc, crc32(&chunk[4..8 + len]));
        assert!(out.ends_with(&png[AFTER_HEADER..]));
        assert_eq!(
            with_description(b"not a png at all, not at all....", text),
            None
        );
    }
}
