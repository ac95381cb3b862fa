//! The checker: does the article support a claim, refute it, or say nothing about it?
//!
//! Each sentence is aligned with the claim item by item (names by entity, titles by office,
//! values by meaning, words by stem and synonym). Contradictions are looked for first, among
//! the sentences that align best: a wrong office for a person, a city placed in the wrong
//! country, another value, place or title in the same slot, an opposite verb, a negation, a
//! planned event claimed as done. Only when none is found, and one sentence covers the whole
//! claim, is the claim supported. Anything less is "not enough info": telling a student that a
//! false claim is supported is the worst mistake this tool can make.

use serde::Serialize;

use crate::analysis::{Item, Slot};
use crate::claim::{Claim, MAX_CLAIM_CHARS};
use crate::error::Error;
use crate::lexicon::wordnet;
use crate::lexicon::{lexicon, normalize_title, Lexicon, WordClass};
use crate::store::{Entity, EntityKind, FactStore, Role};
use crate::text::fuzzy;
use crate::text::values::{Agreement, Value};

mod align;
mod closed;
mod conflicts;
mod kinds;
mod offices;
mod support;

use align::soft_positions;
use closed::CLOSED_WORLD_SUPPORT;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Supported,
    Refuted,
    NotEnoughInfo,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Supported => "SUPPORTED",
            Verdict::Refuted => "REFUTED",
            Verdict::NotEnoughInfo => "NOT ENOUGH INFO",
        }
    }

    /// The exit status of `factcheck` for one claim.
    pub fn exit_code(self) -> u8 {
        match self {
            Verdict::Supported => 0,
            Verdict::Refuted => 1,
            Verdict::NotEnoughInfo => 3,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub sentence: usize,
    pub text: String,
}

/// A word or phrase of the claim and what the article has in its place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    pub claim: String,
    pub article: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    pub claim: String,
    pub verdict: Verdict,
    pub evidence: Vec<Evidence>,
    pub correction: Option<String>,
    pub explanation: String,
    /// The rule that decided, for teachers and for debugging.
    pub rule: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub differences: Vec<Difference>,
}

/// A part of the claim that the article must account for.
#[derive(Debug, Clone, Copy)]
struct Element {
    /// Index in the claim's items.
    k: usize,
    hard: bool,
    weight: f32,
}

/// How one sentence lines up with the claim.
#[derive(Debug, Clone)]
struct Alignment {
    /// 0-based sentence index.
    s: usize,
    /// For each element, the index of the sentence item that covers it.
    cover: Vec<Option<usize>>,
    /// Elements found in a neighbouring sentence that this one refers to ("Their petition"
    /// after "shop owners"; "a former mayor" before "Peter Marsh"): accounted for, but not by
    /// an item of this sentence.
    borrowed: Vec<bool>,
    /// The neighbouring sentence they were found in.
    borrowed_from: Option<usize>,
    score: f32,
    /// Whether a negation in the sentence bears on the words it shares with the claim.
    negated: bool,
}

struct Checker<'a> {
    store: &'a FactStore,
    claim: Claim,
    elements: Vec<Element>,
    aligned: Vec<Alignment>,
    lex: &'static Lexicon,
    /// The best sentence that says the whole claim, once worked out (index into `aligned`).
    supporting: std::cell::OnceCell<Option<usize>>,
}

