//! Files the quiz writes for people (worksheets, reports, banks) are written whole or not at
//! all: to a temporary file beside the target, synced, then renamed over it. An interrupted
//! export leaves the old file or none, never half of one.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

pub fn write_atomically(path: &Path, text: &str) -> Result<(), Error> {
    let shown = path.display().to_string();
    if path.is_dir() {
        return Err(Error::input(format!("{shown}: is a folder, not a file")));
    }
    let tmp = temp_path(path);
    let written = File::create(&tmp)
        .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::input(format!("{shown}: cannot write: {e}"))
    })
}

/// `dir/.name.PID.tmp`: hidden, beside the target (a rename cannot cross file systems), and
/// distinct for each process writing at once.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("quiz-output-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("sheet.md");
        write_atomically(&path, "old").unwrap();
        write_atomically(&path, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn a_missing_folder_is_an_error_that_names_the_file() {
        let e = write_atomically(Path::new("/no/such/dir/x.md"), "x").unwrap_err();
        assert!(
            e.to_string().starts_with("/no/such/dir/x.md: cannot write"),
            "{e}"
        );
    }
}
