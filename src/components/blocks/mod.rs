//! Reader content written in blocks (`content::Block`): paragraphs, lists, numbered steps,
//! warnings, links that call, text or open a page, and small tables. Every section made of
//! blocks (help tiers, questions) draws them here, so a new topic in a content file needs no new
//! rendering code.

use crate::components::help_bar::{CallLink, NamedLink};
// Each short number held to the word before it: "Appelez le / 911" split on a phone.
use crate::content::short_numbers_held as held;
use crate::content::{Action, Block, Line, Region, Via};
use crate::options::Audience;
use leptos::either::{Either, EitherOf3, EitherOf7};
use leptos::prelude::*;

/// `blocks` in order, for `reader` (`None`: both readers, as a shared answer or a help tier is).
/// Actions reach the lines of `region`.
pub fn blocks(
    blocks: &'static [Block],
    region: &'static Region,
    reader: Option<Audience>,
) -> impl IntoView {
    blocks
        .iter()
        .map(|block| one_block(block, region, reader))
        .collect_view()
}

/// One block: each kind is one view, whatever the number of blocks (an enum of views, not
/// `AnyView`, whose type erasure costs the wasm far more than seven arms).
fn one_block(
    block: &'static Block,
    region: &'static Region,
    reader: Option<Audience>,
) -> impl IntoView {
    match block {
        Block::Paragraph { text } => EitherOf7::A(view! { <p>{said(text.text(), region)}</p> }),
        Block::Warning { text } => EitherOf7::B(warning(text.text(), region)),
        Block::List { title, items } => EitherOf7::C(list(
            title.map(|t| t.text()),
            items.get().all(),
            false,
            region,
        )),
        Block::Steps { title, items } => EitherOf7::D(list(
            title.map(|t| t.text()),
            items.get().all(),
            true,
            region,
        )),
        Block::Actions { actions: list } => EitherOf7::E(actions(list.all(), region)),
        Block::Table {
            caption,
            head,
            rows,
        } => EitherOf7::F(view! {
            <div class="rg-table-scroll">
                <table class="rg-table">
                    <caption>{caption.text()}</caption>
                    <thead><tr>{head.get().iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                    <tbody>{rows.iter().map(|row| table_row(row.get().all())).collect_view()}</tbody>
                </table>
            </div>
        }),
        Block::ReachOut { text } => EitherOf7::G(reach_out(text.text(), region, reader)),
    }
}

/// The region's "Reach out" lines after `text`, as its journey offers them to `reader` (to both,
/// each in their own words, where the answer is shared), then the region's note on them.
fn reach_out(
    text: &'static str,
    region: &'static Region,
    reader: Option<Audience>,
) -> impl IntoView {
    let lines = region.reach_out();
    let calls = match reader {
        Some(Audience::Myself) => EitherOf3::A(region_calls(region, lines)),
        Some(Audience::LovedOne) => EitherOf3::B(supporter_calls(region, lines)),
        None => EitherOf3::C(view! {
            <div class="rg-for-self">{region_calls(region, lines.clone())}</div>
            <div class="rg-for-loved-one">{supporter_calls(region, lines)}</div>
        }),
    };
    view! {
        <p>{said(text, region)}</p>
        {calls}
        {region.reach_out_note.map(|note| view! { <p class="rg-calls__note">{said(note.text(), region)}</p> })}
    }
}

/// A call button for each of the region's `lines` (its name and number), to call them oneself
/// (or text, a line that is only texted), with a note where one may answer only in English.
pub fn region_calls(region: &'static Region, lines: Vec<&'static Line>) -> impl IntoView {
    let verbs = guide_of(region).map_or(["", ""], |g| [g.ui.helpbar_call, g.journey.text]);
    calls(region, lines, verbs)
}

/// `verbs`: what is said before a line's name, to call it and to text it.
fn calls(
    region: &'static Region,
    lines: Vec<&'static Line>,
    [call, text]: [&'static str; 2],
) -> impl IntoView {
    lines
        .into_iter()
        .map(|line| {
            let verb = if line.text_only() { text } else { call };
            view! {
                <p class="rg-calls__call">
                    <CallLink line=line verb=verb />
                    {language_note(line, region).map(|note| view! { " " <span class="rg-action__note">{note}</span> })}
                </p>
            }
        })
        .collect_view()
}

/// A supporter's calls: the lines that serve them, then, under their own heading, the lines that
/// are their loved one's to call ("They can call FRANK..."). Where there are both, the first are
/// headed too ("For you and your loved one:").
pub fn supporter_calls(region: &'static Region, lines: Vec<&'static Line>) -> impl IntoView {
    let (ours, theirs): (Vec<_>, Vec<_>) = lines.into_iter().partition(|line| line.for_supporters);
    let journey = guide_of(region).map(|guide| &guide.journey);
    let yours = (!ours.is_empty() && !theirs.is_empty())
        .then(|| view! { <h4 class="rg-calls__yours">{journey.map(|j| j.your_lines)}</h4> });
    let theirs = (!theirs.is_empty()).then(|| {
        view! {
            <h4 class="rg-calls__theirs">{journey.map(|j| j.their_lines)}</h4>
            {calls(region, theirs, journey.map_or(["", ""], |j| [j.they_can_call, j.they_can_text]))}
        }
    });
    view! {
        {yours}
        {region_calls(region, ours)}
        {theirs}
    }
}

/// A text as the reader sees it: the region's own words put in for each `{phrase}`
/// (`Region::with_phrases`), its numbers kept as `as_shown` keeps them.
pub fn said(text: &str, region: &Region) -> impl IntoView {
    as_shown(&region.with_phrases(text))
}

/// `text` with each short number held to the word before it (`content::short_numbers_held`), and
/// each phone number kept on one line (`content::phone_numbers_in`), in the style of the numbers
/// of the guide's buttons (`.rg-number`).
pub fn as_shown(text: &str) -> impl IntoView {
    let text = held(text);
    crate::content::phone_numbers_in(&text)
        .into_iter()
        .map(|(piece, number)| {
            let piece = piece.to_string();
            if number {
                Either::Left(view! { <span class="rg-number">{piece}</span> })
            } else {
                Either::Right(piece)
            }
        })
        .collect_view()
}

/// A warning: its first sentence in bold, the rest in the text's own weight, so a box of eight
/// lines is not eight lines of bold (a warning of one sentence is bold throughout).
pub fn warning(text: &str, region: &Region) -> impl IntoView {
    let text = region.with_phrases(text);
    let (lead, rest) = first_sentence(&text);
    let rest = (!rest.is_empty()).then(|| as_shown(rest));
    view! { <p class="rg-warning"><strong>{as_shown(lead)}</strong>{rest}</p> }
}

/// `text` split after its first sentence, the space after it starting the rest. A sentence ends
/// at ".", "?" or "!" before a space, after a word of two letters or more in lower case, a digit
/// or ")": so "EE. UU.", "B.C." and "p. ex." end none.
pub fn first_sentence(text: &str) -> (&str, &str) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let before_space = chars.get(i + 1).is_some_and(|(_, next)| *next == ' ');
        if !matches!(c, '.' | '?' | '!') || !before_space || i == 0 {
            continue;
        }
        let word: Vec<char> = chars[..i]
            .iter()
            .rev()
            .map(|(_, c)| *c)
            .take_while(|c| c.is_alphabetic())
            .collect();
        let prev = chars[i - 1].1;
        let ends_word = word.len() >= 2 && word.iter().all(|c| c.is_lowercase());
        if ends_word || prev.is_ascii_digit() || prev == ')' {
            return text.split_at(at + c.len_utf8());
        }
    }
    (text, "")
}

