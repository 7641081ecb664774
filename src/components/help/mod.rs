//! Help, in tiers, most urgent first, each headed by the action to take (as NHS care cards).
//! The partner's own line, when given, comes first and says whose it is.

pub mod behaviour;

use crate::content::HelpText;
use crate::options::PartnerLine;

#[cfg(feature = "views")]
mod view;
#[cfg(feature = "views")]
pub use view::*;

/// The id of the emergency tier, whose overdose steps the journey's link leads to (the steps come
/// last on a long page: `journey::behave` takes the reader there).
pub const OVERDOSE_STEPS: &str = "rg-overdose";

/// A partner's line as the help section shows it: each value the card needs, worked out once
/// from the options (`of`), or, for the card the build renders, a marker in each place (`template`)
/// that the browser fills with the partner's values (`behaviour::fill`), so the WebAssembly draws
/// the card without a view library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerView {
    pub name: String,
    /// To call: `tel:` number, as shown, as read aloud, and the space that joins it to the word
    /// before it (`content::joined_to_number`: no-break before a short number).
    pub call: Option<[String; 4]>,
    /// To text: the same four.
    pub text: Option<[String; 4]>,
    /// The web page, after `https://`, and as shown.
    pub web: Option<[String; 2]>,
    pub hours: Option<String>,
}

impl PartnerView {
    /// The values of the markers `\u{1}0` to `\u{1}b` (the index in base 36), in the template's
    /// order; `None` where the partner gave nothing, so the item holding that marker goes.
    pub fn values(&self) -> [Option<String>; 12] {
        let three = |v: &Option<[String; 4]>, i: usize| v.as_ref().map(|v| v[i].clone());
        let web = |i: usize| self.web.as_ref().map(|v| v[i].clone());
        [
            Some(self.name.clone()),
            three(&self.call, 0),
            three(&self.call, 1),
            three(&self.call, 2),
            three(&self.text, 0),
            three(&self.text, 1),
            three(&self.text, 2),
            web(0),
            web(1),
            self.hours.clone(),
            three(&self.call, 3),
            three(&self.text, 3),
        ]
    }

    /// Every field present, each its marker (`\u{1}` and its index in `values`). The space before
    /// a number is a marker too: the number's length decides it, and the template has none.
    pub fn template() -> Self {
        let m = |i: char| format!("\u{1}{i}");
        PartnerView {
            name: m('0'),
            call: Some([m('1'), m('2'), m('3'), m('a')]),
            text: Some([m('4'), m('5'), m('6'), m('b')]),
            web: Some([m('7'), m('8')]),
            hours: Some(m('9')),
        }
    }

    /// The card's values from the partner's options (validated already), in `help`'s words.
    pub fn of(line: &PartnerLine, help: &HelpText) -> Self {
        let phone = |p: &Option<crate::options::Phone>| {
            p.as_ref().map(|p| {
                let joiner = crate::content::joined_to_number(" ", &p.display);
                [p.dial.clone(), p.display.clone(), p.spoken(), joiner]
            })
        };
        PartnerView {
            name: line
                .name
                .clone()
                .unwrap_or_else(|| help.partner_default_name.to_string()),
            call: phone(&line.phone),
            text: phone(&line.sms),
            web: line.url.as_ref().map(|url| {
                // In any case: the parser takes "HTTPS://" too, and the link writes its own.
                // (`get`, not an index: a slice that can panic links 3.5 KB of panic messages.)
                let https = url
                    .as_bytes()
                    .get(..8)
                    .is_some_and(|scheme| scheme.eq_ignore_ascii_case(b"https://"));
                let address = https.then(|| url.get(8..)).flatten().unwrap_or(url);
                [
                    address.to_string(),
                    address.trim_end_matches('/').to_string(),
                ]
            }),
            hours: line.hours.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PartnerView;
    use crate::content::{guide, Locale};
    use crate::options::PartnerLine;

    /// A short number keeps the word before it on its line; a long one may go to the next alone
    /// (held, it would pull "le" of "Appelez le" with it).
    #[test]
    fn a_partner_number_is_held_to_its_word_only_when_short() {
        let help = &guide(Locale::En).help;
        let joiner = |number: &str| {
            let line = PartnerLine {
                phone: Some(crate::options::Phone {
                    dial: String::new(),
                    display: number.to_string(),
                }),
                ..PartnerLine::default()
            };
            PartnerView::of(&line, help).values()[10].clone()
        };
        assert_eq!(joiner("741741").as_deref(), Some("\u{a0}"));
        assert_eq!(joiner("+1 (800) 555-0100").as_deref(), Some(" "));
    }

    /// The parser takes an address's scheme in any case; the card's link writes its own, once.
    #[test]
    fn a_partner_address_loses_its_scheme_in_any_case() {
        let help = &guide(Locale::En).help;
        for url in [
            "https://eap.example.com/help/",
            "HTTPS://eap.example.com/help/",
        ] {
            let line = PartnerLine {
                url: Some(url.to_string()),
                ..PartnerLine::default()
            };
            assert_eq!(
                PartnerView::of(&line, help).web,
                Some([
                    "eap.example.com/help/".to_string(),
                    "eap.example.com/help".to_string()
                ]),
                "{url}"
            );
        }
    }
}
