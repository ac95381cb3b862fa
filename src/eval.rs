//! Evaluation of the checker on labelled claims: the project's own TSV format and FEVER's
//! JSON lines. Used by `factcheck eval` and by the tests, which print the same report.

use std::fmt::Write as _;

use crate::article::Article;
use crate::check::{check, check_closed, Verdict};
use crate::error::Error;
use crate::store::FactStore;

/// One labelled claim.
#[derive(Debug, Clone)]
pub struct Case {
    /// Where it came from, for the list of misses ("file:12").
    pub origin: String,
    pub expected: Verdict,
    pub claim: String,
    /// The cited evidence must contain this (case-insensitive), when given.
    pub evidence_contains: Option<String>,
    /// The correction must contain this, when given.
    pub correction_contains: Option<String>,
    /// FEVER cases carry their own one-sentence article.
    pub article: Option<String>,
}

fn parse_label(label: &str) -> Option<Verdict> {
    match label.trim().to_uppercase().as_str() {
        "S" | "SUPPORTED" | "SUPPORTS" => Some(Verdict::Supported),
        "R" | "REFUTED" | "REFUTES" => Some(Verdict::Refuted),
        "N" | "NEI" | "NOT ENOUGH INFO" | "NOT_ENOUGH_INFO" => Some(Verdict::NotEnoughInfo),
        _ => None,
    }
}

/// Reads the TSV format: `label<TAB>claim[<TAB>evidence-must-contain[<TAB>correction-must-contain]]`,
/// `#` lines and blank lines skipped.
pub fn read_tsv(name: &str, text: &str) -> Result<Vec<Case>, Error> {
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let origin = format!("{name}:{}", i + 1);
        let expected = parse_label(cols[0]).ok_or_else(|| {
            Error::input(format!(
                "{origin}: unknown label {:?} (expected S, R or N)",
                cols[0]
            ))
        })?;
        let claim = cols
            .get(1)
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .ok_or_else(|| Error::input(format!("{origin}: no claim in the second column")))?;
        let opt = |k: usize| {
            cols.get(k)
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
        };
        cases.push(Case {
            origin,
            expected,
            claim,
            evidence_contains: opt(2),
            correction_contains: opt(3),
            article: None,
        });
    }
    Ok(cases)
}

#[derive(serde::Deserialize)]
struct FeverLine {
    claim: String,
    evidence: String,
    label: String,
}

/// FEVER's tokenised text back to plain text: brackets, and spaces before punctuation.
pub fn detokenize(text: &str) -> String {
    let mut s = text
        .replace("-LRB-", "(")
        .replace("-RRB-", ")")
        .replace("-LSB-", "[")
        .replace("-RSB-", "]")
        .replace("``", "\"")
        .replace("''", "\"");
    for (from, to) in [
        (" ,", ","),
        (" .", "."),
        (" ;", ";"),
        (" :", ":"),
        ("( ", "("),
        (" )", ")"),
        (" 's", "'s"),
        (" n't", "n't"),
        (" %", "%"),
        (" ?", "?"),
        (" !", "!"),
        (" '", "'"),
        ("$ ", "$"),
    ] {
        s = s.replace(from, to);
    }
    s.replace(" -- ", " - ")
}

/// Reads FEVER JSON lines: claim, one evidence sentence, SUPPORTS or REFUTES.
pub fn read_fever(name: &str, text: &str) -> Result<Vec<Case>, Error> {
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let origin = format!("{name}:{}", i + 1);
        let f: FeverLine =
            serde_json::from_str(line).map_err(|e| Error::input(format!("{origin}: {e}")))?;
        let expected = parse_label(&f.label)
            .ok_or_else(|| Error::input(format!("{origin}: unknown label {:?}", f.label)))?;
        cases.push(Case {
            origin,
            expected,
            claim: detokenize(&f.claim),
            evidence_contains: None,
            correction_contains: None,
            article: Some(detokenize(&f.evidence)),
        });
    }
    Ok(cases)
}

#[derive(Debug, Clone)]
pub struct Miss {
    pub case: Case,
    pub got: Verdict,
    pub why: String,
}

/// The figures of one evaluation run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub total: usize,
    pub correct: usize,
    /// confusion[expected][got], in the order supported, refuted, not enough info.
    pub confusion: [[usize; 3]; 3],
    /// Claims the checker supported although the label says otherwise.
    pub false_supported: usize,
    /// Right label but the evidence or correction lacks the required words.
    pub bad_evidence: usize,
    pub misses: Vec<Miss>,
}

fn index(v: Verdict) -> usize {
    match v {
        Verdict::Supported => 0,
        Verdict::Refuted => 1,
        Verdict::NotEnoughInfo => 2,
    }
}

/// How a two-way set (FEVER: no "not enough info" label) reads a third verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TwoWay {
    /// Keep the three verdicts: "not enough info" is simply wrong.
    No,
    /// "Not enough info" counts as "refuted": the claim is not supported by the evidence.
    NotSupportedIsRefuted,
}