/// A heading (one level below the card's) and its list: numbered when its items are steps to take
/// in order (an overdose response).
pub fn list(
    title: Option<&'static str>,
    items: &'static [&'static str],
    ordered: bool,
    region: &'static Region,
) -> impl IntoView {
    let items = move || {
        items
            .iter()
            .map(|item| view! { <li>{said(item, region)}</li> })
            .collect_view()
    };
    let title = title.map(|title| view! { <h4>{title}</h4> });
    if ordered {
        Either::Left(view! { {title}<ol class="rg-list rg-list--steps">{items()}</ol> })
    } else {
        Either::Right(view! { {title}<ul class="rg-list">{items()}</ul> })
    }
}

/// Links to the region's lines, one per row. Where every call and text among them may answer in
/// English, it is said once, above them (a French reader of the US crisis tier had it nine times).
pub fn actions(actions: &'static [Action], region: &'static Region) -> impl IntoView {
    let shared = shared_language_note(actions, region);
    view! {
        {shared.map(|note| view! { <p class="rg-actions__note">{note}</p> })}
        <ul class="rg-actions">
            {actions.iter().map(|a| action_item(a, region, shared.is_none())).collect_view()}
        </ul>
    }
}

/// The list's one note ("The lines below may answer in English"), where two or more calls or
/// texts would each say "this service may answer in English" (or each "in French or English");
/// `None` where any says something else or nothing (it answers in the reader's language, or has
/// interpreters).
/// A page's address keeps its own note ("This page may be in English"); a chat's is said as a
/// call's.
fn shared_language_note(
    actions: &'static [Action],
    region: &'static Region,
) -> Option<&'static str> {
    let ui = ui_of(region)?;
    let notes: Vec<_> = actions
        .iter()
        .filter_map(|action| region.line(action.line).map(|line| (action, line)))
        .filter(|(action, line)| !opens_a_page(action, line))
        .map(|(action, line)| action_language_note(action, line, region))
        .collect();
    let first = *notes.first()?;
    let shared = if first == Some(ui.answers_in_english) {
        ui.these_answer_in_english
    } else if first == Some(ui.answers_in_french_or_english) {
        ui.these_answer_in_french_or_english
    } else {
        return None;
    };
    (notes.len() >= 2 && notes.iter().all(|note| *note == first)).then_some(shared)
}

