//! The comparison's markup (rendered at build time; the wasm has only `behaviour`).

use crate::components::footer::{Owner, SourcesAndDates};
use crate::content::{Compare, CompareRow, Grid, Guide, Region};
use leptos::prelude::*;

#[component]
pub fn CompareSection(guide: &'static Guide, region: &'static Region) -> impl IntoView {
    let compare = &guide.compare;
    let us_rules = region.code == "us";
    view! {
        <section class="rg-section rg-compare" aria-labelledby="rg-compare-title">
            <h2 id="rg-compare-title">{compare.title}</h2>
            // Both readers' words are in the page; the guide's `data-audience` (and CSS) shows one.
            <p class="rg-intro rg-for-self">{compare.intro}</p>
            <p class="rg-intro rg-for-loved-one">{compare.loved_one_intro}</p>
            <p class="rg-stance rg-for-self">{compare.stance}</p>
            <p class="rg-stance rg-for-loved-one">{compare.loved_one_stance}</p>
            {compare
                .grids
                .iter()
                .map(|grid| view! { <GridView guide=guide region=region compare=compare grid=grid us_rules=us_rules /> })
                .collect_view()}
        </section>
    }
}

/// The rows shown in this region: US rules and US guidance (`us_only`) only in the US.
fn rows(grid: &'static Grid, us_rules: bool) -> Vec<&'static CompareRow> {
    grid.rows
        .iter()
        .filter(|r| us_rules || !r.us_only)
        .collect()
}

/// The grid's sources in this region: those of the US-only rows only where they are shown.
fn sources(grid: &'static Grid, us_rules: bool) -> Vec<&'static str> {
    let us = if us_rules {
        grid.us_only_sources.all()
    } else {
        &[]
    };
    grid.sources.all().iter().chain(us).copied().collect()
}

/// A row's question, tagged when it states a US rule.
fn question(compare: &'static Compare, row: &'static CompareRow) -> impl IntoView {
    view! {
        {row.question}
        {row.us_only.then(|| view! { " " <span class="rg-tag">{compare.us_only}</span> })}
    }
}

#[component]
fn GridView(
    guide: &'static Guide,
    region: &'static Region,
    compare: &'static Compare,
    grid: &'static Grid,
    us_rules: bool,
) -> impl IntoView {
    let title_id = format!("rg-grid-{}-title", grid.id);
    // Five columns need more room than three before the full table fits.
    let many = grid.options.len() > 3;
    let wide_rows = rows(grid, us_rules)
        .into_iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{question(compare, row)}</th>
                    {row.cells.iter().map(|cell| view! { <td>{*cell}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="rg-grid-block" class:rg-grid-block--many=many>
            <h3 id=title_id.clone()>{grid.title}</h3>
            <div class="rg-grid-wide">
                <table class="rg-grid">
                    <caption>{grid.caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{grid.question_header}</th>
                            {grid.options.iter().map(|o| view! { <th scope="col">{o.name}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{wide_rows}</tbody>
                </table>
            </div>
            <PickTwo compare=compare grid=grid us_rules=us_rules />
            <SourcesAndDates guide=guide region=region label=compare.sources owner=Owner { name: grid.title.to_string(), loved_one_name: None } sources=sources(grid, us_rules) last_reviewed=grid.last_reviewed next_review=grid.next_review />
        </div>
    }
}

/// Narrow screens: two selects choose the options shown side by side. Choosing in one the option
/// the other shows swaps them, so two different options are always on screen.
#[component]
fn PickTwo(compare: &'static Compare, grid: &'static Grid, us_rules: bool) -> impl IntoView {
    let first = RwSignal::new(0usize);
    let second = RwSignal::new(1usize);
    let choose = move |mine: RwSignal<usize>, other: RwSignal<usize>, value: usize| {
        if value == other.get_untracked() {
            other.set(mine.get_untracked());
        }
        mine.set(value);
    };
    let select = move |label: &'static str, mine: RwSignal<usize>, other: RwSignal<usize>| {
        let id = format!(
            "rg-pick-{}-{}",
            grid.id,
            if label == compare.pick_first { 1 } else { 2 }
        );
        view! {
            <div class="rg-pick__field">
                <label for=id.clone()>{label}</label>
                <select
                    id=id
                    prop:value=move || mine.get().to_string()
                    on:change=move |ev| {
                        if let Ok(value) = event_target_value(&ev).parse::<usize>() {
                            if value < grid.options.len() {
                                choose(mine, other, value);
                            }
                        }
                    }
                >
                    {grid
                        .options
                        .iter()
                        .enumerate()
                        .map(|(i, o)| view! { <option value=i.to_string() selected=move || mine.get() == i>{o.name}</option> })
                        .collect_view()}
                </select>
            </div>
        }
    };
    let shown = rows(grid, us_rules);
    view! {
        <div class="rg-pick">
            <fieldset class="rg-pick__choose">
                <legend>{compare.pick_legend}</legend>
                {select(compare.pick_first, first, second)}
                {select(compare.pick_second, second, first)}
            </fieldset>
            <table class="rg-grid rg-grid--two">
                <caption>{grid.caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || grid.options[first.get()].name}</th>
                        <th scope="col">{move || grid.options[second.get()].name}</th>
                    </tr>
                </thead>
                // One row group per question, headed by the question.
                {shown
                    .into_iter()
                    .map(|row| {
                        view! {
                            <tbody>
                                <tr class="rg-grid__question">
                                    <th scope="rowgroup" colspan="2">{question(compare, row)}</th>
                                </tr>
                                <tr>
                                    <td>{move || row.cells[first.get()]}</td>
                                    <td>{move || row.cells[second.get()]}</td>
                                </tr>
                            </tbody>
                        }
                    })
                    .collect_view()}
            </table>
        </div>
    }
}
