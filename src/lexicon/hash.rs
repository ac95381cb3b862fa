//! The hash of a word-list key. Shared by the build script, which places each key in its
//! table's slots, and by the lexicon, which looks keys up: both must compute the same value
//! on every machine, so it is spelt out here (FNV-1a, then a final mix so that the low bits,
//! which pick the slot, depend on every byte).

pub fn key_hash(key: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h
}