/// The words of the region's reader's language, as the region spells them.
fn ui_of(region: &'static Region) -> Option<&'static crate::content::Ui> {
    guide_of(region).map(|guide| &guide.ui)
}

/// The guide in the region's reader's language, as the region spells it.
fn guide_of(region: &'static Region) -> Option<&'static crate::content::Guide> {
    use crate::content::{Locale, RegionCode};
    let locale = Locale::ALL
        .into_iter()
        .find(|l| l.as_str() == region.locale)?;
    let code = RegionCode::ALL
        .into_iter()
        .find(|c| c.as_str() == region.code)
        .unwrap_or_default();
    Some(crate::content::guide_for(locale, code))
}

/// The first cell heads its row.
fn table_row(cells: &'static [&'static str]) -> impl IntoView {
    let (first, rest) = cells.split_first().map_or(("", &[][..]), |(f, r)| (*f, r));
    view! {
        <tr>
            <th scope="row">{first}</th>
            {rest.iter().map(|c| view! { <td>{*c}</td> }).collect_view()}
        </tr>
    }
}

/// What a line says of the reader's language, beside a way to talk to a line not known to answer
/// in it: "it may answer in English" ("in French or English" for Canada's bilingual lines), or
/// where the line has interpreters, that and that one can be requested (never beside an emergency
/// number: nothing may hold a reader back from calling it). The journey's calls say it too.
pub fn language_note(
    line: &'static crate::content::Line,
    region: &'static Region,
) -> Option<&'static str> {
    let ui = ui_of(region)?;
    (!is_emergency_number(line, region) && !line.answers_in(region.locale)).then_some(
        if line.interpreters {
            ui.ask_for_interpreter
        } else if line.answers_in("fr") {
            ui.answers_in_french_or_english
        } else {
            ui.answers_in_english
        },
    )
}

