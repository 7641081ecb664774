//! The footer: sources, review dates, and the privacy promise in plain words.

use crate::content::{Guide, Region};
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
                                    {line.name}": "<Source text=line.source />" ("{ui.last_reviewed}" "
                                    {crate::content::format_date(guide, line.last_verified)}")"
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
            <p class="rg-dates">
                {ui.last_reviewed}": "{crate::content::format_date(guide, guide.meta.last_reviewed)}". "
                {ui.next_review}": "{crate::content::format_date(guide, guide.meta.next_review)}". "
                {guide.meta.author}"."
            </p>
            <h2 class="rg-footer__title">{ui.privacy_title}</h2>
            <p>{ui.privacy}</p>
        </footer>
    }
}

/// A source is a link when it is an address, and plain text when it names a publication.
#[component]
fn Source(text: &'static str) -> impl IntoView {
    if text.starts_with("https://") {
        view! { <a href=text rel="noopener noreferrer">{text.trim_start_matches("https://")}</a> }
            .into_any()
    } else {
        view! { <span>{text}</span> }.into_any()
    }
}
