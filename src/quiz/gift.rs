//! GIFT, the plain-text format Moodle imports and exports: a reader that turns a GIFT file
//! into a question bank (saying what the bank cannot hold) and a writer that turns a bank
//! into GIFT.
//!
//! The reader follows Moodle's rules: lines starting with `//` are comments, questions are
//! separated by blank lines, `::title::` names a question, the type comes from what is inside
//! `{…}`, answer braces in the middle of the text make a missing-word question, and
//! `\~ \= \# \{ \} \:` are literal characters. Malformed input is an error naming the file
//! and line; a construct the bank has no place for (an essay, partial credit, per-answer
//! feedback) is kept out and reported by the question's title.

use std::collections::HashSet;

use crate::error::Error;
use crate::quiz::bank::{format_number, Answer, Bank, Kind, Question};

/// A bank read from GIFT, with what could not be kept.
#[derive(Debug, Clone)]
pub struct Imported {
    pub bank: Bank,
    /// "file:line: \"title\": what was not kept and why", one per finding.
    pub notes: Vec<String>,
}

/// The blank a missing-word question's answer fills, in bank prompts.
pub const BLANK: &str = "_____";

/// One character of GIFT text: whether it was escaped with a backslash, and its line.
#[derive(Debug, Clone, Copy)]
struct Tok {
    c: char,
    escaped: bool,
    line: usize,
}

impl Tok {
    /// An unescaped `c`: a character with a meaning in GIFT.
    fn is(&self, c: char) -> bool {
        !self.escaped && self.c == c
    }
}

/// Reads a GIFT file; `source` names it in messages.
pub fn parse(source: &str, text: &str) -> Result<Imported, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        source,
        title: None,
        questions: Vec::new(),
        ids: HashSet::new(),
        notes: Vec::new(),
    };
    for chunk in chunks(text) {
        reader.chunk(&chunk)?;
    }
    if reader.questions.is_empty() {
        return Err(Error::input(format!(
            "{source}: no questions found (a GIFT question ends with an answer block {{…}})"
        )));
    }
    Ok(Imported {
        bank: Bank {
            title: reader.title,
            article: None,
            questions: reader.questions,
            source: source.to_string(),
            dir: None,
        },
        notes: reader.notes,
    })
}

/// The lines of each question (or category), with their line numbers: comment lines
/// dropped, blank lines separating.
fn chunks(text: &str) -> Vec<Vec<(usize, &str)>> {
    let mut out = Vec::new();
    let mut current: Vec<(usize, &str)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        current.push((i + 1, line));
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The characters of some lines, escapes resolved (`\n` is a line break).
fn tokens(lines: &[(usize, &str)]) -> Vec<Tok> {
    let mut out = Vec::new();
    for (k, &(line, text)) in lines.iter().enumerate() {
        if k > 0 {
            out.push(Tok {
                c: '\n',
                escaped: false,
                line,
            });
        }
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let escaped = c == '\\'
                && chars
                    .peek()
                    .is_some_and(|n| matches!(n, '~' | '=' | '#' | '{' | '}' | ':' | 'n' | '\\'));
            if escaped {
                let n = chars.next().unwrap_or('\\');
                let c = if n == 'n' { '\n' } else { n };
                out.push(Tok {
                    c,
                    escaped: true,
                    line,
                });
            } else {
                out.push(Tok {
                    c,
                    escaped: false,
                    line,
                });
            }
        }
    }
    out
}

fn text_of(toks: &[Tok]) -> String {
    toks.iter().map(|t| t.c).collect()
}

fn find(toks: &[Tok], c: char) -> Option<usize> {
    toks.iter().position(|t| t.is(c))
}

/// The first place where `pattern` starts, all of it unescaped.
fn find_seq(toks: &[Tok], pattern: &str) -> Option<usize> {
    let p: Vec<char> = pattern.chars().collect();
    (0..toks.len().saturating_sub(p.len() - 1))
        .find(|&i| p.iter().enumerate().all(|(k, &c)| toks[i + k].is(c)))
}

fn trim_toks(toks: &[Tok]) -> &[Tok] {
    let start = toks
        .iter()
        .position(|t| !t.c.is_whitespace())
        .unwrap_or(toks.len());
    let end = toks
        .iter()
        .rposition(|t| !t.c.is_whitespace())
        .map_or(start, |e| e + 1);
    &toks[start..end.max(start)]
}

