//! `quiz export`: a bank as a printable worksheet (Markdown or HTML) with its answer key as
//! a separate document, as Aiken or GIFT for Moodle, or as JSON for other tools.
//!
//! Worksheets letter choices and matching columns as `quiz list` does and as `quiz grade`
//! reads answer sheets (`Shown::as_printed`), so a paper answer typed into an answer sheet
//! grades the same.

use std::fmt::Write as _;

use serde::Serialize;

use crate::quiz::bank::{Bank, Kind, Question};
use crate::quiz::grade::{expected_text, letter, Shown};
use crate::quiz::report::html_escape;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Gift,
    Aiken,
    Json,
}

impl Format {
    /// Whether the format is a worksheet, which has a separate answer key.
    pub fn has_key(self) -> bool {
        matches!(self, Format::Markdown | Format::Html)
    }
}

/// An exported document, and what the format could not hold.
#[derive(Debug, Clone)]
pub struct Export {
    pub text: String,
    pub notes: Vec<String>,
}

/// What to export.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub format: Format,
    /// The answer key instead of the worksheet (Markdown and HTML).
    pub key: bool,
    /// The article's text, printed above the questions of a worksheet.
    pub article: Option<&'a str>,
}

pub fn export(bank: &Bank, req: Request) -> Export {
    let text = match (req.format, req.key) {
        (Format::Markdown, false) => markdown_sheet(bank, req.article),
        (Format::Markdown, true) => markdown_key(bank),
        (Format::Html, false) => html_sheet(bank, req.article),
        (Format::Html, true) => html_key(bank),
        (Format::Gift, _) => {
            let (text, notes) = crate::quiz::gift::write(bank);
            return Export { text, notes };
        }
        (Format::Aiken, _) => return aiken(bank),
        (Format::Json, _) => json(bank),
    };
    Export {
        text,
        notes: Vec::new(),
    }
}

fn title(bank: &Bank) -> &str {
    bank.title.as_deref().unwrap_or("Quiz")
}

/// The paragraphs of an article: as the article model reads it, every non-blank line is
/// one (a headline, a bullet point, a paragraph).
fn paragraphs(article: &str) -> Vec<String> {
    article
        .lines()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

fn points(n: u32) -> String {
    if n == 1 {
        "1 point".into()
    } else {
        format!("{n} points")
    }
}

/// What to do, as printed under a question.
fn instruction(q: &Question) -> &'static str {
    match q.kind {
        Kind::Choice => "circle one letter",
        Kind::Multi => "circle every right answer",
        Kind::TrueFalse => "circle true or false",
        Kind::Number => "write a number",
        Kind::Cloze => "fill in the blank",
        Kind::Short => "write a short answer",
        Kind::Matching => "write the letter that matches each item",
    }
}

/// Markdown's special characters as literals.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn markdown_sheet(bank: &Bank, article: Option<&str>) -> String {
    let mut out = format!(
        "# {}\n\nName: ______________________   Date: ____________\n\n",
        md(title(bank))
    );
    if let Some(a) = article {
        out.push_str("## Article\n\n");
        for p in paragraphs(a) {
            let _ = write!(out, "{}\n\n", md(&p));
        }
    }
    out.push_str("## Questions\n\n");
    for (k, q) in bank.questions.iter().enumerate() {
        out.push_str(&markdown_question(k + 1, q));
    }
    out
}

fn markdown_question(n: usize, q: &Question) -> String {
    let shown = Shown::as_printed(q);
    let mut out = format!(
        "**{n}.** {} *({}; {})*\n\n",
        md(&q.prompt),
        points(q.points),
        instruction(q)
    );
    for (i, c) in shown.choices.iter().enumerate() {
        let _ = writeln!(out, "- {}) {}", letter(i), md(c));
    }
    match q.kind {
        Kind::Choice | Kind::Multi => out.push('\n'),
        Kind::TrueFalse => out.push_str("true / false\n\n"),
        Kind::Matching => {
            for (i, p) in q.pairs.iter().enumerate() {
                let _ = writeln!(out, "- **{}.** {} ____", i + 1, md(&p[0]));
            }
            out.push('\n');
            for (i, r) in shown.right_column.iter().enumerate() {
                let _ = writeln!(out, "- {}) {}", letter(i).to_ascii_lowercase(), md(r));
            }
            out.push('\n');
        }
        _ => out.push_str("Answer: ________________________________\n\n"),
    }
    out
}

/// One line of the key: the answer, other accepted answers, and why.
fn key_entry(q: &Question) -> (String, Vec<String>) {
    let shown = Shown::as_printed(q);
    let answer = expected_text(q, &shown);
    let mut more = Vec::new();
    let texts = q.answer_texts();
    if matches!(q.kind, Kind::Short | Kind::Cloze) && texts.len() > 1 {
        more.push(format!("Also accepted: {}", texts[1..].join("; ")));
    }
    if let Some(e) = &q.explanation {
        more.push(format!("Why: {e}"));
    }
    if !q.source.is_empty() {
        let s: Vec<String> = q.source.iter().map(usize::to_string).collect();
        more.push(format!("Article sentence {}", s.join(", ")));
    }
    (answer, more)
}

