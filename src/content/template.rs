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

/// A call or text link's accessible name: its visible words first, word for word, so a person who
/// says what they see can follow it by voice (WCAG 2.5.3), then whose line it is and the number
/// read digit by digit: "Call 911, Emergency services, 9 1 1".
pub fn named(label: &str, display: &str, who: &str, spoken: &str) -> String {
    let mut name = fill(label, &[("number", display)]);
    for part in [who, spoken] {
        let part = part.trim();
        if !part.is_empty() {
            name.push_str(", ");
            name.push_str(part);
        }
    }
    name
}

/// The words before a number, their last space made a no-break one, so that a phone never leaves
/// the word that leads to the number alone at a line's end: "appelez le 988", "Llama al 988".
pub fn joined_to_number(before: &str) -> String {
    match before.strip_suffix(' ') {
        Some(words) => format!("{words}\u{a0}"),
        None => before.to_string(),
    }
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
    use super::{around, fill, joined_to_number};

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
    fn the_word_before_a_number_keeps_to_it() {
        assert_eq!(
            joined_to_number("Québec : appelez le "),
            "Québec : appelez le\u{a0}"
        );
        assert_eq!(joined_to_number("Llama al "), "Llama al\u{a0}");
        assert_eq!(joined_to_number("9-8-8: "), "9-8-8:\u{a0}");
        // Nothing before the number, or no space: nothing to keep.
        assert_eq!(joined_to_number(""), "");
        assert_eq!(joined_to_number("("), "(");
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
