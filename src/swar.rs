//! Eight bytes at a time in a `u64` ("SIMD within a register"): the byte tests that the
//! word count, the code point count and the JSON writer share.

/// The high bit of each byte.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// The low bit of each byte; times `b`, the byte `b` in every byte.
pub(crate) const LOW_BITS: u64 = 0x0101_0101_0101_0101;

/// The first eight bytes of `bytes` (at least eight), little-endian: byte `k` is bits
/// `8k..8k + 8`.
#[inline]
pub(crate) fn load(bytes: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(w)
}

/// The high bit of each byte of `w` (all ASCII) that lies in `lo..=hi` (`lo` > 0): adding
/// `0x80 - lo` sets a byte's high bit when it is `lo` or more, adding `0x7F - hi` when it
/// is over `hi`; no sum carries into the next byte.
#[inline]
pub(crate) fn byte_range(w: u64, lo: u8, hi: u8) -> u64 {
    let at_least = w.wrapping_add(LOW_BITS * u64::from(0x80 - lo));
    let over = w.wrapping_add(LOW_BITS * u64::from(0x7F - hi));
    at_least & !over & HIGH_BITS
}

/// Nonzero when a byte of `w` is zero (its high bit is set in the result, as may be the
/// high bits of bytes above it, so only "any" is exact).
#[inline]
pub(crate) fn zero_byte(w: u64) -> u64 {
    w.wrapping_sub(LOW_BITS) & !w & HIGH_BITS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_tests_agree_with_the_bytes() {
        for b in 0..0x80u8 {
            for at in 0..8 {
                for fill in [b'a', b' ', 0x00, 0x7F] {
                    let mut bytes = [fill; 8];
                    bytes[at] = b;
                    let w = load(&bytes);
                    let flag = |bit: u64| (bit >> (8 * at + 7)) & 1 != 0;
                    assert_eq!(flag(byte_range(w, b'0', b'9')), b.is_ascii_digit());
                    assert_eq!(
                        flag(byte_range(w, b',', b'.')),
                        matches!(b, b',' | b'-' | b'.')
                    );
                    assert_eq!(zero_byte(w) != 0, b == 0 || fill == 0, "{b:#x} {fill:#x}");
                }
            }
        }
    }
}
