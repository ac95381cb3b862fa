//! `quiz run`: asks the questions one at a time and grades each answer at once.
//!
//! The loop works over any `BufRead` and `Write`, so tests script it with a string; the
//! binary passes stdin and stdout. End of input ends the quiz with the score so far.

use std::io::{self, BufRead, Write};

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;

use crate::quiz::bank::{Bank, Kind, Question};
use crate::quiz::grade::{grade, letter, Grade, Shown};
use crate::render::{wrap, Style};
use crate::store::FactStore;

/// How to run one quiz.
#[derive(Debug, Clone)]
pub struct Options {
    /// How many questions to ask (all when `None` or more than the bank has).
    pub count: Option<usize>,
    /// The same seed asks the same questions in the same order with the same choice order.
    pub seed: u64,
    pub name: Option<String>,
    pub style: Style,
    /// Repeat each answer after the prompt, so that a transcript of piped input reads well.
    pub echo: bool,
}

/// The score so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub score: u32,
    /// The points of the questions answered so far.
    pub max_score: u32,
    pub answered: usize,
    pub total: usize,
}

/// What the caller hears after the quiz starts and after every answer.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    pub tally: Tally,
    /// The points of every question planned, answered or not.
    pub planned_max: u32,
    /// The answer just graded (none at the start).
    pub answered: Option<Answered<'a>>,
}

/// One graded answer.
#[derive(Debug, Clone, Copy)]
pub struct Answered<'a> {
    pub question: &'a Question,
    pub shown: &'a Shown,
    pub response: &'a str,
    pub grade: &'a Grade,
}

const WIDTH: usize = 78;

/// The questions to ask, in order, each with its choices shuffled.
pub fn plan(bank: &Bank, count: Option<usize>, seed: u64) -> Vec<(&Question, Shown)> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut order: Vec<&Question> = bank.questions.iter().collect();
    order.shuffle(&mut rng);
    order.truncate(count.unwrap_or(order.len()));
    order
        .into_iter()
        .map(|q| {
            let mut shown = Shown::as_written(q);
            shown.choices.shuffle(&mut rng);
            shown.right_column.shuffle(&mut rng);
            (q, shown)
        })
        .collect()
}

/// Runs the quiz. `on_progress` hears the tally and the graded answer after every answer
/// (the binary keeps them for Ctrl-C and the results file). Returns the final tally; I/O
/// errors on `out` are returned to the caller.
pub fn run<R: BufRead, W: Write>(
    bank: &Bank,
    store: &FactStore,
    opts: &Options,
    mut input: R,
    out: &mut W,
    on_progress: &mut dyn FnMut(&Progress),
) -> io::Result<Tally> {
    let questions = plan(bank, opts.count, opts.seed);
    let planned_max = questions.iter().map(|(q, _)| q.points).sum();
    let mut tally = Tally {
        total: questions.len(),
        ..Tally::default()
    };
    on_progress(&Progress {
        tally,
        planned_max,
        answered: None,
    });
    write_header(bank, opts, questions.len(), out)?;
    for (k, (q, shown)) in questions.iter().enumerate() {
        write_question(k + 1, questions.len(), q, shown, opts.style, out)?;
        write!(out, "> ")?;
        out.flush()?;
        let Some(response) = read_answer(&mut input)? else {
            writeln!(out)?;
            writeln!(
                out,
                "Quiz stopped after {} of {} questions.",
                tally.answered, tally.total
            )?;
            write_score(&tally, opts, out)?;
            return Ok(tally);
        };
        if opts.echo {
            writeln!(out, "{response}")?;
        }
        let g = grade(q, shown, &response, store);
        tally.score += g.points;
        tally.max_score += g.max_points;
        tally.answered += 1;
        on_progress(&Progress {
            tally,
            planned_max,
            answered: Some(Answered {
                question: q,
                shown,
                response: &response,
                grade: &g,
            }),
        });
        write_feedback(q, &g, store, opts.style, out)?;
    }
    write_score(&tally, opts, out)?;
    Ok(tally)
}

/// One line of input without its line end; `None` at end of input.
fn read_answer<R: BufRead>(input: &mut R) -> io::Result<Option<String>> {
    let mut buf = Vec::new();
    if input.read_until(b'\n', &mut buf)? == 0 {
        return Ok(None);
    }
    let line = String::from_utf8_lossy(&buf);
    Ok(Some(line.trim_end_matches(['\n', '\r']).trim().to_string()))
}

