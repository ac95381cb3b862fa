//! The library's errors. Every one is something the user can act on, and every one maps to
//! exit code 2 in the binaries.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    /// Input that cannot be used, with the file, line or value named in the message.
    #[error("{0}")]
    Input(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    pub fn input(msg: impl Into<String>) -> Error {
        Error::Input(msg.into())
    }
}

/// Reads a UTF-8 text file, with errors that name it: missing, a folder, not UTF-8, empty.
pub fn read_text_file(path: &std::path::Path) -> Result<String, Error> {
    let shown = path.display().to_string();
    if path.is_dir() {
        return Err(Error::input(format!("{shown}: is a folder, not a file")));
    }
    // Refuse a huge file before reading it into memory.
    let limit = crate::article::MAX_ARTICLE_BYTES as u64;
    if std::fs::metadata(path).is_ok_and(|m| m.len() > limit) {
        return Err(Error::input(format!(
            "{shown}: the file is larger than the {} MiB limit",
            limit / (1024 * 1024)
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        };
        Error::input(format!("{shown}: cannot read: {why}"))
    })?;
    String::from_utf8(bytes).map_err(|e| {
        Error::input(format!(
            "{shown}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Turns a byte offset into a 1-based line and column, for messages about TOML and GIFT files.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// A multi-line message from a parser, as one line.
pub fn one_line(message: &str) -> String {
    message
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// How a binary's run stops early: with an error for the user, or quietly because the reader
/// of its output went away (`factcheck ... | head`).
#[derive(Debug)]
pub enum Failure {
    Quiet,
    Error(Error),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Error(e)
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Failure {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::Quiet
        } else {
            Failure::Error(Error::input(format!("cannot read or write: {e}")))
        }
    }
}

/// The exit status of a run: its own code, 0 for a quiet stop, or 2 after printing the error
/// as one line, "program: error: ...".
pub fn exit_status(program: &str, result: Result<u8, Failure>) -> std::process::ExitCode {
    match result {
        Ok(code) => std::process::ExitCode::from(code),
        Err(Failure::Quiet) => std::process::ExitCode::SUCCESS,
        Err(Failure::Error(e)) => {
            eprintln!("{program}: error: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
