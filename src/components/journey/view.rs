//! The journey's markup (rendered at build time; the wasm has only `behaviour`).

use crate::components::blocks::{region_calls, said, supporter_calls, warning};
use crate::components::footer::{add_new, Owner, SourcesAndDates};
use crate::components::help::OVERDOSE_STEPS;
use crate::content::{Choice, Guide, Journey, Region, Step, StepText};
use crate::options::Audience;
use leptos::prelude::*;

#[component]
pub fn JourneySection(
    guide: &'static Guide,
    /// Its lines are what "Reach out" offers: the main helpline, or the lines that find treatment.
    region: &'static Region,
    audience: Option<Audience>,
    start: Option<&'static str>,
    /// Whether the help section is shown, with the overdose steps this links to.
    overdose_link: bool,
) -> impl IntoView {
    let journey = &guide.journey;
    // Each step is a native disclosure, so it opens and closes before and without the WebAssembly;
    // `behaviour` adds "Show all steps" and where a printed page starts.
    let steps = journey
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            view! { <StepView guide=guide region=region step=step number=i + 1 open=Some(step.id) == start /> }
        })
        .collect_view();
    view! {
        // Both readers' words are in the page; the guide's `data-audience` (and CSS) shows one.
        <section class="rg-section rg-journey" aria-labelledby="rg-journey-title">
            <h2 id="rg-journey-title">{journey.title}</h2>
            // The overdose steps come last on a long page: this takes a reader there at once
            // (`behaviour`: the address is the help section's, inside the guide's shadow root).
            {overdose_link.then(|| view! {
                <p class="rg-jump"><a class="rg-link rg-jump__link" href=format!("#{OVERDOSE_STEPS}")>{journey.overdose_link}</a></p>
            })}
            <p class="rg-intro rg-for-self">{journey.intro}</p>
            <p class="rg-intro rg-for-loved-one">{journey.loved_one_intro}</p>
            <AudienceToggle journey=journey audience=audience />
            <div class="rg-journey__controls">
                // Both labels, one shown by `aria-expanded` (CSS): the behaviour, the wasm's or
                // the fallback's (glue.js), only says whether every step is open.
                <button type="button" class="rg-show-all" aria-expanded="false">
                    <span class="rg-show-all__show">{journey.show_all}</span>
                    <span class="rg-show-all__hide">{journey.hide_all}</span>
                </button>
            </div>
            <ol class="rg-steps">{steps}</ol>
        </section>
    }
}

/// "Who are you reading for?": radio buttons, so the choice is announced and keyboard-friendly.
#[component]
fn AudienceToggle(journey: &'static Journey, audience: Option<Audience>) -> impl IntoView {
    let option = move |value: Audience, label: &'static str| {
        view! {
            <label class="rg-audience__option">
                <input
                    type="radio"
                    name="rg-audience"
                    value=if value == Audience::Myself { "self" } else { "loved-one" }
                    // The choice changes what the guide shows: `behaviour` (`questions::show_to`).
                    checked=audience == Some(value)
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <fieldset class="rg-audience">
            <legend>{journey.audience_legend}</legend>
            {option(Audience::Myself, journey.audience_self)}
            {option(Audience::LovedOne, journey.audience_loved_one)}
        </fieldset>
    }
}

