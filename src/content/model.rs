//! The shapes of the content, written once. The same types are what the build reads from the TOML
//! files (serde, on the build machine) and what the guide renders (baked into statics by
//! `tools/bake.rs`, a serializer that writes Rust): adding a field is an edit here and an edit in
//! the component that shows it.
//!
//! Texts are `&'static str` and lists `List<T>`: the build leaks what it reads, so the values it
//! checks and bakes are the very values the guide holds. Region files give each text per locale
//! (`Localized`); a wasm carries only its own locale's words.
//!
//! Over 400 lines: every content shape is here, once, on purpose (one place to read the model).

#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Serialize};

/// Text as written in a content file: plain text, never HTML (the build refuses `<` and `>`).
pub type Text = &'static str;

/// A list in the content. A newtype so the build can read it (a `Vec` it leaks) and bake it
/// (`List(&[…])`).
#[derive(Debug, PartialEq, Eq)]
pub struct List<T: 'static>(pub &'static [T]);

// A shared reference, copied whatever `T` is (a derive would ask `T: Copy`).
impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for List<T> {}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(&[])
    }
}

impl<T> List<T> {
    /// The items, for as long as the content lives (always).
    pub fn all(&self) -> &'static [T] {
        self.0
    }
}

impl<T> std::ops::Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0
    }
}

/// A text (or list) given per locale, `{ en = "…", es = "…" }`, or once for every locale (a plain
/// value, as a web address). The build reads every locale's; the guide holds only `value`, the
/// one it speaks (baked with an empty `all`).
#[derive(Debug, PartialEq, Eq)]
pub struct Localized<T: 'static> {
    /// The value in the locale this build carries (in the build: the source locale's).
    pub value: T,
    /// Every locale's value, by locale code (`*` for one value shared by all); empty in the guide.
    pub all: &'static [(&'static str, T)],
}

impl<T: Copy> Clone for Localized<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Copy> Copy for Localized<T> {}

impl<T> Localized<T> {
    /// The value in the locale this build carries.
    pub fn get(&self) -> &T {
        &self.value
    }

    /// The value for `locale` (or the one every locale shares); the guide's own value when the
    /// build kept no others.
    pub fn get_in(&self, locale: &str) -> Option<&T> {
        if self.all.is_empty() {
            return Some(&self.value);
        }
        self.all
            .iter()
            .find(|(l, _)| *l == locale || *l == EVERY_LOCALE)
            .map(|(_, v)| v)
    }
}

impl Localized<Text> {
    /// The text in the locale this build carries.
    pub fn text(&self) -> Text {
        self.value
    }
}

/// The locale every other is translated from and compared with, and the default.
pub const SOURCE_LOCALE: &str = "en";

/// The key of a value that reads the same in every locale.
pub const EVERY_LOCALE: &str = "*";

#[cfg(not(target_arch = "wasm32"))]
mod serde_impls {
    //! Reading leaks (the build runs once and exits); baking writes the one locale being baked.
    use super::{List, Localized, EVERY_LOCALE, SOURCE_LOCALE};

    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::cell::Cell;
    use std::collections::BTreeMap;

    thread_local! {
        static BAKING: Cell<&'static str> = const { Cell::new("") };
    }

    /// The locale `Localized` values are baked for, until the next call.
    pub fn bake_locale(locale: &'static str) {
        BAKING.with(|b| b.set(locale));
    }

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            Ok(List(Box::leak(
                Vec::<T>::deserialize(d)?.into_boxed_slice(),
            )))
        }
    }

    impl<T: Serialize> Serialize for List<T> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_newtype_struct("List", self.0)
        }
    }

    #[derive(Deserialize)]
    #[serde(untagged, bound(deserialize = "'de: 'static, T: Deserialize<'de>"))]
    enum OneOrPer<T> {
        Per(BTreeMap<&'static str, T>),
        One(T),
    }

    impl<'de: 'static, T: Deserialize<'de> + Copy> Deserialize<'de> for Localized<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let pairs: Vec<(&'static str, T)> = match OneOrPer::deserialize(d)? {
                OneOrPer::Per(map) => map.into_iter().collect(),
                OneOrPer::One(value) => vec![(EVERY_LOCALE, value)],
            };
            let value = pairs
                .iter()
                .find(|(l, _)| *l == SOURCE_LOCALE || *l == EVERY_LOCALE)
                .or(pairs.first())
                .map(|(_, v)| *v)
                .ok_or_else(|| serde::de::Error::custom("has no text"))?;
            Ok(Localized {
                value,
                all: Box::leak(pairs.into_boxed_slice()),
            })
        }
    }

    /// `Localized { value: <the baked locale's>, all: &[] }`: a wasm carries one language.
    impl<T: Serialize> Serialize for Localized<T> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeStruct;
            let locale = BAKING.with(Cell::get);
            let mut out = s.serialize_struct("Localized", 2)?;
            out.serialize_field("value", self.get_in(locale).unwrap_or(&self.value))?;
            out.serialize_field("all", &[] as &[(&str, &T)])?;
            out.end()
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(unused_imports)] // used by the build, not by the guide
pub use serde_impls::bake_locale;

