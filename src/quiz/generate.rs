//! `quiz generate`: questions made from an article's fact store.
//!
//! Over-generate from the store's offices, places and values, then keep only what a teacher
//! would: every question cites the sentences it is answerable from (and they contain the
//! answer or one of its names), false statements are confirmed REFUTED by the checker and
//! true ones SUPPORTED, distractors are of the answer's type and never one of its names.

use std::collections::HashSet;

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;

use crate::analysis::{Item, Slot};
use crate::article::Sentence;
use crate::check::{check, Verdict};
use crate::lexicon::{lexicon, Lexicon, WordClass};
use crate::quiz::bank::{Answer, Bank, Kind, Question};
use crate::quiz::grade::answer_words;
use crate::store::{EntityKind, FactStore, Role};
use crate::text::values::{Date, Value};

/// The blank in a cloze sentence.
pub const BLANK: &str = "_____";

/// Sentences longer than this make poor true/false statements.
const MAX_STATEMENT_WORDS: usize = 32;

/// A bank generated from the store. `article` is how the bank file names the article.
pub fn generate_bank(store: &FactStore, title: Option<String>, article: Option<String>) -> Bank {
    Bank {
        title,
        article,
        questions: generate(store),
        source: "generated bank".to_string(),
        dir: None,
    }
}

/// Every question the store supports, in a stable order.
pub fn generate(store: &FactStore) -> Vec<Question> {
    let mut g = Generator::new(store);
    g.office_questions();
    g.where_questions();
    g.value_questions();
    g.cloze_questions();
    g.swapped_statements();
    g.questions
}

struct Generator<'a> {
    store: &'a FactStore,
    lex: &'static Lexicon,
    questions: Vec<Question>,
    ids: HashSet<String>,
    prompts: HashSet<String>,
    /// Shuffles choices so that the right one is not always first; fixed, so output repeats.
    rng: StdRng,
}

