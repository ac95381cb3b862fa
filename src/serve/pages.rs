//! The pages, rendered on the server as plain HTML: every text escaped, one stylesheet and
//! one script (the dashboard's), both embedded in the binary. No page a student can see
//! before answering a question holds its answer, evidence or explanation.

use axum::response::Html;

use super::storage::Meta;
use super::Feedback;
use crate::quiz::bank::Kind;
use crate::quiz::grade::{letter, Grade, Shown};
use crate::quiz::report::html_escape as esc;

pub const STYLE_CSS: &str = include_str!("assets/style.css");
pub const DASHBOARD_JS: &str = include_str!("assets/dashboard.js");
pub const STUDENT_JS: &str = include_str!("assets/student.js");

/// Why a student waits.
pub enum Wait {
    NotStarted,
    Paused,
    /// Teacher-paced: answered the question shown; the score so far.
    Answered {
        score: u32,
        max: u32,
        last: bool,
    },
    /// Teacher-paced: the question shown no longer takes answers.
    TimeUp {
        score: u32,
        max: u32,
        last: bool,
    },
}

/// Teacher-paced: what a question page needs to follow the teacher.
pub struct Paced<'a> {
    /// The version of the teacher's state the page shows (`/status`).
    pub version: &'a str,
    /// The timer, when the teacher set one.
    pub seconds_left: Option<u64>,
}

/// Where a feedback page leads.
pub enum Next {
    Question,
    Score,
    /// Teacher-paced: to the waiting page until the teacher shows the next question.
    Wait,
}

/// What makes a page follow the teacher: the student script, which reloads the page when
/// `/status` gives another version; without script, a reload every 5 seconds.
fn follow_head() -> &'static str {
    "<script src=\"/assets/student.js\" defer></script>\n\
     <noscript><meta http-equiv=\"refresh\" content=\"5\"></noscript>\n"
}

/// A whole page around `body`.
fn page(title: &str, body: &str, extra_head: &str) -> Html<String> {
    Html(format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<link rel=\"stylesheet\" href=\"/assets/style.css\">\n{extra_head}</head>\n\
         <body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        esc(title)
    ))
}

fn points(n: u32) -> String {
    if n == 1 {
        "1 point".into()
    } else {
        format!("{n} points")
    }
}

pub fn message(title: &str, text: &str) -> Html<String> {
    page(
        title,
        &format!(
            "<h1>{}</h1>\n<p>{}</p>\n<p><a href=\"/\">Back to the start</a></p>\n",
            esc(title),
            esc(text)
        ),
        "",
    )
}

pub fn join(title: &str, csrf: &str, error: Option<&str>, code: &str, name: &str) -> Html<String> {
    // The focus on the first field still empty.
    let (code_focus, name_focus) = if code.is_empty() {
        (" autofocus", "")
    } else {
        ("", " autofocus")
    };
    let error = error.map_or(String::new(), |e| {
        format!(
            "<p class=\"error\" role=\"alert\" id=\"join-error\">{}</p>\n",
            esc(e)
        )
    });
    let described = if error.is_empty() {
        ""
    } else {
        " aria-describedby=\"join-error\""
    };
    page(
        title,
        &format!(
            "<h1>{}</h1>\n{error}<form method=\"post\" action=\"/join\" class=\"join\">\n\
             <input type=\"hidden\" name=\"csrf\" value=\"{}\">\n\
             <label for=\"code\">Join code</label>\n\
             <input id=\"code\" name=\"code\" required maxlength=\"12\" autocomplete=\"off\" \
             autocapitalize=\"characters\" spellcheck=\"false\" value=\"{}\"{code_focus}{described}>\n\
             <label for=\"name\">Your name</label>\n\
             <input id=\"name\" name=\"name\" required maxlength=\"{}\" autocomplete=\"name\" \
             value=\"{}\"{name_focus}>\n<button type=\"submit\">Join</button>\n</form>\n",
            esc(title),
            esc(csrf),
            esc(code),
            super::MAX_NAME_CHARS,
            esc(name)
        ),
        "",
    )
}