/// A way to reach help: a number to call or text, or a web address. `tel` and `sms` are E.164 or
/// short codes; `display` is the number as printed (read aloud by `spoken`).
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Line {
    /// The line's key in `[lines]` (filled in by the build).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub id: Text,
    pub name: Localized<Text>,
    pub tel: Option<Text>,
    pub sms: Option<Text>,
    pub url: Option<Text>,
    pub display: Text,
    /// An `https://` address, or the name of a publication or service per locale.
    pub source: Localized<Text>,
    /// The day an editor last checked the line against the facts sheets (read from stored copies
    /// of the sources): the guide says "reviewed", never "verified".
    pub last_reviewed: Text,
    /// The day the line was last checked on its live source, if ever (for editors only).
    pub last_verified: Option<Text>,
    /// The languages the line answers in (for a web address, its page's), as the facts sheets
    /// state them (locale codes); unset, English only. A reader in another language sees that it
    /// may answer in English (that the page may be in English).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub languages: List<Text>,
    /// The facts sheets say someone supporting a loved one may call it for themself: a line for
    /// families or for anyone in distress. It decides the journey's "Reach out" buttons (the build
    /// refuses it on a line that step does not offer). Unset, a supporter
    /// reads it as their loved one's line ("They can call...").
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub for_supporters: bool,
    /// The facts sheets say a caller can ask for an interpreter (FRANK: 120 languages): a reader
    /// in a language it is not known to answer in is told that, not that it may answer in English.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub interpreters: bool,
    /// Its web address is a chat, where someone answers: beside its link, a reader in another
    /// language is told what a line's call would tell them ("may answer in English"), not that a
    /// page may be in English (review71b, RE3). Only on a line with a `url`.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub chat: bool,
}

impl Line {
    /// Whether the line is known to answer in `locale` (English where no language is stated).
    pub fn answers_in(&self, locale: &str) -> bool {
        if self.languages.is_empty() {
            locale == "en"
        } else {
            self.languages.contains(&locale)
        }
    }

    /// How a screen reader says the line: the number digit by digit, or a web address as shown.
    pub fn spoken(&self) -> String {
        if self.tel.is_some() || self.sms.is_some() {
            super::read_digits(self.display)
        } else {
            self.display.to_string()
        }
    }

    /// The number to call. The build guarantees one for the help bar's lines.
    pub fn tel_href(&self) -> String {
        let mut href = String::from("tel:");
        href.push_str(self.tel.unwrap_or_default());
        href
    }

    /// Whether the line is only texted: it has a number to text and none to call.
    pub fn text_only(&self) -> bool {
        self.tel.is_none() && self.sms.is_some()
    }

    /// The number to call, or to text where the line is only texted (a "Reach out" line: the
    /// build guarantees one or the other).
    pub fn contact_href(&self) -> String {
        match (self.tel, self.sms) {
            (None, Some(sms)) => format!("sms:{sms}"),
            _ => self.tel_href(),
        }
    }
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(rename_all(deserialize = "lowercase"))
)]
pub enum TierKind {
    Emergency,
    Crisis,
    Treatment,
}

impl TierKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TierKind::Emergency => "emergency",
            TierKind::Crisis => "crisis",
            TierKind::Treatment => "treatment",
        }
    }
}

/// How an action reaches its line.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(rename_all(deserialize = "lowercase"))
)]
pub enum Via {
    Call,
    Text,
    Web,
}