fn write_header<W: Write>(
    bank: &Bank,
    opts: &Options,
    count: usize,
    out: &mut W,
) -> io::Result<()> {
    let title = bank.title.as_deref().unwrap_or("Quiz");
    let plural = if count == 1 { "" } else { "s" };
    writeln!(
        out,
        "{}",
        opts.style
            .bold(&format!("{title}: {count} question{plural}"))
    )?;
    if let Some(name) = &opts.name {
        writeln!(out, "Good luck, {name}!")?;
    }
    writeln!(
        out,
        "{}",
        opts.style
            .dim("Type one answer per line. End of input (Ctrl-D) or Ctrl-C stops the quiz.")
    )?;
    writeln!(out)
}

fn points(n: u32) -> String {
    if n == 1 {
        "1 point".into()
    } else {
        format!("{n} points")
    }
}

/// What to type, by kind.
fn hint(q: &Question) -> &'static str {
    match q.kind {
        Kind::Choice => "answer with a letter",
        Kind::Multi => "choose every right answer: letters separated by commas",
        Kind::TrueFalse => "true or false",
        Kind::Number => "a number",
        Kind::Cloze => "fill in the blank",
        Kind::Short => "a short answer",
        Kind::Matching => "pairs like 1-b, 2-a",
    }
}

pub fn write_question<W: Write>(
    k: usize,
    total: usize,
    q: &Question,
    shown: &Shown,
    style: Style,
    out: &mut W,
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        style.bold(&format!("Question {k} of {total} ({})", points(q.points)))
    )?;
    out.write_all(wrap(&q.prompt, "", WIDTH).as_bytes())?;
    for (i, c) in shown.choices.iter().enumerate() {
        writeln!(out, "  {}) {c}", letter(i))?;
    }
    if q.kind == Kind::Matching {
        for (i, p) in q.pairs.iter().enumerate() {
            writeln!(out, "  {}. {}", i + 1, p[0])?;
        }
        for (i, r) in shown.right_column.iter().enumerate() {
            writeln!(out, "  {}) {r}", letter(i).to_ascii_lowercase())?;
        }
    }
    writeln!(out, "{}", style.dim(&format!("({})", hint(q))))
}

fn write_feedback<W: Write>(
    q: &Question,
    g: &Grade,
    store: &FactStore,
    style: Style,
    out: &mut W,
) -> io::Result<()> {
    if g.correct {
        writeln!(out, "{}", style.green("Right!"))?;
    } else {
        writeln!(
            out,
            "{} The answer is: {}",
            style.red("Not quite."),
            g.expected
        )?;
        if let Some(r) = &g.reason {
            writeln!(out, "  {r}")?;
        }
        if let Some(d) = &g.difference {
            writeln!(out, "  Close: {d}")?;
        }
    }
    for (n, text) in evidence(q, store) {
        out.write_all(wrap(&format!("[{n}] {text}"), "  ", WIDTH).as_bytes())?;
    }
    if let Some(e) = &q.explanation {
        out.write_all(wrap(&format!("Why: {e}"), "  ", WIDTH).as_bytes())?;
    }
    writeln!(out)
}

/// The cited sentences, from the article (or the bank's evidence when the article lacks them).
pub fn evidence(q: &Question, store: &FactStore) -> Vec<(usize, String)> {
    let found: Vec<(usize, String)> = q
        .source
        .iter()
        .filter_map(|&n| store.article.sentence(n).map(|s| (n, s.text.clone())))
        .collect();
    if found.is_empty() && !q.evidence.is_empty() {
        return vec![(q.source.first().copied().unwrap_or(0), q.evidence.clone())];
    }
    found
}

fn write_score<W: Write>(tally: &Tally, opts: &Options, out: &mut W) -> io::Result<()> {
    if let Some(name) = &opts.name {
        writeln!(out, "Thank you, {name}.")?;
    }
    writeln!(
        out,
        "{}",
        opts.style
            .bold(&format!("Score: {}/{}", tally.score, tally.max_score))
    )?;
    out.flush()
}

/// The questions without their answers, for `quiz list`.
pub fn list(bank: &Bank) -> String {
    let mut out = Vec::new();
    let style = Style { color: false };
    for (k, q) in bank.questions.iter().enumerate() {
        let _ = write_question(
            k + 1,
            bank.questions.len(),
            q,
            &Shown::as_printed(q),
            style,
            &mut out,
        );
        let _ = writeln!(out, "  id: {}\n", q.id);
    }
    String::from_utf8_lossy(&out).into_owned()
}