struct Reader<'a> {
    source: &'a str,
    title: Option<String>,
    questions: Vec<Question>,
    ids: HashSet<String>,
    notes: Vec<String>,
}

/// What one answer block says.
struct Block {
    kind: Kind,
    answer: Option<Answer>,
    choices: Vec<String>,
    pairs: Vec<[String; 2]>,
    tolerance: f64,
    explanation: Option<String>,
    /// What the bank cannot hold, for the notes.
    lost: Vec<String>,
}

impl Block {
    fn new(kind: Kind) -> Block {
        Block {
            kind,
            answer: None,
            choices: Vec::new(),
            pairs: Vec::new(),
            tolerance: 0.0,
            explanation: None,
            lost: Vec::new(),
        }
    }
}

/// One answer in a block: `~%50%text#feedback` or `=left -> right`.
struct Choice {
    right: bool,
    weight: Option<f64>,
    text: String,
    feedback: Option<String>,
    line: usize,
}

impl Reader<'_> {
    fn error(&self, line: usize, what: &str) -> Error {
        Error::input(format!("{}:{line}: {what}", self.source))
    }

    fn note(&mut self, line: usize, title: &str, what: &str) {
        self.notes
            .push(format!("{}:{line}: \"{title}\": {what}", self.source));
    }

    fn chunk(&mut self, lines: &[(usize, &str)]) -> Result<(), Error> {
        let (first_line, first) = lines[0];
        if let Some(path) = first.trim().strip_prefix("$CATEGORY:") {
            self.category(first_line, path.trim());
            return match lines.len() {
                1 => Ok(()),
                _ => self.question(&lines[1..]),
            };
        }
        self.question(lines)
    }

    /// The first category names the bank (its last path segment); the bank has no place for
    /// more than one.
    fn category(&mut self, line: usize, path: &str) {
        let name = path
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or(path)
            .trim()
            .to_string();
        match &self.title {
            None if !name.is_empty() => self.title = Some(name),
            Some(t) if *t != name => self.notes.push(format!(
                "{}:{line}: $CATEGORY: {path}: a bank has one title (\"{t}\"); the questions are kept, the category is not",
                self.source
            )),
            _ => {}
        }
    }

    fn question(&mut self, lines: &[(usize, &str)]) -> Result<(), Error> {
        let toks = tokens(lines);
        let start_line = lines[0].0;
        let body = trim_toks(&toks);
        let (title, body) = self.title_of(body, start_line)?;
        let (format, body) = text_format(body);
        let Some(open) = find(body, '{') else {
            let shown = title.clone().unwrap_or_else(|| words(&text_of(body)));
            self.note(
                start_line,
                &shown,
                "no answer block {…}: a description, not a question; not kept",
            );
            return Ok(());
        };
        let Some(len) = find(&body[open + 1..], '}') else {
            return Err(self.error(
                body[open].line,
                "the answer block opened here with { is not closed",
            ));
        };
        let close = open + 1 + len;
        let suffix = &body[close + 1..];
        if let Some(k) = find(suffix, '{') {
            return Err(self.error(
                suffix[k].line,
                "a second answer block: a GIFT question has one (write \\{ for a literal brace)",
            ));
        }
        let prefix = text_of(&body[..open]);
        let suffix = text_of(suffix);
        let shown_title = title.clone().unwrap_or_else(|| words(&prefix));
        if format.as_deref() == Some("html") {
            self.note(
                start_line,
                &shown_title,
                "[html] text kept as written, tags and all",
            );
        }
        let Some(mut block) = self.block(&body[open + 1..close], body[open].line, &shown_title)?
        else {
            return Ok(());
        };
        let missing_word = !suffix.trim().is_empty();
        let prompt = if missing_word {
            format!("{}{BLANK}{}", prefix.trim_start(), suffix.trim_end())
        } else {
            prefix.trim().to_string()
        };
        if missing_word && block.kind == Kind::Short {
            block.kind = Kind::Cloze;
        }
        for what in std::mem::take(&mut block.lost) {
            self.note(start_line, &shown_title, &what);
        }
        let id = self.new_id(title.as_deref());
        let q = Question {
            id,
            kind: block.kind,
            prompt,
            answer: block.answer,
            choices: block.choices,
            tolerance: block.tolerance,
            pairs: block.pairs,
            points: 1,
            source: Vec::new(),
            evidence: String::new(),
            explanation: block.explanation,
        };
        q.check()
            .map_err(|why| self.error(start_line, &format!("question \"{shown_title}\": {why}")))?;
        self.questions.push(q);
        Ok(())
    }

    /// `::title::` at the start, if there is one.
    fn title_of<'t>(
        &self,
        body: &'t [Tok],
        line: usize,
    ) -> Result<(Option<String>, &'t [Tok]), Error> {
        if body.len() < 2 || !body[0].is(':') || !body[1].is(':') {
            return Ok((None, body));
        }
        let Some(end) = find_seq(&body[2..], "::") else {
            return Err(self.error(line, "the title opened with :: is not closed with ::"));
        };
        let title = text_of(&body[2..2 + end]).trim().to_string();
        Ok((
            (!title.is_empty()).then_some(title),
            trim_toks(&body[2 + end + 2..]),
        ))
    }

    /// A unique id from the title ("Capital of France" -> "capital-of-france"), or q1, q2 ...
    fn new_id(&mut self, title: Option<&str>) -> String {
        let base = title
            .map(slug)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("q{}", self.questions.len() + 1));
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.ids.insert(id.clone());
        id
    }

    /// Reads an answer block; `None` for an essay, which the bank cannot hold.
    fn block(&mut self, toks: &[Tok], line: usize, title: &str) -> Result<Option<Block>, Error> {
        let (content, general) = match find_seq(toks, "####") {
            Some(k) => (&toks[..k], Some(text_of(&toks[k + 4..]).trim().to_string())),
            None => (toks, None),
        };
        let content = trim_toks(content);
        let Some(first) = content.first() else {
            self.note(
                line,
                title,
                "an essay question: the bank has no essays; not kept",
            );
            return Ok(None);
        };
        let mut block = if first.is('#') {
            self.numerical(&content[1..], line)?
        } else if let Some(b) = true_false(content) {
            b
        } else {
            self.answers_block(content, line)?
        };
        block.explanation = general.filter(|g| !g.is_empty());
        Ok(Some(block))
    }

    fn answers_block(&self, content: &[Tok], line: usize) -> Result<Block, Error> {
        let answers = self.answers(content, line)?;
        let is_matching = answers.iter().any(|a| a.text.contains("->"));
        if is_matching {
            return self.matching(&answers, line);
        }
        if answers.iter().any(|a| !a.right) {
            return self.multiple_choice(&answers, line);
        }
        Ok(short_answer(&answers))
    }

    /// Splits a block into answers at each unescaped `~` or `=`.
    fn answers(&self, content: &[Tok], line: usize) -> Result<Vec<Choice>, Error> {
        let starts: Vec<usize> = (0..content.len())
            .filter(|&i| content[i].is('~') || content[i].is('='))
            .collect();
        let before = text_of(&content[..starts.first().copied().unwrap_or(content.len())]);
        if !before.trim().is_empty() {
            return Err(self.error(
                content[0].line,
                &format!(
                    "cannot read the answer block at \"{}\": answers start with ~ or =, a number with #, true/false with T or F",
                    words(&before)
                ),
            ));
        }
        if starts.is_empty() {
            return Err(self.error(line, "the answer block has no answers"));
        }
        let mut out = Vec::new();
        for (k, &s) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(content.len());
            out.push(self.choice(&content[s..end])?);
        }
        Ok(out)
    }

    /// One answer: marker, optional `%weight%`, text, optional `#feedback`.
    fn choice(&self, toks: &[Tok]) -> Result<Choice, Error> {
        let line = toks[0].line;
        let right = toks[0].is('=');
        let mut rest = trim_toks(&toks[1..]);
        let mut weight = None;
        if rest.first().is_some_and(|t| t.is('%')) {
            let Some(end) = find(&rest[1..], '%') else {
                return Err(self.error(line, "a weight opened with % is not closed with %"));
            };
            let w = text_of(&rest[1..1 + end]);
            weight = Some(
                w.trim()
                    .parse::<f64>()
                    .map_err(|_| self.error(line, &format!("the weight %{w}% is not a number")))?,
            );
            rest = trim_toks(&rest[end + 2..]);
        }
        let (text, feedback) = match find(rest, '#') {
            Some(k) => (&rest[..k], Some(text_of(&rest[k + 1..]).trim().to_string())),
            None => (rest, None),
        };
        Ok(Choice {
            right,
            weight,
            text: text_of(text).trim().to_string(),
            feedback: feedback.filter(|f| !f.is_empty()),
            line,
        })
    }

    fn multiple_choice(&self, answers: &[Choice], line: usize) -> Result<Block, Error> {
        let mut block = Block::new(Kind::Choice);
        block.choices = answers.iter().map(|a| a.text.clone()).collect();
        let full: Vec<&Choice> = answers.iter().filter(|a| a.right).collect();
        let weighted: Vec<&Choice> = answers
            .iter()
            .filter(|a| !a.right && a.weight.is_some_and(|w| w > 0.0))
            .collect();
        if let Some(first) = full.first() {
            block.answer = Some(Answer::Text(first.text.clone()));
            for other in &full[1..] {
                block.lost.push(format!(
                    "a second right answer \"{}\" (a choice question has one right answer)",
                    other.text
                ));
            }
            for w in &weighted {
                block.lost.push(partial(w));
            }
        } else {
            let rights: Vec<String> = weighted.iter().map(|a| a.text.clone()).collect();
            match rights.len() {
                0 => {
                    return Err(self.error(
                        line,
                        "no right answer: mark one with = or give a positive %weight%",
                    ))
                }
                1 if weighted[0].weight.is_some_and(|w| w >= 100.0) => {
                    block.answer = Some(Answer::Text(rights[0].clone()));
                }
                _ => {
                    block.kind = Kind::Multi;
                    block.answer = Some(Answer::Texts(rights));
                    if weighted.iter().any(|w| w.weight != weighted[0].weight) {
                        block.lost.push(
                            "unequal weights (the bank gives the points for choosing every right answer)".into(),
                        );
                    }
                }
            }
        }
        lost_feedback(answers, &mut block);
        Ok(block)
    }

    fn matching(&self, answers: &[Choice], line: usize) -> Result<Block, Error> {
        let mut block = Block::new(Kind::Matching);
        for a in answers {
            let Some((left, right)) = a.text.split_once("->") else {
                return Err(self.error(
                    a.line,
                    &format!("\"{}\" is not a pair: write =left -> right", a.text),
                ));
            };
            if !a.right {
                return Err(self.error(a.line, "matching pairs start with =, not ~"));
            }
            let (left, right) = (left.trim(), right.trim());
            if left.is_empty() {
                block.lost.push(format!(
                    "the extra right-hand item \"{right}\" (the bank matches pairs only)"
                ));
                continue;
            }
            block.pairs.push([left.to_string(), right.to_string()]);
        }
        if block.pairs.len() < 2 {
            return Err(self.error(line, "a matching question needs at least 2 pairs"));
        }
        lost_feedback(answers, &mut block);
        Ok(block)
    }

    /// `#90`, `#90:5`, `#89..91`, or several `=` answers with weights.
    fn numerical(&self, toks: &[Tok], line: usize) -> Result<Block, Error> {
        let mut block = Block::new(Kind::Number);
        let specs: Vec<Choice> = if trim_toks(toks).first().is_some_and(|t| t.is('=')) {
            self.answers(trim_toks(toks), line)?
        } else {
            let (spec, feedback) = match find(toks, '#') {
                Some(k) => (&toks[..k], Some(text_of(&toks[k + 1..]))),
                None => (toks, None),
            };
            vec![Choice {
                right: true,
                weight: None,
                text: text_of(spec).trim().to_string(),
                feedback: feedback.filter(|f| !f.trim().is_empty()),
                line,
            }]
        };
        let full = specs
            .iter()
            .position(|s| s.weight.is_none_or(|w| w >= 100.0))
            .ok_or_else(|| self.error(line, "no answer with full marks"))?;
        let (value, tolerance) = self.number_spec(&specs[full])?;
        block.answer = Some(Answer::number(value));
        block.tolerance = tolerance;
        for (k, s) in specs.iter().enumerate() {
            if k != full {
                block.lost.push(format!(
                    "the other answer {} (the bank has one number and tolerance)",
                    s.text
                ));
            }
        }
        lost_feedback(&specs, &mut block);
        Ok(block)
    }

    /// "90" -> (90, 0); "90:5" -> (90, 5); "89..91" -> (90, 1).
    fn number_spec(&self, c: &Choice) -> Result<(f64, f64), Error> {
        let number = |s: &str| -> Result<f64, Error> {
            s.trim()
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .ok_or_else(|| self.error(c.line, &format!("\"{}\" is not a number", s.trim())))
        };
        if let Some((lo, hi)) = c.text.split_once("..") {
            let (lo, hi) = (number(lo)?, number(hi)?);
            if hi < lo {
                return Err(self.error(c.line, &format!("the range {} is empty", c.text)));
            }
            return Ok(((lo + hi) / 2.0, (hi - lo) / 2.0));
        }
        match c.text.split_once(':') {
            Some((v, t)) => Ok((number(v)?, number(t)?.abs())),
            None => Ok((number(&c.text)?, 0.0)),
        }
    }
}

