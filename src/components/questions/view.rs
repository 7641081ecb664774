//! The questions' markup (rendered at build time; the wasm has only `behaviour`).

use crate::components::blocks;
use crate::components::footer::{add_new, Owner, SourcesAndDates};
use crate::content::{Block, Guide, Question, Region};
use crate::options::Audience;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn QuestionsSection(
    guide: &'static Guide,
    region: &'static Region,
    audience: Option<Audience>,
    /// A question's id (or a step's, which opens nothing here): that question starts open.
    start: Option<&'static str>,
) -> impl IntoView {
    let questions = &guide.questions;
    let shown = || {
        let all: &'static [Question] = questions.questions.all();
        all.iter().filter(|q| q.shown_in(region.code))
    };
    // Lead questions first for a supporter, each also marking its place for the other reader.
    let lead_first = audience == Some(Audience::LovedOne);
    let leads = shown()
        .filter(|q| lead_first && q.loved_one_first)
        .map(|q| question(guide, q, region, start));
    let rest = shown().map(move |q| {
        let home = q
            .loved_one_first
            .then(|| view! { <span class="rg-question-home" hidden /> });
        let here = (!(lead_first && q.loved_one_first)).then(|| question(guide, q, region, start));
        (home, here)
    });
    view! {
        <section class="rg-section rg-questions" aria-labelledby="rg-questions-title">
            <h2 id="rg-questions-title">{questions.title}</h2>
            <p class="rg-intro">{questions.intro}</p>
            <div class="rg-questions__list">
                {leads.collect_view()}
                {rest.collect_view()}
            </div>
        </section>
    }
}

fn question(
    guide: &'static Guide,
    q: &'static Question,
    region: &'static Region,
    start: Option<&'static str>,
) -> impl IntoView {
    let heading = match q.loved_one_question {
        Some(theirs) => Either::Left(view! {
            <span class="rg-for-self">{q.question}</span>
            <span class="rg-for-loved-one">{theirs}</span>
        }),
        None => Either::Right(q.question),
    };
    let answer = if q.loved_one.is_empty() {
        Either::Left(blocks::blocks(q.answer.all(), region, None))
    } else {
        Either::Right(view! {
            <div class="rg-for-self">{blocks::blocks(q.answer.all(), region, Some(Audience::Myself))}</div>
            <div class="rg-for-loved-one">{blocks::blocks(q.loved_one.all(), region, Some(Audience::LovedOne))}</div>
        })
    };
    let (sources, loved_one_sources) = sources_of(q, region);
    view! {
        <details
            class="rg-question"
            class:rg-question--lead=q.loved_one_first
            id=format!("rg-q-{}", q.id)
            open=start == Some(q.id)
        >
            <summary><h3 class="rg-question__title">{heading}</h3></summary>
            <div class="rg-question__answer">
                {answer}
                <SourcesAndDates guide=guide region=region label=guide.questions.sources owner=Owner { name: q.question.to_string(), loved_one_name: q.loved_one_question } sources=sources loved_one_sources=loved_one_sources last_reviewed=q.last_reviewed next_review=q.next_review />
            </div>
        </details>
    }
}

/// A question's sources, each with the sources of the region's phrases its answer says (how to
/// get naloxone there) and of the region's "Reach out" lines it offers: for both readers where
/// the shared answer says or offers one, for a supporter where only theirs does.
fn sources_of(
    q: &'static Question,
    region: &'static Region,
) -> (Vec<&'static str>, Vec<&'static str>) {
    let texts = |blocks: &'static [Block]| {
        blocks
            .iter()
            .flat_map(Block::phrased_texts)
            .collect::<Vec<_>>()
    };
    let mut sources = q.sources.all().to_vec();
    add_new(&mut sources, region.phrase_sources(texts(q.answer.all())));
    add_new(&mut sources, region.reach_out_sources(q.answer.all()));
    let mut loved_one_sources = q.loved_one_sources.all().to_vec();
    let mut theirs = region.phrase_sources(texts(q.loved_one.all()));
    add_new(&mut theirs, region.reach_out_sources(q.loved_one.all()));
    let theirs_only = theirs.into_iter().filter(|s| !sources.contains(s));
    add_new(&mut loved_one_sources, theirs_only);
    (sources, loved_one_sources)
}