impl<'a> Generator<'a> {
    fn new(store: &'a FactStore) -> Generator<'a> {
        Generator {
            store,
            lex: lexicon(),
            questions: Vec::new(),
            ids: HashSet::new(),
            prompts: HashSet::new(),
            rng: StdRng::seed_from_u64(1),
        }
    }

    /// Adds a question unless its prompt is already asked or it fails the answerability check.
    fn push(&mut self, mut q: Question) {
        if self.prompts.contains(&q.prompt) || !self.answerable(&q) {
            return;
        }
        if matches!(q.kind, Kind::Choice | Kind::Multi) {
            q.choices.shuffle(&mut self.rng);
        }
        q.evidence = q
            .source
            .iter()
            .filter_map(|&n| self.store.article.sentence(n))
            .map(|s| s.body().to_string())
            .collect::<Vec<_>>()
            .join(" ");
        let base = slug(&q.id);
        let mut id = base.clone();
        let mut k = 2;
        while self.ids.contains(&id) {
            id = format!("{base}-{k}");
            k += 1;
        }
        q.id = id.clone();
        self.ids.insert(id);
        self.prompts.insert(q.prompt.clone());
        self.questions.push(q);
    }

    /// The cited sentences contain the answer, or one of its entity's names.
    fn answerable(&self, q: &Question) -> bool {
        let text: String = q
            .source
            .iter()
            .filter_map(|&n| self.store.article.sentence(n))
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if text.is_empty() {
            return false;
        }
        match q.kind {
            Kind::TrueFalse | Kind::Matching => true,
            Kind::Number => q
                .number()
                .is_some_and(|n| contains_number(&text, n, self.lex)),
            _ => q.answer_texts().iter().all(|a| cites(self.store, &text, a)),
        }
    }

    fn question(
        &self,
        id: &str,
        kind: Kind,
        prompt: String,
        answer: Answer,
        source: Vec<usize>,
    ) -> Question {
        Question {
            id: id.to_string(),
            kind,
            prompt,
            answer: Some(answer),
            choices: Vec::new(),
            tolerance: 0.0,
            pairs: Vec::new(),
            points: 1,
            source,
            evidence: String::new(),
            explanation: None,
        }
    }

    /// Who holds an office, which office a person holds, whose office it is, and true/false
    /// statements about both.
    fn office_questions(&mut self) {
        let roles = self.store.roles.clone();
        for (k, role) in roles.iter().enumerate() {
            let Some(person) = self.store.entity_named(&role.person) else {
                continue;
            };
            let office = role.describe().to_string();
            // "the scientist" is no one in particular; "the Health Minister" or "Kenya's
            // health minister" is an office.
            let is_office = role.country.is_some() || office.starts_with(char::is_uppercase);
            if !is_office || self.office_is_shared(role) {
                continue;
            }
            let prompt = format!("Who is {}?", with_article(&office));
            let why = format!(
                "Sentence {} names {} as {}.",
                role.sentence,
                role.person,
                with_article(&office)
            );
            let others = self.distractors(person, 3);
            let mut q = if k % 2 == 0 && others.len() >= 2 {
                let mut q = self.question(
                    &format!("who-{office}"),
                    Kind::Choice,
                    prompt,
                    Answer::Text(role.person.clone()),
                    vec![role.sentence],
                );
                q.choices = std::iter::once(role.person.clone())
                    .chain(others.clone())
                    .collect();
                q
            } else {
                self.question(
                    &format!("who-{office}"),
                    Kind::Short,
                    prompt,
                    Answer::Texts(vec![role.person.clone()]),
                    vec![role.sentence],
                )
            };
            q.explanation = Some(why.clone());
            self.push(q);
            if let Some(country) = &role.country {
                let prompt = format!(
                    "{} is the {} of which country?",
                    role.person,
                    role.title.to_lowercase()
                );
                let mut q = self.question(
                    &format!("country-{}", role.person),
                    Kind::Short,
                    prompt,
                    Answer::Texts(vec![country.clone()]),
                    vec![role.sentence],
                );
                q.explanation = Some(why.clone());
                self.push(q);
            }
            let mut pool = self.distractors(person, 8);
            if !pool.is_empty() {
                let n = pool.len();
                pool.rotate_left(k % n);
            }
            self.office_statements(role, &office, &pool);
        }
        self.office_of_each_person(&roles);
    }

    /// Another person holds an office of the same name: "Who is the President?" is ambiguous.
    fn office_is_shared(&self, role: &Role) -> bool {
        let name = |r: &Role| answer_words(r.describe());
        self.store
            .roles
            .iter()
            .any(|r| r.person != role.person && name(r) == name(role))
    }

    /// "What is Marco Rubio's office?", accepting every office the article gives them.
    fn office_of_each_person(&mut self, roles: &[Role]) {
        let mut done = HashSet::new();
        for role in roles {
            if !done.insert(role.person.clone()) {
                continue;
            }
            let theirs: Vec<&Role> = roles.iter().filter(|r| r.person == role.person).collect();
            let mut answers: Vec<String> = Vec::new();
            for r in &theirs {
                for a in [r.describe().to_string(), r.title.clone()] {
                    if !answers.contains(&a) {
                        answers.push(a);
                    }
                }
            }
            let source: Vec<usize> = theirs.iter().map(|r| r.sentence).collect();
            let prompt = format!("What office does the article give {}?", role.person);
            let mut q = self.question(
                &format!("office-{}", role.person),
                Kind::Short,
                prompt,
                Answer::Texts(answers),
                dedup(source),
            );
            q.explanation = Some(format!(
                "The article calls {} {}.",
                role.person,
                with_article(role.describe())
            ));
            self.push_office(q);
        }
    }

    /// An office question is answerable when its cited sentences name at least the first office.
    fn push_office(&mut self, q: Question) {
        let first = q.answer_texts().first().cloned().unwrap_or_default();
        let mut check_q = q.clone();
        check_q.answer = Some(Answer::Texts(vec![first]));
        if self.answerable(&check_q) {
            let mut q = q;
            // Keep answerability honest for the rest: the other offices are accepted forms.
            q.source = dedup(q.source);
            let prompt = q.prompt.clone();
            if self.prompts.insert(prompt) {
                let id = slug(&q.id);
                self.ids.insert(id.clone());
                q.id = id;
                q.evidence = q
                    .source
                    .iter()
                    .filter_map(|&n| self.store.article.sentence(n))
                    .map(|s| s.body().to_string())
                    .collect::<Vec<_>>()
                    .join(" ");
                self.questions.push(q);
            }
        }
    }

    /// "Marco Rubio is the US Secretary of State." (true) and the same office given to another
    /// person (false), each kept only when the checker agrees.
    fn office_statements(&mut self, role: &Role, office: &str, others: &[String]) {
        let truth = format!("{} is {}.", role.person, with_article(office));
        if verdict(self.store, &truth) == Some(Verdict::Supported) {
            let mut q = self.question(
                &format!("tf-{}-{office}", role.person),
                Kind::TrueFalse,
                format!("True or false: {truth}"),
                Answer::Truth(true),
                vec![role.sentence],
            );
            q.explanation = Some(format!("Sentence {} says so.", role.sentence));
            self.push(q);
        }
        for other in others {
            let claim = format!("{other} is {}.", with_article(office));
            if verdict(self.store, &claim) == Some(Verdict::Refuted) {
                let mut q = self.question(
                    &format!("tf-{other}-{office}"),
                    Kind::TrueFalse,
                    format!("True or false: {claim}"),
                    Answer::Truth(false),
                    vec![role.sentence],
                );
                q.explanation = Some(format!(
                    "The article names {} as {}.",
                    role.person,
                    with_article(office)
                ));
                self.push(q);
                break;
            }
        }
    }

    /// Up to `n` other entities of the same kind, never one that shares a name with it.
    fn distractors(&self, answer: usize, n: usize) -> Vec<String> {
        let e = &self.store.entities[answer];
        let names: HashSet<Vec<String>> = e.names().map(answer_words).collect();
        self.store
            .entities
            .iter()
            .enumerate()
            .filter(|(id, o)| *id != answer && o.kind == e.kind && !o.sentences.is_empty())
            .filter(|(_, o)| o.names().all(|x| !names.contains(&answer_words(x))))
            .map(|(_, o)| o.name.clone())
            .take(n)
            .collect()
    }

    /// "The meeting will be held in Kuala Lumpur." -> "Where will the meeting be held?"
    fn where_questions(&mut self) {
        for s in &self.store.article.sentences {
            let items = &self.store.items[s.n - 1];
            let Some((prompt, place)) = where_question(&s.text, s.body_start, items) else {
                continue;
            };
            let mut q = self.question(
                &format!("where-{}", s.n),
                Kind::Short,
                prompt,
                Answer::Texts(vec![place.clone()]),
                vec![s.n],
            );
            q.explanation = Some(format!("Sentence {} gives the place: {place}.", s.n));
            self.push(q);
        }
    }

    /// Dates and weekdays as multiple choice with other dates or days; durations as numbers.
    fn value_questions(&mut self) {
        let dates = self.article_dates();
        for s in &self.store.article.sentences {
            let items = &self.store.items[s.n - 1];
            for (k, it) in items.iter().enumerate() {
                if it.start < s.body_start {
                    continue;
                }
                let Slot::Value(v) = &it.slot else { continue };
                let written = &s.text[it.start..it.end];
                match v {
                    Value::Date(d) => {
                        let others = date_distractors(d, &dates, self.lex);
                        self.value_choice(s, it, others, "date");
                    }
                    Value::Weekday { day } => {
                        let others = (1..7)
                            .map(|k| capitalize(self.lex.weekday_name((day + k * 2) % 7)))
                            .take(3)
                            .collect();
                        self.value_choice(s, it, others, "day");
                    }
                    Value::Number {
                        value,
                        unit: Some(unit),
                        ordinal: false,
                    } if self.lex.is(WordClass::TimeUnits, unit) => {
                        let Some(noun) = items
                            .get(k + 1)
                            .and_then(|n| n.word_lower())
                            .filter(|w| !self.lex.is_stopword(w))
                        else {
                            continue;
                        };
                        let prompt = format!("How long was the {noun}, in {unit}s?");
                        let mut q = self.question(
                            &format!("how-long-{noun}"),
                            Kind::Number,
                            prompt,
                            Answer::number(*value),
                            vec![s.n],
                        );
                        q.explanation = Some(format!(
                            "Sentence {} mentions {} {written} {noun}.",
                            s.n,
                            indefinite(written)
                        ));
                        self.push(q);
                    }
                    _ => {}
                }
            }
        }
    }

    /// A multiple-choice gap for a date or day: `others` are values of the same type.
    fn value_choice(&mut self, s: &Sentence, it: &Item, others: Vec<String>, what: &str) {
        let (n, text, body_start) = (s.n, s.text.as_str(), s.body_start);
        let written = &text[it.start..it.end];
        if others.len() < 2 {
            return;
        }
        let sentence = blanked(text, body_start, it);
        let prompt = format!("Which {what} completes the sentence? {sentence}");
        let mut q = self.question(
            &format!("{what}-{n}"),
            Kind::Choice,
            prompt,
            Answer::Text(written.to_string()),
            vec![n],
        );
        q.choices = std::iter::once(written.to_string()).chain(others).collect();
        q.explanation = Some(format!("Sentence {n} gives {written}."));
        self.push(q);
    }

    /// Every date the article gives, as written in words.
    fn article_dates(&self) -> Vec<Date> {
        let mut out: Vec<Date> = Vec::new();
        for items in &self.store.items {
            for it in items {
                if let Slot::Value(Value::Date(d)) = &it.slot {
                    if !out.contains(d) {
                        out.push(d.clone());
                    }
                }
            }
        }
        out
    }

    /// One fill-in-the-blank per sentence, blanking a name or value the sentence does not
    /// repeat, cycling through kinds so that gaps vary.
    fn cloze_questions(&mut self) {
        let mut last_kind: Option<&'static str> = None;
        for s in &self.store.article.sentences {
            let body = s.body();
            if !is_statement(body) || crate::text::words(body).len() < 8 {
                continue;
            }
            let items = &self.store.items[s.n - 1];
            let candidates: Vec<(&Item, &'static str)> = items
                .iter()
                .filter(|it| it.start >= s.body_start)
                .filter_map(|it| gap_kind(it).map(|k| (it, k)))
                .filter(|(it, _)| !repeats(self.store, &s.text, it))
                .collect();
            let pick = candidates
                .iter()
                .find(|(_, k)| Some(*k) != last_kind)
                .or_else(|| candidates.first());
            let Some((it, kind)) = pick else { continue };
            last_kind = Some(kind);
            let it = number_only(it, &s.text);
            let answer = s.text[it.start..it.end].to_string();
            let prompt = format!("Fill in the blank: {}", blanked(&s.text, s.body_start, &it));
            let mut q = self.question(
                &format!("cloze-{}", s.n),
                Kind::Cloze,
                prompt,
                Answer::Texts(vec![answer.clone()]),
                vec![s.n],
            );
            q.explanation = Some(format!("Sentence {} reads \"{answer}\" here.", s.n));
            self.push(q);
        }
    }

    /// Short sentences with one place or country swapped for another of the same kind: false
    /// statements, kept only when the checker refutes them.
    fn swapped_statements(&mut self) {
        for s in &self.store.article.sentences {
            let body = s.body();
            let words = crate::text::words(body).len();
            if !is_statement(body) || !(6..=MAX_STATEMENT_WORDS).contains(&words) {
                continue;
            }
            let items = &self.store.items[s.n - 1];
            for it in items.iter().filter(|it| it.start >= s.body_start) {
                let Some(id) = it.entity_id() else { continue };
                let kind = self.store.entities[id].kind;
                // A demonym ("Kenyan Health Minister") cannot take a country's name in its place.
                let written = &s.text[it.start..it.end];
                let demonym = self.lex.demonym_country(written).is_some()
                    && written != self.store.entities[id].name;
                if demonym
                    || !matches!(
                        kind,
                        EntityKind::Place | EntityKind::Country | EntityKind::Person
                    )
                {
                    continue;
                }
                let Some(statement) = self.refuted_swap(s.text.as_str(), s.body_start, it, id)
                else {
                    continue;
                };
                let mut q = self.question(
                    &format!("tf-swap-{}", s.n),
                    Kind::TrueFalse,
                    format!("True or false: {statement}"),
                    Answer::Truth(false),
                    vec![s.n],
                );
                q.explanation = Some(format!(
                    "Sentence {} says {}.",
                    s.n,
                    &s.text[it.start..it.end]
                ));
                self.push(q);
                break;
            }
        }
    }

    /// The sentence with the entity at `it` replaced by another of its kind, if the checker
    /// refutes the result.
    fn refuted_swap(&self, text: &str, body_start: usize, it: &Item, id: usize) -> Option<String> {
        let in_sentence: Vec<usize> = self
            .store
            .items
            .iter()
            .flatten()
            .filter_map(Item::entity_id)
            .collect();
        for other in self.distractors(id, 8) {
            let Some(oid) = self.store.entity_named(&other) else {
                continue;
            };
            // Swapping in a name the sentence already uses only reorders it.
            if text.contains(&other) || !in_sentence.contains(&oid) {
                continue;
            }
            let statement = format!(
                "{}{}{}",
                &text[body_start..it.start],
                other,
                &text[it.end..]
            );
            if verdict(self.store, &statement) == Some(Verdict::Refuted) {
                return Some(statement);
            }
        }
        None
    }
}

/// A full sentence, not a headline, a label or a question.
fn is_statement(body: &str) -> bool {
    let end = body
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    end.ends_with('.') || end.ends_with('!')
}

/// What a cloze gap may be: names and values (not the demonym of a title, which gives itself away).
fn gap_kind(it: &Item) -> Option<&'static str> {
    match &it.slot {
        Slot::Entity {
            id: Some(_),
            kind,
            demonym: false,
            ..
        } => Some(match kind {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Country => "country",
            EntityKind::Organisation => "organisation",
            EntityKind::Other => "other",
        }),
        Slot::Value(Value::Number { ordinal: false, .. }) => Some("number"),
        Slot::Title(_) => Some("title"),
        _ => None,
    }
}

/// "three diplomats" -> "three": a number's gap leaves the counted noun in the sentence.
fn number_only(it: &Item, text: &str) -> Item {
    let mut it = it.clone();
    if let Slot::Value(Value::Number { unit: Some(_), .. }) = &it.slot {
        let written = &text[it.start..it.end];
        if let Some(space) = written.rfind(' ') {
            it.end = it.start + written[..space].trim_end().len();
        }
    }
    it
}

/// Whether the sentence names the gap's entity again elsewhere (the blank would give itself away).
fn repeats(store: &FactStore, text: &str, it: &Item) -> bool {
    let Some(id) = it.entity_id() else {
        return false;
    };
    let rest = format!("{} {}", &text[..it.start], &text[it.end..]);
    let rest_words = answer_words(&rest);
    store.entities[id].names().any(|n| {
        let w = answer_words(n);
        !w.is_empty() && rest_words.windows(w.len()).any(|x| x == w.as_slice())
    })
}

/// The sentence (without its dateline) with the item blanked out.
fn blanked(text: &str, body_start: usize, it: &Item) -> String {
    format!("{}{BLANK}{}", &text[body_start..it.start], &text[it.end..])
}

/// Whether `text` contains `answer`, or another name of the entity it names.
pub fn cites(store: &FactStore, text: &str, answer: &str) -> bool {
    let text_words = answer_words(text);
    let mut names = vec![answer.to_string()];
    if let Some(id) = store.entity_named(answer) {
        names.extend(store.entities[id].names().map(str::to_string));
    }
    names.iter().any(|n| {
        let w = answer_words(n);
        !w.is_empty() && text_words.windows(w.len()).any(|x| x == w.as_slice())
    })
}

/// Whether the text gives the number, in digits or words.
fn contains_number(text: &str, n: f64, lex: &Lexicon) -> bool {
    let words: Vec<String> = crate::text::words(text)
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    (0..words.len()).any(|i| {
        matches!(crate::text::values::read_value(&words, i, lex), Some((Value::Number { value, .. }, _)) if (value - n).abs() < 1e-9)
    })
}

/// "Who is the US Secretary of State?" but "Who is South Korea's national security adviser?"
fn with_article(office: &str) -> String {
    if office.contains("'s ") || office.contains("\u{2019}s ") {
        office.to_string()
    } else {
        format!("the {office}")
    }
}

fn indefinite(word: &str) -> &'static str {
    let first = word.chars().next().unwrap_or('x').to_ascii_lowercase();
    // "an 8-day", "an 11-day", "an 18-hour": numbers read aloud as "eight", "eleven", "eighteen".
    if "aeiou".contains(first)
        || word.starts_with('8')
        || word.starts_with("11")
        || word.starts_with("18")
    {
        "an"
    } else {
        "a"
    }
}

