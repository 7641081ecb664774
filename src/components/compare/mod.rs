//! The treatment comparison: options as columns, the questions people ask as rows. It informs;
//! it never recommends.

use crate::content::Compare;
use leptos::prelude::*;

#[component]
pub fn CompareSection(compare: &'static Compare) -> impl IntoView {
    view! {
        <section class="rg-section rg-compare" aria-labelledby="rg-compare-title">
            <h2 id="rg-compare-title">{compare.title}</h2>
            <p class="rg-intro">{compare.intro}</p>
            <table class="rg-grid">
                <caption>{compare.caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{compare.question_header}</th>
                        {compare.options.iter().map(|o| view! { <th scope="col">{o.name}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {compare
                        .rows
                        .iter()
                        .map(|row| {
                            view! {
                                <tr>
                                    <th scope="row">{row.question}</th>
                                    {row
                                        .cells
                                        .iter()
                                        .zip(compare.options)
                                        .map(|(cell, option)| view! { <td data-label=option.name>{*cell}</td> })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
}
