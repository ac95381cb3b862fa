//! Extraction: from an article's sentences to entities, roles and events.
//!
//! It is shallow and general: capitalised names segmented by the lexicon (countries, titles,
//! places), people recognised by the titles before them and their names reused alone, offices
//! read from a few appositive and copular patterns, and events from each clause's verb.

use std::collections::HashMap;

use super::{Entity, EntityKind, Event, FactStore, Modality, Role};
use crate::analysis::{Item, PlainReadings, Slot};
use crate::article::Article;
use crate::lexicon::{lexicon, Lexicon, WordClass};
use crate::text::values::Value;

/// A line whose words are nearly all capitalised (a headline, a section label): its
/// capitals say nothing about names.
fn is_title_case(text: &str) -> bool {
    let (mut long, mut caps) = (0usize, 0usize);
    crate::text::for_each_word(text, |w| {
        if w.chars().count() >= 4 {
            long += 1;
            caps += usize::from(w.chars().next().is_some_and(char::is_uppercase));
        }
    });
    if long == 0 {
        return true;
    }
    caps * 10 >= long * 7 && !text.trim_end().ends_with('.')
}

struct Registry {
    entities: Vec<Entity>,
    by_name: HashMap<String, usize>,
}

impl Registry {
    fn add(&mut self, name: &str, kind: EntityKind) -> usize {
        let key = name.to_lowercase();
        if let Some(&id) = self.by_name.get(&key) {
            // A later, surer reading (a person after a title) wins over a guess.
            if self.entities[id].kind == EntityKind::Other {
                self.entities[id].kind = kind;
            }
            return id;
        }
        // "Social Democrats" and "Social Democrat leader ...": one party, in two numbers.
        let other_number = match key.strip_suffix('s') {
            Some(singular) => singular.to_string(),
            None => format!("{key}s"),
        };
        if key.len() >= 5 {
            if let Some(&id) = self.by_name.get(&other_number) {
                self.entities[id].add_alias(name);
                self.by_name.insert(key, id);
                return id;
            }
        }
        self.entities.push(Entity::new(name, kind));
        self.by_name.insert(key, self.entities.len() - 1);
        self.entities.len() - 1
    }
}

/// What the first reading of a sentence found is kept for the second reading only in articles
/// of up to this many sentences: there it saves a sixth of building the store, which every
/// `factcheck --article` process pays; in a long article it would add about three times the
/// article's size to the peak memory.
const KEEP_READINGS_UP_TO: usize = 5_000;

/// Finds the article's entities and every name it uses for each; also returns, for each
/// sentence, what reading it found where no name is involved, when it is kept.
pub fn discover_entities(article: &Article) -> (Vec<Entity>, Vec<Option<PlainReadings>>) {
    let lex = lexicon();
    let mut reg = Registry {
        entities: Vec::new(),
        by_name: HashMap::new(),
    };
    if let Some(d) = &article.dateline {
        if let Some(p) = &d.place {
            add_dateline_place(&mut reg, p, lex);
        }
        if let Some(s) = &d.source {
            reg.add(s, EntityKind::Organisation);
        }
    }
    let keep_readings = article.sentences.len() <= KEEP_READINGS_UP_TO;
    // The names each sentence uses, read in parallel, then registered in article order.
    let found = crate::parallel::map(&article.sentences, super::PARALLEL_FROM, |s| {
        if is_title_case(&s.text) {
            return (Vec::new(), None);
        }
        let body = s.body();
        // The sentence is read again whole; what was read of its body alone only serves
        // when the two are the same text (not the sentence that carries the dateline).
        let keep = keep_readings && body.len() == s.text.len();
        let (items, readings) = crate::analysis::analyse_for_names(body, keep);
        let mut names = Vec::new();
        for (k, it) in items.iter().enumerate() {
            let Slot::Entity {
                name,
                kind,
                country,
                ..
            } = &it.slot
            else {
                continue;
            };
            // "Foreign Minister Iwaya", "the library's director, Susan Park": an office's holder.
            let title_at =
                |j: Option<usize>| j.is_some_and(|j| matches!(items[j].slot, Slot::Title(_)));
            let after_title = title_at(k.checked_sub(1))
                || (k >= 2 && matches!(items[k - 1].slot, Slot::Break) && title_at(Some(k - 2)));
            let kind = if after_title && *kind != EntityKind::Country {
                EntityKind::Person
            } else {
                *kind
            };
            // "evacuated homes in Pine Hollow", "near Cape Canaveral": a name where a place
            // goes, unless it owns something ("in Smith's view").
            let where_a_place_goes = k > 0
                && items[k - 1]
                    .word_lower()
                    .is_some_and(|w| lex.is(WordClass::BeforePlace, w))
                && !matches!(items.get(k + 1).map(|i| &i.slot), Some(Slot::Possessive));
            let context = if after_title {
                Context::Office
            } else if where_a_place_goes {
                Context::Place
            } else {
                Context::None
            };
            let written = body[it.start..it.end].to_string();
            names.push((name.clone(), kind, written, country.clone(), context));
        }
        (names, readings)
    });
    let (names, readings): (Vec<_>, Vec<_>) = found.into_iter().unzip();
    // Entities named where a place goes, and those named with an office (surely people).
    let mut placed = std::collections::BTreeSet::new();
    let mut titled = std::collections::HashSet::new();
    for (name, kind, written, country, context) in names.into_iter().flatten() {
        let id = reg.add(&name, kind);
        match context {
            Context::Office => {
                titled.insert(id);
            }
            Context::Place => {
                placed.insert(id);
            }
            Context::None => {}
        }
        let e = &mut reg.entities[id];
        e.add_alias(&written);
        if e.country.is_none() {
            e.country = country;
        }
        if let Some(place) = lex.place(&name) {
            e.capital |= place.kind == crate::lexicon::PlaceKind::Capital;
        }
    }
    // A name guessed to be a person's, or not guessed at all, is a place if the article puts
    // it where a place goes and never gives it an office.
    for id in placed {
        let e = &mut reg.entities[id];
        if matches!(e.kind, EntityKind::Person | EntityKind::Other) && !titled.contains(&id) {
            e.kind = EntityKind::Place;
        }
    }
    add_lexicon_aliases(&mut reg, lex);
    merge_name_parts(&mut reg, article);
    (reg.entities, readings)
}

