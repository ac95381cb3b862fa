//! `quiz`: ask, grade, generate and list comprehension questions about an article.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use factquiz::error::read_text_file;
use factquiz::quiz::generate::generate_bank;
use factquiz::quiz::session::{self, Options, Tally};
use factquiz::quiz::sheet::{grade_sheet, AnswerSheet};
use factquiz::quiz::Bank;
use factquiz::render::Style;
use factquiz::store::FactStore;
use factquiz::Error;

/// Quiz students on a news article.
///
/// Exit status: 0 on success (whatever the score), 2 on an error.
#[derive(Parser)]
#[command(name = "quiz", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ask questions in the terminal (or from piped input), one answer per line.
    ///
    /// Example: quiz run --count 5 --seed 7 --name Ana
    Run(RunArgs),
    /// Grade a filled answer sheet (TOML: name = "Ana" and an [answers] table of id = "response").
    Grade(GradeArgs),
    /// Write a question bank generated from an article's fact store.
    Generate(GenerateArgs),
    /// Print the questions of a bank without their answers.
    List(ListArgs),
}

#[derive(Args)]
struct RunArgs {
    /// The question bank (default: the built-in bank for the built-in article).
    #[arg(long, value_name = "FILE")]
    bank: Option<PathBuf>,
    /// How many questions to ask (default: all).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    count: Option<u64>,
    /// Shuffle questions and choices with this seed, to repeat a quiz exactly.
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// The student's name, used in greetings.
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
}

#[derive(Args)]
struct GradeArgs {
    /// The question bank the sheet answers.
    #[arg(long, value_name = "FILE")]
    bank: PathBuf,
    /// The answer sheet. Choice letters refer to the order `quiz list` shows.
    #[arg(long, value_name = "FILE")]
    answers: PathBuf,
    /// Print the result as one JSON object.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct GenerateArgs {
    /// The article, plain text (default: the built-in article).
    #[arg(long, value_name = "FILE")]
    article: Option<PathBuf>,
    /// Where to write the bank (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct ListArgs {
    /// The question bank (default: the built-in bank).
    #[arg(long, value_name = "FILE")]
    bank: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) | Err(Failure::Quiet) => ExitCode::SUCCESS,
        Err(Failure::Error(e)) => {
            eprintln!("quiz: error: {e}");
            ExitCode::from(2)
        }
    }
}

enum Failure {
    /// The reader went away (`quiz list | head`): stop quietly.
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

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Run(args) => run_quiz(args),
        Command::Grade(args) => grade(args),
        Command::Generate(args) => generate(args),
        Command::List(args) => {
            let bank = load_bank(args.bank.as_deref())?;
            std::io::stdout()
                .lock()
                .write_all(session::list(&bank).as_bytes())?;
            Ok(())
        }
    }
}

fn load_bank(path: Option<&Path>) -> Result<Bank, Error> {
    match path {
        Some(p) => Bank::load(p),
        None => Bank::builtin(),
    }
}

fn run_quiz(args: RunArgs) -> Result<(), Failure> {
    let bank = load_bank(args.bank.as_deref())?;
    let store = bank.load_store()?;
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let stdin = std::io::stdin();
    let opts = Options {
        count: args.count.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
        seed: args.seed.unwrap_or_else(rand::random),
        name: args.name,
        style: Style { color },
        echo: !stdin.is_terminal(),
    };
    interrupt::install();
    let mut out = std::io::stdout().lock();
    let mut record = |t: &Tally| interrupt::record(t.score, t.max_score);
    session::run(&bank, &store, &opts, stdin.lock(), &mut out, &mut record)?;
    Ok(())
}

fn grade(args: GradeArgs) -> Result<(), Failure> {
    let bank = Bank::load(&args.bank)?;
    let store = bank.load_store()?;
    let text = read_text_file(&args.answers)?;
    let sheet = AnswerSheet::parse(&args.answers.display().to_string(), &text, &bank)?;
    let result = grade_sheet(&bank, &sheet, &store);
    let mut out = std::io::stdout().lock();
    if args.json {
        let json = serde_json::to_string(&result).map_err(|e| Error::input(e.to_string()))?;
        writeln!(out, "{json}")?;
    } else {
        out.write_all(result.render().as_bytes())?;
    }
    Ok(())
}

