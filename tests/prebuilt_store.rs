//! The built-in article's prebuilt store (`seeds/trilateral-talks.store`): current, read back
//! as built, and never used when it does not fit.

use factquiz::check::check;
use factquiz::eval::read_tsv;
use factquiz::store::{prebuilt, FactStore};

fn manifest_path(rel: &str) -> String {
    format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_prebuilt_store_is_current() {
    let fresh = prebuilt::encode(&FactStore::build_builtin());
    let path = manifest_path(prebuilt::PATH);
    let file = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(
        file == fresh,
        "{} is out of date (the article, a word list or the article reader changed): \
         run `cargo run --release --example prebuild_store`",
        prebuilt::PATH
    );
    assert!(
        prebuilt::load().is_some(),
        "the prebuilt store is current but does not load"
    );
}

#[test]
fn the_prebuilt_store_reads_back_as_built() {
    let built = FactStore::build_builtin();
    let loaded = prebuilt::decode(&prebuilt::encode(&built)).expect("the store reads back");
    assert_eq!(loaded.article, built.article);
    assert_eq!(loaded.entities, built.entities);
    assert_eq!(loaded.roles, built.roles);
    assert_eq!(loaded.items, built.items, "synonym groups included");
    assert_eq!(prebuilt::encode(&loaded), prebuilt::encode(&built));
    assert_eq!(loaded.events(), built.events());
    // The checker answers every claim about the seed article the same from either.
    let text = std::fs::read_to_string(manifest_path("tests/eval/seed_claims_extra.tsv")).unwrap();
    let cases = read_tsv("seed_claims_extra.tsv", &text).unwrap();
    assert!(cases.len() >= 60);
    for case in &cases {
        assert_eq!(
            check(&loaded, &case.claim).unwrap(),
            check(&built, &case.claim).unwrap(),
            "{}",
            case.claim
        );
    }
}

#[test]
fn a_stale_or_damaged_prebuilt_store_is_not_used() {
    let bytes = prebuilt::encode(&FactStore::build_builtin());
    assert!(prebuilt::decode(&bytes).is_some());
    assert!(prebuilt::decode(b"").is_none());
    // Another fingerprint: built from other word lists or another reader.
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let other = text.replacen(prebuilt::FINGERPRINT, "0000000000000000-00000000", 1);
    assert!(prebuilt::decode(other.as_bytes()).is_none());
    // Cut short anywhere in the body.
    let header = bytes.iter().filter(|&&b| b == b'\n').take(2).count();
    assert_eq!(header, 2);
    for cut in [bytes.len() / 2, bytes.len() - 1] {
        assert!(prebuilt::decode(&bytes[..cut]).is_none(), "cut at {cut}");
    }
}