/// The region's emergency line, and any line its emergency tier calls under its heading (Ireland's
/// 999 beside 112). Other calls in that tier come in its blocks (CONTENT.md).
fn is_emergency_number(line: &crate::content::Line, region: &Region) -> bool {
    line.id == region.emergency
        || region.tiers.iter().any(|tier| {
            tier.kind == crate::content::TierKind::Emergency
                && tier.actions.iter().any(|action| action.line == line.id)
        })
}

/// The same note beside an action's call or text, or a chat's address. A page talks to no one:
/// beside its address, what language it may be in (review71, RL6).
fn action_language_note(
    action: &'static Action,
    line: &'static crate::content::Line,
    region: &'static Region,
) -> Option<&'static str> {
    if opens_a_page(action, line) {
        page_language_note(line, region)
    } else {
        language_note(line, region)
    }
}

/// Whether the action opens a web page that no one answers (a chat's address is answered, as a
/// call is): its language note is its own, never the list's.
fn opens_a_page(action: &Action, line: &crate::content::Line) -> bool {
    action.via == Via::Web && !line.chat
}

/// Beside a link to a page not known to be in the reader's language but in English (a line's
/// `languages` are its page's, for a web address): "This page may be in English." A Spanish page
/// shown to a French reader says nothing: its label says the language.
fn page_language_note(
    line: &'static crate::content::Line,
    region: &'static Region,
) -> Option<&'static str> {
    let ui = ui_of(region)?;
    (!line.answers_in(region.locale) && line.answers_in("en")).then_some(ui.page_in_english)
}

/// A link to one of the region's lines. Calls and texts say whose line it is and read the number
/// digit by digit; a web address is its own name. `own_note`: the language note beside it, unless
/// the list says it once for all.
fn action_item(action: &'static Action, region: &'static Region, own_note: bool) -> impl IntoView {
    region.line(action.line).map(|line| {
        let class = match action.via {
            // The emergency number looks as it does in the help bar, red, wherever it is called:
            // the overdose card's own call read as one more blue link (review100-SHOTS, V1).
            Via::Call if is_emergency_number(line, region) => "rg-action rg-action--call rg-emergency",
            Via::Call => "rg-action rg-action--call",
            Via::Text => "rg-action rg-action--text",
            Via::Web => "rg-action rg-action--web",
        };
        let name = (action.via != Via::Web).then(|| action.accessible_name(line));
        view! {
            <li>
                <NamedLink
                    href=action.href(line)
                    label=action.label_for(line)
                    display=line.display
                    name=name
                    class=class
                />
                // The language note first, right after the line it is about: after a note that ends
                // naming another line, "this service may answer in French or English" read as that
                // line's (review61c, R2).
                {(own_note || opens_a_page(action, line)).then(|| action_language_note(action, line, region)).flatten().map(|note| view! { " " <span class="rg-action__note">{note}</span> })}
                {action.note.map(|note| view! { " " <span class="rg-action__note">{as_shown(note.text())}</span> })}
            </li>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn the_first_sentence_ends_at_a_full_stop_after_a_word_not_an_abbreviation() {
        assert_eq!(
            first_sentence("Detox alone is not treatment. After detox, it wears off."),
            (
                "Detox alone is not treatment.",
                " After detox, it wears off."
            )
        );
        assert_eq!(
            first_sentence("En EE. UU. llama al 911. Luego espera."),
            ("En EE. UU. llama al 911.", " Luego espera.")
        );
        assert_eq!(
            first_sentence("En C.-B., appelez le 811. Ensuite, attendez."),
            ("En C.-B., appelez le 811.", " Ensuite, attendez.")
        );
        assert_eq!(
            first_sentence("¿Dejaste de usar? Tu cuerpo cambia."),
            ("¿Dejaste de usar?", " Tu cuerpo cambia.")
        );
        assert_eq!(
            first_sentence("If you think someone is overdosing, call 911 now."),
            ("If you think someone is overdosing, call 911 now.", "")
        );
        assert_eq!(
            first_sentence("Ask (CPR). Then wait."),
            ("Ask (CPR).", " Then wait.")
        );
    }
}
