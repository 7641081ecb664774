//! How a screen reader should say a phone number: digit by digit, in the groups the number is
//! printed in ("1-800-662-HELP (4357)" → "1, 8 0 0, 6 6 2, 4 3 5 7"). A voice reads "662" as
//! "six hundred sixty-two", in one language; digits apart read alike in every language. Digits
//! that are part of a word ("HELP4U") are not part of the number. Shared by the runtime (region
//! lines, a partner's number) and the content build (which checks the digits are the ones dialled).

pub fn read_digits(display: &str) -> String {
    let chars: Vec<char> = display.chars().collect();
    let mut groups: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let in_word = (start > 0 && chars[start - 1].is_ascii_alphabetic())
            || chars.get(i).is_some_and(char::is_ascii_alphabetic);
        if !in_word {
            let digits: Vec<String> = chars[start..i].iter().map(char::to_string).collect();
            groups.push(digits.join(" "));
        }
    }
    groups.join(", ")
}

#[cfg(test)]
mod tests {
    use super::read_digits;

    #[test]
    fn reads_each_digit_in_the_printed_groups_and_skips_digits_in_words() {
        assert_eq!(
            read_digits("1-800-662-HELP (4357)"),
            "1, 8 0 0, 6 6 2, 4 3 5 7"
        );
        assert_eq!(read_digits("435748 (HELP4U)"), "4 3 5 7 4 8");
        assert_eq!(read_digits("+1 (800) 555-0100"), "1, 8 0 0, 5 5 5, 0 1 0 0");
        assert_eq!(read_digits("9-8-8"), "9, 8, 8");
        assert_eq!(read_digits("000"), "0 0 0");
    }
}
