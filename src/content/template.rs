//! `{placeholder}` templates: the content's words with numbers and names put in. Shared by the
//! runtime and the content build.

/// `"Call {name}, {number}"` with each `{key}` of `values` put in, in one pass over the template:
/// a value is never read again, so a partner's text can only ever be its own text. Char patterns
/// only (`{`, `}`): the wasm then carries none of the `&str` pattern-search machinery.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let value = after
            .split_once('}')
            .and_then(|(key, tail)| Some((values.iter().find(|(k, _)| *k == key)?.1, tail)));
        match value {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `template` with each optional `{key?}` made plain (`{key}`) where `has(key)`, and taken out,
/// with the space before it, where not: a sentence one region says, in a text every region shows,
/// where the others have nothing to say ("Get medical help. {urgent_care?}"). Char patterns only,
/// as `fill`. A pass of its own, not a branch of `fill`: only phrases take it, and the release
/// wasm, which renders no step or answer, carries `fill` but not this (folded into `fill`, it
/// cost every region's glue some 150 B brotli).
pub fn optional_resolved(template: &str, has: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((key, tail)) if key.ends_with('?') => {
                let name = &key[..key.len() - 1];
                if has(name) {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                } else if out.ends_with(' ') {
                    out.pop();
                }
                rest = tail;
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A call or text link's accessible name: its visible words first, word for word, so a person who
/// says what they see can follow it by voice (WCAG 2.5.3), then whose line it is and the number
/// read digit by digit: "Call 911, Emergency services, 9 1 1". Whose line it is is said once: a
/// name that starts or ends with the number leaves it out ("Call 988, Suicide & Crisis Lifeline,
/// 9 8 8", not "988, 988 Suicide…"), and a label that already names the line leaves the name out
/// ("Samaritans: call 116 123, 1 1 6, 1 2 3"), so a listener hears the number twice, not three
/// times (review65-sr, S2 and S3).
pub fn named(label: &str, display: &str, who: &str, spoken: &str) -> String {
    let mut name = fill(label, &[("number", display)]);
    let who = without_number(who, display);
    let who = if contains_ignoring_ascii_case(&name, who) {
        ""
    } else {
        who
    };
    for part in [who, spoken] {
        let part = part.trim();
        if !part.is_empty() {
            name.push_str(", ");
            name.push_str(part);
        }
    }
    name
}

/// A line's name without the number it starts or ends with ("988 Suicide & Crisis Lifeline" is
/// "Suicide & Crisis Lifeline" beside 988; "…texto 50808" beside 50808): the number as a word of
/// its own, not the first digits of another ("1117 line" beside 111 stays).
pub fn without_number<'a>(who: &'a str, display: &str) -> &'a str {
    let who = who.trim();
    match (who.strip_prefix(display), who.strip_suffix(display)) {
        (Some(rest), _) if rest.is_empty() || rest.starts_with([' ', '\u{a0}', ':']) => {
            rest.trim_start_matches([' ', '\u{a0}', ':'])
        }
        (_, Some(rest)) if rest.ends_with([' ', '\u{a0}']) => rest.trim_end(),
        _ => who,
    }
}

/// Whether `text` holds `part`, ASCII letters in either case ("Crisis text line" holds "crisis text
/// line"). Other letters are compared as they are: a full case fold would bring Unicode's tables
/// into the wasm.
fn contains_ignoring_ascii_case(text: &str, part: &str) -> bool {
    !part.is_empty()
        && text
            .as_bytes()
            .windows(part.len())
            .any(|w| w.eq_ignore_ascii_case(part.as_bytes()))
}

/// The longest number, in characters as shown, that a link's or a heading's words keep to: "13 11
/// 14" is short, "1 800 265-2626" is not.
pub const HELD_NUMBER_CHARS: usize = 9;

/// The words before a short number (`display`: "988", "9-8-8", "13 11 14"), their last space made
/// a no-break one, so that a phone never leaves the word that leads to the number alone at a
/// line's end: "appelez le 988", "Llama al 988". A long number ("1-800-662-HELP (4357)") or an
/// address keeps its plain space: held to its word, it could not fit a narrow line.
pub fn joined_to_number(before: &str, display: &str) -> String {
    match before.strip_suffix(' ') {
        Some(words) if display.chars().count() <= HELD_NUMBER_CHARS => format!("{words}\u{a0}"),
        _ => before.to_string(),
    }
}

/// A text with each short number held to the word before it ("Appelez le 911 maintenant",
/// "llama al 000"): the space between them made a no-break one. A short number is up to five
/// digits and hyphens, starting with a digit, not part of a word ("988lifeline.org" is not one).
pub fn short_numbers_held(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut last = None;
    for (i, c) in text.char_indices() {
        let after_word = last.is_some_and(char::is_alphabetic);
        let held = c == ' ' && after_word && short_number_at(text.get(i + 1..).unwrap_or(""));
        out.push(if held { '\u{a0}' } else { c });
        last = Some(c);
    }
    out
}

/// A text with each short number held to the word after it ("7 jours", "2 à 3 minutes", "30 to
/// 90 minutes"): the space between them made a no-break one, so a phone does not leave "30" alone
/// at a line's end, away from what it counts. With `short_numbers_held`, a range keeps together
/// ("de 30 à 90 minutes"). A short number is as in `short_numbers_held` (five digits at most,
/// starting with a digit, not part of a word or an address).
pub fn units_held(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut number_from = None;
    for (i, c) in text.char_indices() {
        let held = c == ' '
            && number_from.is_some_and(|from| short_number_at(&text[from..]))
            && text[i + 1..].starts_with(char::is_alphabetic);
        out.push(if held { '\u{a0}' } else { c });
        // Where the number that ends here began: after a space, a no-break space, an opening
        // bracket or the text's start (not after a letter, "/", "." or "-": "24/7", "988lifeline").
        let starts_number = c.is_ascii_digit()
            && text[..i]
                .chars()
                .next_back()
                .is_none_or(|b| matches!(b, ' ' | '\u{a0}' | '('));
        number_from = match (starts_number, c.is_ascii_digit() || c == '-') {
            (true, _) => Some(i),
            (false, true) => number_from,
            (false, false) => None,
        };
    }
    out
}

/// Whether `rest` starts with a short number (see `short_numbers_held`).
fn short_number_at(rest: &str) -> bool {
    // Digits and hyphens are ASCII: their count is their length in bytes.
    let len = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .count();
    let starts_with_digit = rest.starts_with(|c: char| c.is_ascii_digit());
    let ends_there = !rest
        .get(len..)
        .unwrap_or("")
        .starts_with(char::is_alphanumeric);
    starts_with_digit && len <= 5 && ends_there
}

/// The fewest digits in a phone number written in running text (see `phone_numbers_in`).
pub const PHONE_DIGITS: usize = 7;

/// `text` cut into pieces, each marked `true` where it is a phone number written in the words
/// ("call 1-888-688-6677 instead", "1 800 265-2626"): digits in groups joined by one hyphen or
/// space, seven digits or more, not part of a word or an address. The guide keeps each on one
/// line: a narrow screen broke "1-888-688-" from "6677". Short numbers are `short_numbers_held`'s.
pub fn phone_numbers_in(text: &str) -> Vec<(&str, bool)> {
    let mut pieces = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < text.len() {
        let len = phone_number_at(text, i);
        if len > 0 {
            if from < i {
                pieces.push((&text[from..i], false));
            }
            pieces.push((&text[i..i + len], true));
            i += len;
            from = i;
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if from < text.len() {
        pieces.push((&text[from..], false));
    }
    pieces
}

/// The length in bytes of the phone number starting at byte `at` of `text`, or 0.
fn phone_number_at(text: &str, at: usize) -> usize {
    let before = text[..at].chars().next_back();
    if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '+')) {
        return 0;
    }
    let (mut end, mut digits) = (at, 0);
    let mut chars = text[at..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let joins_digits = matches!(c, '-' | ' ' | '\u{a0}')
            && digits > 0
            && chars.peek().is_some_and(|(_, next)| next.is_ascii_digit());
        if c.is_ascii_digit() {
            digits += 1;
            end = at + i + 1;
        } else if !joins_digits {
            break;
        }
    }
    let after = text[end..].chars().next();
    let ends_there = !after.is_some_and(|c| c.is_alphanumeric() || c == '/');
    if digits >= PHONE_DIGITS && ends_there {
        end - at
    } else {
        0
    }
}

/// The most letters on one side of a hyphen that keep a compound whole (see `compounds_held`).
pub const HELD_COMPOUND_SIDE: usize = 4;

/// A text with each short compound kept on one line: a word joiner (U+2060) after its hyphen, so a
/// phone does not end a line at "Ai-" or "Royaume-". A compound is short where one side of the
/// hyphen has at most four letters ("Ai-je", "Royaume-Uni", "Nar-Anon", "long-term"); a longer one
/// may still break at its hyphen ("Colombie-/Britannique", which a narrow line needs), and so may
/// a number ("1-800-662-HELP") or an address. The joiner is not drawn nor read aloud, and
/// find-in-page matches across it (Chromium, Firefox and WebKit).
pub fn compounds_held(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for word in text.split_inclusive(char::is_whitespace) {
        let address = is_address(word);
        for (i, c) in word.char_indices() {
            out.push(c);
            if c == '-' && !address && short_compound_at(word, i) {
                out.push('\u{2060}');
            }
        }
    }
    out
}

/// Whether the hyphen at `i` in `word` joins letters, with at most `HELD_COMPOUND_SIDE` on a side,
/// or is inside a short number said digit by digit ("8-1-1", "9-8-8": three digits at most).
fn short_compound_at(word: &str, i: usize) -> bool {
    let is_letter = |c: &char| c.is_alphabetic();
    let before = word.get(..i).unwrap_or("").chars().rev();
    let before = before.take_while(is_letter).count();
    let after = word.get(i + 1..).unwrap_or("").chars();
    let after = after.take_while(is_letter).count();
    let letters = before > 0 && after > 0 && before.min(after) <= HELD_COMPOUND_SIDE;
    letters || short_spelled_number_at(word, i)
}

/// Whether the hyphen at `i` joins the digits of a short number standing alone (`short_number_at`:
/// five digits and hyphens at most), "8-1-1" or "9-8-8", not a phone number or "24-hour".
fn short_spelled_number_at(word: &str, i: usize) -> bool {
    let (head, tail) = (word.get(..i).unwrap_or(""), word.get(i + 1..).unwrap_or(""));
    let joins_digits = head.ends_with(|c: char| c.is_ascii_digit())
        && tail.starts_with(|c: char| c.is_ascii_digit());
    // Digits and hyphens are ASCII, so the run's start is a char boundary.
    let start = head
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-')
        .len();
    let alone = !head[..start].ends_with(char::is_alphanumeric);
    joins_digits && alone && short_number_at(&word[start..])
}

/// A web or mail address, which a narrow line must still be able to break.
fn is_address(word: &str) -> bool {
    word.contains(['/', '@'])
        || word
            .split('.')
            .skip(1)
            .any(|rest| rest.starts_with(char::is_alphanumeric))
}

/// The text before and after the first `{key}` in a template (all of it before, if none).
pub fn around<'a>(template: &'a str, key: &str) -> (&'a str, &'a str) {
    for (i, c) in template.char_indices() {
        let tail = template.get(i + 1..).unwrap_or("");
        if c == '{' && tail.split_once('}').is_some_and(|(name, _)| name == key) {
            let end = i + key.len() + 2;
            return (
                template.get(..i).unwrap_or(""),
                template.get(end..).unwrap_or(""),
            );
        }
    }
    (template, "")
}