pub fn waiting(
    title: &str,
    name: &str,
    why: Wait,
    version: &str,
    leaderboard: Option<&[(String, u32)]>,
) -> Html<String> {
    let (heading, what) = match why {
        Wait::NotStarted => (
            format!("Welcome, {}", esc(name)),
            "The quiz starts when the teacher opens it. This page follows by itself.".to_string(),
        ),
        Wait::Paused => (
            "Paused".to_string(),
            "The teacher has paused the quiz. It goes on where you were when they open it again."
                .to_string(),
        ),
        Wait::Answered { score, max, last } => (
            "Answer saved".to_string(),
            format!(
                "Score so far: {score}/{max}. {}",
                if last {
                    "That was the last question."
                } else {
                    "The next question comes when the teacher shows it."
                }
            ),
        ),
        Wait::TimeUp { score, max, last } => (
            "Time is up".to_string(),
            format!(
                "This question no longer takes answers. Score so far: {score}/{max}. {}",
                if last {
                    "That was the last question."
                } else {
                    "The next question comes when the teacher shows it."
                }
            ),
        ),
    };
    let mut body = format!(
        "<h1>{heading}</h1>\n<p role=\"status\">{}</p>\n\
         <p><a href=\"/quiz\">Check now</a></p>\n",
        esc(&what)
    );
    if let Some(board) = leaderboard {
        body.push_str(&leaderboard_table(board));
    }
    page(
        title,
        &format!(
            "<div id=\"follow\" data-version=\"{}\">\n{body}</div>\n",
            esc(version)
        ),
        follow_head(),
    )
}

fn leaderboard_table(board: &[(String, u32)]) -> String {
    let mut s = String::from(
        "<h2>Leaderboard</h2>\n<table class=\"leaderboard\"><thead><tr><th scope=\"col\">Place</th>\
         <th scope=\"col\">Name</th><th scope=\"col\">Score</th></tr></thead><tbody>\n",
    );
    for (i, (name, score)) in board.iter().enumerate() {
        s.push_str(&format!(
            "<tr><td class=\"n\">{}</td><td>{}</td><td class=\"n\">{score}</td></tr>\n",
            i + 1,
            esc(name)
        ));
    }
    s.push_str("</tbody></table>\n");
    s
}

pub fn finished(
    title: &str,
    name: &str,
    score: u32,
    max: u32,
    answered: usize,
    total: usize,
) -> Html<String> {
    let note = if answered < total {
        format!("<p>The quiz was closed after you answered {answered} of {total} questions.</p>\n")
    } else {
        String::new()
    };
    page(
        title,
        &format!(
            "<h1>Thank you, {}</h1>\n{note}<p class=\"score\" role=\"status\">Score: \
             <strong>{score}/{max}</strong></p>\n",
            esc(name)
        ),
        "",
    )
}

/// One question with the form that answers it. Choices and a matching question's right
/// column come in the student's own shuffled order; nothing marks the right one.
pub fn question(
    title: &str,
    csrf: &str,
    k: usize,
    total: usize,
    q: &crate::quiz::Question,
    shown: &Shown,
    paced: Option<&Paced>,
) -> Html<String> {
    let mut body = String::new();
    if let Some(p) = paced.and_then(|p| p.seconds_left) {
        body.push_str(&format!(
            "<p class=\"timer\" id=\"timer\" data-seconds=\"{p}\">Time left: {p} s</p>\n"
        ));
    }
    body.push_str(&format!(
        "<p class=\"progress\">Question {} of {total} · {}</p>\n\
         <form method=\"post\" action=\"/answer\">\n\
         <input type=\"hidden\" name=\"csrf\" value=\"{}\">\n\
         <input type=\"hidden\" name=\"position\" value=\"{k}\">\n",
        k + 1,
        points(q.points),
        esc(csrf)
    ));
    let prompt = esc(&q.prompt);
    let radios = |name: &str, options: &[(String, String)], kind: &str| -> String {
        let mut s = String::new();
        for (i, (value, label)) in options.iter().enumerate() {
            let focus = if i == 0 { " autofocus" } else { "" };
            s.push_str(&format!(
                "<div class=\"option\"><input type=\"{kind}\" id=\"{name}{i}\" name=\"{name}\" \
                 value=\"{}\"{focus}><label for=\"{name}{i}\">{}</label></div>\n",
                esc(value),
                esc(label)
            ));
        }
        s
    };
    let lettered: Vec<(String, String)> = shown
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| (letter(i).to_string(), format!("{}) {c}", letter(i))))
        .collect();
    match q.kind {
        Kind::Choice => body.push_str(&format!(
            "<fieldset>\n<legend><h1>{prompt}</h1><span class=\"hint\">Choose one.</span></legend>\n{}</fieldset>\n",
            radios("answer", &lettered, "radio")
        )),
        Kind::Multi => body.push_str(&format!(
            "<fieldset>\n<legend><h1>{prompt}</h1><span class=\"hint\">Choose every right answer.</span></legend>\n{}</fieldset>\n",
            radios("pick", &lettered, "checkbox")
        )),
        Kind::TrueFalse => body.push_str(&format!(
            "<fieldset>\n<legend><h1>{prompt}</h1><span class=\"hint\">True or false?</span></legend>\n{}</fieldset>\n",
            radios(
                "answer",
                &[
                    ("true".to_string(), "True".to_string()),
                    ("false".to_string(), "False".to_string())
                ],
                "radio"
            )
        )),
        Kind::Matching => {
            body.push_str(&format!(
                "<fieldset>\n<legend><h1>{prompt}</h1><span class=\"hint\">Match each item on \
                 the left with one on the right.</span></legend>\n<ol class=\"right-column\" type=\"a\">\n"
            ));
            for r in &shown.right_column {
                body.push_str(&format!("<li>{}</li>\n", esc(r)));
            }
            body.push_str("</ol>\n");
            for (i, p) in q.pairs.iter().enumerate() {
                let focus = if i == 0 { " autofocus" } else { "" };
                body.push_str(&format!(
                    "<div class=\"match\"><label for=\"m{n}\">{n}. {}</label>\
                     <select id=\"m{n}\" name=\"m{n}\"{focus}><option value=\"\">choose…</option>",
                    esc(&p[0]),
                    n = i + 1
                ));
                for (j, r) in shown.right_column.iter().enumerate() {
                    let l = letter(j).to_ascii_lowercase();
                    body.push_str(&format!("<option value=\"{l}\">{l}) {}</option>", esc(r)));
                }
                body.push_str("</select></div>\n");
            }
            body.push_str("</fieldset>\n");
        }
        Kind::Short | Kind::Cloze | Kind::Number => {
            let hint = match q.kind {
                Kind::Number => "A number, in digits or words.",
                Kind::Cloze => "Fill in the blank.",
                _ => "A short answer.",
            };
            body.push_str(&format!(
                "<h1 id=\"prompt\">{prompt}</h1>\n<label for=\"answer\">Your answer \
                 <span class=\"hint\">({hint})</span></label>\n\
                 <input id=\"answer\" name=\"answer\" type=\"text\" maxlength=\"{}\" \
                 autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\" autofocus \
                 aria-describedby=\"prompt\">\n",
                super::MAX_ANSWER_CHARS
            ));
        }
    }
    body.push_str("<button type=\"submit\">Answer</button>\n</form>\n");
    match paced {
        Some(p) => page(
            title,
            &format!(
                "<div id=\"follow\" data-version=\"{}\">\n{body}</div>\n",
                esc(p.version)
            ),
            // No reload without script here: it would lose what the student is typing.
            "<script src=\"/assets/student.js\" defer></script>\n",
        ),
        None => page(title, &body, ""),
    }
}