impl Report {
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }

    fn precision_recall(&self, label: usize) -> (f64, f64) {
        let tp = self.confusion[label][label] as f64;
        let predicted: usize = (0..3).map(|e| self.confusion[e][label]).sum();
        let actual: usize = self.confusion[label].iter().sum();
        let p = if predicted == 0 {
            1.0
        } else {
            tp / predicted as f64
        };
        let r = if actual == 0 { 1.0 } else { tp / actual as f64 };
        (p, r)
    }

    /// The report as text: accuracy, precision and recall per label, confusion matrix, misses.
    pub fn render(&self, title: &str) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "{title}: {} claims", self.total);
        let _ = writeln!(
            s,
            "accuracy: {:.1}% ({}/{})",
            100.0 * self.accuracy(),
            self.correct,
            self.total
        );
        let _ = writeln!(s, "false SUPPORTED: {}", self.false_supported);
        let _ = writeln!(
            s,
            "right verdict, evidence or correction lacking the listed words: {}",
            self.bad_evidence
        );
        let names = ["supported", "refuted", "not enough info"];
        for (i, n) in names.iter().enumerate() {
            let (p, r) = self.precision_recall(i);
            let _ = writeln!(
                s,
                "  {n:<16} precision {:5.1}%  recall {:5.1}%",
                100.0 * p,
                100.0 * r
            );
        }
        let _ = writeln!(s, "confusion (rows: expected, columns: got S R N):");
        for (i, n) in names.iter().enumerate() {
            let row = self.confusion[i];
            let _ = writeln!(s, "  {n:<16} {:4} {:4} {:4}", row[0], row[1], row[2]);
        }
        if !self.misses.is_empty() {
            let _ = writeln!(s, "misses:");
            for m in &self.misses {
                let _ = writeln!(
                    s,
                    "  {}: expected {}, got {}: {} ({})",
                    m.case.origin,
                    m.case.expected.label(),
                    m.got.label(),
                    m.case.claim,
                    m.why
                );
                if let Some(article) = &m.case.article {
                    let _ = writeln!(s, "      evidence: {article}");
                }
            }
        }
        s
    }
}

/// Checks every case and tallies the results. Cases with their own article are checked
/// against it; the others against `store`.
pub fn evaluate(store: &FactStore, cases: &[Case], two_way: TwoWay) -> Report {
    let mut report = Report::default();
    for case in cases {
        let own_store;
        let store = match &case.article {
            Some(text) => match Article::parse(&case.origin, text) {
                Ok(a) => {
                    own_store = FactStore::build(a);
                    &own_store
                }
                Err(_) => continue,
            },
            None => store,
        };
        let checked = match two_way {
            TwoWay::No => check(store, &case.claim),
            TwoWay::NotSupportedIsRefuted => check_closed(store, &case.claim),
        };
        let outcome = match checked {
            Ok(o) => o,
            Err(e) => {
                report.total += 1;
                report.misses.push(Miss {
                    case: case.clone(),
                    got: Verdict::NotEnoughInfo,
                    why: e.to_string(),
                });
                continue;
            }
        };
        let mut got = outcome.verdict;
        if two_way == TwoWay::NotSupportedIsRefuted && got == Verdict::NotEnoughInfo {
            got = Verdict::Refuted;
        }
        report.total += 1;
        report.confusion[index(case.expected)][index(got)] += 1;
        if got == Verdict::Supported && case.expected != Verdict::Supported {
            report.false_supported += 1;
        }
        let mut why = format!("rule {}", outcome.rule);
        let mut right = got == case.expected;
        if right {
            if let Some(want) = &case.evidence_contains {
                let cited = outcome
                    .evidence
                    .iter()
                    .map(|e| e.text.to_lowercase())
                    .collect::<Vec<_>>()
                    .join(" ");
                if !cited.contains(&want.to_lowercase()) {
                    right = false;
                    why = format!("evidence lacks {want:?}");
                }
            }
            if let (Some(want), Verdict::Refuted) = (&case.correction_contains, got) {
                let correction = outcome
                    .correction
                    .clone()
                    .unwrap_or_default()
                    .to_lowercase();
                if !correction.contains(&want.to_lowercase()) {
                    right = false;
                    why = format!("correction lacks {want:?}: {:?}", outcome.correction);
                }
            }
            if !right {
                report.bad_evidence += 1;
            }
        } else {
            why = format!("{why}: {}", outcome.explanation);
        }
        if std::env::var_os("FACTQUIZ_EVAL_TRACE").is_some() {
            eprintln!(
                "{}\t{}\t{}\t{}",
                case.expected.label(),
                got.label(),
                outcome.rule,
                outcome.explanation
            );
        }
        if right {
            report.correct += 1;
        } else {
            report.misses.push(Miss {
                case: case.clone(),
                got,
                why,
            });
        }
    }
    report
}
