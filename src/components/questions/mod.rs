//! "Questions people ask": each question a heading that opens to its answer (native disclosure,
//! so it works before and without scripts), the answer first and detail after, then its sources
//! and review dates. The answers are blocks: a new question is a TOML file in `questions/`.

use crate::components::blocks;
use crate::components::footer::Sources;
use crate::content::{format_date, Guide, Question, Region};
use leptos::prelude::*;

mod behaviour;
pub use behaviour::behave;

#[component]
pub fn QuestionsSection(
    guide: &'static Guide,
    region: &'static Region,
    /// A question's id (or a step's, which opens nothing here): that question starts open.
    start: Option<&'static str>,
) -> impl IntoView {
    let questions = &guide.questions;
    view! {
        <section class="rg-section rg-questions" aria-labelledby="rg-questions-title">
            <h2 id="rg-questions-title">{questions.title}</h2>
            <p class="rg-intro">{questions.intro}</p>
            {questions
                .questions
                .all()
                .iter()
                .filter(|q| q.shown_in(region.code))
                .map(|q| question(guide, q, region, start))
                .collect_view()}
        </section>
    }
}

fn question(
    guide: &'static Guide,
    q: &'static Question,
    region: &'static Region,
    start: Option<&'static str>,
) -> impl IntoView {
    let ui = &guide.ui;
    view! {
        <details class="rg-question" id=format!("rg-q-{}", q.id) open=start == Some(q.id)>
            <summary><h3 class="rg-question__title">{q.question}</h3></summary>
            <div class="rg-question__answer">
                {blocks::blocks(q.answer.all(), region)}
                <details class="rg-sources">
                    <summary>{guide.questions.sources}</summary>
                    <Sources items=q.sources.iter().map(|s| s.to_string()).collect() />
                    <p>
                        {ui.last_reviewed_label}": "{format_date(guide, region, q.last_reviewed)}". "
                        {ui.next_review_label}": "{format_date(guide, region, q.next_review)}"."
                    </p>
                </details>
            </div>
        </details>
    }
}