#[component]
fn StepView(
    guide: &'static Guide,
    region: &'static Region,
    step: &'static Step,
    number: usize,
    open: bool,
) -> impl IntoView {
    let journey = &guide.journey;
    // "Step 3": heard before the step's title, and naming its sources.
    let step_number = format!("{} {number}", journey.step);
    let lines = if step.call_now {
        region.reach_out()
    } else {
        Vec::new()
    };
    // A supporter is told to call a line only where it serves them; where none does, the step
    // says what they can do with their loved one's lines instead; a region may say it its own way.
    let supporter_now = if !step.call_now {
        step.loved_one.now
    } else if let Some(own) = region.reach_out_supporter_now {
        own.text()
    } else if lines.iter().any(|line| line.for_supporters) {
        step.loved_one.now
    } else {
        step.loved_one
            .now_if_lines_are_theirs
            .unwrap_or(step.loved_one.now)
    };
    view! {
        <li class="rg-step" id=format!("rg-step-{}", step.id)>
            <details class="rg-step__details" open=open>
                <summary class="rg-step__toggle">
                    <h3 class="rg-step__title">
                        // Read as "Step 3: Medical detox"; the circled number is for the eye only.
                        <span class="rg-vh">{format!("{step_number}{}", guide.ui.colon)}</span>
                        <span class="rg-step__number" aria-hidden="true">{number}</span>
                        <span class="rg-step__name">{step.title}</span>
                        // "Show" or "Hide" is in the name too: a voice user says what they see.
                        // CSS shows the one that fits, from the disclosure's own state.
                        " "
                        <span class="rg-step__state">
                            <span class="rg-step__show">{journey.show}</span>
                            <span class="rg-step__hide">{journey.hide}</span>
                        </span>
                    </h3>
                </summary>
                <div class="rg-step__body" id=format!("rg-step-{}-body", step.id)>
                    <div class="rg-for-self">
                        <StepWords journey=journey region=region step=step text=&step.me now=step.me.now choice=|c: &'static Choice| c.me />
                        {step.call_now.then(|| region_calls(region, lines.clone()))}
                    </div>
                    <div class="rg-for-loved-one">
                        <StepWords journey=journey region=region step=step text=&step.loved_one now=supporter_now choice=|c: &'static Choice| c.loved_one />
                        {step.call_now.then(|| supporter_calls(region, lines))}
                    </div>
                    {step.call_now.then(|| region.reach_out_note.map(|note| view! { <p class="rg-step__note">{said(note.text(), region)}</p> }))}
                    <SourcesAndDates guide=guide region=region label=journey.sources owner=Owner { name: format!("{step_number}, {}", step.title), loved_one_name: None } sources=step_sources(step, region) last_reviewed=step.last_reviewed next_review=step.next_review />
                </div>
            </details>
        </li>
    }
}

/// A step's sources: its own, then, where it offers the region's lines, each line's (the region's,
/// not one country's service for every reader), then those of the region's phrases it says.
fn step_sources(step: &'static Step, region: &'static Region) -> Vec<&'static str> {
    let mut sources = step.sources.all().to_vec();
    let lines = if step.call_now {
        region.reach_out_line_sources()
    } else {
        Vec::new()
    };
    add_new(&mut sources, region.phrase_sources(step.texts()));
    add_new(&mut sources, lines);
    sources
}

/// One reader's words for a step: what happens, any warning, the "or" choices (each a heading
/// one level below the step's), what it asks, how long, and what to do now.
#[component]
fn StepWords(
    journey: &'static Journey,
    /// Whose `{phrases}` the words take (how to get naloxone there).
    region: &'static Region,
    step: &'static Step,
    text: &'static StepText,
    /// What to do now: the reader's own words, or a supporter's where their lines are all theirs.
    now: &'static str,
    choice: fn(&'static Choice) -> &'static str,
) -> impl IntoView {
    let last = step.choices.len().saturating_sub(1);
    let choices = (!step.choices.is_empty()).then(|| {
        view! {
            <div class="rg-choices">
                {step
                    .choices
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        view! {
                            <div class="rg-choice">
                                <h4>{c.title}</h4>
                                <p>{region.with_phrases(choice(c))}</p>
                            </div>
                            {(i < last).then(|| view! { <p class="rg-or">{journey.or}</p> })}
                        }
                    })
                    .collect_view()}
            </div>
        }
    });
    view! {
        <h4>{journey.what}</h4>
        <p>{region.with_phrases(text.what)}</p>
        {text.warnings.iter().map(|w| warning(w, region)).collect_view()}
        {choices}
        <h4>{journey.ask}</h4>
        <p>{region.with_phrases(text.ask)}</p>
        {text.time.map(|t| view! { <h4>{journey.time}</h4> <p>{region.with_phrases(t)}</p> })}
        <h4>{journey.now}</h4>
        <p>{region.with_phrases(now)}</p>
    }
}