/// What stands before a name in a sentence, for the kind of thing it names.
enum Context {
    Office,
    Place,
    None,
}

fn add_dateline_place(reg: &mut Registry, name: &str, lex: &Lexicon) {
    match lex.place(name) {
        Some(p) => {
            let kind = match p.kind {
                crate::lexicon::PlaceKind::Country => EntityKind::Country,
                crate::lexicon::PlaceKind::Region => EntityKind::Organisation,
                _ => EntityKind::Place,
            };
            let id = reg.add(p.name, kind);
            reg.entities[id].add_alias(name);
            reg.entities[id].country = p.country.map(str::to_string);
            reg.entities[id].capital = p.kind == crate::lexicon::PlaceKind::Capital;
        }
        // A dateline names where the report was filed: a place, known or not.
        None => {
            reg.add(name, EntityKind::Place);
        }
    }
}

/// A country the article names also answers to its other names and demonyms.
fn add_lexicon_aliases(reg: &mut Registry, lex: &Lexicon) {
    for e in &mut reg.entities {
        if e.kind == EntityKind::Country {
            if let Some(c) = lex.country(&e.name) {
                for a in c.aliases.iter().chain(c.demonyms) {
                    e.add_alias(a);
                }
            }
        }
    }
}

/// People are named in full once and by one part afterwards ("Marco Rubio" ... "Rubio";
/// "Park Yoon-joo" ... "Park"). A lone capitalised word that is part of exactly one person's
/// name becomes that person's alias; the last word of a name is an alias by default.
fn merge_name_parts(reg: &mut Registry, article: &Article) {
    let people: Vec<usize> = (0..reg.entities.len())
        .filter(|&i| {
            reg.entities[i].kind == EntityKind::Person && reg.entities[i].name.contains(' ')
        })
        .collect();
    // Ordered, so that aliases come out the same on every run.
    let mut owners: std::collections::BTreeMap<String, Vec<usize>> =
        std::collections::BTreeMap::new();
    for &p in &people {
        for w in crate::text::words(&reg.entities[p].name) {
            owners.entry(w.to_lowercase()).or_default().push(p);
        }
    }
    // A company or body is called by its first word too ("Nordvik" for Nordvik Industries),
    // unless that word is generic ("University", "European").
    let lex = lexicon();
    for (i, e) in reg.entities.iter().enumerate() {
        let words = crate::text::words(&e.name);
        let generic = |w: &str| {
            lex.is_org_keyword(w)
                || lex.is_stopword(&w.to_lowercase())
                || lex.place(w).is_some()
                || lex.demonym_country(w).is_some()
        };
        if e.kind == EntityKind::Organisation && words.len() >= 2 && !generic(&words[0]) {
            owners.entry(words[0].to_lowercase()).or_default().push(i);
        }
    }
    // Words used alone, capitalised, anywhere in the article.
    let used_alone: std::collections::HashSet<String> =
        crate::parallel::map(&article.sentences, super::PARALLEL_FROM, |s| {
            let tokens = crate::text::tokenize_borrowed(s.body());
            let mut alone = Vec::new();
            for (k, t) in tokens.iter().enumerate() {
                if !t.is_word() || !t.is_capitalized() {
                    continue;
                }
                // "Ms Hale" uses the surname alone: an honorific is not part of a name.
                let prev_cap = k > 0
                    && tokens[k - 1].is_word()
                    && tokens[k - 1].is_capitalized()
                    && !lexicon().is_honorific(&tokens[k - 1].lower());
                let next_cap = tokens
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && n.is_capitalized() && n.text != "'s");
                if !prev_cap && !next_cap {
                    alone.push(t.text.to_lowercase());
                }
            }
            alone
        })
        .into_iter()
        .flatten()
        .collect();
    let mut remove = Vec::new();
    for (word, list) in &owners {
        if list.len() != 1 {
            continue;
        }
        let p = list[0];
        let is_last = reg.entities[p].kind == EntityKind::Person
            && crate::text::words(&reg.entities[p].name)
                .last()
                .is_some_and(|l| l.to_lowercase() == *word);
        let is_family_first = reg.entities[p].kind == EntityKind::Person
            && family_name_first(&reg.entities[p].name).is_some_and(|f| f.to_lowercase() == *word);
        if used_alone.contains(word) || is_last || is_family_first {
            let written = crate::text::words(&reg.entities[p].name)
                .into_iter()
                .find(|w| w.to_lowercase() == *word)
                .unwrap_or_default();
            reg.entities[p].add_alias(&written);
            if let Some(&other) = reg.by_name.get(word) {
                if other != p {
                    remove.push((other, p));
                }
            }
        }
    }
    // Fold the lone-word entities into their person.
    remove.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    for (other, p) in remove {
        let sentences = reg.entities[other].sentences.clone();
        for n in sentences {
            reg.entities[p].add_sentence(n);
        }
        reg.entities.remove(other);
    }
}

