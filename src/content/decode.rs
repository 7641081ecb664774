//! Reads a region pack from the tokens `tools/tokens.rs` writes. The release wasm carries no
//! region: the loader picks the glue of the reader's region, which hands its pack to `mount`, so a
//! reader downloads one region's lines and help, not six. The pack is read once and kept for the
//! page's life (as a baked one would be).
//!
//! The fields are read in the order the model declares them; `tests/regions.rs` writes every
//! region in every locale and reads it back, so the two cannot drift.

use super::model::*;

/// Tokens in order; `None` once they run out or one does not read as what was asked for.
struct Tokens(std::str::Split<'static, char>);

impl Tokens {
    fn text(&mut self) -> Option<Text> {
        self.0.next()
    }

    fn flag(&mut self) -> Option<bool> {
        Some(!self.text()?.is_empty())
    }

    fn number(&mut self) -> Option<usize> {
        self.text()?.parse().ok()
    }

    fn option<T>(&mut self, read: impl Fn(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.flag()? {
            true => read(self).map(Some),
            false => Some(None),
        }
    }

    fn list<T>(&mut self, read: impl Fn(&mut Self) -> Option<T>) -> Option<List<T>> {
        let n = self.number()?;
        let items = (0..n).map(|_| read(self)).collect::<Option<Vec<T>>>()?;
        Some(List(Box::leak(items.into_boxed_slice())))
    }

    fn localized<T>(&mut self, read: impl Fn(&mut Self) -> Option<T>) -> Option<Localized<T>> {
        Some(Localized {
            value: read(self)?,
            all: &[],
        })
    }

    fn words(&mut self) -> Option<Localized<Text>> {
        self.localized(Self::text)
    }

    fn word_list(&mut self) -> Option<Localized<List<Text>>> {
        self.localized(|t| t.list(Self::text))
    }

    fn line(&mut self) -> Option<Line> {
        Some(Line {
            id: self.text()?,
            name: self.words()?,
            tel: self.option(Self::text)?,
            sms: self.option(Self::text)?,
            url: self.option(Self::text)?,
            display: self.text()?,
            source: self.words()?,
            last_reviewed: self.text()?,
            last_verified: self.option(Self::text)?,
            languages: self.list(Self::text)?,
            for_supporters: self.flag()?,
            interpreters: self.flag()?,
        })
    }

    // The unit variants (`via`, `kind`) are matched here, not by a shared generic reader: that cost
    // the Spanish wasm 91 B brotli, more than its budget had left.
    fn action(&mut self) -> Option<Action> {
        Some(Action {
            line: self.text()?,
            via: match self.number()? {
                0 => Via::Call,
                1 => Via::Text,
                2 => Via::Web,
                _ => return None,
            },
            label: self.words()?,
            body: self.option(Self::text)?,
            note: self.option(Self::words)?,
        })
    }

    fn block(&mut self) -> Option<Block> {
        Some(match self.number()? {
            0 => Block::Paragraph {
                text: self.words()?,
            },
            1 => Block::List {
                title: self.option(Self::words)?,
                items: self.word_list()?,
            },
            2 => Block::Steps {
                title: self.option(Self::words)?,
                items: self.word_list()?,
            },
            3 => Block::Warning {
                text: self.words()?,
            },
            4 => Block::Actions {
                actions: self.list(Self::action)?,
            },
            5 => Block::Table {
                caption: self.words()?,
                head: self.word_list()?,
                rows: self.list(Self::word_list)?,
            },
            _ => return None,
        })
    }

    fn tier(&mut self) -> Option<Tier> {
        Some(Tier {
            kind: match self.number()? {
                0 => TierKind::Emergency,
                1 => TierKind::Crisis,
                2 => TierKind::Treatment,
                _ => return None,
            },
            heading: self.words()?,
            body: self.words()?,
            actions: self.list(Self::action)?,
            blocks: self.list(Self::block)?,
            sources: self.list(Self::words)?,
        })
    }

    fn region(&mut self) -> Option<Region> {
        Some(Region {
            code: self.text()?,
            locale: self.text()?,
            name: self.words()?,
            next_review: self.text()?,
            main_helpline: self.text()?,
            emergency: self.text()?,
            date_pattern: self.option(Self::words)?,
            reach_out: self.list(Self::text)?,
            reach_out_note: self.option(Self::words)?,
            reach_out_supporter_now: self.option(Self::words)?,
            lines: self.list(Self::line)?,
            tiers: self.list(Self::tier)?,
        })
    }
}

/// The region pack in `tokens`, kept for the page's life; `None` if it is cut short or malformed,
/// or has no line (the help bar needs one).
pub fn region(tokens: String) -> Option<&'static Region> {
    let text: &'static str = Box::leak(tokens.into_boxed_str());
    let mut reader = Tokens(text.split(SEP));
    let region = reader.region()?;
    if reader.0.next().is_some() || region.lines.is_empty() {
        return None;
    }
    Some(Box::leak(Box::new(region)))
}

/// Between two tokens (as `tools/tokens.rs` writes them): the build refuses `<` in every text,
/// and it needs no escaping in the glue's JavaScript.
pub const SEP: char = '<';

/// What `region` returns before a pack is read: `mount` refuses to render without one, so no
/// reader sees it, but nothing panics either.
pub static NO_REGION: Region = Region {
    code: "",
    locale: "",
    name: NOTHING,
    next_review: "",
    main_helpline: "",
    emergency: "",
    date_pattern: None,
    reach_out: List(&[]),
    reach_out_note: None,
    reach_out_supporter_now: None,
    lines: List(&[Line {
        id: "",
        name: NOTHING,
        tel: None,
        sms: None,
        url: None,
        display: "",
        source: NOTHING,
        last_reviewed: "",
        last_verified: None,
        languages: List(&[]),
        for_supporters: false,
        interpreters: false,
    }]),
    tiers: List(&[]),
};

const NOTHING: Localized<Text> = Localized {
    value: "",
    all: &[],
};
