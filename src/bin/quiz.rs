//! `quiz`: ask, grade, generate and list comprehension questions about an article; record
//! results, report on a class, print worksheets, and exchange banks with Moodle (GIFT, Aiken).

use std::io::{IsTerminal, Write};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex, PoisonError};

use clap::{Args, Parser, Subcommand, ValueEnum};
use factquiz::error::{exit_status, read_text_file, Failure};
use factquiz::quiz::bank::MAX_QUESTIONS;
use factquiz::quiz::export::{self, Format};
use factquiz::quiz::generate::generate_bank;
use factquiz::quiz::output::write_atomically;
use factquiz::quiz::record::{Attempt, Mode, Response, ResultsFile};
use factquiz::quiz::report::{self, Results};
use factquiz::quiz::session::{self, Options, Progress};
use factquiz::quiz::sheet::{grade_sheet, AnswerSheet};
use factquiz::quiz::{gift, Bank};
use factquiz::render::Style;
use factquiz::store::{FactStore, BUILTIN_ARTICLE};
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
    /// Example: quiz run --count 5 --seed 7 --name Ana --record class.jsonl
    Run(RunArgs),
    /// Grade a filled answer sheet (TOML: name = "Ana" and an [answers] table of id = "response").
    Grade(GradeArgs),
    /// Write a question bank generated from an article's fact store.
    Generate(GenerateArgs),
    /// Print the questions of a bank without their answers.
    List(ListArgs),
    /// Read results files: the gradebook, item statistics and the score distribution.
    ///
    /// Example: quiz report class.jsonl --csv grades.csv --html report.html
    Report(ReportArgs),
    /// Write a bank as a worksheet (markdown, html), its answer key (--key), or for other
    /// tools (gift and aiken for Moodle, json).
    ///
    /// Example: quiz export --format html -o sheet.html && quiz export --format html --key -o key.html
    Export(ExportArgs),
    /// Read a GIFT file (Moodle's question format) into a question bank.
    ///
    /// Example: quiz import moodle.gift -o questions/moodle.toml
    Import(ImportArgs),
    /// Run the quiz for a class in the browser: students join with a code, the teacher
    /// watches a live dashboard and exports the results.
    ///
    /// Example: quiz serve --host 0.0.0.0 --port 8000
    Serve(ServeArgs),
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
    /// The student's name, used in greetings and in the results file.
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// Append the attempt to this results file (one JSON line; needs --name).
    #[arg(long, value_name = "FILE", requires = "name")]
    record: Option<PathBuf>,
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
    /// The student's name (default: the sheet's `name`).
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// Append the attempt to this results file (one JSON line).
    #[arg(long, value_name = "FILE")]
    record: Option<PathBuf>,
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

#[derive(Args)]
struct ReportArgs {
    /// Results files written by --record.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
    /// Also write the gradebook as CSV (one row per student).
    #[arg(long, value_name = "OUT")]
    csv: Option<PathBuf>,
    /// Also write the item statistics as CSV (one row per question).
    #[arg(long, value_name = "OUT")]
    items_csv: Option<PathBuf>,
    /// Also write the report as one self-contained HTML page (charts inline, no network).
    #[arg(long, value_name = "OUT")]
    html: Option<PathBuf>,
}