fn partial(c: &Choice) -> String {
    format!(
        "partial credit {}% for \"{}\" (the bank gives full points or none)",
        format_number(c.weight.unwrap_or(0.0)),
        c.text
    )
}

fn lost_feedback(answers: &[Choice], block: &mut Block) {
    let with: Vec<&str> = answers
        .iter()
        .filter(|a| a.feedback.is_some())
        .map(|a| a.text.as_str())
        .collect();
    if !with.is_empty() {
        block.lost.push(format!(
            "feedback on {} answer{} (the bank has one explanation per question, from ####)",
            with.len(),
            if with.len() == 1 { "" } else { "s" }
        ));
    }
}

/// `{T}`, `{TRUE}`, `{F}`, `{FALSE}`, with optional `#feedback`.
fn true_false(content: &[Tok]) -> Option<Block> {
    let end = find(content, '#').unwrap_or(content.len());
    let word = text_of(&content[..end]).trim().to_uppercase();
    let truth = match word.as_str() {
        "T" | "TRUE" => true,
        "F" | "FALSE" => false,
        _ => return None,
    };
    let mut block = Block::new(Kind::TrueFalse);
    block.answer = Some(Answer::Truth(truth));
    if end < content.len() {
        block.lost.push(
            "feedback on the answer (the bank has one explanation per question, from ####)".into(),
        );
    }
    Some(block)
}

