//! The journey: "what to expect", step by step, in the order of the seed guide.

use crate::content::Journey;
use leptos::prelude::*;

#[component]
pub fn JourneySection(journey: &'static Journey) -> impl IntoView {
    view! {
        <section class="rg-section rg-journey" aria-labelledby="rg-journey-title">
            <h2 id="rg-journey-title">{journey.title}</h2>
            <p class="rg-intro">{journey.intro}</p>
            <ol class="rg-steps">
                {journey
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(i, step)| {
                        view! {
                            <li class="rg-step" id=format!("rg-step-{}", step.id)>
                                <h3 class="rg-step__title">
                                    <span class="rg-step__number">
                                        <span class="rg-vh">"Step "</span>
                                        {i + 1}
                                        <span class="rg-vh">": "</span>
                                    </span>
                                    <span>{step.title}</span>
                                </h3>
                                <p>{step.summary}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
