//! Help, in tiers, most urgent first, each headed by the action to take (as NHS care cards).
//! The partner's own line, when given, comes first and says whose it is.

use crate::components::blocks;
use crate::components::help_bar::NamedLink;
use crate::content::{self, Guide, HelpText, Region, Tier, TierKind};
use crate::options::PartnerLine;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
                {partner.map(|line| view! { <PartnerTier help=help line=line /> })}
                {region.tiers.iter().map(|tier| view! { <TierCard help=help tier=tier region=region /> }).collect_view()}
            </ul>
            <p class="rg-phone-bill">{help.phone_bill}</p>
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
) -> impl IntoView {
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
                {tier.heading.text()}
            </h3>
            <p>{tier.body.text()}</p>
            // The action first, as on NHS care cards: "Call 911" right under the heading.
            {blocks::actions(tier.actions.all(), region)}
            {signs}
            {blocks::blocks(tier.blocks.all(), region)}
        </li>
    }
}

/// The partner's own line: its name is the partner's text, shown only as text.
#[component]
fn PartnerTier(help: &'static HelpText, line: PartnerLine) -> impl IntoView {
    let name = line
        .name
        .clone()
        .unwrap_or_else(|| help.partner_default_name.to_string());
    let (before, after) = content::around(help.partner_heading, "name");
    let call = line.phone.clone().map(|phone| {
        // `named` puts the partner's name in as text only: nothing in it is ever read as a template.
        let spoken = content::named(help.partner_call, &phone.display, &name, &phone.spoken());
        view! {
            <li>
                <NamedLink href=format!("tel:{}", phone.dial) label=help.partner_call display=phone.display name=Some(spoken) class="rg-action rg-action--call" />
            </li>
        }
    });
    let text = line.sms.clone().map(|sms| {
        let spoken = content::named(help.partner_text, &sms.display, &name, &sms.spoken());
        view! {
            <li>
                <NamedLink href=format!("sms:{}", sms.dial) label=help.partner_text display=sms.display name=Some(spoken) class="rg-action rg-action--text" />
            </li>
        }
    });
    let web = line.url.clone().map(|url| {
        let shown = url.strip_prefix("https://").unwrap_or(&url).trim_end_matches('/').to_string();
        view! {
            <li>
                <NamedLink href=url label=help.partner_web display=shown name=None class="rg-action rg-action--web" />
            </li>
        }
    });
    view! {
        <li class="rg-tier rg-tier--partner">
            <h3>{before}{name}{after}</h3>
            <p>{help.partner_body}</p>
            {line.hours.map(|hours| view! { <p>{help.partner_hours}" "{hours}</p> })}
            <ul class="rg-actions">{call}{text}{web}</ul>
        </li>
    }
}

/// The built help `section`'s behaviour: a partner's own line, drawn here (it holds the partner's
/// text), comes first among the tiers. The handle keeps it; dropping it takes the line away.
pub fn behave(
    section: &web_sys::Element,
    help: &'static HelpText,
    partner: Option<PartnerLine>,
) -> Option<Box<dyn std::any::Any>> {
    let line = partner?;
    let tiers: web_sys::HtmlElement = section.query_selector(".rg-tiers").ok()??.dyn_into().ok()?;
    let handle = leptos::mount::mount_to(
        tiers.clone(),
        move || view! { <PartnerTier help=help line=line /> },
    );
    if let Some(tier) = tiers.last_element_child() {
        let _ = tiers.insert_before(&tier, tiers.first_child().as_ref());
    }
    Some(Box::new(handle))
}