#[cfg(test)]
mod tests {
    use super::{
        around, compounds_held, fill, joined_to_number, named, optional_resolved, phone_numbers_in,
        short_numbers_held, units_held,
    };

    #[test]
    fn a_short_number_keeps_to_the_word_after_it() {
        assert_eq!(
            units_held("Ouvert 24 heures par jour, 7 jours par semaine."),
            "Ouvert 24\u{a0}heures par jour, 7\u{a0}jours par semaine."
        );
        // A range: the word after each number ("30 to"), and "to 90" by `short_numbers_held`.
        assert_eq!(
            units_held("wears off in 30 to 90 minutes"),
            "wears off in 30\u{a0}to 90\u{a0}minutes"
        );
        // A number in an address or a word, a long number, or one before a number: left alone.
        assert_eq!(
            units_held("988lifeline.org 24/7 text 838255 now, 1 800 265-2626 or 2026 report"),
            "988lifeline.org 24/7 text 838255 now, 1 800 265-2626 or 2026\u{a0}report"
        );
    }

    #[test]
    fn a_name_says_whose_line_it_is_once() {
        // The usual case: what it shows, whose line, the digits.
        assert_eq!(
            named("Call {number}", "911", "Emergency services", "9 1 1"),
            "Call 911, Emergency services, 9 1 1"
        );
        // A name that starts with the number leaves it out (review65-sr, S2).
        assert_eq!(
            named(
                "Call {number}",
                "988",
                "988 Suicide & Crisis Lifeline",
                "9 8 8"
            ),
            "Call 988, Suicide & Crisis Lifeline, 9 8 8"
        );
        assert_eq!(
            named(
                "Appelez le {number}",
                "9-8-8",
                "9-8-8\u{a0}: Ligne d'aide en cas de crise de suicide",
                "9, 8, 8"
            ),
            "Appelez le 9-8-8, Ligne d'aide en cas de crise de suicide, 9, 8, 8"
        );
        // ...or ends with it.
        assert_eq!(
            named(
                "Envía HELLO al {number}",
                "50808",
                "Línea de crisis por mensaje de texto 50808",
                "5 0 8 0 8"
            ),
            "Envía HELLO al 50808, Línea de crisis por mensaje de texto, 5 0 8 0 8"
        );
        // ...but not a name whose first digits only look like it.
        assert_eq!(
            named("Call {number}", "111", "1117 line", "1 1 1"),
            "Call 111, 1117 line, 1 1 1"
        );
        // A label that already names the line leaves the name out (S3), in either case.
        assert_eq!(
            named(
                "Samaritans: call {number}",
                "116 123",
                "Samaritans",
                "1 1 6, 1 2 3"
            ),
            "Samaritans: call 116 123, 1 1 6, 1 2 3"
        );
        assert_eq!(
            named(
                "Crisis text line: text HELLO to {number}",
                "50808",
                "50808 crisis text line",
                "5 0 8 0 8"
            ),
            "Crisis text line: text HELLO to 50808, 5 0 8 0 8"
        );
        // A name that is only the number says nothing more.
        assert_eq!(
            named("Call {number}", "111", "111", "1 1 1"),
            "Call 111, 1 1 1"
        );
    }

