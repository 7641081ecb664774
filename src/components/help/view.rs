//! The help section's markup (rendered at build time; the wasm has only `behaviour`).

use super::{PartnerView, OVERDOSE_STEPS};
use crate::components::blocks;
use crate::components::footer::{add_new, Owner, Sources};
use crate::components::help_bar::NamedLink;
use crate::content::{self, Guide, HelpText, Region, Tier, TierKind};
use crate::options::PartnerLine;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn HelpSection(
    guide: &'static Guide,
    region: &'static Region,
    partner: Option<PartnerLine>,
) -> impl IntoView {
    let help = &guide.help;
    view! {
        <section class="rg-section rg-help" aria-labelledby="rg-help-title">
            <h2 id="rg-help-title">{help.title}</h2>
            <p class="rg-intro">{help.intro}</p>
            <ul class="rg-tiers">
                {partner.map(|line| view! { <PartnerTier help=help line=PartnerView::of(&line, help) /> })}
                {region.tiers.iter().map(|tier| view! { <TierCard help=help tier=tier region=region sources=help.sources colon=guide.ui.colon /> }).collect_view()}
            </ul>
        </section>
    }
}

fn urgency(help: &HelpText, kind: TierKind) -> &'static str {
    match kind {
        TierKind::Emergency => help.urgency_emergency,
        TierKind::Crisis => help.urgency_crisis,
        TierKind::Treatment => help.urgency_treatment,
    }
}

/// The card's classes, written out: no formatting at run time for a fixed set of three.
fn tier_class(kind: TierKind) -> &'static str {
    match kind {
        TierKind::Emergency => "rg-tier rg-tier--emergency",
        TierKind::Crisis => "rg-tier rg-tier--crisis",
        TierKind::Treatment => "rg-tier rg-tier--treatment",
    }
}

#[component]
fn TierCard(
    help: &'static HelpText,
    tier: &'static Tier,
    region: &'static Region,
    /// The label of the tier's sources ("Sources").
    sources: &'static str,
    /// What joins that label to the tier's kind, heard as "Sources: Emergency".
    colon: &'static str,
) -> impl IntoView {
    let cited = (!tier.sources.is_empty()).then(|| {
        // Its own sources, then those of the region's phrases its words name.
        let mut cited: Vec<&'static str> = tier.sources.iter().map(|s| s.text()).collect();
        add_new(
            &mut cited,
            region.phrase_sources(tier.phrased_texts_in(None)),
        );
        if tier.kind == TierKind::Emergency {
            add_new(&mut cited, help.overdose_mixing_sources.to_vec());
        }
        let items = cited.into_iter().map(str::to_string).collect();
        // A region has one tier of each kind, so its kind names it.
        let kind = urgency(help, tier.kind).trim_end_matches([':', ' ', '\u{a0}']);
        let owner = Owner {
            name: kind.to_string(),
            loved_one_name: None,
        };
        view! { <Sources label=sources colon=colon owner=owner items=items /> }
    });
    // The signs and what else brings them on are the same in every region.
    let signs = (tier.kind == TierKind::Emergency).then(|| {
        view! {
            {blocks::list(
                Some(help.overdose_signs_title),
                help.overdose_signs.all(),
                false,
                region,
            )}
            <p>{blocks::said(help.overdose_mixing, region)}</p>
        }
    });
    view! {
        <li class=tier_class(tier.kind) id=(tier.kind == TierKind::Emergency).then_some(OVERDOSE_STEPS)>
            <h3>
                <span class="rg-vh">{urgency(help, tier.kind)}" "</span>
                {heading(tier, region)}
            </h3>
            <p>{blocks::said(tier.body.text(), region)}</p>
            // The action first, as on NHS care cards: "Call 911" right under the heading.
            {blocks::actions(tier.actions.all(), region)}
            {signs}
            {blocks::blocks(tier.blocks.all(), region, None)}
            {cited}
        </li>
    }
}

/// The tier's heading. Its `{number}` is its first action's number, kept on one line: "9-8-8"
/// broke after its first hyphen on a phone.
fn heading(tier: &'static Tier, region: &'static Region) -> impl IntoView {
    let text = tier.heading.text();
    let number = text
        .contains("{number}")
        .then(|| tier.actions.first())
        .flatten()
        .and_then(|action| region.line(action.line))
        .map(|line| line.display);
    match number {
        Some(display) => {
            let (before, after) = content::around(text, "number");
            // No empty text: the build's first frame would draw it as a space.
            Either::Left(view! {
                {(!before.is_empty()).then(|| content::joined_to_number(before, display))}
                <span class="rg-number" dir="ltr">{display}</span>
                {(!after.is_empty()).then_some(after)}
            })
        }
        // Its written numbers held to their words ("Llama ya al 112 o al 999").
        None => Either::Right(content::short_numbers_held(text)),
    }
}

/// The partner's own line: its name is the partner's text, shown only as text.
#[component]
pub fn PartnerTier(help: &'static HelpText, line: PartnerView) -> impl IntoView {
    let name = line.name;
    let (before, after) = content::around(help.partner_heading, "name");
    // `named` puts the partner's name in as text only: nothing in it is ever read as a template.
    let number = |label: &'static str,
                  scheme: &str,
                  class: &'static str,
                  [dial, display, spoken, joiner]: [String; 4]| {
        let spoken = content::named(label, &display, &name, &spoken);
        view! {
            <li>
                <NamedLink href=format!("{scheme}:{dial}") label=label display=display name=Some(spoken) class=class joiner=joiner />
            </li>
        }
    };
    let call = line
        .call
        .map(|call| number(help.partner_call, "tel", "rg-action rg-action--call", call));
    let text = line
        .text
        .map(|text| number(help.partner_text, "sms", "rg-action rg-action--text", text));
    let web = line.web.map(|[address, shown]| {
        view! {
            <li>
                <NamedLink href=format!("https://{address}") label=help.partner_web display=shown name=None class="rg-action rg-action--web" />
            </li>
        }
    });
    view! {
        <li class="rg-tier rg-tier--partner">
            // An empty text would be drawn as a space (`first_frame::parse` cannot tell it apart).
            <h3>{before}{name.clone()}{(!after.is_empty()).then_some(after)}</h3>
            <p>{help.partner_body}</p>
            {line.hours.map(|hours| view! { <p>{help.partner_hours}" "{hours}</p> })}
            <ul class="rg-actions">{call}{text}{web}</ul>
        </li>
    }
}
