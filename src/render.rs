//! Human-readable output: a verdict with its evidence, and the fact store listing.

use std::fmt::Write as _;

use crate::check::{Outcome, Verdict};
use crate::store::FactStore;

/// Terminal colours, used only when the output is a terminal and NO_COLOR is unset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    pub fn green(self, text: &str) -> String {
        self.paint("1;32", text)
    }

    pub fn red(self, text: &str) -> String {
        self.paint("1;31", text)
    }

    pub fn yellow(self, text: &str) -> String {
        self.paint("1;33", text)
    }

    pub fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }
}

/// Wraps text to `width` columns, each line indented.
pub fn wrap(text: &str, indent: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + line.len() + 1 + word.len() > width {
            let _ = writeln!(out, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}{line}");
    }
    out
}

/// A verdict, the correction or reason, and the deciding sentences with their numbers.
pub fn outcome(o: &Outcome, style: Style) -> String {
    let label = match o.verdict {
        Verdict::Supported => style.green(o.verdict.label()),
        Verdict::Refuted => style.red(o.verdict.label()),
        Verdict::NotEnoughInfo => style.yellow(o.verdict.label()),
    };
    let mut s = String::new();
    if o.verdict == Verdict::NotEnoughInfo {
        let _ = writeln!(s, "{label}  {}", o.explanation);
        return s;
    }
    let _ = writeln!(s, "{label}  {}", o.claim);
    if let Some(c) = &o.correction {
        s.push_str(&wrap(c, "  ", 100));
    }
    for d in &o.differences {
        let _ = writeln!(
            s,
            "  {} {}  {} {}",
            style.red("-"),
            style.red(&d.claim),
            style.green("+"),
            style.green(&d.article)
        );
    }
    for e in &o.evidence {
        let quoted = format!("[{}] {}", e.sentence, e.text);
        s.push_str(&style.dim(wrap(&quoted, "  ", 100).trim_end()));
        s.push('\n');
    }
    s
}

/// The store in readable form: entities with their names, offices, events.
pub fn facts(store: &FactStore) -> String {
    let mut s = String::new();
    let a = &store.article;
    let _ = writeln!(s, "Article: {} ({} sentences)", a.source, a.sentences.len());
    if let Some(d) = &a.dateline {
        let parts: Vec<String> = [d.place.as_deref(), d.date.as_deref(), d.source.as_deref()]
            .iter()
            .zip(["place", "date", "source"])
            .filter_map(|(v, k)| v.map(|v| format!("{k} {v}")))
            .collect();
        let _ = writeln!(s, "Dateline: {}", parts.join(", "));
    }
    let _ = writeln!(s, "\nEntities:");
    for e in &store.entities {
        let mut line = format!("  {} ({})", e.name, e.kind.label());
        if !e.aliases.is_empty() {
            let _ = write!(line, ", also {}", e.aliases.join(", "));
        }
        if let Some(c) = &e.country {
            if *c != e.name {
                let _ = write!(line, "; in {c}");
            }
        }
        if e.capital {
            line.push_str("; capital, stands for its government");
        }
        let _ = writeln!(s, "{line}  {}", cite(&e.sentences));
    }
    let _ = writeln!(s, "\nOffices:");
    for r in &store.roles {
        let country = r
            .country
            .as_deref()
            .map(|c| format!(" of {c}"))
            .unwrap_or_default();
        let _ = writeln!(s, "  {}: {}{country}  [{}]", r.person, r.title, r.sentence);
    }
    let _ = writeln!(s, "\nEvents:");
    for e in store.events() {
        let mut line = format!(
            "  {} {}",
            e.subject.as_deref().unwrap_or("(someone)"),
            e.verb
        );
        if !e.objects.is_empty() {
            let _ = write!(line, " {}", e.objects.join(", "));
        }
        let mut quals = Vec::new();
        if let Some(p) = &e.place {
            quals.push(format!("place {p}"));
        }
        if let Some(t) = &e.time {
            quals.push(format!("time {t}"));
        }
        if e.negated {
            quals.push("negated".to_string());
        }
        if !e.modality.is_realis() {
            quals.push(format!("{:?}", e.modality).to_lowercase());
        }
        if let Some(r) = &e.reported_by {
            quals.push(format!("reported by {r}"));
        }
        if !quals.is_empty() {
            let _ = write!(line, " ({})", quals.join("; "));
        }
        let _ = writeln!(s, "{line}  [{}]", e.sentence);
    }
    let _ = writeln!(s, "\nReferences:");
    for (k, sentence) in store.article.sentences.iter().enumerate() {
        for r in store.references().in_sentence(k) {
            let it = &store.items[k][r.item];
            let _ = writeln!(
                s,
                "  \"{}\" = {}  [{} -> {}]",
                &sentence.text[it.start..it.end],
                store.entities[r.entity].name,
                k + 1,
                r.antecedent + 1
            );
        }
    }
    s
}

fn cite(sentences: &[usize]) -> String {
    let list: Vec<String> = sentences.iter().map(usize::to_string).collect();
    format!("[{}]", list.join(", "))
}
