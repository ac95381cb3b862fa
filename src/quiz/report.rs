//! `quiz report`: reads results files into a gradebook and item statistics, and renders them
//! as text, CSV or one self-contained HTML page.
//!
//! The figures are pure functions of the attempts ([`build`]); the renderers only format.
//!
//! Which attempt counts: a student may try more than once. The gradebook shows the best and
//! the last score; everything else (the score distribution, the ranking into top and bottom
//! groups, facility, discrimination and common wrong answers) uses each student's **best**
//! attempt (the earliest of equal best ones), so that every student counts once and the
//! percent in the gradebook is the score the figures are based on.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::error::{read_text_file, Error};
use crate::quiz::record::Attempt;

/// A line of a results file that could not be read, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Unread {
    /// "results.jsonl:7"
    pub place: String,
    pub why: String,
}

/// Everything read from the results files.
#[derive(Debug, Clone, Default)]
pub struct Results {
    pub attempts: Vec<Attempt>,
    /// Non-blank lines seen, read or not.
    pub lines: usize,
    pub unread: Vec<Unread>,
}

impl Results {
    /// Reads every file; a file that cannot be read at all is an error, a line that cannot be
    /// read is kept in `unread`.
    pub fn read_files(paths: &[impl AsRef<Path>]) -> Result<Results, Error> {
        let mut results = Results::default();
        for path in paths {
            let path = path.as_ref();
            let text = read_text_file(path)?;
            results.add(&path.display().to_string(), &text);
        }
        Ok(results)
    }

    /// Adds the attempts of one results file; `source` names it in messages.
    pub fn add(&mut self, source: &str, text: &str) {
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            self.lines += 1;
            match serde_json::from_str::<Attempt>(line) {
                Ok(a) if a.student.trim().is_empty() => self.unread.push(Unread {
                    place: format!("{source}:{}", i + 1),
                    why: "the student's name is empty".into(),
                }),
                Ok(a) => self.attempts.push(a),
                Err(e) => self.unread.push(Unread {
                    place: format!("{source}:{}", i + 1),
                    why: json_problem(&e),
                }),
            }
        }
    }
}

fn json_problem(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Syntax | Category::Eof => format!("not a JSON attempt ({e})"),
        Category::Data => format!("not an attempt: {e}"),
        Category::Io => e.to_string(),
    }
}

/// The report on one bank.
#[derive(Debug, Clone, PartialEq)]
pub struct BankReport {
    pub bank: String,
    pub bank_hash: String,
    pub attempts: usize,
    /// One row per student, by name.
    pub gradebook: Vec<StudentRow>,
    /// Students by best percent: 0-9%, 10-19%, ... 90-100%.
    pub distribution: [usize; 10],
    /// How many students form the top group and the bottom group.
    pub group_size: usize,
    pub items: Vec<ItemStats>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StudentRow {
    pub student: String,
    pub attempts: usize,
    pub best: (u32, u32),
    pub last: (u32, u32),
    /// The best score in percent.
    pub percent: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    pub id: String,
    /// Students whose counted attempt included this question.
    pub answered: usize,
    pub right: usize,
    /// Share answering right, 0 to 1.
    pub facility: f64,
    /// Facility among the top group minus facility among the bottom group; `None` when a
    /// group has nobody who was given the question (or there are fewer than 2 students).
    pub discrimination: Option<f64>,
    /// (right, given) in the top group and in the bottom group.
    pub top: (usize, usize),
    pub bottom: (usize, usize),
    /// The most common wrong answers, most frequent first, at most three: (answer, students).
    pub wrong: Vec<(String, usize)>,
}

impl ItemStats {
    /// What a teacher should look at, if anything.
    pub fn note(&self) -> Option<&'static str> {
        match self.discrimination {
            Some(d) if d < 0.0 => {
                Some("check: stronger students did worse (misleading or wrong key?)")
            }
            _ if self.answered > 0 && self.facility < 0.3 => Some("hard"),
            Some(d) if d < 0.2 && self.facility < 0.9 => Some("weak discrimination"),
            _ if self.answered > 0 && self.facility > 0.9 => Some("easy"),
            _ => None,
        }
    }
}

/// The size of the top and of the bottom group: 27% of the students, rounded half up, at
/// least one, and at most half so that the groups never overlap; none below 2 students.
pub fn group_size(students: usize) -> usize {
    if students < 2 {
        return 0;
    }
    ((27 * students + 50) / 100).clamp(1, students / 2)
}