/// The family name of a name written family name first, as Korean and Chinese names usually
/// are in English news: "Park Yoon-joo" (a hyphenated given name), "Lee Jae Myung" (two short
/// given-name syllables). Other names keep their last word as the surname.
fn family_name_first(name: &str) -> Option<String> {
    let words = crate::text::words(name);
    let syllable =
        |w: &String| w.chars().count() <= 5 && w.chars().next().is_some_and(char::is_uppercase);
    let family_first = match words.as_slice() {
        [_, given] => given.contains('-'),
        [_, a, b] => syllable(a) && syllable(b),
        _ => false,
    };
    family_first.then(|| words[0].clone())
}

fn is_word(it: &Item, words: &[&str]) -> bool {
    it.word_lower().is_some_and(|w| words.contains(&w))
}

fn is_determiner(it: &Item) -> bool {
    is_word(it, &["the", "a", "an"])
}

fn person_at(store: &FactStore, items: &[Item], k: usize) -> Option<String> {
    let it = items.get(k)?;
    let id = it.entity_id()?;
    (store.entities[id].kind == EntityKind::Person).then(|| store.entities[id].name.clone())
}

fn country_at(store: &FactStore, items: &[Item], k: usize) -> Option<(String, usize)> {
    let it = items.get(k)?;
    match &it.slot {
        Slot::Entity {
            kind: EntityKind::Country,
            name,
            id,
            ..
        } => {
            let name = id
                .map(|i| store.entities[i].name.clone())
                .unwrap_or_else(|| name.clone());
            Some((name, it.start))
        }
        _ => None,
    }
}

/// The country written just before a title: "US Secretary", "Japanese Foreign Minister",
/// "South Korea's national security adviser". Returns the country and where its words start.
fn country_before(store: &FactStore, items: &[Item], title: usize) -> Option<(String, usize)> {
    let mut k = title.checked_sub(1)?;
    if matches!(items[k].slot, Slot::Possessive) {
        k = k.checked_sub(1)?;
    }
    country_at(store, items, k)
}

