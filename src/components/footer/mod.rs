//! The footer: sources, review dates, the privacy promise in plain words, and a short note on
//! staying safe online.

use crate::content::{format_date, Guide, Line, Region};
use leptos::either::Either;
use leptos::prelude::*;

/// The oldest "last reviewed" and the soonest "next review" among `dates`: a page is only as
/// up to date as its oldest part.
pub fn review_window<'a>(
    dates: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Option<(&'a str, &'a str)> {
    dates
        .into_iter()
        .reduce(|(last, next), (l, n)| (last.min(l), next.min(n)))
}

/// The review dates of what this instance shows: the interface, the region's lines on screen
/// (each reviewed on its `last_reviewed` date, all due again on the region's `next_review`), and
/// the steps and grids when their sections are on screen.
fn shown_review_window(
    guide: &'static Guide,
    region: &'static Region,
    lines: &[&'static Line],
    journey: bool,
    compare: bool,
) -> (&'static str, &'static str) {
    let ui = &guide.ui;
    let lines = lines.iter().map(|l| (l.last_reviewed, region.next_review));
    let steps = guide.journey.steps.iter().filter(|_| journey);
    let grids = guide.compare.grids.iter().filter(|_| compare);
    let dates = std::iter::once((ui.last_reviewed, ui.next_review))
        .chain(lines)
        .chain(steps.map(|s| (s.last_reviewed, s.next_review)))
        .chain(grids.map(|g| (g.last_reviewed, g.next_review)));
    review_window(dates).unwrap_or((ui.last_reviewed, ui.next_review))
}

/// The lines to cite, each service once: Ireland's 112 and 999 are one service with one source,
/// and so are a line's call and its text (Canada's 9-8-8), whose names differ where a language says
/// "by text" (French listed 9-8-8 twice, with two dates: review100, TF3).
fn once_each(lines: Vec<&'static Line>) -> Vec<&'static Line> {
    let mut cited: Vec<&'static Line> = Vec::new();
    for line in lines {
        let same = |c: &&'static Line| {
            c.source.text() == line.source.text()
                && (c.name.text() == line.name.text() || c.display == line.display)
        };
        // Named as the line to call, where one of the two is only texted ("by text").
        match cited.iter().position(same) {
            Some(at) if cited[at].tel.is_none() && line.tel.is_some() => cited[at] = line,
            Some(_) => {}
            None => cited.push(line),
        }
    }
    cited
}

#[component]
pub fn Footer(
    guide: &'static Guide,
    region: &'static Region,
    journey: bool,
    compare: bool,
) -> impl IntoView {
    let ui = &guide.ui;
    let lines = region.lines_shown();
    let (last_reviewed, next_review) = shown_review_window(guide, region, &lines, journey, compare);
    view! {
        <footer class="rg-footer">
            <details class="rg-sources">
                <summary>{ui.sources}</summary>
                <ul>
                    {once_each(lines)
                        .into_iter()
                        .map(|line| {
                            view! {
                                <li>
                                    {line.name.text()}{ui.colon}<Source text=line.source.text() />" ("{ui.last_reviewed_label}{ui.colon}
                                    {format_date(guide, region, line.last_reviewed)}")"
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
            <p class="rg-dates">
                {ui.last_reviewed_label}{ui.colon}{format_date(guide, region, last_reviewed)}". "
                {ui.next_review_label}{ui.colon}{format_date(guide, region, next_review)}". "
                {ui.reviewed_by}" "{ui.author}"."
            </p>
            <h2 class="rg-footer__title">{ui.privacy_title}</h2>
            {ui.privacy.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <h2 class="rg-footer__title">{ui.safety_title}</h2>
            <ul class="rg-footer__list">{ui.safety.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
        </footer>
    }
}

/// Whose sources a list is, said after its label to a screen reader only: a page has some 25
/// lists named "Sources", and one heard out of place ("Sources: Medical detox") says which.
#[derive(Clone)]
pub struct Owner {
    /// The part's title ("Step 5, Medication": a step's number tells it from a grid of the same
    /// name), or its title for the person who uses.
    pub name: String,
    /// Its title for a supporter, where theirs differs: each reader hears their own.
    pub loved_one_name: Option<&'static str>,
}

impl Owner {
    /// The hidden name, after `colon` (French puts a no-break space before its colon): one span,
    /// or one per reader (the guide's CSS hides the other reader's).
    fn hidden_name(self, colon: &'static str) -> impl IntoView {
        let said = move |name: String, class: &'static str| {
            view! { <span class=class>{colon}{name}</span> }
        };
        match self.loved_one_name {
            Some(theirs) => Either::Left(view! {
                {said(self.name, "rg-vh rg-for-self")}
                {said(theirs.to_string(), "rg-vh rg-for-loved-one")}
            }),
            None => Either::Right(said(self.name, "rg-vh")),
        }
    }
}

/// A part's sources and review dates, closed under `label` ("Sources") and named for `owner`:
/// what a step, a grid and a question each end with.
#[component]
pub fn SourcesAndDates(
    guide: &'static Guide,
    region: &'static Region,
    label: &'static str,
    owner: Owner,
    sources: Vec<&'static str>,
    /// Listed for a supporter only (`.rg-for-loved-one`), after `sources`.
    #[prop(optional)]
    loved_one_sources: Vec<&'static str>,
    last_reviewed: &'static str,
    next_review: &'static str,
) -> impl IntoView {
    let ui = &guide.ui;
    let owned = |list: Vec<&str>| list.iter().map(|s| s.to_string()).collect();
    view! {
        <Sources label=label colon=ui.colon owner=owner items=owned(sources) loved_one_items=owned(loved_one_sources)>
            <p>
                {ui.last_reviewed_label}{ui.colon}{format_date(guide, region, last_reviewed)}". "
                {ui.next_review_label}{ui.colon}{format_date(guide, region, next_review)}"."
            </p>
        </Sources>
    }
}

/// `more` after `list`, leaving out what it already has: a part lists its own sources, then its
/// lines' and its phrases', each once.
pub fn add_new(list: &mut Vec<&'static str>, more: impl IntoIterator<Item = &'static str>) {
    for item in more {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

/// A list of sources, closed under `label` and named for its `owner` (after `colon`): addresses become links (with no referrer), names of publications stay text;
/// `loved_one_items` after the rest, shown to a supporter only; then `children` (a part's review
/// dates).
#[component]
pub fn Sources(
    label: &'static str,
    colon: &'static str,
    owner: Owner,
    items: Vec<String>,
    #[prop(optional)] loved_one_items: Vec<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <details class="rg-sources">
            <summary>{label}{owner.hidden_name(colon)}</summary>
            <ul class="rg-sources__list">
                {items.into_iter().map(|text| view! { <li><Source text=text /></li> }).collect_view()}
                {loved_one_items
                    .into_iter()
                    .map(|text| view! { <li class="rg-for-loved-one"><Source text=text /></li> })
                    .collect_view()}
            </ul>
            {children.map(|dates| dates())}
        </details>
    }
}

#[component]
fn Source(#[prop(into)] text: String) -> impl IntoView {
    if text.starts_with("https://") {
        let bare = text.strip_prefix("https://").unwrap_or(&text);
        let shown = bare.strip_prefix("www.").unwrap_or(bare).to_string();
        Either::Left(view! { <a href=text rel="noopener noreferrer">{shown}</a> })
    } else {
        Either::Right(view! { <span>{text}</span> })
    }
}

#[cfg(test)]
mod tests {
    use super::review_window;

    #[test]
    fn the_window_is_the_oldest_review_and_the_soonest_next_one() {
        let dates = [
            ("2026-11-24", "2027-05-24"),
            ("2026-06-01", "2027-06-01"),
            ("2026-09-15", "2027-03-15"),
        ];
        assert_eq!(review_window(dates), Some(("2026-06-01", "2027-03-15")));
        assert_eq!(review_window([]), None);
    }
}