/// One report per bank (by content hash), in the order the banks first appear.
pub fn build(attempts: &[Attempt]) -> Vec<BankReport> {
    let mut order: Vec<&str> = Vec::new();
    let mut by_bank: HashMap<&str, Vec<&Attempt>> = HashMap::new();
    for a in attempts {
        let list = by_bank.entry(a.bank_hash.as_str()).or_default();
        if list.is_empty() {
            order.push(a.bank_hash.as_str());
        }
        list.push(a);
    }
    order.iter().map(|h| bank_report(&by_bank[h])).collect()
}

/// A student's attempts, in time order (ties in the order they were read).
struct Student<'a> {
    name: &'a str,
    attempts: Vec<&'a Attempt>,
}

impl<'a> Student<'a> {
    /// The best attempt: highest fraction, the earliest of equals.
    fn best(&self) -> &'a Attempt {
        let mut best = self.attempts[0];
        for a in &self.attempts[1..] {
            if a.fraction() > best.fraction() {
                best = a;
            }
        }
        best
    }

    fn last(&self) -> &'a Attempt {
        self.attempts[self.attempts.len() - 1]
    }
}

/// The same student whatever the case and spacing of the name.
fn student_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn students<'a>(attempts: &[&'a Attempt]) -> Vec<Student<'a>> {
    let mut list: Vec<Student<'a>> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for &a in attempts {
        let k = *index.entry(student_key(&a.student)).or_insert_with(|| {
            list.push(Student {
                name: a.student.trim(),
                attempts: Vec::new(),
            });
            list.len() - 1
        });
        list[k].attempts.push(a);
    }
    for s in &mut list {
        s.attempts.sort_by(|x, y| x.time.cmp(&y.time));
    }
    list.sort_by_key(|s| student_key(s.name));
    list
}

fn bank_report(attempts: &[&Attempt]) -> BankReport {
    let students = students(attempts);
    let gradebook = students.iter().map(student_row).collect();
    let mut distribution = [0; 10];
    for s in &students {
        let b = s.best();
        distribution[bin(b.score, b.max_score)] += 1;
    }
    let mut ranked: Vec<(&str, &Attempt)> = students.iter().map(|s| (s.name, s.best())).collect();
    ranked.sort_by(|x, y| {
        y.1.fraction()
            .total_cmp(&x.1.fraction())
            .then_with(|| student_key(x.0).cmp(&student_key(y.0)))
    });
    let group = group_size(ranked.len());
    let counted: Vec<&Attempt> = ranked.iter().map(|r| r.1).collect();
    let top = &counted[..group];
    let bottom = &counted[counted.len() - group..];
    let items = question_ids(attempts)
        .into_iter()
        .map(|id| item_stats(&id, &counted, top, bottom))
        .collect();
    BankReport {
        bank: attempts[0].bank.clone(),
        bank_hash: attempts[0].bank_hash.clone(),
        attempts: attempts.len(),
        gradebook,
        distribution,
        group_size: group,
        items,
    }
}

fn student_row(s: &Student) -> StudentRow {
    let best = s.best();
    let last = s.last();
    StudentRow {
        student: s.name.to_string(),
        attempts: s.attempts.len(),
        best: (best.score, best.max_score),
        last: (last.score, last.max_score),
        percent: 100.0 * best.fraction(),
    }
}

/// The decile of a score: 0 for 0-9%, ... 9 for 90-100%.
fn bin(score: u32, max: u32) -> usize {
    if max == 0 {
        return 0;
    }
    ((u64::from(score) * 10 / u64::from(max)) as usize).min(9)
}

/// Question ids in the order they first appear.
fn question_ids(attempts: &[&Attempt]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for a in attempts {
        for q in &a.questions {
            if !ids.contains(&q.id) {
                ids.push(q.id.clone());
            }
        }
    }
    ids
}

/// (right, given) for one question among some attempts.
fn right_of(id: &str, attempts: &[&Attempt]) -> (usize, usize) {
    attempts
        .iter()
        .filter_map(|a| a.questions.iter().find(|q| q.id == id))
        .fold((0, 0), |(r, n), q| (r + usize::from(q.correct), n + 1))
}

fn share((right, given): (usize, usize)) -> Option<f64> {
    (given > 0).then(|| right as f64 / given as f64)
}

