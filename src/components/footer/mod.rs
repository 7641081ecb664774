//! The footer: sources, review dates, the privacy promise in plain words, and a short note on
//! staying safe online.

use crate::content::{format_date, Guide, Region};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Footer(guide: &'static Guide, region: &'static Region) -> impl IntoView {
    let ui = &guide.ui;
    let lines = region.lines_shown();
    view! {
        <footer class="rg-footer">
            <details class="rg-sources">
                <summary>{ui.sources}</summary>
                <ul>
                    {lines
                        .into_iter()
                        .map(|line| {
                            view! {
                                <li>
                                    {line.name}": "<Source text=line.source />" ("{ui.last_reviewed_label}" "
                                    {format_date(guide, line.last_verified)}")"
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
            <p class="rg-dates">
                {ui.last_reviewed_label}": "{format_date(guide, ui.last_reviewed)}". "
                {ui.next_review_label}": "{format_date(guide, ui.next_review)}". "
                {ui.reviewed_by}" "{ui.author}"."
            </p>
            <h2 class="rg-footer__title">{ui.privacy_title}</h2>
            {ui.privacy.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <h2 class="rg-footer__title">{ui.safety_title}</h2>
            <ul class="rg-footer__list">{ui.safety.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
        </footer>
    }
}

/// A list of sources: addresses become links (with no referrer), names of publications stay text.
#[component]
pub fn Sources(items: Vec<String>) -> impl IntoView {
    view! {
        <ul class="rg-sources__list">
            {items.into_iter().map(|text| view! { <li><Source text=text /></li> }).collect_view()}
        </ul>
    }
}

#[component]
fn Source(#[prop(into)] text: String) -> impl IntoView {
    if text.starts_with("https://") {
        let shown = text
            .trim_start_matches("https://")
            .trim_start_matches("www.")
            .to_string();
        Either::Left(view! { <a href=text rel="noopener noreferrer">{shown}</a> })
    } else {
        Either::Right(view! { <span>{text}</span> })
    }
}
