//! Writes the built-in article's prebuilt store (`seeds/trilateral-talks.store`), built afresh
//! from the article. Run it after changing the article, a word list or the article reader;
//! the test `the_prebuilt_store_is_current` says when.
//!
//!     cargo run --release --example prebuild_store

use factquiz::store::{prebuilt, FactStore};

fn main() -> std::process::ExitCode {
    let store = FactStore::build_builtin();
    let bytes = prebuilt::encode(&store);
    // Written beside, then renamed over: a failed write never leaves half a file.
    let partial = format!("{}.partial", prebuilt::PATH);
    let written =
        std::fs::write(&partial, &bytes).and_then(|()| std::fs::rename(&partial, prebuilt::PATH));
    match written {
        Ok(()) => {
            println!("wrote {} ({} bytes)", prebuilt::PATH, bytes.len());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prebuild_store: cannot write {}: {e}", prebuilt::PATH);
            std::process::ExitCode::from(2)
        }
    }
}