    #[test]
    fn a_phone_number_in_the_words_is_one_piece_and_nothing_else_is() {
        assert_eq!(
            phone_numbers_in("If no one answers, call 1-888-688-6677 instead."),
            [
                ("If no one answers, call ", false),
                ("1-888-688-6677", true),
                (" instead.", false),
            ]
        );
        assert_eq!(
            phone_numbers_in("Appelez le 1\u{a0}800 265-2626."),
            [
                ("Appelez le ", false),
                ("1\u{a0}800 265-2626", true),
                (".", false)
            ]
        );
        // Short numbers, figures, times, dates and addresses are not phone numbers.
        for text in [
            "Call 911 or 988 now.",
            "After 3 days or more, 2 to 3 minutes, 30 to 120 minutes.",
            "From 1 July 2022, 9 a.m. to 4 p.m., 24/7.",
            "Visit findtreatment.gov/1234567 or 988lifeline.org.",
            "Text 741741.",
        ] {
            assert_eq!(phone_numbers_in(text), [(text, false)], "{text}");
        }
        assert_eq!(phone_numbers_in(""), []);
    }

    #[test]
    fn fill_puts_each_value_in_once_and_never_reads_a_value_again() {
        assert_eq!(
            fill(
                "Call {name}, {number}",
                &[("number", "9 8 8"), ("name", "A {number}")]
            ),
            "Call A {number}, 9 8 8"
        );
        assert_eq!(
            fill(
                "{day} {month} {year}",
                &[("day", "4"), ("month", "May"), ("year", "2026")]
            ),
            "4 May 2026"
        );
        assert_eq!(fill("no {such} key, {", &[("n", "1")]), "no {such} key, {");
        assert_eq!(
            fill("Pulsa {n} veces más", &[("n", "2")]),
            "Pulsa 2 veces más"
        );
    }

