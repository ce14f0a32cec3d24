//! A minimal ZIP writer (stored entries, no compression) so that exports made of several files,
//! such as brat's `.txt` + `.ann` + `annotation.conf`, download as one archive without a
//! dependency. Entries carry a fixed date (1980-01-01): the core has no clock, and the same
//! document gives the same bytes.

/// CRC-32 (IEEE 802.3, the polynomial ZIP uses), bit by bit from a table built once per call.
pub fn crc32(data: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for (i, slot) in table.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *slot = c;
    }
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc = table[((crc ^ b as u32) & 0xFF) as usize] ^ (crc >> 8);
    }
    crc ^ 0xFFFF_FFFF
}

const DOS_DATE_1980_01_01: u16 = (1 << 5) | 1;
/// General purpose flag bit 11: file names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// An archive of `(name, contents)` entries, in order. Each entry and the whole archive must stay
/// under 4 GiB (no ZIP64), far above what a browser tab holds.
pub fn stored_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let header = |out: &mut Vec<u8>, central_entry: bool| {
            if central_entry {
                u32le(out, 0x0201_4b50);
                u16le(out, 20); // made by: version 2.0
            } else {
                u32le(out, 0x0403_4b50);
            }
            u16le(out, 20); // version needed: 2.0
            u16le(out, UTF8_NAMES);
            u16le(out, 0); // method: stored
            u16le(out, 0); // time 00:00
            u16le(out, DOS_DATE_1980_01_01);
            u32le(out, crc);
            u32le(out, data.len() as u32);
            u32le(out, data.len() as u32);
            u16le(out, name.len() as u16);
            u16le(out, 0); // extra field length
            if central_entry {
                u16le(out, 0); // comment length
                u16le(out, 0); // disk number
                u16le(out, 0); // internal attributes
                u32le(out, 0); // external attributes
                u32le(out, offset);
            }
            out.extend_from_slice(name.as_bytes());
        };
        header(&mut out, false);
        out.extend_from_slice(data);
        header(&mut central, true);
    }
    let central_offset = out.len() as u32;
    out.extend_from_slice(&central);
    u32le(&mut out, 0x0605_4b50);
    u16le(&mut out, 0); // this disk
    u16le(&mut out, 0); // disk with the central directory
    u16le(&mut out, entries.len() as u16);
    u16le(&mut out, entries.len() as u16);
    u32le(&mut out, central.len() as u32);
    u32le(&mut out, central_offset);
    u16le(&mut out, 0); // comment length
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn archive_layout_has_local_headers_central_directory_and_end_record() {
        let z = stored_zip(&[("a.txt", b"hello"), ("b.ann", b"")]);
        assert_eq!(&z[..4], b"PK\x03\x04");
        assert_eq!(&z[30..35], b"a.txt");
        assert_eq!(&z[35..40], b"hello");
        let end = z.len() - 22;
        assert_eq!(&z[end..end + 4], b"PK\x05\x06");
        assert_eq!(u16::from_le_bytes([z[end + 10], z[end + 11]]), 2);
    }
}
