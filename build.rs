//! Compiles the word lists in `data/` into static tables (`$OUT_DIR/lexicon_tables.rs`), so
//! that a `factcheck` or `quiz` process starts without reading or hashing them.
//!
//! The build script reuses the crate's own code for this, by path: the tokenizer and the
//! stemmer (so that list entries are split and stemmed exactly as articles and claims are),
//! and the lexicon's reader and writer. Those files use nothing else from the crate.

use std::path::Path;

#[allow(dead_code)]
#[path = "src/lexicon/emit.rs"]
mod emit;
#[path = "src/lexicon/hash.rs"]
mod hash;
#[allow(dead_code)]
#[path = "src/lexicon/source.rs"]
mod source;
#[allow(dead_code)]
#[path = "src/text/stem.rs"]
mod stem;
#[allow(dead_code)]
#[path = "src/text/tokenize.rs"]
mod tokenize;
#[allow(dead_code)]
#[path = "src/lexicon/wordnet_blob.rs"]
mod wordnet_blob;
#[allow(dead_code)]
#[path = "src/lexicon/words.rs"]
mod words;

/// The paths those files use inside the crate.
mod text {
    pub(crate) use super::stem;
    pub(crate) use super::tokenize::words;
}
mod lexicon {
    pub(crate) use super::{emit, source};
}

fn read(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read word list {}: {e}", path.display()))
}

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let data = Path::new(&root).join("data");
    println!("cargo:rerun-if-changed=src/lexicon/source.rs");
    println!("cargo:rerun-if-changed=src/lexicon/emit.rs");
    println!("cargo:rerun-if-changed=src/lexicon/words.rs");
    println!("cargo:rerun-if-changed=src/lexicon/hash.rs");
    println!("cargo:rerun-if-changed=src/lexicon/wordnet_blob.rs");
    println!("cargo:rerun-if-changed=src/text/stem.rs");
    println!("cargo:rerun-if-changed=src/text/tokenize.rs");
    let file = |name: &str| read(&data, name);
    let (countries, regions) = (file("countries.tsv"), file("regions.tsv"));
    let (titles, title_modifiers) = (file("titles.txt"), file("title_modifiers.txt"));
    let title_equivalents = file("title_equivalents.txt");
    let (irregular_verbs, irregular_nouns) =
        (file("irregular_verbs.tsv"), file("irregular_nouns.tsv"));
    let (synonyms, antonyms) = (file("synonyms.txt"), file("antonyms.txt"));
    let (stopwords, abbreviations) = (file("stopwords.txt"), file("abbreviations.txt"));
    let (cues, calendar) = (file("cues.toml"), file("calendar.toml"));
    let (numbers, keywords) = (file("numbers.toml"), file("keywords.toml"));
    let word_classes = file("word_classes.toml");
    let source = lexicon::source::LexiconSource::read(&lexicon::source::DataFiles {
        countries: &countries,
        regions: &regions,
        titles: &titles,
        title_modifiers: &title_modifiers,
        title_equivalents: &title_equivalents,
        irregular_verbs: &irregular_verbs,
        irregular_nouns: &irregular_nouns,
        synonyms: &synonyms,
        antonyms: &antonyms,
        stopwords: &stopwords,
        abbreviations: &abbreviations,
        cues: &cues,
        calendar: &calendar,
        numbers: &numbers,
        keywords: &keywords,
        word_classes: &word_classes,
    });
    println!(
        "cargo:rustc-env=FACTQUIZ_BUILTIN_FINGERPRINT={}",
        builtin_fingerprint(Path::new(&root))
    );
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon_tables.rs");
    std::fs::write(&out, lexicon::emit::tables(&source))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    compile_wordnet(
        &data.join("wordnet"),
        out.parent().expect("OUT_DIR is a folder"),
    );
}

/// Compiles `data/wordnet/*.tsv` (from `scripts/import-wordnet`) into the two blobs the
/// lexicon includes (see `src/lexicon/wordnet_blob.rs`).
fn compile_wordnet(dir: &Path, out_dir: &Path) {
    let file = |name: &str| read(dir, name);
    let blobs = wordnet_blob::compile(
        &file("synsets.tsv"),
        &file("senses.tsv"),
        &file("exceptions.tsv"),
    )
    .unwrap_or_else(|e| panic!("data/wordnet/{e}"));
    for (name, bytes) in [
        ("wordnet.bin", &blobs.numbers),
        ("wordnet.txt", &blobs.text),
    ] {
        let path = out_dir.join(name);
        std::fs::write(&path, bytes)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}

/// What the built-in article's store is built from: the article, the word lists, and the
/// source of everything that reads an article into a store. The prebuilt store
/// (`src/store/prebuilt.rs`) is used only while its fingerprint is this one.
const BUILT_FROM: [&str; 9] = [
    "seeds/trilateral-talks.txt",
    "data",
    "build.rs",
    "src/analysis.rs",
    "src/article.rs",
    "src/grammar.rs",
    "src/lexicon",
    "src/store",
    "src/text",
];

/// A hash of every file in [`BUILT_FROM`] (directories whole), with its path, in path order.
fn builtin_fingerprint(root: &Path) -> String {
    let mut files = Vec::new();
    for part in BUILT_FROM {
        println!("cargo:rerun-if-changed={part}");
        collect_files(&root.join(part), &mut files);
    }
    files.sort();
    let mut all = String::new();
    for path in &files {
        let text =
            std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let relative = path.strip_prefix(root).unwrap_or(path);
        all.push_str(&format!("{}\n{}\n", relative.display(), text.len()));
        all.push_str(&String::from_utf8_lossy(&text));
    }
    format!("{:016x}-{:08x}", hash::key_hash(&all), all.len())
}

fn collect_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        let entries = std::fs::read_dir(path)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", path.display()));
        for entry in entries {
            let entry = entry.unwrap_or_else(|e| panic!("cannot list {}: {e}", path.display()));
            collect_files(&entry.path(), out);
        }
    } else {
        out.push(path.to_path_buf());
    }
}