    #[test]
    fn an_optional_key_is_kept_where_it_has_words_and_taken_out_with_its_space_where_not() {
        let has = |name: &str| name == "care";
        assert_eq!(
            optional_resolved("Get help. {care?}", has),
            "Get help. {care}"
        );
        assert_eq!(optional_resolved("Get help. {other?}", has), "Get help.");
        assert_eq!(
            optional_resolved("{other?}Get {number} help. {care?} Then", has),
            "Get {number} help. {care} Then"
        );
        assert_eq!(optional_resolved("no key, {", has), "no key, {");
    }

    #[test]
    fn the_word_before_a_short_number_keeps_to_it() {
        assert_eq!(
            joined_to_number("Québec : appelez le ", "1 800 265-2626"),
            "Québec : appelez le "
        );
        assert_eq!(joined_to_number("Appelez le ", "9-8-8"), "Appelez le\u{a0}");
        assert_eq!(joined_to_number("Llama al ", "988"), "Llama al\u{a0}");
        assert_eq!(joined_to_number("Call ", "13 11 14"), "Call\u{a0}");
        // An address, or nothing before the number: nothing to keep.
        assert_eq!(joined_to_number("Chat at ", "988lifeline.org"), "Chat at ");
        assert_eq!(joined_to_number("", "911"), "");
    }