/// Finds who holds which office.
pub fn roles(store: &FactStore) -> Vec<Role> {
    let mut roles = Vec::new();
    for (si, items) in store.items.iter().enumerate() {
        let text = &store.article.sentences[si].text;
        let n = si + 1;
        for (k, it) in items.iter().enumerate() {
            let Slot::Title(_) = &it.slot else { continue };
            let title_text = text[it.start..it.end].to_string();
            // The holder: right after the title, or after a comma (an apposition).
            let holder = person_at(store, items, k + 1).or_else(|| {
                matches!(items.get(k + 1).map(|i| &i.slot), Some(Slot::Break))
                    .then(|| person_at(store, items, k + 2))
                    .flatten()
            });
            // Or before it: "Rubio, the US secretary of state"; "Rubio, who serves as the ...";
            // "Iwaya is Japan's foreign minister".
            let holder = holder.or_else(|| person_before_title(store, items, k));
            let Some(person) = holder else { continue };
            let country =
                country_before(store, items, k).or_else(|| country_after_of(store, items, k));
            let written = match &country {
                Some((_, start)) if *start < it.start => Some(text[*start..it.end].to_string()),
                _ => None,
            };
            let role = Role {
                person,
                title: title_text,
                country: country.map(|c| c.0),
                written,
                of: body_after_of(items, k, text)
                    .or_else(|| body_before_possessive(store, items, k)),
                sentence: n,
            };
            add_role(&mut roles, role);
        }
        roles_from_verbs(store, items, text, n, &mut roles);
    }
    roles
}

fn add_role(roles: &mut Vec<Role>, role: Role) {
    if !roles
        .iter()
        .any(|r| r.person == role.person && r.title.eq_ignore_ascii_case(&role.title))
    {
        roles.push(role);
    }
}

/// The words after "of" that name what an office belongs to: "chair of the transport committee".
fn body_after_of(items: &[Item], title: usize, text: &str) -> Option<String> {
    if !items.get(title + 1).is_some_and(|i| is_word(i, &["of"])) {
        return None;
    }
    body_from(items, title + 2, text)
}

/// The organisation whose office it is, named before it: "Halcyon's chief executive".
fn body_before_possessive(store: &FactStore, items: &[Item], title: usize) -> Option<String> {
    let owner = title.checked_sub(2)?;
    if !matches!(items[title - 1].slot, Slot::Possessive) {
        return None;
    }
    let id = items[owner].entity_id()?;
    let e = &store.entities[id];
    (e.kind == EntityKind::Organisation).then(|| e.name.clone())
}

/// The noun phrase from item `k` to the next break, articles dropped.
fn body_from(items: &[Item], mut k: usize, text: &str) -> Option<String> {
    while items.get(k).is_some_and(is_determiner) {
        k += 1;
    }
    let mut end = k;
    while end < items.len()
        && !matches!(items[end].slot, Slot::Break)
        && !is_word(
            &items[end],
            &["who", "which", "that", "and", "since", "until"],
        )
    {
        end += 1;
    }
    (end > k).then(|| text[items[k].start..items[end - 1].end].to_string())
}

/// "Okafor, who chairs the transport committee" and "Okafor chairs the committee": verbs
/// that say someone holds an office.
fn roles_from_verbs(
    store: &FactStore,
    items: &[Item],
    text: &str,
    n: usize,
    roles: &mut Vec<Role>,
) {
    let lex = lexicon();
    for (k, it) in items.iter().enumerate() {
        let Some(office) = it.word_lower().and_then(|w| lex.role_verb(w)) else {
            continue;
        };
        let mut p = k;
        if p > 0 && is_word(&items[p - 1], &["who"]) {
            p -= 1;
            if p > 0 && matches!(items[p - 1].slot, Slot::Break) {
                p -= 1;
            }
        }
        let Some(person) = p.checked_sub(1).and_then(|q| person_at(store, items, q)) else {
            continue;
        };
        let of = body_from(items, k + 1, text);
        let written = of.as_ref().map(|b| format!("{office} of the {b}"));
        add_role(
            roles,
            Role {
                person,
                title: office.to_string(),
                country: None,
                written,
                of,
                sentence: n,
            },
        );
    }
}

/// "president of France": a country after the title.
fn country_after_of(store: &FactStore, items: &[Item], title: usize) -> Option<(String, usize)> {
    if is_word(items.get(title + 1)?, &["of"]) {
        country_at(store, items, title + 2)
    } else {
        None
    }
}

