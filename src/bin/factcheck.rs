//! `factcheck`: does the article support a statement, refute it, or not say?

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use factquiz::check::{check, Outcome};
use factquiz::error::{exit_status, read_text_file, Failure};
use factquiz::eval::{evaluate, read_fever, read_tsv, TwoWay};
use factquiz::render::{self, Style};
use factquiz::store::FactStore;
use factquiz::Error;

/// Check statements against a news article.
///
/// Exit status for one claim: 0 supported, 1 refuted, 3 not enough info, 2 error.
#[derive(Parser)]
#[command(name = "factcheck", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    source: Source,
    /// One JSON object per claim, one per line.
    #[arg(long)]
    json: bool,
    /// Read claims from FILE, one per line (`-` for standard input); `#` lines are skipped.
    #[arg(long, value_name = "FILE")]
    batch: Option<PathBuf>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
    /// Two-way checking (as in FEVER): what the article does not state counts as refuted.
    #[arg(long, hide = true)]
    closed: bool,
    /// Show how the claim was read and aligned (for developers).
    #[arg(long, hide = true)]
    debug: bool,
    /// The statements to check, each one argument (quote it): "Rubio met Wi".
    claims: Vec<String>,
}

#[derive(Args, Clone)]
struct Source {
    /// The article to check against (default: the built-in article).
    #[arg(long, value_name = "FILE", conflicts_with = "store")]
    article: Option<PathBuf>,
    /// A fact store saved by `factcheck build`.
    #[arg(long, value_name = "FILE")]
    store: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the fact store: entities and their names, offices, events.
    Facts {
        #[command(flatten)]
        source: Source,
    },
    /// Build the fact store of an article and save it as TOML.
    Build {
        /// The article (plain text).
        article: PathBuf,
        /// Where to write the store.
        #[arg(short, long, value_name = "STORE.toml")]
        output: PathBuf,
    },
    /// Run a labelled claim file and print accuracy, precision, recall and the misses.
    Eval {
        /// TSV: label (S/R/N), claim, evidence-must-contain, correction-must-contain.
        file: PathBuf,
        /// Read FILE as FEVER JSON lines, each checked against its own evidence sentence.
        #[arg(long)]
        fever: bool,
        /// With --fever: keep the three verdicts, so that "not enough info" counts as wrong
        /// (as a user sees it), instead of reading it as "refuted".
        #[arg(long, requires = "fever")]
        three_way: bool,
        #[command(flatten)]
        source: Source,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    exit_status("factcheck", run(cli))
}

fn load(source: &Source) -> Result<FactStore, Error> {
    match (&source.article, &source.store) {
        (Some(a), _) => FactStore::from_article_file(a),
        (None, Some(s)) => FactStore::load(s),
        (None, None) => Ok(FactStore::builtin()),
    }
}

fn style(color: Color) -> Style {
    let color = match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    Style { color }
}

fn run(cli: Cli) -> Result<u8, Failure> {
    let out = std::io::stdout();
    let mut out = out.lock();
    match &cli.command {
        Some(Command::Facts { source }) => {
            let store = load(source)?;
            out.write_all(render::facts(&store).as_bytes())?;
            return Ok(0);
        }
        Some(Command::Build { article, output }) => {
            let store = FactStore::from_article_file(article)?;
            write_atomically(output, |w| store.write_toml(w))?;
            eprintln!(
                "factcheck: wrote {} ({} sentences, {} entities, {} offices, {} events)",
                output.display(),
                store.article.sentences.len(),
                store.entities.len(),
                store.roles.len(),
                store.events().len()
            );
            return Ok(0);
        }
        Some(Command::Eval {
            file,
            fever,
            three_way,
            source,
        }) => {
            let name = file.display().to_string();
            let text = read_text_file(file)?;
            let (cases, two_way) = if *fever && *three_way {
                (read_fever(&name, &text)?, TwoWay::No)
            } else if *fever {
                (read_fever(&name, &text)?, TwoWay::NotSupportedIsRefuted)
            } else {
                (read_tsv(&name, &text)?, TwoWay::No)
            };
            let store = if *fever {
                FactStore::builtin()
            } else {
                load(source)?
            };
            let report = evaluate(&store, &cases, two_way);
            out.write_all(report.render(&name).as_bytes())?;
            return Ok(0);
        }
        None => {}
    }
    let store = load(&cli.source)?;
    let style = style(cli.color);
    if let Some(batch) = &cli.batch {
        return run_batch(&store, batch, cli.json, style, &mut out);
    }
    if cli.claims.is_empty() {
        return Err(Error::input(
            "no claim given: try factcheck \"Rubio met Wi\" (or --batch FILE)",
        )
        .into());
    }
    let mut code = 0;
    for claim in &cli.claims {
        if cli.debug {
            eprint!("{}", factquiz::check::debug_report(&store, claim));
        }
        let o = if cli.closed {
            factquiz::check::check_closed(&store, claim)?
        } else {
            check(&store, claim)?
        };
        print_outcome(&o, cli.json, style, &mut out)?;
        code = o.verdict.exit_code();
    }
    // The process ends here: freeing the store one string at a time would only cost time
    // (a tenth of checking one claim on the built-in article).
    std::mem::forget(store);
    Ok(if cli.claims.len() == 1 { code } else { 0 })
}

fn print_outcome(
    o: &Outcome,
    json: bool,
    style: Style,
    out: &mut impl Write,
) -> Result<(), Failure> {
    if json {
        let line = serde_json::to_string(o).map_err(|e| Error::input(e.to_string()))?;
        writeln!(out, "{line}")?;
    } else {
        out.write_all(render::outcome(o, style).as_bytes())?;
    }
    Ok(())
}

/// What one line of a batch comes to.
enum Answer {
    /// A blank or `#` line.
    Skip,
    /// The outcome, rendered.
    Checked(String),
    /// The line as read (for the JSON error object) and what is wrong with it.
    Failed(String, String),
}

fn answer_line(store: &FactStore, line: Vec<u8>, json: bool, style: Style) -> Answer {
    let text = match String::from_utf8(line) {
        Ok(text) => text,
        Err(_) => return Answer::Failed(String::new(), "not UTF-8 text".to_string()),
    };
    let text = text.trim_end_matches('\r');
    if text.trim().is_empty() || text.trim_start().starts_with('#') {
        return Answer::Skip;
    }
    match check(store, text) {
        Ok(o) => {
            let mut out = Vec::new();
            match print_outcome(&o, json, style, &mut out) {
                Ok(()) => Answer::Checked(String::from_utf8(out).unwrap_or_default()),
                Err(_) => Answer::Failed(text.to_string(), "cannot write the answer".to_string()),
            }
        }
        Err(e) => Answer::Failed(text.to_string(), e.to_string()),
    }
}

/// Checks one claim per line. A line that cannot be checked is reported on stderr (and as a
/// JSON error object, to keep the answers in step with the lines) and the run ends with 2.
///
/// From a file, lines are checked a block at a time on every core and answered in order;
/// from standard input, one at a time, so that each answer comes as soon as its line.
fn run_batch(
    store: &FactStore,
    path: &PathBuf,
    json: bool,
    style: Style,
    out: &mut impl Write,
) -> Result<u8, Failure> {
    let stdin = path.as_os_str() == "-";
    let name = if stdin {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let reader: Box<dyn BufRead> = if stdin {
        Box::new(std::io::stdin().lock())
    } else {
        if path.is_dir() {
            return Err(Error::input(format!("{name}: is a folder, not a file")).into());
        }
        let f = std::fs::File::open(path)
            .map_err(|e| Error::input(format!("{name}: cannot read: {e}")))?;
        Box::new(std::io::BufReader::with_capacity(1 << 16, f))
    };
    let threads = if stdin {
        1
    } else {
        factquiz::parallel::threads()
    };
    let block = if threads > 1 { 512 * threads } else { 1 };
    let mut failed = false;
    let mut lines = reader.split(b'\n').enumerate();
    loop {
        let mut batch = Vec::with_capacity(block);
        // A read error ends the run once the lines before it are answered.
        let mut unreadable = None;
        for (i, line) in lines.by_ref().take(block) {
            match line {
                Ok(line) => batch.push((i, line)),
                Err(e) => {
                    unreadable = Some(Error::input(format!("{name}: cannot read: {e}")));
                    break;
                }
            }
        }
        if batch.is_empty() && unreadable.is_none() {
            break;
        }
        let answers = answer_all(store, batch, json, style);
        for (i, answer) in answers {
            match answer {
                Answer::Skip => {}
                Answer::Checked(text) => out.write_all(text.as_bytes())?,
                Answer::Failed(text, why) => {
                    failed = true;
                    eprintln!("factcheck: error: {name}:{}: {why}", i + 1);
                    if json {
                        let shown: String = text.chars().take(200).collect();
                        let obj = serde_json::json!({"claim": shown, "line": i + 1, "error": why});
                        writeln!(out, "{obj}")?;
                    }
                }
            }
        }
        if let Some(e) = unreadable {
            return Err(e.into());
        }
    }
    Ok(if failed { 2 } else { 0 })
}

/// The answers to a block of numbered lines, in order, worked out on every core.
fn answer_all(
    store: &FactStore,
    batch: Vec<(usize, Vec<u8>)>,
    json: bool,
    style: Style,
) -> Vec<(usize, Answer)> {
    let answer = |(i, line): (usize, Vec<u8>)| (i, answer_line(store, line, json, style));
    factquiz::parallel::map_owned(batch, 2, answer)
}

/// Writes a file whole or not at all: to a temporary file beside it, then renamed over it.
/// `write` streams the content (a large store is never held as one string).
fn write_atomically(
    path: &PathBuf,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> Result<(), Error> {
    let shown = path.display().to_string();
    if path.is_dir() {
        return Err(Error::input(format!("{shown}: is a folder, not a file")));
    }
    let tmp = path.with_extension("tmp~");
    let written = std::fs::File::create(&tmp).and_then(|f| {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, f);
        write(&mut w)?;
        w.into_inner().map_err(|e| e.into_error()).map(drop)
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::input(format!("{shown}: cannot write: {e}")));
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::input(format!("{shown}: cannot write: {e}"))
    })
}
