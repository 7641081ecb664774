//! Help, in tiers, most urgent first, each headed by the action to take (as NHS care cards).
//! The partner's own line, when given, comes first and says whose it is.

use crate::components::help_bar::NamedLink;
use crate::content::{self, Action, Guide, HelpText, Region, Tier, TierKind, Via};
use crate::embedding::options::PartnerLine;
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
                {partner.map(|line| view! { <PartnerTier help=help line=line /> })}
                {region.tiers.iter().map(|tier| view! { <TierCard help=help tier=tier /> }).collect_view()}
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
fn TierCard(help: &'static HelpText, tier: &'static Tier) -> impl IntoView {
    view! {
        <li class=tier_class(tier.kind)>
            <h3>
                <span class="rg-vh">{urgency(help, tier.kind)}" "</span>
                {tier.heading}
            </h3>
            <p>{tier.body}</p>
            // The action first, as on NHS care cards: "Call 911" right under the heading.
            <ul class="rg-actions">{tier.actions.iter().map(|action| view! { <ActionItem action=action /> }).collect_view()}</ul>
            {(tier.kind == TierKind::Emergency).then(|| view! { <TierList title=help.overdose_signs_title items=help.overdose_signs ordered=false /> })}
            {tier
                .lists
                .iter()
                .map(|list| view! { <TierList title=list.title items=list.items ordered=list.ordered /> })
                .collect_view()}
        </li>
    }
}

/// A tier's list: numbered when its items are steps to take in order (an overdose response).
#[component]
fn TierList(title: &'static str, items: &'static [&'static str], ordered: bool) -> impl IntoView {
    let items = move || {
        items
            .iter()
            .map(|item| view! { <li>{*item}</li> })
            .collect_view()
    };
    view! {
        <h4>{title}</h4>
        {if ordered {
            Either::Left(view! { <ol class="rg-tier__list rg-tier__list--steps">{items()}</ol> })
        } else {
            Either::Right(view! { <ul class="rg-tier__list">{items()}</ul> })
        }}
    }
}

#[component]
fn ActionItem(action: &'static Action) -> impl IntoView {
    let class = match action.via {
        Via::Call => "rg-action rg-action--call",
        Via::Text => "rg-action rg-action--text",
        Via::Web => "rg-action rg-action--web",
    };
    let name = (action.via != Via::Web).then(|| action.accessible_name());
    view! {
        <li>
            <NamedLink
                href=action.href()
                label=action.label
                display=action.line.display
                name=name
                class=class
            />
            {action.note.map(|note| view! { " " <span class="rg-action__note">{note}</span> })}
        </li>
    }
}

/// "Call {name}, {number}" with the partner's name and the number read aloud. `fill` reads only
/// the template, so a `{name}` in the partner's name can never bring in anything but its own text.
fn partner_link_name(template: &str, name: &str, spoken: &str) -> String {
    content::fill(template, &[("number", spoken), ("name", name)])
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
        let spoken = partner_link_name(help.partner_call_name, &name, &phone.spoken());
        view! {
            <li>
                <NamedLink href=format!("tel:{}", phone.dial) label=help.partner_call display=phone.display name=Some(spoken) class="rg-action rg-action--call" />
            </li>
        }
    });
    let text = line.sms.clone().map(|sms| {
        let spoken = partner_link_name(help.partner_text_name, &name, &sms.spoken());
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