/// A person named before a title in an apposition or a copula.
fn person_before_title(store: &FactStore, items: &[Item], title: usize) -> Option<String> {
    let mut k = title;
    // Step back over "the", "US", "Japan 's".
    while k > 0 {
        let prev = &items[k - 1];
        if is_determiner(prev)
            || matches!(prev.slot, Slot::Possessive)
            || country_at(store, items, k - 1).is_some()
        {
            k -= 1;
        } else {
            break;
        }
    }
    let copula = [
        "is", "was", "as", "became", "becomes", "remains", "serves", "served",
    ];
    while k > 0
        && (is_word(&items[k - 1], &copula) || is_word(&items[k - 1], &["who", "now", "currently"]))
    {
        k -= 1;
    }
    if k == title {
        return None;
    }
    if k > 0 && matches!(items[k - 1].slot, Slot::Break) {
        k -= 1;
    }
    k.checked_sub(1).and_then(|p| person_at(store, items, p))
}

/// Whether the word at `k` is the verb of a clause: a past form not used as an adjective
/// ("the planned meeting"), or a word after a modal, "to" or an auxiliary; never an adverb,
/// an adjective-like form or a word of an attribution ("according to").
fn is_verb(items: &[Item], k: usize, lex: &Lexicon) -> bool {
    let Some(w) = items[k].word_lower() else {
        return false;
    };
    if !items[k].is_content() {
        return false;
    }
    let first = w.split(' ').next().unwrap_or(w);
    let prev = k
        .checked_sub(1)
        .and_then(|p| items[p].word_lower())
        .unwrap_or("");
    let adjective_like = ["ly", "ic", "al", "ous", "ive", "ful", "less", "ary", "able"]
        .iter()
        .any(|s| first.ends_with(s))
        || first.contains('-');
    let adverb = matches!(
        first,
        "still" | "also" | "currently" | "now" | "already" | "just" | "even" | "only" | "not"
    );
    if adjective_like || adverb || lex.is_stopword(first) || prev == "according" {
        return false;
    }
    let determiner = matches!(
        prev,
        "the" | "a" | "an" | "this" | "that" | "these" | "its" | "their" | "his" | "her"
    );
    let past = lex.is_irregular_past(first) || first.ends_with("ed");
    let after_aux = matches!(
        prev,
        "will"
            | "would"
            | "may"
            | "might"
            | "can"
            | "could"
            | "should"
            | "must"
            | "to"
            | "did"
            | "does"
            | "do"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
    );
    // "Seoul engages with ..." but not "US tariffs aimed at": a verb after a name is followed
    // by a function word, a name or a value, not by another noun or verb.
    let next_fits = items.get(k + 1).is_some_and(|n| {
        !n.is_content() && !matches!(n.slot, Slot::Break)
            || n.entity_id().is_some()
            || matches!(n.slot, Slot::Value(_))
    });
    let after_name =
        k > 0 && items[k - 1].entity_id().is_some() && first.ends_with('s') && next_fits;
    (past && !determiner) || after_aux || after_name || w.contains(' ')
}