/// A tappable link: "Call {number}", "Text AYUDA to {number}", "Chat at {number}".
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Action {
    /// A line of the region (its key in `[lines]`), or `main_helpline` or `emergency`: the
    /// region's own, so a locale file's action works in every region.
    pub line: Text,
    pub via: Via,
    /// Contains `{number}`, which shows the line's number as printed ("Call {number}"), and may
    /// name the line with `{name}` ("{name}: call {number}"), for a text several regions share,
    /// whose lines differ.
    pub label: Localized<Text>,
    /// The text message to pre-fill, for `via = "text"`.
    pub body: Option<Text>,
    pub note: Option<Localized<Text>>,
}

impl Action {
    /// The link's accessible name: what it shows, then whose line it is and the number read
    /// digit by digit ("Call 1-800-662-HELP (4357), SAMHSA National Helpline, 1, 8 0 0, …").
    pub fn accessible_name(&self, line: &Line) -> String {
        super::named(
            &self.label_for(line),
            line.display,
            line.name.text(),
            &line.spoken(),
        )
    }

    /// The label with the line's name put in for `{name}`; `{number}` stays for the link to show
    /// as a number.
    pub fn label_for(&self, line: &Line) -> String {
        super::fill(self.label.text(), &[(LINE_NAME, line.name.text())])
    }

    /// `tel:`, `sms:` or `https:`, from content the build has checked.
    pub fn href(&self, line: &Line) -> String {
        let (scheme, target) = match self.via {
            Via::Call => ("tel:", line.tel),
            Via::Text => ("sms:", line.sms),
            Via::Web => ("", line.url),
        };
        let mut href = String::from(scheme);
        href.push_str(target.unwrap_or_default());
        if let (Via::Text, Some(body)) = (self.via, self.body) {
            href.push_str("?&body=");
            href.push_str(body);
        }
        href
    }
}

/// A piece of reader content. Any section made of blocks (help tiers, questions, topics) needs no
/// rendering code of its own: `components::blocks` draws each kind. In a file, `type` names the
/// kind: `{ type = "list", title = "…", items = ["…"] }`.
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(
        rename_all(deserialize = "snake_case"),
        deny_unknown_fields,
        bound(deserialize = "'de: 'static")
    )
)]
pub enum Block {
    /// A paragraph.
    Paragraph { text: Localized<Text> },
    /// A bulleted list, with an optional heading.
    List {
        title: Option<Localized<Text>>,
        items: Localized<List<Text>>,
    },
    /// Steps to take in this order: a numbered list.
    Steps {
        title: Option<Localized<Text>>,
        items: Localized<List<Text>>,
    },
    /// Something a reader must not miss (a risk, a "do not").
    Warning { text: Localized<Text> },
    /// Links that call, text or open a page.
    Actions { actions: List<Action> },
    /// A text, then the region's "Reach out" lines to call (those the journey's first step offers,
    /// `Region::reach_out`) and the region's note on them: a question sends a reader who has no
    /// care team yet to the lines of their own region, without naming them.
    ReachOut { text: Localized<Text> },
    /// A small table: a caption, column headings, and rows of cells (the first cell heads its row).
    Table {
        caption: Localized<Text>,
        head: Localized<List<Text>>,
        rows: List<Localized<List<Text>>>,
    },
}

/// One card of help, headed by the action to take.
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Tier {
    pub kind: TierKind,
    pub heading: Localized<Text>,
    pub body: Localized<Text>,
    pub actions: List<Action>,
    /// What follows the actions (and, in the emergency tier, the signs of an overdose).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub blocks: List<Block>,
    /// The sources of what the tier says in words (its steps, its notes, the signs of an
    /// overdose), listed under it; a line's name and number are its own `source`'s, in the footer.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub sources: List<Localized<Text>>,
}