/// Only `=` answers: accepted answers; partial-credit ones are reported, not accepted.
fn short_answer(answers: &[Choice]) -> Block {
    let mut block = Block::new(Kind::Short);
    let mut accepted = Vec::new();
    for a in answers {
        if a.weight.is_some_and(|w| w < 100.0) {
            block.lost.push(partial(a));
        } else {
            accepted.push(a.text.clone());
        }
        if a.text.contains('*') {
            block.lost.push(format!(
                "the wildcard * in \"{}\" (the grader compares answers, not patterns)",
                a.text
            ));
        }
    }
    block.answer = Some(Answer::Texts(accepted));
    lost_feedback(answers, &mut block);
    block
}

/// A leading `[markdown]`, `[html]`, `[plain]` or `[moodle]`.
fn text_format(body: &[Tok]) -> (Option<String>, &[Tok]) {
    if body.first().is_some_and(|t| t.is('[')) {
        if let Some(end) = find(body, ']') {
            let name = text_of(&body[1..end]).to_lowercase();
            if matches!(name.as_str(), "markdown" | "html" | "plain" | "moodle") {
                return (Some(name), trim_toks(&body[end + 1..]));
            }
        }
    }
    (None, body)
}

/// The first few words of a text, to name an untitled question.
fn words(text: &str) -> String {
    let w: Vec<&str> = text.split_whitespace().collect();
    let mut s = w.iter().take(8).copied().collect::<Vec<_>>().join(" ");
    if w.len() > 8 {
        s.push_str(" …");
    }
    s
}

