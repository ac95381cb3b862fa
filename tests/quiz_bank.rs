//! Question bank errors name the file, the line and the offending value.

use factquiz::quiz::Bank;

fn error(text: &str) -> String {
    Bank::parse("questions/x.toml", text)
        .expect_err("the bank is invalid")
        .to_string()
}

const GOOD: &str = "title = \"t\"\n\n[[question]]\nid = \"city\"\nkind = \"short\"\nprompt = \"Where?\"\nanswer = [\"Kuala Lumpur\"]\n";

#[test]
fn a_good_bank_loads() {
    let bank = Bank::parse("questions/x.toml", GOOD).unwrap();
    assert_eq!(bank.questions.len(), 1);
    assert_eq!(bank.questions[0].points, 1);
}

#[test]
fn unknown_key_names_line_and_key() {
    let e = error(&format!("{GOOD}colour = \"blue\"\n"));
    assert!(e.starts_with("questions/x.toml:8:"), "{e}");
    assert!(e.contains("colour"), "{e}");
}

#[test]
fn duplicate_id_names_the_second_line_and_the_id() {
    let e = error(&format!("{GOOD}\n[[question]]\nid = \"city\"\nkind = \"short\"\nprompt = \"Again?\"\nanswer = \"x\"\n"));
    assert!(e.starts_with("questions/x.toml:10:"), "{e}");
    assert!(e.contains("duplicate question id \"city\""), "{e}");
}

#[test]
fn right_answer_missing_from_choices_names_line_and_answer() {
    let text = "[[question]]\nid = \"sos\"\nkind = \"choice\"\nprompt = \"Who?\"\nanswer = \"Marco Rubio\"\nchoices = [\"Donald Trump\", \"Wi Sung-lac\"]\n";
    let e = error(text);
    assert!(e.starts_with("questions/x.toml:2:"), "{e}");
    assert!(
        e.contains("\"Marco Rubio\" is not one of the choices"),
        "{e}"
    );
}

#[test]
fn bad_kind_names_line_column_and_kind() {
    let e = error("[[question]]\nid = \"q\"\nkind = \"mcq\"\nprompt = \"?\"\n");
    assert!(e.starts_with("questions/x.toml:3:8:"), "{e}");
    assert!(e.contains("mcq"), "{e}");
    assert!(e.contains("true_false"), "the message lists the kinds: {e}");
}

#[test]
fn answers_of_the_wrong_type_are_refused() {
    let e = error(
        "[[question]]\nid = \"n\"\nkind = \"number\"\nprompt = \"How many?\"\nanswer = \"lots\"\n",
    );
    assert!(
        e.contains("questions/x.toml:2:") && e.contains("\"lots\" must be a number"),
        "{e}"
    );
    let e = error(
        "[[question]]\nid = \"tf\"\nkind = \"true_false\"\nprompt = \"T?\"\nanswer = \"maybe\"\n",
    );
    assert!(e.contains("must be true or false"), "{e}");
    let e = error("[[question]]\nid = \"m\"\nkind = \"matching\"\nprompt = \"Match\"\npairs = [[\"a\", \"b\"]]\n");
    assert!(e.contains("at least 2 pairs"), "{e}");
}

#[test]
fn a_missing_source_sentence_is_an_error() {
    let text = format!("{GOOD}source = [99]\n");
    let bank = Bank::parse("questions/x.toml", &text).unwrap();
    let e = bank
        .load_store()
        .expect_err("sentence 99 does not exist")
        .to_string();
    assert!(
        e.contains("source sentence 99 does not exist (the article has 19)"),
        "{e}"
    );
}

#[test]
fn not_toml_at_all_is_an_error_with_a_position() {
    let e = error("[[question]\nid = 1\n");
    assert!(e.starts_with("questions/x.toml:1:"), "{e}");
}