    #[test]
    fn a_short_number_in_a_text_keeps_to_the_word_before_it() {
        assert_eq!(
            short_numbers_held("Appelez le 911 maintenant. Llama al 112 o al 999."),
            "Appelez le\u{a0}911 maintenant. Llama al\u{a0}112 o al\u{a0}999."
        );
        assert_eq!(
            short_numbers_held("Text 988 or chat 988lifeline.org, open 24/7."),
            "Text\u{a0}988 or chat 988lifeline.org, open\u{a0}24/7."
        );
        // A long number, or one after a sign ("(4357)"), is left as it is.
        assert_eq!(
            short_numbers_held("Call 1-800-662-4357, then 2 to 3 (4357)."),
            "Call 1-800-662-4357, then\u{a0}2 to\u{a0}3 (4357)."
        );
    }

    #[test]
    fn a_short_compound_stays_on_one_line() {
        const J: char = '\u{2060}';
        assert_eq!(
            compounds_held("Ai-je besoin d'aide au Royaume-Uni ? Qu'est-ce que Nar-Anon ?"),
            format!("Ai-{J}je besoin d'aide au Royaume-{J}Uni ? Qu'est-{J}ce que Nar-{J}Anon ?")
        );
        // Every hyphen of "passe-t-il" has a short side; "long-term" has two.
        assert_eq!(
            compounds_held("passe-t-il, long-term"),
            format!("passe-{J}t-{J}il, long-{J}term")
        );
        // A number said digit by digit is one word to a reader: "8-1-1", "9-8-8".
        assert_eq!(
            compounds_held("call 8-1-1 any time, or 9-8-8."),
            format!("call 8-{J}1-{J}1 any time, or 9-{J}8-{J}8.")
        );
        // Long on both sides, a number, an address: each may still break at its hyphen.
        for text in [
            "Colombie-Britannique, buprénorphine-naloxone",
            "Call 1-800-662-HELP (4357), 24-hour, 1-888-688-6677",
            "www.hse.ie/eng/find-help, drugs-alcohol.ie",
        ] {
            assert_eq!(compounds_held(text), text);
        }
    }

    #[test]
    fn around_splits_at_the_first_named_placeholder() {
        assert_eq!(
            around("Overdose? Call {number} now", "number"),
            ("Overdose? Call ", " now")
        );
        assert_eq!(
            around("¿Sobredosis? Llama al {number}", "number"),
            ("¿Sobredosis? Llama al ", "")
        );
        assert_eq!(around("{other} no key", "number"), ("{other} no key", ""));
    }
}