/// A region pack: its emergency number, its helplines and its help tiers.
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Region {
    pub code: Text,
    /// The locale this copy is baked for (filled in by the build).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub locale: Text,
    pub name: Localized<Text>,
    /// When the region's lines must next be re-checked against their sources.
    pub next_review: Text,
    /// The help bar's line (it has a number to call).
    pub main_helpline: Text,
    pub emergency: Text,
    /// How the region's readers write a date, per locale (`{day} {month} {year}` in the UK), when
    /// it differs from the locale's own `date_pattern`.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub date_pattern: Option<Localized<Text>>,
    /// The lines the journey's "Reach out" step offers (the main helpline when empty).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub reach_out: List<Text>,
    /// Said under those lines to both readers: where they do not serve every reader in the
    /// region, what to do instead; or what the reader should know before calling them. It may name
    /// the region's `{phrases}`, as a tier's body may.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub reach_out_note: Option<Localized<Text>>,
    /// What a supporter can do now in "Reach out", where the journey's words do not fit the
    /// region's lines (a line that serves supporters in one province only, or a listening line).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub reach_out_supporter_now: Option<Localized<Text>>,
    /// The slim bar's words for the main line (`{number}`, as `Ui::sticky_call`), where "Call
    /// {number}" alone would hide what the line is for: Canada's is for people using alone.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub sticky_call: Option<Localized<Text>>,
    /// Every line, in `id` order (the build turns the `[lines]` table into this list).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(deserialize_with = "serde_impls_keyed::lines")
    )]
    pub lines: List<Line>,
    pub tiers: List<Tier>,
    /// The region's own words for a sentence the guide's texts share (`[phrases]`): a journey step
    /// or an answer writes `{get_naloxone}`, and each region says how its readers get naloxone.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, deserialize_with = "serde_impls_keyed::phrases")
    )]
    pub phrases: List<Phrase>,
}

/// The one phrase every region has without writing it: `{emergency_number}` is the number of the
/// region's `emergency` line ("call {emergency_number} now"), so the number is written once. A
/// region with two numbers writes `[phrases.emergency_number]` ("112 or 999"), which comes first.
pub const EMERGENCY_NUMBER: &str = "emergency_number";

/// What an action's label may write, besides `{number}`, for the name of the line it calls:
/// "{name}: call {number}" shows "FRANK: call 0300 123 6600" in the UK and the hotline's name in
/// Australia, from one text.
pub const LINE_NAME: &str = "name";

/// One of a region's phrases, `[phrases.get_naloxone]`: its words in every locale and where they
/// come from, listed among the sources of each step and answer that says them.
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Phrase {
    /// Its key in `[phrases]`, the name a text writes between braces (filled in by the build).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub id: Text,
    pub text: Localized<Text>,
    pub sources: List<Localized<Text>>,
    /// Whether the region has it from `phrases.toml`, not in its own words (set by the build; a
    /// content file cannot write it).
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip_deserializing))]
    pub inherited: bool,
}

/// `phrases.toml`: the phrases every region has without writing them, each once in every locale
/// with its sources (`[phrases.drinking_on_treatment]`): a sentence true in every region is written
/// once, and each region's card or answer names it. A region that writes a phrase of the same name
/// says it in its own words instead, as with `{emergency_number}`.
#[derive(Debug, PartialEq, Eq, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct SharedPhrases {
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(default, deserialize_with = "serde_impls_keyed::phrases")
    )]
    pub phrases: List<Phrase>,
}

impl Phrase {
    /// The same phrase, for another list (its fields are shared references).
    pub fn copied(&self) -> Phrase {
        Phrase {
            id: self.id,
            text: self.text,
            sources: self.sources,
            inherited: self.inherited,
        }
    }

    /// The shared phrase, as a region that does not write it in its own words has it.
    pub fn as_inherited(&self) -> Phrase {
        Phrase {
            inherited: true,
            ..self.copied()
        }
    }

    /// Whether `text` names this phrase, as `{get_naloxone}` or, optional, `{urgent_care?}`.
    pub fn named_in(&self, text: &str) -> bool {
        text.contains(&format!("{{{}}}", self.id)) || text.contains(&format!("{{{}?}}", self.id))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod serde_impls_keyed {
    use super::{Line, List, Phrase};
    use serde::{Deserialize, Deserializer};
    use std::collections::BTreeMap;

    /// `[lines.samhsa]` → a `Line` whose `id` is `samhsa`.
    pub fn lines<'de: 'static, D: Deserializer<'de>>(d: D) -> Result<List<Line>, D::Error> {
        let map = BTreeMap::<&'static str, Line>::deserialize(d)?;
        let lines: Vec<Line> = map
            .into_iter()
            .map(|(id, line)| Line { id, ..line })
            .collect();
        Ok(List(Box::leak(lines.into_boxed_slice())))
    }

    /// `[phrases.get_naloxone]` → a `Phrase` whose `id` is `get_naloxone`.
    pub fn phrases<'de: 'static, D: Deserializer<'de>>(d: D) -> Result<List<Phrase>, D::Error> {
        let map = BTreeMap::<&'static str, Phrase>::deserialize(d)?;
        let phrases: Vec<Phrase> = map
            .into_iter()
            .map(|(id, phrase)| Phrase { id, ..phrase })
            .collect();
        Ok(List(Box::leak(phrases.into_boxed_slice())))
    }
}