/// How the checker read a claim and lined it up with the best sentences, for `--debug`.
pub fn debug_report(store: &FactStore, text: &str) -> String {
    let claim = Claim::read(store, text);
    let checker = Checker::new(store, claim);
    let mut s = format!(
        "statement: {}\nnegated {} realis_past {} irrealis {}\n",
        checker.claim.statement,
        checker.claim.negated,
        checker.claim.realis_past,
        checker.claim.irrealis
    );
    for it in &checker.claim.items {
        s.push_str(&format!("  item {:?}\n", it.slot));
    }
    for a in checker.aligned.iter().take(4) {
        s.push_str(&format!(
            "  sentence {} score {:.2} cover {:?}\n",
            a.s + 1,
            a.score,
            a.cover
        ));
        s.push_str(&format!(
            "    covered {} negated {} swapped {} planned {} predicate {:?} object {}\n",
            checker.covered_but(a, &[], &[], 0),
            a.negated,
            checker.roles_swapped(a),
            checker.done_versus_planned(a),
            checker.predicate_misplaced(a),
            checker.misplaced_object(a).is_some(),
        ));
        for it in &store.items[a.s] {
            s.push_str(&format!("      {:?}\n", it.slot));
        }
        for r in store.references().in_sentence(a.s) {
            s.push_str(&format!(
                "    item {} refers to {} (sentence {})\n",
                r.item,
                store.entities[r.entity].name,
                r.antecedent + 1
            ));
        }
    }
    s
}

/// Checks a claim for a two-way task such as FEVER, where the evidence is known to be about
/// the claim and "not enough info" is not an answer: what the strict checker leaves open is
/// supported when the evidence accounts for nearly all of the claim, and refuted otherwise.
///
/// Not for the classroom: there, a claim the article does not state is "not enough info".
pub fn check_closed(store: &FactStore, text: &str) -> Result<Outcome, Error> {
    let strict = check(store, text)?;
    if strict.verdict != Verdict::NotEnoughInfo {
        return Ok(strict);
    }
    let checker = Checker::new(store, Claim::read(store, text));
    let (score, s, missing) = checker.relaxed_coverage();
    if let Some(outcome) = checker.closed_world_contrast(s, score) {
        return Ok(outcome);
    }
    let outcome = if score >= CLOSED_WORLD_SUPPORT {
        let explanation = format!(
            "Sentence {} accounts for {:.0}% of the claim.",
            s + 1,
            100.0 * score
        );
        checker.outcome(
            Verdict::Supported,
            "closed-world",
            vec![checker.evidence(s)],
            None,
            explanation,
        )
    } else {
        let explanation = format!(
            "The evidence accounts for {:.0}% of the claim; it does not say: {}.",
            100.0 * score,
            missing.join(", ")
        );
        checker.outcome(
            Verdict::Refuted,
            "closed-world",
            vec![checker.evidence(s)],
            None,
            explanation,
        )
    };
    Ok(outcome)
}

/// Checks one claim against the store.
pub fn check(store: &FactStore, text: &str) -> Result<Outcome, Error> {
    if text.trim().is_empty() {
        return Err(Error::input("the claim is empty"));
    }
    if text.chars().count() > MAX_CLAIM_CHARS {
        return Err(Error::input(format!(
            "the claim is {} characters long; the limit is {MAX_CLAIM_CHARS}",
            text.chars().count()
        )));
    }
    let claim = Claim::read(store, text);
    let checker = Checker::new(store, claim);
    Ok(checker.decide())
}