/// "Capital of France?" -> "capital-of-france". Ids the bank writes (letters, digits, - and
/// _) come back unchanged.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '_' || c == '-' {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The bank as GIFT, and what GIFT cannot hold ("id: what"), for the person exporting.
pub fn write(bank: &Bank) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut notes = Vec::new();
    out.push_str(&format!(
        "// Exported by `quiz export` from {}\n",
        bank.source
    ));
    if let Some(t) = &bank.title {
        out.push_str(&format!("$CATEGORY: {}\n\n", t.replace('\n', " ")));
    }
    for q in &bank.questions {
        out.push_str(&write_question(q));
        out.push('\n');
        if q.points != 1 {
            notes.push(format!(
                "{}: {} points (GIFT has no points; Moodle sets the mark)",
                q.id, q.points
            ));
        }
    }
    let cited = bank
        .questions
        .iter()
        .filter(|q| !q.source.is_empty() || !q.evidence.is_empty())
        .count();
    if cited > 0 {
        notes.push(format!(
            "source sentences and evidence of {cited} question{} (GIFT has no place for them)",
            if cited == 1 { "" } else { "s" }
        ));
    }
    if let Some(a) = &bank.article {
        notes.push(format!("the article ({a}): GIFT holds questions only"));
    }
    (out, notes)
}

