//! Help, in tiers, most urgent first, each headed by the action to take (as NHS care cards).
//! The partner's own line, when given, comes first and says whose it is.

pub mod behaviour;

use crate::components::blocks;
use crate::components::footer::Sources;
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
                {region.tiers.iter().map(|tier| view! { <TierCard help=help tier=tier region=region sources=help.sources /> }).collect_view()}
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
) -> impl IntoView {
    let cited = (!tier.sources.is_empty()).then(|| {
        let items = tier.sources.iter().map(|s| s.text().to_string()).collect();
        view! { <Sources label=sources items=items /> }
    });
    let signs = (tier.kind == TierKind::Emergency).then(|| {
        blocks::list(
            Some(help.overdose_signs_title),
            help.overdose_signs.all(),
            false,
        )
    });
    view! {
        <li class=tier_class(tier.kind)>
            <h3>
                <span class="rg-vh">{urgency(help, tier.kind)}" "</span>
                {heading(tier, region)}
            </h3>
            <p>{content::short_numbers_held(tier.body.text())}</p>
            // The action first, as on NHS care cards: "Call 911" right under the heading.
            {blocks::actions(tier.actions.all(), region)}
            {signs}
            {blocks::blocks(tier.blocks.all(), region)}
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

/// A partner's line as the help section shows it: each value the card needs, worked out once
/// from the options (`of`), or, for the card the build renders, a marker in each place (`template`)
/// that the browser fills with the partner's values (`behaviour::fill`), so the WebAssembly draws
/// the card without a view library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerView {
    pub name: String,
    /// To call: `tel:` number, as shown, as read aloud.
    pub call: Option<[String; 3]>,
    /// To text: `sms:` number, as shown, as read aloud.
    pub text: Option<[String; 3]>,
    /// The web page, after `https://`, and as shown.
    pub web: Option<[String; 2]>,
    pub hours: Option<String>,
}

impl PartnerView {
    /// The values of the markers `\u{1}0` to `\u{1}9`, in the template's order; `None` where the
    /// partner gave nothing, so the item holding that marker goes.
    pub fn values(&self) -> [Option<String>; 10] {
        let three = |v: &Option<[String; 3]>, i: usize| v.as_ref().map(|v| v[i].clone());
        let web = |i: usize| self.web.as_ref().map(|v| v[i].clone());
        [
            Some(self.name.clone()),
            three(&self.call, 0),
            three(&self.call, 1),
            three(&self.call, 2),
            three(&self.text, 0),
            three(&self.text, 1),
            three(&self.text, 2),
            web(0),
            web(1),
            self.hours.clone(),
        ]
    }

    /// Every field present, each its marker (`\u{1}` and its index in `values`).
    pub fn template() -> Self {
        let m = |i: u8| format!("\u{1}{i}");
        PartnerView {
            name: m(0),
            call: Some([m(1), m(2), m(3)]),
            text: Some([m(4), m(5), m(6)]),
            web: Some([m(7), m(8)]),
            hours: Some(m(9)),
        }
    }

    /// The card's values from the partner's options (validated already), in `help`'s words.
    pub fn of(line: &PartnerLine, help: &HelpText) -> Self {
        let phone = |p: &Option<crate::options::Phone>| {
            p.as_ref()
                .map(|p| [p.dial.clone(), p.display.clone(), p.spoken()])
        };
        PartnerView {
            name: line
                .name
                .clone()
                .unwrap_or_else(|| help.partner_default_name.to_string()),
            call: phone(&line.phone),
            text: phone(&line.sms),
            web: line.url.as_ref().map(|url| {
                let address = url.strip_prefix("https://").unwrap_or(url);
                [
                    address.to_string(),
                    address.trim_end_matches('/').to_string(),
                ]
            }),
            hours: line.hours.clone(),
        }
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
                  [dial, display, spoken]: [String; 3]| {
        let spoken = content::named(label, &display, &name, &spoken);
        view! {
            <li>
                <NamedLink href=format!("{scheme}:{dial}") label=label display=display name=Some(spoken) class=class />
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
