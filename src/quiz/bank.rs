//! Question banks: the TOML files teachers write (or `quiz generate` writes) and the
//! questions read from them.
//!
//! Loading checks everything a teacher can get wrong (unknown keys, a bad kind, duplicate
//! ids, a right answer missing from the choices) and names the file, line and value.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{line_col, read_text_file, Error};
use crate::quiz::record::content_hash;
use crate::store::FactStore;

/// The built-in bank for the built-in article.
pub const BUILTIN_BANK: &str = include_str!("../../questions/trilateral-talks.toml");
pub const BUILTIN_BANK_NAME: &str = "questions/trilateral-talks.toml";

/// The most questions one bank may hold. A class quiz has tens; thousands mean the wrong file
/// or a generator gone wrong, and would make `quiz run`, worksheets and reports unusable.
/// Loading a bank file and importing a GIFT file both refuse more, naming the file and count.
pub const MAX_QUESTIONS: usize = 1_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Choice,
    Multi,
    TrueFalse,
    Short,
    Number,
    Cloze,
    Matching,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Choice => "choice",
            Kind::Multi => "multi",
            Kind::TrueFalse => "true_false",
            Kind::Short => "short",
            Kind::Number => "number",
            Kind::Cloze => "cloze",
            Kind::Matching => "matching",
        }
    }
}

/// The `answer` key as written: a list of texts, one text, true/false or a number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Truth(bool),
    /// A whole number, written without a decimal point.
    Integer(i64),
    Number(f64),
    Text(String),
    Texts(Vec<String>),
}

impl Answer {
    /// A number answer, whole numbers written as integers.
    pub fn number(n: f64) -> Answer {
        if n.fract() == 0.0 && n.abs() < 1e15 {
            Answer::Integer(n as i64)
        } else {
            Answer::Number(n)
        }
    }

    /// The answer as texts: accepted answers (short, cloze) or right choices (choice, multi).
    pub fn texts(&self) -> Vec<String> {
        match self {
            Answer::Text(t) => vec![t.clone()],
            Answer::Texts(v) => v.clone(),
            Answer::Truth(b) => vec![b.to_string()],
            Answer::Integer(n) => vec![n.to_string()],
            Answer::Number(n) => vec![format_number(*n)],
        }
    }
}

/// 90.0 -> "90", 2.5 -> "2.5".
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn default_points() -> u32 {
    1
}

fn is_default_points(p: &u32) -> bool {
    *p == 1
}

fn is_zero(t: &f64) -> bool {
    *t == 0.0
}

/// One question as the bank file writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub prompt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub tolerance: f64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pairs: Vec<[String; 2]>,
    #[serde(default = "default_points", skip_serializing_if = "is_default_points")]
    pub points: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source: Vec<usize>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

impl Question {
    /// Accepted answers (short, cloze) or right choices (choice, multi).
    pub fn answer_texts(&self) -> Vec<String> {
        self.answer.as_ref().map(Answer::texts).unwrap_or_default()
    }

    /// What is wrong with the question, if anything (the checks a bank file gets on loading).
    pub fn check(&self) -> Result<(), String> {
        check_question(self)
    }

    /// The right answer of a true/false question.
    pub fn truth(&self) -> Option<bool> {
        match &self.answer {
            Some(Answer::Truth(b)) => Some(*b),
            Some(Answer::Text(t)) => crate::quiz::grade::read_truth(t),
            _ => None,
        }
    }