fn capitalize(s: &str) -> String {
    crate::text::values::capitalize(s)
}

/// Other dates of the same shape: the article's own first, then the same day a month either side.
fn date_distractors(d: &Date, article: &[Date], lex: &Lexicon) -> Vec<String> {
    let same_shape = |o: &Date| {
        o.day.is_some() == d.day.is_some()
            && o.part.is_some() == d.part.is_some()
            && o.month.is_some() == d.month.is_some()
    };
    let mut out: Vec<String> = article
        .iter()
        .filter(|o| *o != d && same_shape(o) && o.month.is_some())
        .map(|o| Value::Date(o.clone()).describe(lex))
        .collect();
    if let Some(m) = d.month {
        for shift in [1u8, 11, 2] {
            let month = (m - 1 + shift) % 12 + 1;
            let shifted = Date {
                month: Some(month),
                ..d.clone()
            };
            out.push(Value::Date(shifted).describe(lex));
        }
    }
    let own = Value::Date(d.clone()).describe(lex);
    let mut seen = HashSet::new();
    out.retain(|x| *x != own && seen.insert(x.clone()));
    out.truncate(3);
    out
}

/// "The meeting will be held in Kuala Lumpur" -> ("Where will the meeting be held?", "Kuala
/// Lumpur"); also "The summit was held in Hanoi" -> "Where was the summit held?".
fn where_question(text: &str, body_start: usize, items: &[Item]) -> Option<(String, String)> {
    let place = items.iter().find(|it| {
        it.start >= body_start
            && matches!(
                it.slot,
                Slot::Entity {
                    kind: EntityKind::Place | EntityKind::Country,
                    demonym: false,
                    ..
                }
            )
    })?;
    let before = text.get(body_start..place.start)?.trim_end();
    let clause = before
        .strip_suffix(" in")
        .or_else(|| before.strip_suffix(" at"))?;
    if clause.contains([',', ';', ':', '(']) {
        return None;
    }
    let words: Vec<&str> = clause.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    if !matches!(first.as_str(), "the" | "a" | "an") {
        return None;
    }
    let aux_at = words.iter().position(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "will" | "would" | "is" | "are" | "was" | "were"
        )
    })?;
    let subject = words[..aux_at].join(" ");
    let verb: Vec<&str> = words[aux_at + 1..].to_vec();
    if aux_at > 5 || verb.is_empty() || verb.len() > 3 {
        return None;
    }
    let aux = words[aux_at].to_lowercase();
    let subject = lowercase_first(&subject);
    Some((
        format!("Where {aux} {subject} {}?", verb.join(" ")),
        text[place.start..place.end].to_string(),
    ))
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn verdict(store: &FactStore, claim: &str) -> Option<Verdict> {
    check(store, claim).ok().map(|o| o.verdict)
}

fn dedup(mut v: Vec<usize>) -> Vec<usize> {
    v.sort_unstable();
    v.dedup();
    v
}

/// A question id from words: lowercase ASCII letters and digits joined by dashes.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "q".into()
    } else {
        out
    }
}