fn markdown_key(bank: &Bank) -> String {
    let mut out = format!("# {}: answer key\n\n", md(title(bank)));
    for (k, q) in bank.questions.iter().enumerate() {
        let (answer, more) = key_entry(q);
        let _ = writeln!(out, "**{}.** {}", k + 1, md(&answer));
        for m in more {
            let _ = writeln!(out, "  - {}", md(&m));
        }
        out.push('\n');
    }
    out
}

const SHEET_STYLE: &str = "body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
.who{margin:1rem 0 2rem}.q{page-break-inside:avoid;margin:1.2rem 0}.how{color:#555;font-style:italic}
.choices,.pairs{list-style:none;padding-left:1.5rem}.line{border-bottom:1px solid #333;height:1.6rem;width:70%;margin-left:1.5rem}
.article p{text-align:justify}@media print{body{margin:0}h2.questions{page-break-before:always}}";

fn html_page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n<style>{SHEET_STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        t = html_escape(title)
    )
}

fn html_sheet(bank: &Bank, article: Option<&str>) -> String {
    let mut body = format!(
        "<h1>{}</h1>\n<p class=\"who\">Name: ______________________ &nbsp; Date: ____________</p>\n",
        html_escape(title(bank))
    );
    if let Some(a) = article {
        body.push_str("<section class=\"article\">\n<h2>Article</h2>\n");
        for p in paragraphs(a) {
            let _ = writeln!(body, "<p>{}</p>", html_escape(&p));
        }
        body.push_str("</section>\n");
    }
    body.push_str("<h2 class=\"questions\">Questions</h2>\n");
    for (k, q) in bank.questions.iter().enumerate() {
        body.push_str(&html_question(k + 1, q));
    }
    html_page(title(bank), &body)
}

fn html_question(n: usize, q: &Question) -> String {
    let shown = Shown::as_printed(q);
    let mut out = format!(
        "<div class=\"q\">\n<p><b>{n}.</b> {} <span class=\"how\">({}; {})</span></p>\n",
        html_escape(&q.prompt),
        points(q.points),
        instruction(q)
    );
    if !shown.choices.is_empty() {
        out.push_str("<ul class=\"choices\">\n");
        for (i, c) in shown.choices.iter().enumerate() {
            let _ = writeln!(out, "<li>{}) {}</li>", letter(i), html_escape(c));
        }
        out.push_str("</ul>\n");
    }
    match q.kind {
        Kind::Choice | Kind::Multi => {}
        Kind::TrueFalse => out.push_str("<p class=\"choices\">true / false</p>\n"),
        Kind::Matching => {
            out.push_str("<ul class=\"pairs\">\n");
            for (i, p) in q.pairs.iter().enumerate() {
                let _ = writeln!(out, "<li>{}. {} ____</li>", i + 1, html_escape(&p[0]));
            }
            out.push_str("</ul>\n<ul class=\"choices\">\n");
            for (i, r) in shown.right_column.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "<li>{}) {}</li>",
                    letter(i).to_ascii_lowercase(),
                    html_escape(r)
                );
            }
            out.push_str("</ul>\n");
        }
        _ => out.push_str("<div class=\"line\"></div>\n"),
    }
    out.push_str("</div>\n");
    out
}

fn html_key(bank: &Bank) -> String {
    let heading = format!("{}: answer key", title(bank));
    let mut body = format!("<h1>{}</h1>\n<ol>\n", html_escape(&heading));
    for q in &bank.questions {
        let (answer, more) = key_entry(q);
        let _ = write!(body, "<li><b>{}</b>", html_escape(&answer));
        if !more.is_empty() {
            body.push_str("<ul>");
            for m in more {
                let _ = write!(body, "<li>{}</li>", html_escape(&m));
            }
            body.push_str("</ul>");
        }
        body.push_str("</li>\n");
    }
    body.push_str("</ol>\n");
    html_page(&heading, &body)
}

/// Aiken holds single-answer multiple choice only: true/false becomes a two-choice question,
/// the rest are left out and reported.
fn aiken(bank: &Bank) -> Export {
    let mut text = String::new();
    let mut notes = Vec::new();
    for q in &bank.questions {
        let (choices, right): (Vec<String>, Vec<String>) = match q.kind {
            Kind::Choice => (q.choices.clone(), q.answer_texts()),
            Kind::TrueFalse => (
                vec!["True".into(), "False".into()],
                vec![if q.truth() == Some(true) {
                    "True"
                } else {
                    "False"
                }
                .into()],
            ),
            other => {
                notes.push(format!(
                    "{}: a {} question (Aiken holds single-answer multiple choice only); left out",
                    q.id,
                    other.label()
                ));
                continue;
            }
        };
        let Some(k) = choices
            .iter()
            .position(|c| right.iter().any(|r| r.trim() == c.trim()))
        else {
            continue;
        };
        let _ = writeln!(text, "{}", one_line(&q.prompt));
        for (i, c) in choices.iter().enumerate() {
            let _ = writeln!(text, "{}) {}", letter(i), one_line(c));
        }
        let _ = writeln!(text, "ANSWER: {}\n", letter(k));
    }
    Export { text, notes }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Serialize)]
struct JsonBank<'a> {
    title: Option<&'a str>,
    article: Option<&'a str>,
    questions: &'a [Question],
}

/// The bank with the same field names as the TOML file.
fn json(bank: &Bank) -> String {
    let doc = JsonBank {
        title: bank.title.as_deref(),
        article: bank.article.as_deref(),
        questions: &bank.questions,
    };
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}