impl<'a> Checker<'a> {
    fn new(store: &'a FactStore, claim: Claim) -> Checker<'a> {
        let lex = lexicon();
        let soft = soft_positions(&claim);
        let elements: Vec<Element> = claim
            .items
            .iter()
            .enumerate()
            .filter(|(k, it)| {
                it.is_content() && !soft.contains(k) && !matches!(it.slot, Slot::Negation)
            })
            .map(|(k, it)| {
                let hard = !matches!(it.slot, Slot::Word { .. });
                Element {
                    k,
                    hard,
                    weight: if hard { 2.0 } else { 1.0 },
                }
            })
            .collect();
        let mut checker = Checker {
            store,
            claim,
            elements,
            aligned: Vec::new(),
            lex,
            supporting: std::cell::OnceCell::new(),
        };
        checker.aligned = checker
            .candidate_sentences()
            .into_iter()
            .map(|s| checker.align(s))
            .collect();
        // Best first; on a tie a body sentence before the headline, then reading order.
        let headline = |s: usize| s == 0 && store.article.sentences.len() > 3;
        checker.aligned.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(headline(a.s).cmp(&headline(b.s)))
                .then(a.s.cmp(&b.s))
        });
        checker
    }

    fn item(&self, e: &Element) -> &Item {
        &self.claim.items[e.k]
    }

    fn sentence_items(&self, s: usize) -> &[Item] {
        &self.store.items[s]
    }

    fn sentence_text(&self, s: usize) -> &str {
        &self.store.article.sentences[s].text
    }

    fn evidence(&self, s: usize) -> Evidence {
        Evidence {
            sentence: s + 1,
            text: self.sentence_text(s).to_string(),
        }
    }

    fn decide(&self) -> Outcome {
        if self.claim.open_question {
            return self.not_enough(
                "open-question",
                "That is an open question, not a statement. Write it as a statement to check it \
                 (for example \"The meeting is in Kuala Lumpur\")."
                    .to_string(),
            );
        }
        if self.elements.is_empty() {
            return self.not_enough(
                "nothing-to-check",
                "The claim names nothing the article could confirm.".to_string(),
            );
        }
        let roles = self.role_assertions();
        if let Some(outcome) = self.judge_roles(&roles) {
            return outcome;
        }
        if let Some(outcome) = self.contradiction() {
            return outcome;
        }
        if let Some(outcome) = self.comparison() {
            return outcome;
        }
        if let Some(outcome) = self.place_in_wrong_country() {
            return outcome;
        }
        if let Some(outcome) = self.support(&roles) {
            return outcome;
        }
        let why = self.why_not_enough();
        self.not_enough("silent", why)
    }

    fn outcome(
        &self,
        verdict: Verdict,
        rule: &'static str,
        evidence: Vec<Evidence>,
        correction: Option<String>,
        explanation: String,
    ) -> Outcome {
        let mut evidence = evidence;
        evidence.dedup_by_key(|e| e.sentence);
        Outcome {
            claim: self.claim.text.trim().to_string(),
            verdict,
            evidence,
            correction,
            explanation,
            rule,
            differences: Vec::new(),
        }
    }

    fn not_enough(&self, rule: &'static str, explanation: String) -> Outcome {
        self.outcome(Verdict::NotEnoughInfo, rule, Vec::new(), None, explanation)
    }

    /// Refuted, unless the claim was negated, in which case the contradiction supports it.
    fn refuted_or_flipped(
        &self,
        rule: &'static str,
        s: Vec<usize>,
        correction: String,
        diff: Option<Difference>,
    ) -> Outcome {
        let evidence = s.iter().map(|&s| self.evidence(s)).collect();
        let mut out = if self.claim.negated {
            let explanation =
                format!("The article contradicts what the claim denies: {correction}");
            self.outcome(Verdict::Supported, rule, evidence, None, explanation)
        } else {
            let explanation = format!("The article says otherwise: {correction}");
            self.outcome(
                Verdict::Refuted,
                rule,
                evidence,
                Some(correction),
                explanation,
            )
        };
        out.differences.extend(diff);
        out
    }

    fn text_of(&self, it: &Item) -> String {
        self.claim.statement[it.start..it.end].to_string()
    }
}

impl<'a> Checker<'a> {}