#[derive(Args)]
struct ExportArgs {
    /// The question bank (default: the built-in bank).
    #[arg(long, value_name = "FILE")]
    bank: Option<PathBuf>,
    /// markdown or html: a printable worksheet; gift or aiken: for Moodle; json: for other tools.
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Write the answer key instead of the worksheet (markdown and html).
    #[arg(long)]
    key: bool,
    /// Leave the article out of the worksheet.
    #[arg(long)]
    no_article: bool,
    /// Where to write (default: standard output).
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct ImportArgs {
    /// The GIFT file.
    #[arg(value_name = "FILE.gift")]
    file: PathBuf,
    /// Where to write the bank (default: standard output).
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct ServeArgs {
    /// The question bank (default: the built-in bank).
    #[arg(long, value_name = "FILE")]
    bank: Option<PathBuf>,
    /// The class database: made when missing; a restart on it continues the session.
    #[arg(long, value_name = "FILE", default_value = "classroom.db")]
    db: PathBuf,
    /// The port to listen on (0: any free port).
    #[arg(long, value_name = "N", default_value_t = 8000)]
    port: u16,
    /// The address to listen on; 0.0.0.0 opens the quiz to the classroom network.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    host: IpAddr,
    /// Everyone answers the question the teacher shows, with an optional timer and a
    /// leaderboard (default: self-paced). A session keeps its mode when restarted.
    #[arg(long)]
    teacher_paced: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Markdown,
    Html,
    Gift,
    Aiken,
    Json,
}

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Format {
        match f {
            ExportFormat::Markdown => Format::Markdown,
            ExportFormat::Html => Format::Html,
            ExportFormat::Gift => Format::Gift,
            ExportFormat::Aiken => Format::Aiken,
            ExportFormat::Json => Format::Json,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    exit_status("quiz", run(cli).map(|()| 0))
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Run(args) => run_quiz(args),
        Command::Grade(args) => grade(args),
        Command::Generate(args) => generate(args),
        Command::List(args) => {
            let (bank, _) = load_bank(args.bank.as_deref())?;
            std::io::stdout()
                .lock()
                .write_all(session::list(&bank).as_bytes())?;
            Ok(())
        }
        Command::Report(args) => report(args),
        Command::Export(args) => export(args),
        Command::Import(args) => import(args),
        Command::Serve(args) => serve(args),
    }
}

/// The bank and the fingerprint of its file.
fn load_bank(path: Option<&Path>) -> Result<(Bank, String), Error> {
    match path {
        Some(p) => Bank::load_hashed(p),
        None => Bank::builtin_hashed(),
    }
}

fn run_quiz(args: RunArgs) -> Result<(), Failure> {
    let (bank, hash) = load_bank(args.bank.as_deref())?;
    let store = bank.load_store()?;
    // Opened before the first question: a results file that cannot be written is reported
    // before the student answers, not after.
    let results = args.record.as_deref().map(ResultsFile::open).transpose()?;
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let stdin = std::io::stdin();
    let opts = Options {
        count: args.count.map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
        seed: args.seed.unwrap_or_else(rand::random),
        name: args.name.clone(),
        style: Style { color },
        echo: !stdin.is_terminal(),
    };
    let live = Arc::new(Mutex::new(Live {
        score: (0, 0),
        attempt: args
            .name
            .as_deref()
            .filter(|_| results.is_some())
            .map(|n| Attempt::new(n, &bank.display_title(), &hash, Mode::Run, 0)),
        results,
        finished: false,
    }));
    let for_handler = Arc::clone(&live);
    ctrlc::set_handler(move || on_interrupt(&for_handler))
        .map_err(|e| Error::input(format!("cannot catch Ctrl-C: {e}")))?;
    // Not locked for the whole quiz: the Ctrl-C handler must be able to print while the quiz
    // waits for an answer.
    let mut out = std::io::stdout();
    let mut on_progress = |p: &Progress| lock(&live).follow(p, &store);
    let tally = session::run(
        &bank,
        &store,
        &opts,
        stdin.lock(),
        &mut out,
        &mut on_progress,
    )?;
    let mut live = lock(&live);
    live.finished = true;
    live.record(tally.answered == tally.total)?;
    Ok(())
}

/// What the Ctrl-C handler needs: the score so far and the attempt to record.
struct Live {
    /// (score, points of the questions answered).
    score: (u32, u32),
    attempt: Option<Attempt>,
    results: Option<ResultsFile>,
    /// The quiz has ended and printed its score: Ctrl-C has nothing left to do.
    finished: bool,
}

impl Live {
    fn follow(&mut self, p: &Progress, store: &FactStore) {
        self.score = (p.tally.score, p.tally.max_score);
        let Some(attempt) = &mut self.attempt else {
            return;
        };
        attempt.max_score = p.planned_max;
        if let Some(a) = &p.answered {
            attempt.push(Response::new(
                a.question, a.shown, a.response, a.grade, store,
            ));
        }
    }

    /// Writes the attempt once (the quiz's end and Ctrl-C may race; whoever comes first).
    fn record(&mut self, complete: bool) -> Result<(), Error> {
        let (Some(mut attempt), Some(results)) = (self.attempt.take(), self.results.as_mut())
        else {
            return Ok(());
        };
        attempt.complete = complete;
        attempt.time = factquiz::quiz::record::now_rfc3339();
        results.append(&attempt)
    }
}

fn lock(live: &Mutex<Live>) -> std::sync::MutexGuard<'_, Live> {
    // A panic elsewhere must not cost the student their result.
    live.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Ctrl-C ends the quiz like end of input: the score so far, the attempt recorded as
/// incomplete, exit 0.
fn on_interrupt(live: &Mutex<Live>) {
    let mut live = lock(live);
    if live.finished {
        std::process::exit(0);
    }
    let (score, max) = live.score;
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "\nQuiz stopped.\nScore: {score}/{max}\n");
    let _ = out.flush();
    if let Err(e) = live.record(false) {
        eprintln!("quiz: error: {e}");
        std::process::exit(2);
    }
    std::process::exit(0);
}

fn grade(args: GradeArgs) -> Result<(), Failure> {
    let (bank, hash) = Bank::load_hashed(&args.bank)?;
    let store = bank.load_store()?;
    let text = read_text_file(&args.answers)?;
    let shown = args.answers.display().to_string();
    let sheet = AnswerSheet::parse(&shown, &text, &bank)?;
    let mut results = args.record.as_deref().map(ResultsFile::open).transpose()?;
    let result = grade_sheet(&bank, &sheet, &store);
    if let Some(results) = &mut results {
        let student = args
            .name
            .as_deref()
            .or(sheet.name.as_deref())
            .filter(|n| !n.trim().is_empty());
        let Some(student) = student else {
            return Err(Error::input(format!(
                "{shown}: --record needs the student's name: give --name or write name = \"...\" in the sheet"
            ))
            .into());
        };
        results.append(&Attempt::from_sheet(student, &bank, &hash, &result, &store))?;
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        let json = serde_json::to_string(&result).map_err(|e| Error::input(e.to_string()))?;
        writeln!(out, "{json}")?;
    } else {
        out.write_all(result.render().as_bytes())?;
    }
    Ok(())
}

fn report(args: ReportArgs) -> Result<(), Failure> {
    let results = Results::read_files(&args.files)?;
    for u in &results.unread {
        eprintln!("quiz: warning: {}: {}", u.place, u.why);
    }
    if results.attempts.is_empty() {
        return Err(Error::input(format!(
            "no attempts to report: {} line{} read, none an attempt",
            results.lines,
            if results.lines == 1 { "" } else { "s" }
        ))
        .into());
    }
    let reports = report::build(&results.attempts);
    let mut text = report::render_unread(&results);
    for (k, r) in reports.iter().enumerate() {
        if k > 0 {
            text.push('\n');
        }
        text.push_str(&report::render_text(r));
    }
    std::io::stdout().lock().write_all(text.as_bytes())?;
    let outputs = [
        (args.csv, report::gradebook_csv(&reports)),
        (args.items_csv, report::items_csv(&reports)),
        (args.html, report::render_html(&reports, &results)),
    ];
    for (path, contents) in outputs {
        if let Some(path) = path {
            write_atomically(&path, &contents)?;
            eprintln!("quiz: wrote {}", path.display());
        }
    }
    Ok(())
}

fn export(args: ExportArgs) -> Result<(), Failure> {
    let format = Format::from(args.format);
    if args.key && !format.has_key() {
        return Err(Error::input(
            "--key applies to worksheets (--format markdown or html); gift, aiken and json carry their answers",
        )
        .into());
    }
    let (bank, _) = load_bank(args.bank.as_deref())?;
    let article = match (args.no_article, format.has_key() && !args.key) {
        (false, true) => worksheet_article(&bank, args.bank.is_none())?,
        _ => None,
    };
    let done = export::export(
        &bank,
        export::Request {
            format,
            key: args.key,
            article: article.as_deref(),
        },
    );
    for n in &done.notes {
        eprintln!("quiz: not exported: {n}");
    }
    match &args.output {
        Some(path) => {
            write_atomically(path, &done.text)?;
            eprintln!("quiz: wrote {}", path.display());
        }
        None => std::io::stdout().lock().write_all(done.text.as_bytes())?,
    }
    Ok(())
}

/// The article a worksheet prints: the one the bank names, the built-in one for the built-in
/// bank, none for a bank that names none (an imported Moodle bank).
fn worksheet_article(bank: &Bank, builtin: bool) -> Result<Option<String>, Error> {
    match bank.article_path() {
        Some(p) => read_text_file(&p)
            .map(Some)
            .map_err(|e| Error::input(format!("{}: article: {e}", bank.source))),
        None if builtin => Ok(Some(BUILTIN_ARTICLE.to_string())),
        None => Ok(None),
    }
}

fn import(args: ImportArgs) -> Result<(), Failure> {
    let text = read_text_file(&args.file)?;
    let imported = gift::parse(&args.file.display().to_string(), &text)?;
    imported.bank.check_size()?;
    for n in &imported.notes {
        eprintln!("quiz: not kept: {n}");
    }
    let count = imported.bank.questions.len();
    let toml = format!(
        "# Imported by `quiz import` from {}: {count} questions. Review before use.\n{}",
        args.file.display(),
        imported.bank.to_toml()
    );
    match &args.output {
        Some(path) => {
            write_atomically(path, &toml)?;
            eprintln!(
                "quiz: wrote {} ({count} questions; {} thing{} not kept, listed above)",
                path.display(),
                imported.notes.len(),
                if imported.notes.len() == 1 { "" } else { "s" }
            );
        }
        None => std::io::stdout().lock().write_all(toml.as_bytes())?,
    }
    Ok(())
}

fn serve(args: ServeArgs) -> Result<(), Failure> {
    let server = factquiz::serve::start(&factquiz::serve::Config {
        bank: args.bank,
        db: args.db.clone(),
        host: args.host,
        port: args.port,
        teacher_paced: args.teacher_paced.then_some(true),
    })?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "Students: open {}", server.student_url)?;
    writeln!(out, "          join code {}", server.join_code)?;
    // For phones: the address with the code filled in. Only on a terminal, not in a log.
    if out.is_terminal() {
        if let Some(qr) = factquiz::serve::qr_code(&server.join_url) {
            writeln!(out, "{qr}")?;
        }
    }
    writeln!(out, "Teacher:  {}", server.teacher_url)?;
    writeln!(
        out,
        "          (keep this link to yourself: it controls the quiz)"
    )?;
    writeln!(
        out,
        "{}",
        if server.teacher_paced {
            "Teacher-paced: everyone answers the question you show."
        } else {
            "Self-paced: each student answers at their own speed."
        }
    )?;
    if server.students > 0 {
        writeln!(
            out,
            "Continuing the session in {}: {} student{} joined.",
            args.db.display(),
            server.students,
            if server.students == 1 {
                " has"
            } else {
                "s have"
            }
        )?;
    }
    writeln!(out, "Press Ctrl-C to stop; every answer is already saved.")?;
    out.flush()?;
    drop(out);
    Ok(server.run()?)
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
    let mut bank = generate_bank(&store, title, article);
    if bank.questions.len() > MAX_QUESTIONS {
        eprintln!(
            "quiz: note: kept the first {MAX_QUESTIONS} of {} generated questions (the most a bank holds)",
            bank.questions.len()
        );
        bank.questions.truncate(MAX_QUESTIONS);
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