/// The grade of an answered question, with the article's evidence and the explanation.
pub fn feedback(
    title: &str,
    f: &Feedback,
    g: &Grade,
    evidence: &[(usize, String)],
    (k, total): (usize, usize),
    (score, max): (u32, u32),
    next: Next,
) -> Html<String> {
    let mut body = format!(
        "<p class=\"progress\">Question {} of {total}</p>\n<h1>{}</h1>\n",
        k + 1,
        esc(&f.question.prompt)
    );
    body.push_str(&format!(
        "<p class=\"given\">Your answer: {}</p>\n",
        esc(if f.stored.response.is_empty() {
            "(none)"
        } else {
            &f.stored.response
        })
    ));
    if f.stored.correct {
        body.push_str("<p class=\"verdict right\" role=\"status\">Right!</p>\n");
    } else {
        body.push_str(&format!(
            "<p class=\"verdict wrong\" role=\"status\">Not quite. The answer is: {}</p>\n",
            esc(&g.expected)
        ));
        if let Some(r) = &g.reason {
            body.push_str(&format!("<p>{}</p>\n", esc(r)));
        }
        if let Some(d) = &g.difference {
            body.push_str(&format!("<p>Close: {}</p>\n", esc(d)));
        }
    }
    if f.question.kind == Kind::Matching {
        let right: Vec<String> = f
            .question
            .pairs
            .iter()
            .map(|p| format!("{} → {}", p[0], p[1]))
            .collect();
        body.push_str(&format!("<p>{}</p>\n", esc(&right.join("; "))));
    }
    if !evidence.is_empty() {
        body.push_str("<h2>From the article</h2>\n");
        for (n, text) in evidence {
            body.push_str(&format!(
                "<blockquote><p>[{n}] {}</p></blockquote>\n",
                esc(text)
            ));
        }
    }
    if let Some(e) = &f.question.explanation {
        body.push_str(&format!("<p class=\"why\">Why: {}</p>\n", esc(e)));
    }
    let next = match next {
        Next::Question => "Next question",
        Next::Score => "See your score",
        Next::Wait => "Continue",
    };
    body.push_str(&format!(
        "<p class=\"score\">Score so far: {score}/{max}</p>\n\
         <p><a class=\"button\" href=\"/quiz\" autofocus>{next}</a></p>\n"
    ));
    page(title, &body, "")
}