impl<'a> Checker<'a> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    /// The verdict on `claim` against a small article written for the rule under test.
    fn verdict(article: &str, claim: &str) -> Verdict {
        let store = FactStore::build(Article::parse("test.txt", article).unwrap());
        check(&store, claim).unwrap().verdict
    }

    #[test]
    fn a_claim_about_a_person_is_read_where_the_article_says_he_and_both_are_cited() {
        let article = "Trade talks end\n\
            Ottawa, May 3 (Wire) - Kang Min-jae is South Korea's trade minister.\n\
            He said the assembly would vote on the deal in July.\n";
        let store = FactStore::build(Article::parse("test.txt", article).unwrap());
        let o = check(
            &store,
            "Kang Min-jae said the assembly would vote on the deal in July",
        )
        .unwrap();
        assert_eq!(o.verdict, Verdict::Supported);
        let cited: Vec<usize> = o.evidence.iter().map(|e| e.sentence).collect();
        // (Sentence 1 is the headline.)
        assert!(cited.contains(&3) && cited.contains(&2), "{cited:?}");
        assert_eq!(
            verdict(
                article,
                "Kang Min-jae said the assembly would vote on the deal in June"
            ),
            Verdict::Refuted
        );
    }

    #[test]
    fn none_refutes_a_count_and_the_topic_need_not_be_repeated() {
        let article = "Wildfire forces thousands from homes\n\
            Bend, August 14 (Wire) - A wildfire forced about 3,400 people to leave their homes.\n\
            The cause of the fire is not yet known.\n\
            The fire has burned 12,000 acres since it started on Monday.\n\
            About 640 firefighters are fighting the fire.\n\
            No deaths have been reported.\n\
            Two firefighters were treated for heat exhaustion on Friday.\n";
        assert_eq!(
            verdict(article, "Nobody has died in the fire."),
            Verdict::Supported
        );
        assert_eq!(
            verdict(article, "Three people have died in the fire."),
            Verdict::Refuted
        );
        assert_eq!(verdict(article, "Two firefighters died."), Verdict::Refuted);
        // A count the sentence gives is not denied by another sentence's "no".
        assert_eq!(
            verdict(
                article,
                "Two firefighters were treated for heat exhaustion."
            ),
            Verdict::Supported
        );
        // The topic is left unsaid only where the sentence places nothing with "in".
        assert_ne!(
            verdict(article, "About 640 firefighters are fighting in the fire."),
            Verdict::Refuted
        );
    }

    #[test]
    fn a_negation_stops_at_a_clause_of_its_own_but_not_at_an_infinitive() {
        let article = "Launch\n\
            Kourou, May 3 (Wire) - The company did not disclose how much the consortium paid for the launch.\n\
            Despite leading the band, Pharrell Williams does not know how to play any musical instrument.\n";
        assert_ne!(
            verdict(article, "The consortium paid for the launch."),
            Verdict::Refuted
        );
        assert_eq!(
            verdict(article, "Pharrell Williams plays a musical instrument."),
            Verdict::Refuted
        );
    }

    #[test]
    fn a_month_is_not_a_modal_and_a_lowercase_common_word_is_not_a_name() {
        let article = "Comet found by amateur\n\
            Oslo, June 2 (Star Wire) - The comet was discovered in May by an amateur astronomer in Chile.\n\
            The results were published in the journal Astronomy Letters.\n";
        assert_eq!(
            verdict(
                article,
                "The comet was spotted in May by an amateur astronomer in Chile."
            ),
            Verdict::Supported
        );
    }

    #[test]
    fn an_agent_noun_says_its_verb_of_the_person_it_names() {
        let article = "Party results\n\
            Graz, May 2 (Alpine Wire) - Social Democrat leader Karl Hofer resigned on Monday.\n\
            In Milan, Castellan's founder, Paolo Ricci, met Anna Berg.\n\
            The founder of Nordvik Industries, Lars Holm, met Ricci.\n";
        assert_eq!(
            verdict(article, "Hofer leads the Social Democrats."),
            Verdict::Supported
        );
        assert_eq!(
            verdict(article, "Paolo Ricci founded Castellan."),
            Verdict::Supported
        );
        assert_eq!(
            verdict(article, "Lars Holm founded Nordvik Industries."),
            Verdict::Supported
        );
        // The founder is Ricci, not the person he met.
        assert_ne!(
            verdict(article, "Anna Berg founded Castellan."),
            Verdict::Supported
        );
        assert_ne!(
            verdict(article, "Ricci founded Nordvik Industries."),
            Verdict::Supported
        );
    }

    #[test]
    fn a_doer_put_in_the_other_role_is_refuted() {
        let article = "Merger agreed\n\
            Oslo, May 2 (Wire) - Nordvik Industries, a Swedish maker of train parts, has agreed to buy the Italian company Castellan Systems.\n\
            Porto Mariners won the national cup on Saturday, beating Lisbon Falcons 3-1 in the final.\n\
            Soul Food is a film produced by Kenneth Edmonds, Tracey Edmonds and Robert Teitel.\n";
        assert_eq!(
            verdict(
                article,
                "Castellan Systems has agreed to buy Nordvik Industries."
            ),
            Verdict::Refuted
        );
        assert_eq!(
            verdict(article, "Lisbon Falcons won the cup final."),
            Verdict::Refuted
        );
        // A value in another clause belongs to the other name: not a swap.
        let vote = "Vote\n\
            Graz, May 2 (Wire) - The Centre Party won the election with 31.2% of the vote, ahead of the Social Democrats with 24.8 percent.\n";
        // "X with 24.8 percent" gives X that share.
        assert_eq!(
            verdict(vote, "The Social Democrats received 24.8% of the vote."),
            Verdict::Supported
        );
        assert_ne!(
            verdict(
                vote,
                "The Social Democrats won the election with 24.8% of the vote."
            ),
            Verdict::Supported
        );
        assert_ne!(
            verdict(vote, "The Centre Party received 24.8% of the vote."),
            Verdict::Supported
        );
        // One of several named in a passive's "by" did it too.
        assert_ne!(
            verdict(article, "Tracey Edmonds produced Soul Food."),
            Verdict::Refuted
        );
    }

    #[test]
    fn an_event_told_as_done_took_place() {
        let article = "Vote count\n\
            Graz, May 2 (Wire) - The Centre Party won the regional election on Sunday.\n\
            The concert in the park was cancelled on Saturday.\n\
            A parade is expected in the city centre on Monday.\n";
        assert_eq!(
            verdict(article, "The election was held on Sunday."),
            Verdict::Supported
        );
        assert_ne!(
            verdict(article, "The concert took place on Saturday."),
            Verdict::Supported
        );
        assert_ne!(
            verdict(article, "The parade took place on Monday."),
            Verdict::Supported
        );
        // Ordering a recount does not hold it; a team's city is not where the final was.
        let more = "Cup\n\
            Porto, May 2 (Wire) - Porto Mariners won the cup on Saturday, beating Lisbon Falcons 3-1 in the final at the Estadio do Norte in Porto.\n\
            A recount in the district of Leoben was ordered on Tuesday.\n";
        assert_eq!(
            verdict(
                more,
                "The final was played at the Estadio do Norte in Porto."
            ),
            Verdict::Supported
        );
        assert_ne!(
            verdict(more, "The final was played in Lisbon."),
            Verdict::Supported
        );
        assert_ne!(
            verdict(more, "The recount took place on Tuesday."),
            Verdict::Supported
        );
    }

    #[test]
    fn a_predicate_found_after_a_preposition_is_not_said_of_the_subject() {
        let article = "Cup final\n\
            Porto, May 2 (Wire) - The Falcons' coach, Luis Moreira, said his team had been beaten by a better side.\n\
            Nordvik Industries, a Swedish maker of train parts, agreed to buy Castellan.\n";
        assert_ne!(
            verdict(article, "Luis Moreira said his team was the better side."),
            Verdict::Supported
        );
        assert_eq!(
            verdict(
                article,
                "Nordvik Industries is a Swedish maker of train parts."
            ),
            Verdict::Supported
        );
    }

    #[test]
    fn the_opposite_verb_on_the_claims_object_refutes() {
        let article = "Phone launch\n\
            Oslo, May 2 (Wire) - Early reviews praised the camera but criticised the phone's weight.\n";
        assert_eq!(
            verdict(article, "Reviewers criticised the camera."),
            Verdict::Refuted
        );
        assert_eq!(
            verdict(article, "Reviewers praised the camera."),
            Verdict::Supported
        );
    }

    #[test]
    fn a_range_ends_until_and_a_place_inside_a_place_fills_the_slot() {
        let article = "Phone\n\
            Oslo, May 2 (Wire) - Peter Marsh, 61, who led the town council from 2015 to 2021, denied the charges.\n\
            The phone is made in a factory in Poland.\n\
            Schools will stay closed until the flood recedes.\n";
        assert_eq!(
            verdict(article, "Marsh led the town council until 2021."),
            Verdict::Supported
        );
        assert_ne!(
            verdict(article, "Marsh led the town council until 2015."),
            Verdict::Supported
        );
        assert_eq!(
            verdict(article, "The phone is made in Denmark."),
            Verdict::Refuted
        );
        assert_eq!(
            verdict(article, "Schools will stay closed until the flood recedes."),
            Verdict::Supported
        );
    }

    #[test]
    fn the_city_of_a_place_is_the_place_and_counted_people_are_a_word_of_the_article() {
        let article = "Flu jabs\n\
            Lyon, October 14 (Health Wire) - The city of Lyon began offering free flu vaccinations to residents aged over 65 on Monday.\n\
            About 12,000 people had booked appointments.\n";
        assert_eq!(
            verdict(
                article,
                "Lyon started free flu vaccinations for people over 65."
            ),
            Verdict::Supported
        );
    }

    #[test]
    fn an_awaited_thing_has_not_yet_happened() {
        let article = "Flu jabs\n\
            Lyon, October 14 (Health Wire) - A shipment of 40,000 doses arrived late.\n\
            Martin said a second shipment of 25,000 doses was expected by the end of the month.\n";
        assert_eq!(
            verdict(article, "The second shipment has already arrived."),
            Verdict::Refuted
        );
    }

    #[test]
    fn the_topic_is_the_unsaid_complement_of_a_noun() {
        let article = "Council approves tram line\n\
            Calgary, March 3 (Wire) - The council voted to approve a new tram line.\n\
            The tram line will have 14 stops.\n\
            Okafor said that construction is expected to begin in the spring of 2026.\n\
            Work on the line will cost 480 million dollars.\n\
            Construction of the hospital began in May.\n";
        assert_eq!(
            verdict(
                article,
                "Construction of the tram line already began last spring."
            ),
            Verdict::Refuted
        );
        assert_ne!(
            verdict(article, "Construction of the tram line began in May."),
            Verdict::Supported
        );
    }

    #[test]
    fn a_comparison_is_checked_on_each_names_own_number() {
        let article = "Merger\n\
            Frankfurt, May 2 (Wire) - Nordvik Industries agreed to buy Castellan Systems.\n\
            Last year Nordvik reported sales of 9 billion euros, while Castellan's sales were 3.1 billion euros.\n";
        assert_eq!(
            verdict(
                article,
                "Last year Castellan had higher sales than Nordvik."
            ),
            Verdict::Refuted
        );
        assert_eq!(
            verdict(article, "Nordvik had higher sales than Castellan."),
            Verdict::Supported
        );
        assert_eq!(
            verdict(article, "Nordvik had more workers than Castellan."),
            Verdict::NotEnoughInfo
        );
        // A change is not an amount, and shared words do not make a comparison.
        let shares = "Shares\n\
            Milan, May 2 (Wire) - Shares in Castellan rose by 19 percent in Milan, while Nordvik's shares rose by 4 percent.\n\
            Nordvik will pay 38 euros for each Castellan share, 22 percent more than the share price.\n";
        assert_eq!(
            verdict(shares, "Castellan had more shares than Nordvik."),
            Verdict::NotEnoughInfo
        );
    }

    #[test]
    fn denying_the_opposite_says_the_claim() {
        let article = "Clinic hours\n\
            Lyon, May 2 (Wire) - The clinic will be open from 8 a.m. to 6 p.m. on weekdays, but not on weekends.\n";
        assert_eq!(
            verdict(article, "The clinic is closed on weekends."),
            Verdict::Supported
        );
        assert_ne!(
            verdict(article, "The clinic is closed on weekdays."),
            Verdict::Supported
        );
    }

    #[test]
    fn lengths_of_time_compare_across_units() {
        let article = "Storm and trial\n\
            Vienna, May 2 (Wire) - Up to 120 millimetres of rain fell in 24 hours.\n\
            The jury reached its verdict after two days of deliberation.\n\
            The storm lasted a week.\n";
        assert_eq!(
            verdict(article, "Up to 120 mm of rain fell in a day."),
            Verdict::Supported
        );
        assert_eq!(
            verdict(article, "The jury deliberated for a week."),
            Verdict::Refuted
        );
        assert_eq!(
            verdict(article, "The storm lasted for a week."),
            Verdict::Supported
        );
    }

    #[test]
    fn an_as_as_comparison_with_another_factor_is_refuted() {
        let article = "Comet\n\
            Oslo, May 2 (Wire) - The comet is about 2.4 kilometres wide, which makes it roughly twice as large as astronomers had first estimated.\n";
        assert_eq!(
            verdict(
                article,
                "The comet is about half as large as astronomers first estimated."
            ),
            Verdict::Refuted
        );
        assert_eq!(
            verdict(
                article,
                "The comet is three times as large as astronomers first estimated."
            ),
            Verdict::Refuted
        );
        assert_eq!(
            verdict(
                article,
                "The comet is twice as large as astronomers first estimated."
            ),
            Verdict::Supported
        );
    }

    #[test]
    fn the_allowance_for_paraphrase_never_excuses_the_verb() {
        let article = "Tram line\n\
            Calgary, May 2 (Wire) - The line is expected to cost 480 million dollars, according to figures presented to the council.\n";
        assert_eq!(
            verdict(article, "The council voted against the line."),
            Verdict::NotEnoughInfo
        );
    }

    #[test]
    fn a_passive_doer_is_not_the_one_done_to() {
        let article = "Comet\n\
            Oslo, May 2 (Wire) - The team, which was led by Professor Aisha Rahman, used a telescope.\n\
            The results were published in the journal Astronomy Letters.\n";
        assert_eq!(
            verdict(article, "Aisha Rahman led the team."),
            Verdict::Supported
        );
        assert_ne!(
            verdict(article, "The team led Aisha Rahman."),
            Verdict::Supported
        );
        assert_eq!(
            verdict(
                article,
                "The findings appeared in the journal Astronomy Letters."
            ),
            Verdict::Supported
        );
    }

    #[test]
    fn a_bounded_number_is_compared_as_a_bound() {
        let article = "Vaccines\n\
            Nairobi, May 2 (Wire) - The programme has already reached 1,200 clinics.\n\
            More than 3,000 people were evacuated.\n\
            Up to 120 millimetres of rain fell in 24 hours.\n";
        let cases = [
            (
                "The programme has reached more than 1,000 clinics.",
                Verdict::Supported,
            ),
            (
                "The programme has reached at least 1,200 clinics.",
                Verdict::Supported,
            ),
            (
                "The programme has reached more than 2,000 clinics.",
                Verdict::Refuted,
            ),
            (
                "The programme has reached fewer than 1,000 clinics.",
                Verdict::Refuted,
            ),
            ("More than 2,000 people were evacuated.", Verdict::Supported),
            ("Fewer than 100 people were evacuated.", Verdict::Refuted),
            // "Up to" gives the peak reached: another peak is wrong.
            ("Up to 150 millimetres of rain fell.", Verdict::Refuted),
        ];
        for (claim, expected) in cases {
            assert_eq!(verdict(article, claim), expected, "{claim}");
        }
    }

    #[test]
    fn a_number_after_and_another_verb_is_that_verbs() {
        let article = "Vote\n\
            Graz, May 2 (Wire) - The Greens, led by Mira Lind, lost three seats and now hold seven.\n";
        assert_ne!(
            verdict(article, "The Greens lost seven seats."),
            Verdict::Supported
        );
        assert_eq!(
            verdict(article, "The Greens lost three seats."),
            Verdict::Supported
        );
    }
}