    /// The right answer of a number question.
    pub fn number(&self) -> Option<f64> {
        match &self.answer {
            Some(Answer::Integer(n)) => Some(*n as f64),
            Some(Answer::Number(n)) => Some(*n),
            Some(Answer::Text(t)) => t.trim().parse().ok(),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BankFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    article: Option<String>,
    #[serde(default, rename = "question")]
    questions: Vec<Question>,
}

#[derive(Debug, Clone)]
pub struct Bank {
    pub title: Option<String>,
    /// The article as the file names it, relative to the file.
    pub article: Option<String>,
    pub questions: Vec<Question>,
    /// Where the bank came from, for messages.
    pub source: String,
    /// The folder `article` is relative to.
    pub dir: Option<PathBuf>,
}

impl Bank {
    /// The built-in bank for the built-in article.
    pub fn builtin() -> Result<Bank, Error> {
        Bank::parse(BUILTIN_BANK_NAME, BUILTIN_BANK)
    }

    pub fn load(path: &Path) -> Result<Bank, Error> {
        Bank::load_hashed(path).map(|(bank, _)| bank)
    }

    /// The bank and a fingerprint of the file's bytes, which results record so that attempts
    /// at an edited bank are not mixed with attempts at the old one.
    pub fn load_hashed(path: &Path) -> Result<(Bank, String), Error> {
        let text = read_text_file(path)?;
        let mut bank = Bank::parse(&path.display().to_string(), &text)?;
        bank.dir = Some(path.parent().map(Path::to_path_buf).unwrap_or_default());
        Ok((bank, content_hash(text.as_bytes())))
    }

    /// The built-in bank and its fingerprint.
    pub fn builtin_hashed() -> Result<(Bank, String), Error> {
        Ok((Bank::builtin()?, content_hash(BUILTIN_BANK.as_bytes())))
    }

    /// The title, or the file name when the bank has none: how results name the bank.
    pub fn display_title(&self) -> String {
        self.title.clone().unwrap_or_else(|| {
            Path::new(&self.source)
                .file_stem()
                .map_or_else(|| self.source.clone(), |s| s.to_string_lossy().into_owned())
        })
    }

    /// Reads and checks a bank. `source` names it in messages.
    pub fn parse(source: &str, text: &str) -> Result<Bank, Error> {
        let file: BankFile = toml::from_str(text).map_err(|e| {
            let (line, col) = e.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
            Error::input(format!("{source}:{line}:{col}: {}", e.message().trim()))
        })?;
        check_count(source, file.questions.len())?;
        let mut seen = HashSet::new();
        for q in &file.questions {
            if !seen.insert(q.id.as_str()) {
                let line = id_line(text, &q.id, 2);
                return Err(Error::input(format!(
                    "{source}:{line}: duplicate question id \"{}\"",
                    q.id
                )));
            }
            check_question(q).map_err(|why| {
                let line = id_line(text, &q.id, 1);
                Error::input(format!("{source}:{line}: question \"{}\": {why}", q.id))
            })?;
        }
        Ok(Bank {
            title: file.title,
            article: file.article,
            questions: file.questions,
            source: source.to_string(),
            dir: None,
        })
    }

    /// An error naming the bank when it holds more than [`MAX_QUESTIONS`] questions (for banks
    /// built in memory, such as an imported GIFT file; [`Bank::parse`] checks this itself).
    pub fn check_size(&self) -> Result<(), Error> {
        check_count(&self.source, self.questions.len())
    }

    /// The article file the bank is about, if it names one.
    pub fn article_path(&self) -> Option<PathBuf> {
        let a = self.article.as_ref()?;
        Some(match &self.dir {
            Some(d) => d.join(a),
            None => PathBuf::from(a),
        })
    }

    /// The fact store of the bank's article (the built-in article when it names none).
    pub fn load_store(&self) -> Result<FactStore, Error> {
        let store = match self.article_path() {
            Some(p) => FactStore::from_article_file(&p)
                .map_err(|e| Error::input(format!("{}: article: {e}", self.source)))?,
            None => FactStore::builtin(),
        };
        self.check_sources(&store)?;
        Ok(store)
    }

    /// Every cited sentence must exist in the article.
    pub fn check_sources(&self, store: &FactStore) -> Result<(), Error> {
        let count = store.article.sentences.len();
        for q in &self.questions {
            if let Some(n) = q.source.iter().find(|&&n| n == 0 || n > count) {
                return Err(Error::input(format!(
                    "{}: question \"{}\": source sentence {n} does not exist (the article has {count})",
                    self.source, q.id
                )));
            }
        }
        Ok(())
    }

    /// The bank as TOML in the documented format.
    pub fn to_toml(&self) -> String {
        let file = BankFile {
            title: self.title.clone(),
            article: self.article.clone(),
            questions: self.questions.clone(),
        };
        toml::to_string_pretty(&file).unwrap_or_default()
    }
}

/// `source: 1001 questions; a bank holds at most 1000 ...` when there are too many.
fn check_count(source: &str, count: usize) -> Result<(), Error> {
    if count > MAX_QUESTIONS {
        return Err(Error::input(format!(
            "{source}: {count} questions; a bank holds at most {MAX_QUESTIONS} (split it into several banks)"
        )));
    }
    Ok(())
}

/// What is wrong with one question, if anything.
fn check_question(q: &Question) -> Result<(), String> {
    if q.id.trim().is_empty() {
        return Err("the id is empty".into());
    }
    if q.prompt.trim().is_empty() {
        return Err("the prompt is empty".into());
    }
    if !q.tolerance.is_finite() || q.tolerance < 0.0 {
        return Err(format!(
            "tolerance {} must be a number of 0 or more",
            q.tolerance
        ));
    }
    match q.kind {
        Kind::Choice | Kind::Multi => check_choices(q),
        Kind::TrueFalse => match q.truth() {
            Some(_) => Ok(()),
            None => Err(format!("answer {} must be true or false", shown(&q.answer))),
        },
        Kind::Number => match q.number() {
            Some(n) if n.is_finite() => Ok(()),
            _ => Err(format!("answer {} must be a number", shown(&q.answer))),
        },
        Kind::Short | Kind::Cloze => {
            let texts = q.answer_texts();
            if texts.iter().all(|t| t.trim().is_empty())
                || !matches!(q.answer, Some(Answer::Text(_) | Answer::Texts(_)))
            {
                return Err(format!(
                    "answer {} must be one or more accepted answers",
                    shown(&q.answer)
                ));
            }
            Ok(())
        }
        Kind::Matching => {
            if q.pairs.len() < 2 {
                return Err("a matching question needs at least 2 pairs".into());
            }
            if q.pairs.iter().flatten().any(|s| s.trim().is_empty()) {
                return Err("a matching pair has an empty side".into());
            }
            Ok(())
        }
    }
}

fn check_choices(q: &Question) -> Result<(), String> {
    if q.choices.len() < 2 {
        return Err(format!(
            "a {} question needs at least 2 choices",
            q.kind.label()
        ));
    }
    if q.choices.len() > 26 {
        return Err("more than 26 choices cannot be lettered".into());
    }
    let right = q.answer_texts();
    if right.is_empty() || (q.kind == Kind::Choice && right.len() != 1) {
        return Err(format!(
            "answer {} must name exactly one right choice",
            shown(&q.answer)
        ));
    }
    for r in &right {
        if !q.choices.iter().any(|c| c.trim() == r.trim()) {
            return Err(format!(
                "the right answer \"{r}\" is not one of the choices"
            ));
        }
    }
    Ok(())
}

fn shown(a: &Option<Answer>) -> String {
    match a {
        None => "(missing)".into(),
        Some(Answer::Truth(b)) => b.to_string(),
        Some(Answer::Integer(n)) => n.to_string(),
        Some(Answer::Number(n)) => format_number(*n),
        Some(Answer::Text(t)) => format!("\"{t}\""),
        Some(Answer::Texts(v)) => format!("{v:?}"),
    }
}

/// The line of the `occurrence`-th `id = "ID"` in the file (1 when it cannot be found).
fn id_line(text: &str, id: &str, occurrence: usize) -> usize {
    let mut found = 0;
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix("id") else {
            continue;
        };
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'');
        if value == id {
            found += 1;
            if found == occurrence {
                return i + 1;
            }
        }
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_bank_loads() {
        let bank = Bank::builtin().unwrap();
        assert!(bank.questions.len() >= 20);
        bank.check_sources(&FactStore::builtin()).unwrap();
    }

    #[test]
    fn finds_the_line_of_an_id() {
        let text = "[[question]]\nid = \"a\"\n[[question]]\nid = \"b\"\n[[question]]\nid=\"a\"\n";
        assert_eq!(id_line(text, "a", 1), 2);
        assert_eq!(id_line(text, "a", 2), 6);
        assert_eq!(id_line(text, "b", 1), 4);
    }

    #[test]
    fn a_bank_may_hold_max_questions_and_no_more() {
        let bank = |n: usize| {
            (0..n)
                .map(|i| format!("[[question]]\nid = \"q{i}\"\nkind = \"true_false\"\nprompt = \"p\"\nanswer = true\n"))
                .collect::<String>()
        };
        assert_eq!(
            Bank::parse("full.toml", &bank(MAX_QUESTIONS))
                .unwrap()
                .questions
                .len(),
            MAX_QUESTIONS
        );
        let err = Bank::parse("big.toml", &bank(MAX_QUESTIONS + 1))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "big.toml: 1001 questions; a bank holds at most 1000 (split it into several banks)"
        );
    }

    #[test]
    fn a_number_answer_may_be_an_integer() {
        let bank = Bank::parse(
            "t",
            "[[question]]\nid = \"n\"\nkind = \"number\"\nprompt = \"p\"\nanswer = 90\n",
        )
        .unwrap();
        assert_eq!(bank.questions[0].number(), Some(90.0));
    }
}