/// Finds events: each clause's verb, who does it, what it is done to, where and when, and
/// how sure the article is (planned, possible, only if).
pub fn events(store: &FactStore) -> Vec<Event> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (si, items) in store.items.iter().enumerate() {
        let sentence = &store.article.sentences[si];
        if is_title_case(&sentence.text) || sentence.text.trim_end().ends_with('?') {
            continue;
        }
        let text = &sentence.text;
        let reported_by = reporter(store, items, text);
        let conditional = items
            .iter()
            .any(|i| matches!(i.word_lower(), Some("if" | "unless")));
        let mut previous_subject: Option<String> = None;
        let mut k = 0;
        while k < items.len() {
            if !is_verb(items, k, lex) || items[k].start < sentence.body_start {
                k += 1;
                continue;
            }
            // Aux + verb: "is expected to occur" is one event, its verb "occur".
            let mut verb = k;
            while verb + 2 < items.len()
                && items[verb + 1].word_lower() == Some("to")
                && is_verb(items, verb + 2, lex)
            {
                verb += 2;
            }
            let passive = crate::grammar::is_passive(items, verb);
            let coordinated = k > 0 && items[k - 1].word_lower() == Some("and");
            // "visited Washington and met with Rubio": the second verb shares the first's subject.
            let subject = coordinated
                .then(|| previous_subject.clone())
                .flatten()
                .or_else(|| {
                    crate::grammar::subject_of(items, verb, passive)
                        .and_then(|s| items[s].entity_id())
                        .map(|id| store.entities[id].name.clone())
                });
            let mut end = verb + 1;
            // Particles that belong to the verb: "met with", "take effect on".
            while end < items.len()
                && is_word(&items[end], &["with", "to", "for", "on", "up", "out"])
                && end - verb < 2
            {
                end += 1;
            }
            let verb_text = text[items[verb].start..items[end - 1].end].to_string();
            let (mut objects, place, time, next) = clause_arguments(store, items, end, lex);
            objects.retain(|o| Some(o) != subject.as_ref());
            let negated = items[k.saturating_sub(3)..verb]
                .iter()
                .any(|i| matches!(i.slot, Slot::Negation));
            let modality = if conditional {
                Modality::Conditional
            } else if items[verb.saturating_sub(4)..verb].iter().any(|i| {
                matches!(
                    i.word_lower(),
                    Some("may" | "might" | "could" | "likely" | "potentially")
                )
            }) {
                Modality::Possible
            } else if crate::grammar::planned_before(items, verb, lex) {
                Modality::Planned
            } else {
                Modality::Asserted
            };
            let sentence_time = items.iter().find_map(|i| match &i.slot {
                Slot::Value(v @ (Value::Date(_) | Value::Weekday { .. })) => Some(v.describe(lex)),
                _ => None,
            });
            out.push(Event {
                subject: subject.clone(),
                verb: verb_text,
                objects,
                place,
                time: time.or(sentence_time),
                negated,
                modality,
                reported_by: reported_by.clone(),
                sentence: si + 1,
            });
            previous_subject = subject;
            k = next.max(verb + 1);
        }
    }
    out
}

/// The names after a verb up to the clause's next verb or break: its objects, the place after
/// "in" or "at", and a date or weekday. Returns them and where the clause ends.
fn clause_arguments(
    store: &FactStore,
    items: &[Item],
    from: usize,
    lex: &Lexicon,
) -> (Vec<String>, Option<String>, Option<String>, usize) {
    let mut objects = Vec::new();
    let mut place = None;
    let mut time = None;
    let mut j = from;
    while j < items.len()
        && !is_verb(items, j, lex)
        && !(matches!(items[j].slot, Slot::Break) && j > from && !lists_on(items, j))
    {
        match &items[j].slot {
            Slot::Entity { id: Some(id), .. } => {
                let name = store.entities[*id].name.clone();
                let located = j > 0 && is_word(&items[j - 1], &["in", "at"]);
                if located && place.is_none() && store.entities[*id].kind != EntityKind::Person {
                    place = Some(name);
                } else if !objects.contains(&name) {
                    objects.push(name);
                }
            }
            Slot::Value(v @ (Value::Date(_) | Value::Weekday { .. })) if time.is_none() => {
                time = Some(v.describe(lex))
            }
            _ => {}
        }
        j += 1;
    }
    (objects, place, time, j)
}

/// Whether the break at `j` only separates the items of a list ("Korea, Japan, and ...").
fn lists_on(items: &[Item], j: usize) -> bool {
    let before = j
        .checked_sub(1)
        .map(|p| items[p].entity_id().is_some())
        .unwrap_or(false);
    let after = items
        .get(j + 1)
        .is_some_and(|i| i.entity_id().is_some() || i.word_lower() == Some("and"));
    before && after
}

/// Who the sentence says reported it: "according to X", "as reported by X", "X said".
fn reporter(store: &FactStore, items: &[Item], text: &str) -> Option<String> {
    for (k, it) in items.iter().enumerate() {
        let Some(w) = it.word_lower() else { continue };
        if w == "according"
            || (w == "reported" && items.get(k + 1).is_some_and(|n| is_word(n, &["by"])))
        {
            // The phrase up to the next break or verb: "diplomatic sources", "Yonhap news agency".
            let from = k + 2;
            let mut to = from;
            while to < items.len()
                && !matches!(items[to].slot, Slot::Break)
                && !is_word(&items[to], &["reported", "said"])
            {
                to += 1;
            }
            if to > from {
                return Some(text[items[from].start..items[to - 1].end].to_string());
            }
        }
        if matches!(w, "said" | "says" | "told") {
            if let Some(id) = k.checked_sub(1).and_then(|p| items[p].entity_id()) {
                return Some(store.entities[id].name.clone());
            }
        }
    }
    None
}