/// Teacher-paced: show the next question (with an optional timer), stop answers, show or
/// hide the leaderboard; the question shown and the leaderboard, filled by the script.
fn paced_controls(csrf: &str) -> String {
    let csrf = esc(csrf);
    let form = |action: &str, label: &str| {
        format!(
            "<form method=\"post\" action=\"/teacher/control\">\
             <input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\
             <input type=\"hidden\" name=\"action\" value=\"{action}\">\
             <button type=\"submit\" id=\"{action}\">{label}</button></form>\n"
        )
    };
    format!(
        "<h2>Teacher-paced</h2>\n<p id=\"shown\" aria-live=\"polite\"></p>\n\
         <form method=\"post\" action=\"/teacher/control\" class=\"next\">\
         <input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\
         <input type=\"hidden\" name=\"action\" value=\"next\">\
         <label for=\"timer\">Timer in seconds (empty: none)</label>\
         <input id=\"timer\" name=\"timer\" inputmode=\"numeric\" maxlength=\"4\" autocomplete=\"off\">\
         <button type=\"submit\" id=\"next\">Show the next question</button></form>\n\
         <div class=\"controls\">\n{}{}{}</div>\n\
         <h2>Leaderboard</h2>\n<p id=\"board-note\"></p>\n\
         <table id=\"leaderboard\"><thead><tr><th scope=\"col\">Place</th><th scope=\"col\">Name</th>\
         <th scope=\"col\">Score</th></tr></thead><tbody></tbody></table>\n",
        form("stop", "Stop answers"),
        form("leaderboard-on", "Show the leaderboard to students"),
        form("leaderboard-off", "Hide the leaderboard"),
    )
}

/// The teacher's dashboard: the script fills it from server-sent events.
pub fn dashboard(title: &str, meta: &Meta) -> Html<String> {
    let control = |action: &str, label: &str| {
        format!(
            "<form method=\"post\" action=\"/teacher/control\">\
             <input type=\"hidden\" name=\"csrf\" value=\"{}\">\
             <input type=\"hidden\" name=\"action\" value=\"{action}\">\
             <button type=\"submit\" id=\"{action}\">{label}</button></form>\n",
            esc(&meta.teacher_csrf)
        )
    };
    let body = format!(
        "<h1>{}</h1>\n\
         <p>Students open this server's address and type the join code \
         <strong class=\"code\">{}</strong>.</p>\n\
         <p id=\"status\" role=\"status\" aria-live=\"polite\">Quiz {}.</p>\n\
         <div class=\"controls\">\n{}{}{}</div>\n\
         {}\
         <noscript><p>This page updates itself with JavaScript; without it, reload it.</p></noscript>\n\
         <h2>Students</h2>\n<table id=\"students\"><thead><tr><th scope=\"col\">Name</th>\
         <th scope=\"col\">On question</th><th scope=\"col\">Answered</th>\
         <th scope=\"col\">Score</th></tr></thead><tbody></tbody></table>\n\
         <h2>Questions</h2>\n<table id=\"questions\"><thead><tr><th scope=\"col\">Question</th>\
         <th scope=\"col\">Answered</th><th scope=\"col\">Right</th><th scope=\"col\">Share right</th>\
         <th scope=\"col\">Common wrong answers</th></tr></thead><tbody></tbody></table>\n\
         <h2>Score distribution</h2>\n<table id=\"distribution\"><thead><tr><th scope=\"col\">Score</th>\
         <th scope=\"col\">Students</th><th scope=\"col\"><span class=\"visually-hidden\">Bar</span></th>\
         </tr></thead><tbody></tbody></table>\n\
         <h2>Results</h2>\n<ul>\n\
         <li><a href=\"/teacher/results.jsonl\" download>Results as JSON lines</a> (for <code>quiz report</code>)</li>\n\
         <li><a href=\"/teacher/results.csv\" download>Gradebook as CSV</a></li>\n\
         <li><a href=\"/teacher/items.csv\" download>Question statistics as CSV</a></li>\n</ul>\n",
        esc(title),
        esc(&meta.join_code),
        meta.state.as_str(),
        control("start", "Start"),
        control("pause", "Pause"),
        control("close", "Close"),
        if meta.teacher_paced {
            paced_controls(&meta.teacher_csrf)
        } else {
            "<p class=\"mode\">Self-paced: each student answers at their own speed.</p>\n"
                .to_string()
        },
    );
    page(
        &format!("{title}: teacher"),
        &body,
        "<script src=\"/assets/dashboard.js\" defer></script>\n",
    )
}