impl Region {
    /// A line by its id, or by the region's role for it (`main_helpline`, `emergency`).
    pub fn line(&self, id: &str) -> Option<&'static Line> {
        let id = match id {
            "main_helpline" => self.main_helpline,
            "emergency" => self.emergency,
            other => other,
        };
        let lines: &'static [Line] = self.lines.0;
        lines.iter().find(|l| l.id == id)
    }

    fn line_or_first(&self, id: &str) -> &'static Line {
        let lines: &'static [Line] = self.lines.0;
        self.line(id).unwrap_or(&lines[0])
    }

    /// The help bar's line (the build guarantees it exists and has a number to call).
    pub fn main_helpline(&self) -> &'static Line {
        self.line_or_first(self.main_helpline)
    }

    /// The number to call in an emergency.
    pub fn emergency(&self) -> &'static Line {
        self.line_or_first(self.emergency)
    }

    /// The lines the journey's "Reach out" step offers.
    pub fn reach_out(&self) -> Vec<&'static Line> {
        if self.reach_out.is_empty() {
            vec![self.main_helpline()]
        } else {
            self.reach_out
                .iter()
                .filter_map(|id| self.line(id))
                .collect()
        }
    }

    /// The sources of the lines "Reach out" offers, each once, then those of the phrases its note
    /// names: the journey's step lists them with its own.
    pub fn reach_out_line_sources(&self) -> Vec<Text> {
        let mut sources: Vec<Text> = Vec::new();
        let lines = self.reach_out().into_iter().map(|line| *line.source.get());
        let note = self.reach_out_note.map(|note| note.text());
        for source in lines.chain(self.phrase_sources(note)) {
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        sources
    }

    /// The same, where `blocks` offer those lines (in a `reach_out` block); none where they do not.
    pub fn reach_out_sources(&self, blocks: &[Block]) -> Vec<Text> {
        if blocks.iter().any(|b| matches!(b, Block::ReachOut { .. })) {
            self.reach_out_line_sources()
        } else {
            Vec::new()
        }
    }

    /// `text` with each `{phrase}` the region has put in, in the region's own words ("Ask a drug
    /// service or a pharmacy for a free naloxone kit."). A text without braces comes back as it is.
    pub fn with_phrases(&self, text: &str) -> String {
        self.with_phrases_in(text, self.locale)
    }

    /// `with_phrases` in `locale`, for a region that holds every locale's words (the content
    /// build's and the tests'); a baked region holds only its own, whatever `locale` says.
    pub fn with_phrases_in(&self, text: &str, locale: &str) -> String {
        if !text.contains('{') {
            return text.to_string();
        }
        let phrases: &'static [Phrase] = self.phrases.0;
        let mut values: Vec<(&str, &str)> = phrases
            .iter()
            .filter_map(|p| Some((p.id, *p.text.get_in(locale)?)))
            .collect();
        values.push((EMERGENCY_NUMBER, self.emergency().display));
        let fill_once = |text: &str| {
            let text = super::template::optional_resolved(text, |name| {
                values.iter().any(|(id, _)| *id == name)
            });
            super::template::fill(&text, &values)
        };
        // A phrase may name the emergency number or another phrase (one level: the build refuses
        // deeper), so a sentence every warning ends with is written once, in its phrase.
        fill_once(&fill_once(text))
    }

    /// The sources of the phrases `texts` name, each once: a step or an answer lists them with its
    /// own, as it lists its lines' sources.
    pub fn phrase_sources<'t>(&self, texts: impl IntoIterator<Item = &'t str>) -> Vec<Text> {
        let phrases: &'static [Phrase] = self.phrases.0;
        let emergency_number = format!("{{{EMERGENCY_NUMBER}}}");
        let mut sources = Vec::new();
        for text in texts {
            // What the phrases it names name in turn counts as named by the text itself, in the
            // same order as if their words were written out there.
            let nested: Vec<Text> = phrases
                .iter()
                .filter(|p| p.named_in(text))
                .flat_map(|p| {
                    p.text
                        .all
                        .iter()
                        .map(|(_, words)| *words)
                        .chain([p.text.value])
                })
                .collect();
            let text = [text]
                .into_iter()
                .chain(nested)
                .collect::<Vec<_>>()
                .join(" ");
            let text = text.as_str();
            let named = phrases.iter().filter(|p| p.named_in(text));
            let emergency = text
                .contains(&emergency_number)
                .then(|| self.emergency().source.text());
            let said = named.flat_map(|p| p.sources.iter().map(|s| s.text()));
            for source in said.chain(emergency) {
                if !sources.contains(&source) {
                    sources.push(source);
                }
            }
        }
        sources
    }

    /// Every line the help bar and tiers show, once each, in order of appearance.
    pub fn lines_shown(&self) -> Vec<&'static Line> {
        let mut lines: Vec<&'static Line> = vec![self.main_helpline(), self.emergency()];
        let tiers: &'static [Tier] = self.tiers.0;
        let actions = tiers
            .iter()
            .flat_map(|t| t.actions.0.iter().filter_map(|a| self.line(a.line)));
        for line in self.reach_out().into_iter().chain(actions) {
            if !lines.iter().any(|l| l.id == line.id) {
                lines.push(line);
            }
        }
        lines
    }
}