fn item_stats(id: &str, counted: &[&Attempt], top: &[&Attempt], bottom: &[&Attempt]) -> ItemStats {
    let (right, answered) = right_of(id, counted);
    let top = right_of(id, top);
    let bottom = right_of(id, bottom);
    let discrimination = match (share(top), share(bottom)) {
        (Some(t), Some(b)) => Some(t - b),
        _ => None,
    };
    ItemStats {
        id: id.to_string(),
        answered,
        right,
        facility: share((right, answered)).unwrap_or(0.0),
        discrimination,
        top,
        bottom,
        wrong: common_wrong(id, counted),
    }
}

const NO_ANSWER: &str = "(no answer)";

fn shorten(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Wrong answers grouped regardless of case and spacing, most frequent first (ties: the one
/// seen first), at most three.
fn common_wrong(id: &str, counted: &[&Attempt]) -> Vec<(String, usize)> {
    let mut seen: Vec<(String, String, usize)> = Vec::new();
    for q in counted
        .iter()
        .filter_map(|a| a.questions.iter().find(|q| q.id == id))
        .filter(|q| !q.correct)
    {
        let shown = if q.answer.trim().is_empty() {
            NO_ANSWER.to_string()
        } else {
            q.answer.trim().to_string()
        };
        let key = student_key(&shown);
        match seen.iter_mut().find(|(k, _, _)| *k == key) {
            Some(entry) => entry.2 += 1,
            None => seen.push((key, shown, 1)),
        }
    }
    // A stable sort keeps first-seen order among equal counts.
    seen.sort_by_key(|s| std::cmp::Reverse(s.2));
    seen.into_iter().take(3).map(|(_, s, n)| (s, n)).collect()
}

fn percent(p: f64) -> String {
    format!("{:.0}%", p)
}

fn signed(d: Option<f64>) -> String {
    d.map_or("-".to_string(), |d| format!("{d:+.2}"))
}

fn wrong_list(item: &ItemStats) -> String {
    wrong_list_within(item, usize::MAX)
}

/// The wrong answers, each cut to `width` characters (for a terminal table).
fn wrong_list_within(item: &ItemStats, width: usize) -> String {
    item.wrong
        .iter()
        .map(|(a, n)| (shorten(a, width), n))
        .map(|(a, n)| match a.as_str() {
            NO_ANSWER => format!("{a} x{n}"),
            _ => format!("\"{a}\" x{n}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

const BINS: [&str; 10] = [
    "0-9%", "10-19%", "20-29%", "30-39%", "40-49%", "50-59%", "60-69%", "70-79%", "80-89%",
    "90-100%",
];

/// The lines that could not be read, for the top of a report.
pub fn render_unread(results: &Results) -> String {
    let mut out = String::new();
    if results.unread.is_empty() {
        return out;
    }
    let _ = writeln!(
        out,
        "Could not read {} of {} lines (they are left out below):",
        results.unread.len(),
        results.lines
    );
    for u in &results.unread {
        let _ = writeln!(out, "  {}: {}", u.place, u.why);
    }
    out.push('\n');
    out
}

/// The report for a terminal.
pub fn render_text(r: &BankReport) -> String {
    let mut out = String::new();
    let students = r.gradebook.len();
    let _ = writeln!(out, "{}  (bank {})", r.bank, r.bank_hash);
    let _ = writeln!(
        out,
        "{students} student{}, {} attempt{}. Figures use each student's best attempt.\n",
        plural(students),
        r.attempts,
        plural(r.attempts)
    );
    out.push_str(&gradebook_text(r));
    out.push('\n');
    out.push_str(&distribution_text(r));
    out.push('\n');
    out.push_str(&items_text(r));
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn gradebook_text(r: &BankReport) -> String {
    let width = r
        .gradebook
        .iter()
        .map(|s| s.student.chars().count())
        .chain([7])
        .max()
        .unwrap_or(7);
    let mut out = format!(
        "Gradebook\n  {:<width$}  Attempts   Best   Last  Percent\n",
        "Student"
    );
    for s in &r.gradebook {
        let _ = writeln!(
            out,
            "  {:<width$}  {:>8}  {:>5}  {:>5}  {:>7}",
            s.student,
            s.attempts,
            format!("{}/{}", s.best.0, s.best.1),
            format!("{}/{}", s.last.0, s.last.1),
            percent(s.percent)
        );
    }
    out
}

fn distribution_text(r: &BankReport) -> String {
    let most = r.distribution.iter().copied().max().unwrap_or(0).max(1);
    let mut out = String::from("Score distribution (students by best score)\n");
    for (label, &n) in BINS.iter().zip(&r.distribution) {
        let bar = "#".repeat((n * 40).div_ceil(most));
        let count = if n > 0 {
            format!(" {n}")
        } else {
            String::new()
        };
        let _ = writeln!(out, "  {label:>7} |{bar}{count}");
    }
    out
}

fn items_text(r: &BankReport) -> String {
    let width = r
        .items
        .iter()
        .map(|i| i.id.chars().count())
        .chain([8])
        .max()
        .unwrap_or(8);
    let mut out = format!(
        "Questions (p: share right; d: p in the top {g} minus p in the bottom {g} of {n} students)\n",
        g = r.group_size,
        n = r.gradebook.len()
    );
    let _ = writeln!(
        out,
        "  {:<width$}  Right     p      d  Most common wrong answers",
        "Question"
    );
    for i in &r.items {
        let _ = writeln!(
            out,
            "  {:<width$}  {:>5}  {:.2}  {:>5}  {}",
            i.id,
            format!("{}/{}", i.right, i.answered),
            i.facility,
            signed(i.discrimination),
            wrong_list_within(i, 40)
        );
        if let Some(note) = i.note() {
            let _ = writeln!(out, "  {:<width$}  ^ {note}", "");
        }
    }
    out
}

/// One CSV field, quoted when it must be.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_row(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

/// The gradebook as CSV, one row per student and bank.
pub fn gradebook_csv(reports: &[BankReport]) -> String {
    let mut out = String::from(
        "bank,bank_hash,student,attempts,best_score,best_max,last_score,last_max,percent\n",
    );
    for r in reports {
        for s in &r.gradebook {
            out.push_str(&csv_row(&[
                r.bank.clone(),
                r.bank_hash.clone(),
                s.student.clone(),
                s.attempts.to_string(),
                s.best.0.to_string(),
                s.best.1.to_string(),
                s.last.0.to_string(),
                s.last.1.to_string(),
                format!("{:.1}", s.percent),
            ]));
        }
    }
    out
}

/// The item statistics as CSV, one row per question and bank.
pub fn items_csv(reports: &[BankReport]) -> String {
    let mut out = String::from(
        "bank,bank_hash,question,answered,right,facility,discrimination,top_right,top_given,bottom_right,bottom_given,common_wrong_answers\n",
    );
    for r in reports {
        for i in &r.items {
            out.push_str(&csv_row(&[
                r.bank.clone(),
                r.bank_hash.clone(),
                i.id.clone(),
                i.answered.to_string(),
                i.right.to_string(),
                format!("{:.3}", i.facility),
                i.discrimination
                    .map_or(String::new(), |d| format!("{d:.3}")),
                i.top.0.to_string(),
                i.top.1.to_string(),
                i.bottom.0.to_string(),
                i.bottom.1.to_string(),
                wrong_list(i),
            ]));
        }
    }
    out
}

/// Escapes text for HTML content and attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const HTML_STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
td.n{text-align:right}tr.flag td{background:#fff4e0}.note{color:#a05a00}.unread{color:#a00}
section{page-break-inside:avoid;margin-bottom:2rem}@media print{body{margin:0}}";

/// One self-contained HTML page: no scripts, no fonts, no network; charts are inline SVG.
pub fn render_html(reports: &[BankReport], results: &Results) -> String {
    let mut out =
        String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let title = reports.first().map_or("Quiz report".to_string(), |r| {
        format!("Quiz report: {}", r.bank)
    });
    let _ = writeln!(out, "<title>{}</title>", html_escape(&title));
    let _ = writeln!(out, "<style>{HTML_STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(out, "<h1>{}</h1>", html_escape(&title));
    if !results.unread.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"unread\">Could not read {} of {} lines (left out below):</p>\n<ul class=\"unread\">",
            results.unread.len(),
            results.lines
        );
        for u in &results.unread {
            let _ = writeln!(
                out,
                "<li>{}: {}</li>",
                html_escape(&u.place),
                html_escape(&u.why)
            );
        }
        out.push_str("</ul>\n");
    }
    for r in reports {
        out.push_str(&bank_html(r));
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn bank_html(r: &BankReport) -> String {
    let mut out = String::from("<section>\n");
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p>Bank {}: {} students, {} attempts. Figures use each student's best attempt.</p>",
        html_escape(&r.bank),
        html_escape(&r.bank_hash),
        r.gradebook.len(),
        r.attempts
    );
    out.push_str("<h3>Gradebook</h3>\n<table>\n<tr><th>Student</th><th>Attempts</th><th>Best</th><th>Last</th><th>Percent</th></tr>\n");
    for s in &r.gradebook {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}/{}</td><td class=\"n\">{}/{}</td><td class=\"n\">{}</td></tr>",
            html_escape(&s.student),
            s.attempts,
            s.best.0,
            s.best.1,
            s.last.0,
            s.last.1,
            percent(s.percent)
        );
    }
    out.push_str("</table>\n<h3>Score distribution</h3>\n");
    out.push_str(&histogram_svg(&r.distribution));
    out.push_str(&items_html(r));
    out.push_str("</section>\n");
    out
}

/// A bar per decile, with its count above it.
fn histogram_svg(distribution: &[usize; 10]) -> String {
    let most = distribution.iter().copied().max().unwrap_or(0).max(1);
    let (bar_w, height, base) = (48, 160, 180);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"215\" viewBox=\"0 0 {w} 215\" role=\"img\" aria-label=\"Students by best score\">\n",
        w = 10 * bar_w + 20
    );
    for (i, (&n, label)) in distribution.iter().zip(BINS).enumerate() {
        let h = n * height / most;
        let x = 10 + i * bar_w;
        let _ = writeln!(
            svg,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{h}\" fill=\"#4a7fb5\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\">{}</text><text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{label}</text>",
            x + 4,
            base - h,
            bar_w - 8,
            x + bar_w / 2,
            base - h - 4,
            if n > 0 { n.to_string() } else { String::new() },
            x + bar_w / 2,
            base + 16
        );
    }
    let _ = writeln!(
        svg,
        "<line x1=\"10\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"#333\"/>\n</svg>",
        10 + 10 * bar_w
    );
    svg
}

fn items_html(r: &BankReport) -> String {
    let mut out = format!(
        "<h3>Questions</h3>\n<p>p: share of students answering right. d: p among the top {g} minus p among the bottom {g} students (27%).</p>\n<table>\n<tr><th>Question</th><th>Right</th><th>p</th><th>d</th><th>Most common wrong answers</th><th>Note</th></tr>\n",
        g = r.group_size
    );
    for i in &r.items {
        let note = i.note();
        let _ = writeln!(
            out,
            "<tr{}><td>{}</td><td class=\"n\">{}/{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"note\">{}</td></tr>",
            if note.is_some() { " class=\"flag\"" } else { "" },
            html_escape(&i.id),
            i.right,
            i.answered,
            facility_svg(i.facility),
            signed(i.discrimination),
            html_escape(&wrong_list(i)),
            note.unwrap_or("")
        );
    }
    out.push_str("</table>\n");
    out
}

/// A small bar for a facility, with its value.
fn facility_svg(p: f64) -> String {
    let w = (p.clamp(0.0, 1.0) * 100.0).round();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"140\" height=\"14\" viewBox=\"0 0 140 14\"><rect x=\"0\" y=\"2\" width=\"100\" height=\"10\" fill=\"#e4e4e4\"/><rect x=\"0\" y=\"2\" width=\"{w}\" height=\"10\" fill=\"#4a7fb5\"/><text x=\"104\" y=\"11\" font-size=\"10\">{p:.2}</text></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_27_percent_rounded_half_up_and_never_overlap() {
        assert_eq!(group_size(1), 0);
        assert_eq!(group_size(2), 1);
        assert_eq!(group_size(3), 1);
        assert_eq!(group_size(6), 2); // 1.62
        assert_eq!(group_size(8), 2); // 2.16
        assert_eq!(group_size(10), 3); // 2.7
        assert_eq!(group_size(30), 8); // 8.1
    }

    #[test]
    fn deciles_put_full_marks_in_the_top_bin() {
        assert_eq!(bin(0, 5), 0);
        assert_eq!(bin(5, 5), 9);
        assert_eq!(bin(9, 10), 9);
        assert_eq!(bin(1, 3), 3);
        assert_eq!(bin(0, 0), 0);
    }

    #[test]
    fn unreadable_lines_are_counted_with_their_place_and_reason() {
        let mut r = Results::default();
        r.add("r.jsonl", "not json\n\n{\"student\":\"Ana\"}\n");
        assert_eq!(r.lines, 2);
        assert_eq!(r.unread.len(), 2);
        assert_eq!(r.unread[0].place, "r.jsonl:1");
        assert!(
            r.unread[0].why.starts_with("not a JSON attempt"),
            "{:?}",
            r.unread[0]
        );
        assert_eq!(r.unread[1].place, "r.jsonl:3");
        assert!(
            r.unread[1].why.contains("missing field"),
            "{:?}",
            r.unread[1]
        );
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