/// Escapes GIFT's special characters (and line breaks, which would end the question).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

fn write_question(q: &Question) -> String {
    let block = answer_block(q);
    let prompt = match q.prompt.find("___") {
        Some(start) => {
            let end = start + q.prompt[start..].chars().take_while(|&c| c == '_').count();
            format!(
                "{}{block}{}",
                escape(&q.prompt[..start]),
                escape(&q.prompt[end..])
            )
        }
        None => format!("{} {block}", escape(q.prompt.trim_end())),
    };
    format!("::{}::{prompt}\n", escape(&q.id))
}

fn answer_block(q: &Question) -> String {
    let mut lines: Vec<String> = match q.kind {
        Kind::Choice | Kind::Multi => choice_lines(q),
        Kind::TrueFalse => vec![if q.truth() == Some(true) {
            "TRUE"
        } else {
            "FALSE"
        }
        .into()],
        Kind::Short | Kind::Cloze => q
            .answer_texts()
            .iter()
            .map(|a| format!("={}", escape(a)))
            .collect(),
        Kind::Number => {
            let n = format_number(q.number().unwrap_or(0.0));
            if q.tolerance > 0.0 {
                vec![format!("#{n}:{}", format_number(q.tolerance))]
            } else {
                vec![format!("#{n}")]
            }
        }
        Kind::Matching => q
            .pairs
            .iter()
            .map(|[l, r]| format!("={} -> {}", escape(l), escape(r)))
            .collect(),
    };
    if let Some(e) = &q.explanation {
        lines.push(format!("####{}", escape(e)));
    }
    if lines.len() == 1 && q.explanation.is_none() {
        return format!("{{{}}}", lines[0]);
    }
    format!("{{\n{}\n}}", lines.join("\n"))
}

/// `=right ~wrong` for one right answer; `~%w%right ~%-100%wrong` for several.
fn choice_lines(q: &Question) -> Vec<String> {
    let right = q.answer_texts();
    let is_right = |c: &String| right.iter().any(|r| r.trim() == c.trim());
    if q.kind == Kind::Choice {
        return q
            .choices
            .iter()
            .map(|c| format!("{}{}", if is_right(c) { "=" } else { "~" }, escape(c)))
            .collect();
    }
    let share = weight(100.0 / right.len().max(1) as f64);
    q.choices
        .iter()
        .map(|c| {
            let w = if is_right(c) { share.as_str() } else { "-100" };
            format!("~%{w}%{}", escape(c))
        })
        .collect()
}

/// Moodle's weights: 50, 33.33333, 12.5.
fn weight(w: f64) -> String {
    if w.fract() == 0.0 {
        format!("{}", w as i64)
    } else {
        let s = format!("{w:.5}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Question {
        parse("t.gift", text).unwrap().bank.questions.remove(0)
    }

    #[test]
    fn escapes_come_back_as_the_characters() {
        let q = one("What is 1 \\= 1 \\{really\\} \\# \\~ \\: ? {=yes}");
        assert_eq!(q.prompt, "What is 1 = 1 {really} # ~ : ?");
        assert_eq!(escape("a:b=c"), "a\\:b\\=c");
    }

    #[test]
    fn weights_are_written_as_moodle_expects() {
        assert_eq!(weight(50.0), "50");
        assert_eq!(weight(100.0 / 3.0), "33.33333");
        assert_eq!(weight(12.5), "12.5");
    }

    #[test]
    fn ids_come_from_titles_and_stay_unique() {
        assert_eq!(slug("Capital of France?"), "capital-of-france");
        assert_eq!(slug("meeting-city"), "meeting-city");
        let b = parse("t.gift", "::A b::x {T}\n\n::A b::y {F}\n\nz {T}\n")
            .unwrap()
            .bank;
        let ids: Vec<&str> = b.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["a-b", "a-b-2", "q3"]);
    }

    #[test]
    fn an_unclosed_brace_names_its_line() {
        let e = parse("t.gift", "// c\n\n::T::Who?\n{=a\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("t.gift:4: the answer block"), "{e}");
    }
}