/// Words of the interface itself: labels, notices, quick exit, the privacy promise.
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Ui {
    pub locale: Text,
    pub author: Text,
    pub last_reviewed: Text,
    pub next_review: Text,
    pub guide_label: Text,
    pub helpbar_label: Text,
    pub helpbar_call: Text,
    /// The slim bar's call, with `{number}`: "Call {number}".
    pub sticky_call: Text,
    /// Contains `{number}`.
    pub helpbar_overdose: Text,
    /// The slim bar's emergency call, with `{number}`: "Overdose? {number}".
    pub sticky_overdose: Text,
    pub fallback_notice: Text,
    pub quick_exit: Text,
    /// "Exit this page" where the slim bar is narrow: a word the full name starts with ("Exit").
    pub quick_exit_short: Text,
    pub quick_exit_hint: Text,
    /// Contains `{n}`: the presses still needed.
    pub quick_exit_presses: Text,
    pub quick_exit_leaving: Text,
    pub sources: Text,
    pub last_reviewed_label: Text,
    pub next_review_label: Text,
    /// The language's own name ("Español"), where a partner chooses it (the snippet builder).
    pub language_name: Text,
    /// Beside a line not known to answer in the reader's language: it may answer in English.
    pub answers_in_english: Text,
    /// Beside such a line, where a caller can ask for an interpreter (`Line::interpreters`): it
    /// may still answer in English first, and an interpreter can be asked for (said to neither
    /// reader).
    pub ask_for_interpreter: Text,
    /// `answers_in_english` said once above several calls and texts that would each say it.
    pub these_answer_in_english: Text,
    /// Beside a line that answers in French and English but not in the reader's language (Canada's
    /// bilingual lines, to a Spanish reader): it may answer in French or English.
    pub answers_in_french_or_english: Text,
    /// `answers_in_french_or_english` said once above several calls and texts that would each say it.
    pub these_answer_in_french_or_english: Text,
    /// Beside a link to a web page not known to be in the reader's language, where it is in
    /// English: the page may be in English (a web address talks to no one, so no line's words fit).
    pub page_in_english: Text,
    /// What goes between a label and what it labels ("Last reviewed: …"): French puts a space
    /// (a no-break one) before the colon.
    pub colon: Text,
    pub reviewed_by: Text,
    pub privacy_title: Text,
    pub privacy: List<Text>,
    pub safety_title: Text,
    pub safety: List<Text>,
    /// January to December.
    pub months: List<Text>,
    /// How a date reads, with `{day}`, `{month}` and `{year}`.
    pub date_pattern: Text,
    /// The first day of a month as `{day}` writes it: French writes "1er".
    pub first_day: Text,
}