fn generate(args: GenerateArgs) -> Result<(), Failure> {
    let (store, article) = match &args.article {
        Some(path) => (
            FactStore::from_article_file(path)?,
            Some(article_reference(path, args.output.as_deref())),
        ),
        None => (FactStore::builtin(), None),
    };
    let title = store
        .article
        .sentences
        .first()
        .map(|s| s.text.trim_end_matches(['?', '.']).to_string());
    let bank = generate_bank(&store, title, article);
    let text = format!(
        "# Generated by `quiz generate` from {}: {} questions. Review before use.\n{}",
        store.article.source,
        bank.questions.len(),
        bank.to_toml()
    );
    match &args.output {
        Some(path) => {
            write_atomically(path, &text)?;
            eprintln!(
                "quiz: wrote {} ({} questions)",
                path.display(),
                bank.questions.len()
            );
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(())
}

/// How the bank names the article: relative to the bank file's folder when writing a file,
/// so the pair can move together.
fn article_reference(article: &Path, output: Option<&Path>) -> String {
    let dir = output.and_then(Path::parent).map(|d| {
        if d.as_os_str().is_empty() {
            Path::new(".")
        } else {
            d
        }
    });
    let (Some(dir), Ok(article_abs)) = (dir, article.canonicalize()) else {
        return article.display().to_string();
    };
    let Ok(dir_abs) = dir.canonicalize() else {
        return article.display().to_string();
    };
    let a: Vec<_> = article_abs.components().collect();
    let d: Vec<_> = dir_abs.components().collect();
    let common = a.iter().zip(&d).take_while(|(x, y)| x == y).count();
    let mut rel = PathBuf::new();
    for _ in common..d.len() {
        rel.push("..");
    }
    for c in &a[common..] {
        rel.push(c);
    }
    rel.display().to_string()
}

/// Writes a file whole or not at all: to a temporary file beside it, then renamed over it.
fn write_atomically(path: &Path, text: &str) -> Result<(), Error> {
    let shown = path.display().to_string();
    if path.is_dir() {
        return Err(Error::input(format!("{shown}: is a folder, not a file")));
    }
    let tmp = path.with_extension("tmp~");
    std::fs::write(&tmp, text).map_err(|e| Error::input(format!("{shown}: cannot write: {e}")))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::input(format!("{shown}: cannot write: {e}"))
    })
}

/// Ctrl-C ends the quiz with the score so far, like end of input.
///
/// The handler may only use async-signal-safe calls, so it formats the score into a stack
/// buffer and calls write(2) and _exit(2) itself. Declared here because the project has no
/// signal crate; std links the C library these come from.
#[cfg(unix)]
mod interrupt {
    use std::sync::atomic::{AtomicU32, Ordering};

    static SCORE: AtomicU32 = AtomicU32::new(0);
    static MAX: AtomicU32 = AtomicU32::new(0);
    const SIGINT: i32 = 2;

    extern "C" {
        fn signal(signum: i32, handler: extern "C" fn(i32)) -> usize;
        fn write(fd: i32, buf: *const u8, count: usize) -> isize;
        fn _exit(status: i32) -> !;
    }

    pub fn record(score: u32, max: u32) {
        SCORE.store(score, Ordering::SeqCst);
        MAX.store(max, Ordering::SeqCst);
    }

    pub fn install() {
        // SAFETY: `on_interrupt` only reads atomics and calls async-signal-safe functions.
        unsafe {
            signal(SIGINT, on_interrupt);
        }
    }

    struct Buf {
        bytes: [u8; 96],
        len: usize,
    }

    impl Buf {
        fn push(&mut self, s: &[u8]) {
            for &b in s {
                if self.len < self.bytes.len() {
                    self.bytes[self.len] = b;
                    self.len += 1;
                }
            }
        }

        fn push_number(&mut self, mut n: u32) {
            let mut digits = [0u8; 10];
            let mut k = 0;
            loop {
                digits[k] = b'0' + (n % 10) as u8;
                k += 1;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            while k > 0 {
                k -= 1;
                self.push(&[digits[k]]);
            }
        }
    }

    extern "C" fn on_interrupt(_: i32) {
        let mut buf = Buf {
            bytes: [0; 96],
            len: 0,
        };
        buf.push(b"\nQuiz stopped.\nScore: ");
        buf.push_number(SCORE.load(Ordering::SeqCst));
        buf.push(b"/");
        buf.push_number(MAX.load(Ordering::SeqCst));
        buf.push(b"\n");
        // SAFETY: write and _exit are async-signal-safe; the buffer outlives the call.
        unsafe {
            write(1, buf.bytes.as_ptr(), buf.len);
            _exit(0);
        }
    }
}

#[cfg(not(unix))]
mod interrupt {
    pub fn record(_: u32, _: u32) {}
    pub fn install() {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