/// A step's words for one reader: the person themself, or someone who cares about them.
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct StepText {
    pub what: Text,
    pub ask: Text,
    pub time: Option<Text>,
    pub now: Text,
    /// For a supporter, in a step that offers the region's lines (`call_now`): what to do now
    /// where none of those lines serves them (every one is their loved one's to call).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub now_if_lines_are_theirs: Option<Text>,
    /// Each danger in a box of its own, in the order the reader meets it (a detox's seizures
    /// from stopping alcohol, then the overdose after it), so none hides inside another's words.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub warnings: List<Text>,
}

/// An "or" branch within a step.
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Choice {
    pub title: Text,
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename(deserialize = "self")))]
    pub me: Text,
    pub loved_one: Text,
}

#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Step {
    pub id: Text,
    pub title: Text,
    /// Ends "what you can do now" with the region's helpline.
    pub call_now: bool,
    /// May be left out where the step offers the region's lines (`call_now`): their sources
    /// are then its sources.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub sources: List<Text>,
    pub last_reviewed: Text,
    pub next_review: Text,
    #[cfg_attr(not(target_arch = "wasm32"), serde(rename(deserialize = "self")))]
    pub me: StepText,
    pub loved_one: StepText,
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub choices: List<Choice>,
}

impl Block {
    /// The texts that take the region's `{phrases}`: a paragraph's, a warning's, a list's items
    /// (not a heading, a caption or a table's cells).
    pub fn phrased_texts(&self) -> Vec<Text> {
        self.phrased_texts_in(None)
    }

    /// The same in `locale`, for a region's block, which holds every locale's words in the build
    /// (`None`: the words this copy carries).
    pub fn phrased_texts_in(&self, locale: Option<&str>) -> Vec<Text> {
        match self {
            Block::Paragraph { text } | Block::Warning { text } | Block::ReachOut { text } => {
                vec![*in_locale(text, locale)]
            }
            Block::List { items, .. } | Block::Steps { items, .. } => {
                in_locale(items, locale).all().to_vec()
            }
            Block::Actions { .. } | Block::Table { .. } => Vec::new(),
        }
    }
}

/// `value` in `locale`, or the words this copy carries (`None`, or a locale it lacks).
fn in_locale<'a, T>(value: &'a Localized<T>, locale: Option<&str>) -> &'a T {
    locale.and_then(|l| value.get_in(l)).unwrap_or(value.get())
}

impl Tier {
    /// The texts of the card that take the region's `{phrases}`, in `locale` (as
    /// `Block::phrased_texts_in`): its body and its blocks' (not its heading, whose braces are its
    /// first action's number).
    pub fn phrased_texts_in(&self, locale: Option<&str>) -> Vec<Text> {
        let mut texts = vec![*in_locale(&self.body, locale)];
        for block in self.blocks.iter() {
            texts.extend(block.phrased_texts_in(locale));
        }
        texts
    }
}

impl Step {
    /// Everything the step says, to both readers: its title, each reader's words and its "or"
    /// choices (what the reading-level and safe-words checks read).
    pub fn texts(&self) -> Vec<Text> {
        let mut texts = vec![self.title];
        for words in [&self.me, &self.loved_one] {
            texts.extend([words.what, words.ask, words.now]);
            texts.extend(words.time);
            texts.extend(words.now_if_lines_are_theirs);
            texts.extend(words.warnings.iter().copied());
        }
        for choice in self.choices.iter() {
            texts.extend([choice.title, choice.me, choice.loved_one]);
        }
        texts
    }
}

#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Journey {
    pub title: Text,
    /// Under the title, where the help section is shown: a link to the overdose steps.
    pub overdose_link: Text,
    pub intro: Text,
    /// The intro worded for someone supporting a loved one: the choices are the loved one's.
    pub loved_one_intro: Text,
    pub show_all: Text,
    pub hide_all: Text,
    pub show: Text,
    pub hide: Text,
    pub step: Text,
    pub or: Text,
    pub audience_legend: Text,
    pub audience_self: Text,
    pub audience_loved_one: Text,
    pub what: Text,
    pub ask: Text,
    pub time: Text,
    pub now: Text,
    pub sources: Text,
    /// Heads the lines that serve a supporter (and, as every "Reach out" line does, the person who
    /// uses), where lines that are only their loved one's to call follow: "For you and your loved
    /// one:" (each group has its heading, so a supporter knows which they may call).
    pub your_lines: Text,
    /// Heads a supporter's list of lines that are their loved one's to call.
    pub their_lines: Text,
    /// Said before such a line's name: "They can call".
    pub they_can_call: Text,
    /// Said before the name of a line "Reach out" offers to text (it has no number to call):
    /// "Text", and to a supporter, where it is their loved one's, "They can text".
    pub text: Text,
    pub they_can_text: Text,
    pub steps: List<Step>,
}

#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct CompareOption {
    pub id: Text,
    pub name: Text,
}

#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct CompareRow {
    pub question: Text,
    /// A United States rule: shown only in the `us` region.
    pub us_only: bool,
    /// One cell per option, in the options' order.
    pub cells: List<Text>,
}

#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Grid {
    pub id: Text,
    pub title: Text,
    pub caption: Text,
    pub question_header: Text,
    /// The sources of the rows every region sees.
    pub sources: List<Text>,
    /// The sources only the `us_only` rows rest on (US laws and rules): cited only where those
    /// rows are shown, so a reader elsewhere is not sent to a rule that is not theirs.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub us_only_sources: List<Text>,
    pub last_reviewed: Text,
    pub next_review: Text,
    pub options: List<CompareOption>,
    pub rows: List<CompareRow>,
}

#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Compare {
    pub title: Text,
    pub intro: Text,
    pub stance: Text,
    /// The intro and the stance worded for someone supporting a loved one (the rows stay in the
    /// words of the person in treatment).
    pub loved_one_intro: Text,
    pub loved_one_stance: Text,
    pub pick_legend: Text,
    pub pick_first: Text,
    pub pick_second: Text,
    pub us_only: Text,
    pub sources: Text,
    pub grids: List<Grid>,
}

#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct HelpText {
    pub title: Text,
    pub intro: Text,
    pub urgency_emergency: Text,
    pub urgency_crisis: Text,
    pub urgency_treatment: Text,
    /// The label of each tier's sources.
    pub sources: Text,
    /// Shown in every region's emergency tier: the signs are the same everywhere.
    pub overdose_signs_title: Text,
    pub overdose_signs: List<Text>,
    /// Said under the signs, in every region: what else can bring them on (methadone with alcohol
    /// or sedatives), so a reader who sees them after drinking does not wait. It may name the
    /// region's `{phrases}`.
    pub overdose_mixing: Text,
    /// Its sources' names, listed with the emergency card's own.
    pub overdose_mixing_sources: List<Text>,
    /// Contains `{name}`.
    pub partner_heading: Text,
    pub partner_default_name: Text,
    pub partner_body: Text,
    pub partner_call: Text,
    pub partner_text: Text,
    pub partner_web: Text,
    pub partner_hours: Text,
}

/// A question a reader asks, answered in blocks: the question is the heading, the answer comes
/// first, detail after (the NHS pattern). Copy: every field is a `'static` reference.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Question {
    pub id: Text,
    pub question: Text,
    /// The question as someone who cares about the reader asks it, when it differs.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub loved_one_question: Option<Text>,
    pub answer: List<Block>,
    /// The answer worded for someone who cares about the reader ("For someone I care about"),
    /// when it differs; `answer` serves both readers when this is empty.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub loved_one: List<Block>,
    /// Comes first for someone who cares about the reader (the question they ask first).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub loved_one_first: bool,
    /// Shown only in these regions (every region when empty).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub regions: List<Text>,
    pub sources: List<Text>,
    /// Sources only the supporter's answer (`loved_one`) rests on, such as the groups for people in
    /// their situation: listed after `sources`, for that reader only.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub loved_one_sources: List<Text>,
    pub last_reviewed: Text,
    pub next_review: Text,
}

impl Question {
    pub fn shown_in(&self, region: &str) -> bool {
        self.regions.is_empty() || self.regions.contains(&region)
    }
}

/// The "Questions people ask" section.
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    serde(deny_unknown_fields, bound(deserialize = "'de: 'static"))
)]
pub struct Questions {
    pub title: Text,
    pub intro: Text,
    pub sources: Text,
    /// Questions written in `questions.toml` itself; the build adds those of `questions/`.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub questions: List<Question>,
}

/// Everything the guide says in one locale.
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct Guide {
    pub locale: Text,
    pub ui: Ui,
    pub journey: Journey,
    pub compare: Compare,
    pub help: HelpText,
    pub questions: Questions,
}
