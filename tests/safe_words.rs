//! Safe words first (issue 12): each class of error a clinical review found in the content, tested
//! over the real content, in every region and both languages, so that it cannot come back.
//! Facts: `../shared/CONTENT-FACTS-TOPICS.md` (§ numbers below). The Spanish word list (síntomas
//! de abstinencia, medicamentos, tú...) is in tests/readability.rs, beside the stigmatising words.
//! `cargo test --no-default-features --features ssr --test safe_words`
//! Over 400 lines: one test per class of error the clinical read found, each over every region
//! and language; they share helpers, so they stay in one file.
#![cfg(feature = "ssr")]

#[path = "common/render.rs"]
mod render;

use recovery_guide::content::{
    self, Block, Locale, Region, RegionCode, Step, StepText, Tier, TierKind,
};
use render::{
    attribute, help_section, phone_link_labels, phone_links, reader_html, render_with, slices, text,
};

/// The one of `[en, es, fr]` in `locale`.
fn said(locale: Locale, [en, es, fr]: [&str; 3]) -> &str {
    match locale {
        Locale::En => en,
        Locale::Es => es,
        Locale::Fr => fr,
    }
}

/// The alternatives (`|` between them) of `[en, es, fr]` in `locale`.
fn said_any(locale: Locale, list: [&str; 3]) -> Vec<&str> {
    said(locale, list).split('|').collect()
}

/// The supporter's "cannot reach them" line, in the words every answer gives it (review71-scenarios,
/// SE1; review77, LL1).
fn cannot_reach_them(locale: Locale) -> &'static str {
    said(
        locale,
        [
            "Cannot reach your loved one, and afraid they have overdosed?",
            "¿No logras comunicarte con tu ser querido y temes una sobredosis?",
            "Vous ne pouvez pas joindre votre proche et vous craignez une surdose?",
        ],
    )
}

/// How the supporter's 3-day rule opens in "They started using again" (§2.1, CAMH).
fn three_day_rule_opens(locale: Locale) -> &'static str {
    said(
        locale,
        [
            "After 3 days or more without opioids",
            "Después de 3 días o más sin opioides",
            "Après 3 jours ou plus sans opioïdes",
        ],
    )
}

/// The words of a text, lowercase, for whole-word matches ("side" is not in "inside").
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The sentences of a text (a `.`, `?` or `!` before a space ends one).
fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['.', '?', '!'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// The first sentence of `text` that says `word`.
fn sentence_with<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    sentences(text).into_iter().find(|s| s.contains(word))
}

/// A region's one emergency tier.
fn emergency_tier(region: &Region) -> &Tier {
    let tiers: Vec<&Tier> = region
        .tiers
        .iter()
        .filter(|t| t.kind == TierKind::Emergency)
        .collect();
    assert_eq!(tiers.len(), 1, "{}: one emergency tier", region.code);
    tiers[0]
}

/// What each region's emergency tier says (`tier_texts`), in each language, with the region.
fn every_emergency_tier() -> Vec<(RegionCode, Locale, &'static Region, Vec<&'static str>)> {
    let mut out = Vec::new();
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            out.push((
                code,
                locale,
                region,
                tier_texts(region, emergency_tier(region)),
            ));
        }
    }
    out
}

/// Every text of a block: a paragraph's or a warning's, a list's or steps' title and items, a
/// table's caption and cells (an actions block's words are its actions', read apart).
fn block_texts(block: &Block) -> Vec<&'static str> {
    match block {
        Block::Paragraph { text } | Block::Warning { text } | Block::ReachOut { text } => {
            vec![text.text()]
        }
        Block::List { title, items } | Block::Steps { title, items } => title
            .iter()
            .map(|t| t.text())
            .chain(items.get().iter().copied())
            .collect(),
        Block::Table {
            caption,
            head,
            rows,
        } => std::iter::once(caption.text())
            .chain(head.get().iter().copied())
            .chain(rows.all().iter().flat_map(|row| row.get().iter().copied()))
            .collect(),
        Block::Actions { .. } => Vec::new(),
    }
}

/// Everything a tier of `region` says: heading, body, its blocks (lists, steps, paragraphs,
/// warnings, tables), and each action's label, note, spoken name and line name.
fn tier_texts(region: &Region, tier: &Tier) -> Vec<&'static str> {
    let mut texts = vec![tier.heading.text(), phrased(region, tier.body.text())];
    let mut actions: Vec<&'static content::Action> = tier.actions.all().iter().collect();
    for block in tier.blocks.all() {
        if let Block::Actions { actions: more } = block {
            actions.extend(more.all());
        }
        texts.extend(block_texts(block).into_iter().map(|t| phrased(region, t)));
    }
    for action in actions {
        texts.push(action.label.text());
        texts.extend(action.note.map(|n| n.text()));
        let line = region
            .line(action.line)
            .unwrap_or_else(|| panic!("{}: no line {:?}", region.code, action.line));
        texts.push(line.name.text());
    }
    texts
}

/// `text` as the reader reads it: a tier's words may name the region's phrases
/// (`Region::with_phrases`), "{get_naloxone}" for how to get naloxone there.
fn phrased(region: &Region, text: &'static str) -> &'static str {
    if text.contains('{') {
        Box::leak(region.with_phrases(text).into_boxed_str())
    } else {
        text
    }
}

/// The items of each numbered list (`steps` block) of a tier.
fn steps_in(tier: &Tier) -> Vec<&'static [&'static str]> {
    tier.blocks
        .all()
        .iter()
        .filter_map(|block| match block {
            Block::Steps { items, .. } => Some(items.get().all()),
            _ => None,
        })
        .collect()
}

/// A journey step's markup in a rendered page, from its id to its sources: both readers' words.
fn step_html<'a>(html: &'a str, id: &str) -> &'a str {
    slices(html, &format!("id=\"rg-step-{id}\""), "rg-sources")
        .first()
        .copied()
        .unwrap_or_else(|| panic!("the {id} step"))
}

/// A journey step by its id, in `locale`.
fn journey_step(locale: Locale, id: &str) -> &'static Step {
    let steps = content::guide(locale).journey.steps.all();
    steps
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("the {id} step"))
}

/// A journey step's warnings to one reader, one after another ("" where it gives none).
fn warned(words: &StepText) -> String {
    words.warnings.join(" ")
}

/// What a journey step says to the person themself (not to someone who cares about them).
fn self_texts(step: &Step) -> Vec<&'static str> {
    let me = &step.me;
    let mut texts = vec![me.what, me.ask, me.now];
    texts.extend(me.time);
    texts.extend(me.warnings.iter().copied());
    texts.extend(step.choices.iter().map(|c| c.me));
    texts
}

/// Every text of the guide in one locale that is shown in every region: the journey, both grids
/// and the help section's own words, each named by where it is.
fn guide_texts(locale: Locale) -> Vec<(String, &'static str)> {
    let guide = content::guide(locale);
    let mut out = Vec::new();
    for step in guide.journey.steps.all() {
        for text in step.texts() {
            out.push((format!("journey step {}", step.id), text));
        }
    }
    for grid in guide.compare.grids.all() {
        for row in grid.rows.all() {
            for text in std::iter::once(row.question).chain(row.cells.iter().copied()) {
                out.push((format!("grid {}: {:?}", grid.id, row.question), text));
            }
        }
    }
    let help = &guide.help;
    let shared = [
        help.title,
        help.intro,
        help.overdose_signs_title,
        help.overdose_mixing,
    ];
    for text in shared
        .into_iter()
        .chain(help.overdose_signs.iter().copied())
    {
        out.push(("help".to_string(), text));
    }
    out
}

// ---------- 1. The overdose response, step by step (§1) ----------

/// The steps a bystander takes, in this order (§1.2-1.8).
const OVERDOSE_STEPS: [&str; 7] = [
    "check for a response",
    "call the emergency number",
    "give naloxone",
    "support breathing",
    "recovery position",
    "another dose after 2 to 3 minutes",
    "stay with them",
];

/// Whether `item` is step `step` of `OVERDOSE_STEPS`, in `locale`, where the emergency number
/// shows as `emergency`.
fn is_step(step: usize, item: &str, locale: Locale, emergency: &str) -> bool {
    let lower = item.to_lowercase();
    let has = |part: &str| lower.contains(part);
    let has_word = |word: &str| words(item).iter().any(|w| w == word);
    match (step, locale) {
        (0, Locale::En) => has("name") && has("shoulders"),
        (0, Locale::Es) => has("nombre") && has("hombros"),
        (0, Locale::Fr) => has("nom") && has("épaules"),
        (1, _) => item.contains(emergency),
        (2, Locale::En) => has("naloxone"),
        (2, Locale::Es) => has("naloxona"),
        (2, Locale::Fr) => has("naloxone"),
        (3, Locale::En) => has("breathing") || item.contains("CPR"),
        (3, Locale::Es) => has("respira") || item.contains("RCP"),
        (3, Locale::Fr) => has("respire") || item.contains("RCR"),
        (4, Locale::En) => has_word("side"),
        (4, Locale::Es) => has("de lado"),
        (4, Locale::Fr) => has("sur le côté"),
        (5, Locale::En) => has("2 to 3 minutes") && has_word("dose"),
        (5, Locale::Es) => has("2 o 3 minutos") && has_word("dosis"),
        (5, Locale::Fr) => has("2 à 3 minutes") && has_word("dose"),
        (6, Locale::En) => item.starts_with("Stay"),
        (6, Locale::Es) => item.starts_with("Quédate"),
        (6, Locale::Fr) => item.starts_with("Restez"),
        _ => unreachable!("seven steps"),
    }
}

/// `OVERDOSE_STEPS` in the order most regions' sources give them.
const USUAL_ORDER: [usize; 7] = [0, 1, 2, 3, 4, 5, 6];

/// The order of `OVERDOSE_STEPS` in `code`'s list. ANZCOR 9.5.2 (§1.5, §1.6: Australia and New
/// Zealand) starts CPR without delay and gives naloxone as soon as it is there, "with minimal
/// interruption of CPR": breathing support comes before naloxone.
fn step_order(code: RegionCode) -> [usize; 7] {
    match code {
        RegionCode::Au | RegionCode::Nz => [0, 1, 3, 2, 4, 5, 6],
        _ => USUAL_ORDER,
    }
}

/// The item (from 0) that holds each overdose step, taken in `order`, each after the one before,
/// or the first step missing or out of order. Each step takes the first item after the previous
/// step's that matches it: if any order-keeping match exists, this finds one.
fn overdose_steps_in(
    items: &[&str],
    locale: Locale,
    emergency: &str,
    order: [usize; 7],
) -> Result<Vec<usize>, &'static str> {
    let mut at = Vec::new();
    let mut from = 0;
    for step in order {
        let found = (from..items.len()).find(|&i| is_step(step, items[i], locale, emergency));
        let i = found.ok_or(OVERDOSE_STEPS[step])?;
        at.push(i);
        from = i + 1;
    }
    Ok(at)
}

#[test]
fn the_step_finder_catches_a_missing_or_misplaced_step() {
    let good = [
        "Shout their name. Shake their shoulders.",
        "No answer? Call 999 now.",
        "Give naloxone if you have it. Follow the steps on the box.",
        "Not breathing? Do what the call handler tells you (CPR).",
        "Breathing? Roll them onto their side.",
        "No change after 2 to 3 minutes? Give another dose.",
        "Stay with them. Naloxone can wear off before the drugs do.",
    ];
    assert_eq!(
        overdose_steps_in(&good, Locale::En, "999", USUAL_ORDER),
        Ok(vec![0, 1, 2, 3, 4, 5, 6])
    );
    // Another region's number.
    assert_eq!(
        overdose_steps_in(&good, Locale::En, "112", USUAL_ORDER),
        Err("call the emergency number")
    );
    // Naloxone before the call: the call is found, then naloxone only in the last item ("Stay
    // ... naloxone can wear off"), so breathing support has nothing left after it.
    let mut swapped = good;
    swapped.swap(1, 2);
    assert_eq!(
        overdose_steps_in(&swapped, Locale::En, "999", USUAL_ORDER),
        Err("support breathing")
    );
    // "Stay" first, as the old lists had it: the last step is then missing.
    let mut stay_first = good.to_vec();
    let stay = stay_first.remove(6);
    stay_first.insert(1, stay);
    assert_eq!(
        overdose_steps_in(&stay_first, Locale::En, "999", USUAL_ORDER),
        Err("stay with them")
    );
    // No second dose.
    let no_redose: Vec<&str> = good
        .iter()
        .copied()
        .filter(|i| !i.contains("2 to 3"))
        .collect();
    assert_eq!(
        overdose_steps_in(&no_redose, Locale::En, "999", USUAL_ORDER),
        Err("another dose after 2 to 3 minutes")
    );
    // ANZCOR's order (breathing support first) is in order where ANZCOR's is asked. Where the
    // usual order is asked, naloxone takes the fourth item, breathing the fifth ("Breathing?
    // Roll them onto their side"), and the recovery position has nothing left after it.
    let anzcor = [
        "Shout their name. Shake their shoulders.",
        "No answer? Call 000 now.",
        "Not breathing normally? Start CPR now.",
        "Give naloxone as soon as you have it.",
        "Breathing? Roll them onto their side.",
        "No change after 2 to 3 minutes? Give another dose.",
        "Stay with them.",
    ];
    assert_eq!(
        overdose_steps_in(&anzcor, Locale::En, "000", step_order(RegionCode::Au)),
        Ok(vec![0, 1, 2, 3, 4, 5, 6])
    );
    assert_eq!(
        overdose_steps_in(&anzcor, Locale::En, "000", USUAL_ORDER),
        Err("recovery position")
    );
    let es = [
        "Grita su nombre. Sacúdele los hombros.",
        "¿No responde? Llama al 112 ahora.",
        "Si tienes naloxona, dásela.",
        "¿No respira? Haz lo que te diga la persona que contesta.",
        "¿Respira? Ponla de lado.",
        "¿Nada cambia en 2 o 3 minutos? Dale otra dosis.",
        "Quédate con la persona.",
    ];
    assert_eq!(
        overdose_steps_in(&es, Locale::Es, "112", USUAL_ORDER),
        Ok(vec![0, 1, 2, 3, 4, 5, 6])
    );
    assert_eq!(
        overdose_steps_in(&es[..6], Locale::Es, "112", USUAL_ORDER),
        Err("stay with them")
    );
}

/// CPR as a French reader in `region` knows it: "RCR" in Canada; elsewhere the reader comes from
/// France, Belgium or Africa, where "RCR" means nothing, and the call handler will say "CPR" in
/// English (review68-plain-usfr, UF2; -nzfr, NF4).
fn french_cpr(region: RegionCode) -> &'static str {
    if region == RegionCode::Ca {
        "RCR"
    } else {
        "CPR"
    }
}

/// Outside Canada, the French overdose steps say what to do in the reader's words and give the
/// English word the call handler will use, "CPR", for both gestures (chest and rescue breaths: a
/// gloss "massage cardiaque, CPR" taught that CPR is compressions only; review68a-clinical, C4);
/// never Québec's "RCR": a reader from France who skipped to "Commencez la RCR" did not know what
/// to do (review68-plain-nzfr, NF4; §1.2, §1.5: the call handler guides CPR).
#[test]
fn french_overdose_steps_outside_canada_say_cpr_in_the_readers_words() {
    for code in RegionCode::ALL.into_iter().filter(|c| *c != RegionCode::Ca) {
        let items = steps_in(emergency_tier(content::region(code, Locale::Fr))).concat();
        let cpr: Vec<&str> = items
            .iter()
            .copied()
            .filter(|i| i.contains("CPR"))
            .collect();
        let first = cpr
            .first()
            .unwrap_or_else(|| panic!("{code:?}: no step says CPR"));
        assert!(
            first.contains("bouche-à-bouche") && first.contains("poitrine"),
            "{code:?}: {first:?}"
        );
        assert!(
            !first.contains("massage cardiaque, en anglais CPR"),
            "{code:?}: {first:?}"
        );
        assert!(
            items.iter().all(|i| !i.contains("RCR")),
            "{code:?}: {items:?}"
        );
    }
}

/// The Spanish overdose steps give the English word too, "CPR", beside Spanish "RCP": the call
/// handler may speak only English, and the French steps already gave it (review69, UK1, IE1).
#[test]
fn spanish_overdose_steps_give_the_english_word_for_cpr() {
    for code in RegionCode::ALL {
        let items = steps_in(emergency_tier(content::region(code, Locale::Es))).concat();
        let rcp: Vec<&str> = items
            .iter()
            .copied()
            .filter(|i| i.contains("RCP"))
            .collect();
        assert!(!rcp.is_empty(), "{code:?}: no step says RCP");
        assert!(
            rcp.iter().all(|i| i.contains("CPR")),
            "{code:?}: RCP without CPR: {rcp:?}"
        );
    }
}

/// The step that leads to rescue breaths or CPR asks whether the person breathes *normally*, and
/// the recovery position's step is its complement: slow, shallow or gurgling breaths are overdose
/// signs, and a bystander who hears them may answer "Breathing?" with yes (a clinical read found
/// the US and Canada asked only "Not breathing?", and every region "Breathing?").
#[test]
fn the_cpr_and_recovery_steps_ask_whether_they_breathe_normally() {
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            let [cpr, not_normally, side, normally] = match locale {
                Locale::En => [
                    "CPR",
                    "Not breathing normally?",
                    "recovery position",
                    "Breathing normally?",
                ],
                Locale::Es => [
                    "RCP",
                    "¿No respira con normalidad?",
                    "posición lateral de seguridad",
                    "¿Respira con normalidad?",
                ],
                Locale::Fr => [
                    french_cpr(code),
                    "ne respire pas normalement?",
                    "position latérale",
                    "respire normalement?",
                ],
            };
            let items = steps_in(emergency_tier(region)).concat();
            for (step, asks) in [(cpr, not_normally), (side, normally)] {
                let found: Vec<&str> = items.iter().copied().filter(|i| i.contains(step)).collect();
                assert!(
                    !found.is_empty(),
                    "{code:?}/{locale:?}: a step leads to {step}"
                );
                for item in found {
                    assert!(
                        item.contains(asks),
                        "{code:?}/{locale:?}: \"{item}\" does not ask \"{asks}\""
                    );
                }
            }
        }
    }
}

#[test]
fn every_emergency_tier_numbers_the_overdose_steps_in_order() {
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            let tier = emergency_tier(region);
            let ordered = steps_in(tier);
            assert_eq!(
                ordered.len(),
                1,
                "{code:?}/{locale:?}: the emergency tier has one numbered list, the overdose steps"
            );
            let items = ordered[0];
            let emergency = region.emergency().display;
            if let Err(step) = overdose_steps_in(items, locale, emergency, step_order(code)) {
                panic!(
                    "{code:?}/{locale:?}: the overdose steps miss \"{step}\", or have it out of order \
                     (emergency number {emergency}): {items:#?}"
                );
            }

            // As the reader sees it: a numbered list (<ol>) in the emergency card, item by item.
            let html = render_with(&[
                ("region", code.as_str()),
                ("locale", locale.as_str()),
                ("sections", "help"),
            ]);
            let card = slices(
                help_section(&html),
                "rg-tier--emergency",
                "class=\"rg-tier ",
            );
            assert_eq!(card.len(), 1, "{code:?}/{locale:?}: one emergency card");
            let lists = slices(card[0], "<ol", "</ol>");
            assert_eq!(
                lists.len(),
                1,
                "{code:?}/{locale:?}: the emergency card has one numbered list: {}",
                card[0]
            );
            let shown: Vec<String> = slices(lists[0], "<li", "</li>")
                .into_iter()
                .map(|li| text(li).replace("&amp;", "&"))
                .collect();
            let written: Vec<String> = items
                .iter()
                .map(|i| i.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect();
            assert_eq!(shown, written, "{code:?}/{locale:?}: the numbered steps");
        }
    }
}

// ---------- 2. How long naloxone lasts: only the region's own figure (§1.1, §16.4) ----------

/// How long naloxone lasts, as each region's own source says it: a figure where the source gives
/// one; elsewhere the guide says only that it can wear off before the drugs do. (UK services give
/// 20 to 40, 20 to 30 or "about half an hour": no one figure.)
const NALOXONE_LASTS: [(RegionCode, Option<[&str; 3]>); 6] = [
    (
        RegionCode::Us,
        Some(["30 to 90 minutes", "30 a 90 minutos", "30 à 90 minutes"]),
    ),
    (RegionCode::Uk, None),
    (
        RegionCode::Ca,
        Some(["30 to 120 minutes", "30 a 120 minutos", "30 à 120 minutes"]),
    ),
    (
        RegionCode::Au,
        Some(["30 to 90 minutes", "30 a 90 minutos", "30 à 90 minutes"]),
    ),
    (RegionCode::Nz, None),
    (RegionCode::Ie, None),
];

/// The second dose comes after 2 to 3 minutes (§1.2-1.7): the one figure every region may give.
const REDOSE_MINUTES: [u32; 2] = [2, 3];

/// Every figure of minutes in a text, as its numbers: "30 to 90 minutes" → [30, 90],
/// "de 2 o 3 minutos" → [2, 3], "20-40 minutes" → [20, 40].
fn minutes_figures(text: &str) -> Vec<Vec<u32>> {
    const JOINS: [&str; 11] = ["to", "and", "or", "a", "o", "y", "à", "et", "ou", "-", "–"];
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut figures = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let word = token
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if !(word.starts_with("minut") || word == "min" || word == "mins") {
            continue;
        }
        let mut numbers = Vec::new();
        for before in tokens[..i].iter().rev() {
            let before = before.trim_matches(|c: char| !c.is_alphanumeric());
            if JOINS.contains(&before.to_lowercase().as_str()) {
                continue;
            }
            if !before.starts_with(|c: char| c.is_ascii_digit())
                || !before
                    .chars()
                    .all(|c| c.is_ascii_digit() || "-–".contains(c))
            {
                break;
            }
            let mut group: Vec<u32> = before
                .split(['-', '–'])
                .filter_map(|n| n.parse().ok())
                .collect();
            group.append(&mut numbers);
            numbers = group;
        }
        if !numbers.is_empty() {
            figures.push(numbers);
        }
    }
    figures
}

/// A text names naloxone, in either language.
fn names_naloxone(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("naloxone") || lower.contains("naloxona")
}

/// What is wrong in `text` about how long naloxone lasts, when `allowed` are the figures of
/// minutes it may give: another figure, or a figure in hours in a sentence that names naloxone.
fn naloxone_duration_problems(text: &str, allowed: &[Vec<u32>]) -> Vec<String> {
    let mut problems: Vec<String> = minutes_figures(text)
        .into_iter()
        .filter(|f| !allowed.contains(f))
        .map(|f| format!("{f:?} minutes"))
        .collect();
    for sentence in sentences(text).into_iter().filter(|s| names_naloxone(s)) {
        let hours = words(sentence)
            .into_iter()
            .any(|w| ["hour", "hours", "hora", "horas"].contains(&w.as_str()));
        if hours || sentence.to_lowercase().contains("half an hour") {
            problems.push(format!("a time in hours: {sentence:?}"));
        }
    }
    problems
}

#[test]
fn the_minutes_reader_finds_every_figure() {
    assert_eq!(
        minutes_figures("Naloxone wears off in 30 to 90 minutes. Call 911."),
        vec![vec![30, 90]]
    );
    assert_eq!(
        minutes_figures("¿Nada cambia en 2 o 3 minutos? Dale otra dosis."),
        vec![vec![2, 3]]
    );
    assert_eq!(
        minutes_figures("It wears off after 20-40 minutes, or 20–30 min."),
        vec![vec![20, 40], vec![20, 30]]
    );
    assert_eq!(
        minutes_figures("El efecto dura de 30 a 120 minutos."),
        vec![vec![30, 120]]
    );
    assert!(minutes_figures("Call 999. Wait a few minutes.").is_empty());
    let redose = vec![REDOSE_MINUTES.to_vec()];
    assert!(
        naloxone_duration_problems("After 2 to 3 minutes, give naloxone again.", &redose)
            .is_empty()
    );
    assert_eq!(
        naloxone_duration_problems("Naloxone wears off in 30 to 90 minutes.", &redose),
        vec!["[30, 90] minutes"]
    );
    assert_eq!(
        naloxone_duration_problems("Naloxone lasts about half an hour.", &redose).len(),
        1
    );
}

#[test]
fn how_long_naloxone_lasts_is_said_only_as_the_regions_own_source_says_it() {
    for (code, figure) in NALOXONE_LASTS {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            let figure = figure.map(|words| said(locale, words));
            let mut allowed = vec![REDOSE_MINUTES.to_vec()];
            allowed.extend(figure.map(minutes_figures).unwrap_or_default());
            // The emergency card, and whatever else in the region names naloxone.
            let emergency = tier_texts(region, emergency_tier(region));
            let elsewhere = region
                .tiers
                .iter()
                .filter(|t| t.kind != TierKind::Emergency)
                .flat_map(|t| tier_texts(region, t))
                .filter(|t| names_naloxone(t));
            let mut problems = Vec::new();
            for text in emergency.iter().copied().chain(elsewhere) {
                for problem in naloxone_duration_problems(text, &allowed) {
                    problems.push(format!("{problem} in {text:?}"));
                }
            }
            assert!(
                problems.is_empty(),
                "{code:?}/{locale:?}: how long naloxone lasts, not as the region's source says it: {problems:#?}"
            );
            match figure {
                Some(figure) => assert!(
                    emergency
                        .iter()
                        .any(|t| names_naloxone(t) && t.contains(figure)),
                    "{code:?}/{locale:?}: the emergency card says naloxone lasts {figure:?}: {emergency:#?}"
                ),
                None => {
                    let wears_off = said(
                        locale,
                        [
                            "wear off before the drugs do",
                            "antes que la droga",
                            "avant celui des drogues",
                        ],
                    );
                    assert!(
                        emergency.iter().any(|t| t.contains(wears_off)),
                        "{code:?}/{locale:?}: the emergency card says naloxone can wear off before the \
                         drugs do ({wears_off:?}): {emergency:#?}"
                    );
                }
            }
        }
    }
    // What every region shows (journey, grids, the overdose signs) gives no figure but the
    // second dose's.
    for locale in Locale::ALL {
        let allowed = vec![REDOSE_MINUTES.to_vec()];
        let problems: Vec<String> = guide_texts(locale)
            .into_iter()
            .filter(|(_, t)| names_naloxone(t))
            .flat_map(|(place, t)| {
                naloxone_duration_problems(t, &allowed)
                    .into_iter()
                    .map(move |p| format!("{place}: {p} in {t:?}"))
            })
            .collect();
        assert!(
            problems.is_empty(),
            "{locale:?}: a naloxone figure shown in every region: {problems:#?}"
        );
    }
}

// ---------- 3. Naloxone is for the people nearby (§1.1, §2.1) ----------

/// Advice to carry naloxone as if a person could give it to themselves during an overdose.
const CARRY_NALOXONE: [&str; 9] = [
    "carry naloxone",
    "keep naloxone with you",
    "naloxone with you",
    "naloxone on you",
    "lleva naloxona",
    "naloxona contigo",
    "naloxone sur vous",
    "naloxone avec vous",
    "apportez de la naloxone",
];

fn carry_naloxone_in(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    CARRY_NALOXONE.into_iter().find(|p| lower.contains(p))
}

/// A sentence that says not to use alone: "alone" (sola, solo) with "use" (consumir, usar), so
/// "Detox alone is not treatment" does not count.
fn says_not_alone(text: &str, locale: Locale) -> bool {
    sentences(text).into_iter().any(|sentence| {
        let w = words(sentence);
        let any = |list: &[&str]| w.iter().any(|x| list.contains(&x.as_str()));
        match locale {
            Locale::En => any(&["alone"]) && any(&["use", "using"]),
            Locale::Es => {
                any(&["sola", "solo", "solas", "solos"])
                    && (sentence.to_lowercase().contains("consum")
                        || any(&["usar", "uses", "usas"]))
            }
            // "seul(e)", "sans personne", or someone near ("quelqu'un près de vous", "sans
            // quelqu'un à proximité"), with "consommer".
            Locale::Fr => {
                let lower = sentence.to_lowercase().replace('’', "'");
                let near = ["sans personne", "quelqu'un près", "quelqu'un à proximité"];
                (any(&["seul", "seule", "seuls", "seules"])
                    || near.iter().any(|n| lower.contains(n)))
                    && lower.contains("consomm")
            }
        }
    })
}

/// Says the people around the reader should have naloxone.
fn says_people_around_have_naloxone(text: &str, locale: Locale) -> bool {
    let around = said(
        locale,
        [
            "people around you",
            "personas a tu alrededor",
            "autour de vous",
        ],
    );
    text.to_lowercase().contains(around) && names_naloxone(text)
}

#[test]
fn the_naloxone_checks_catch_what_they_should() {
    assert_eq!(carry_naloxone_in("Carry naloxone."), Some("carry naloxone"));
    assert_eq!(
        carry_naloxone_in("I keep naloxone on you."),
        Some("naloxone on you")
    );
    assert_eq!(
        carry_naloxone_in("Lleva naloxona contigo."),
        Some("lleva naloxona")
    );
    assert_eq!(carry_naloxone_in("Keep naloxone on hand."), None);
    assert!(!says_not_alone("Detox alone is not treatment.", Locale::En));
    assert!(says_not_alone("Try not to use alone.", Locale::En));
    assert!(!says_not_alone(
        "Este paso solo no es un tratamiento.",
        Locale::Es
    ));
    assert!(says_not_alone("Trata de no consumir a solas.", Locale::Es));
    assert!(says_not_alone(
        "Si vous consommez, évitez de le faire sans personne près de vous.",
        Locale::Fr
    ));
    assert!(says_not_alone(
        "Essayez d'avoir quelqu'un près de vous quand vous consommez.",
        Locale::Fr
    ));
    assert!(!says_not_alone(
        "La désintoxication seule n'est pas un traitement.",
        Locale::Fr
    ));
    assert!(says_people_around_have_naloxone(
        "Make sure the people around you have naloxone.",
        Locale::En
    ));
    assert!(!says_people_around_have_naloxone(
        "Carry naloxone.",
        Locale::En
    ));
}

#[test]
fn nothing_tells_the_reader_to_carry_naloxone_for_their_own_overdose() {
    for locale in Locale::ALL {
        let guide = content::guide(locale);
        let mut found = Vec::new();
        let mut check = |place: String, text: &str| {
            if let Some(phrase) = carry_naloxone_in(text) {
                found.push(format!("{place}: {phrase:?} in {text:?}"));
            }
        };
        for step in guide.journey.steps.all() {
            for text in self_texts(step) {
                check(format!("journey step {} (self)", step.id), text);
            }
        }
        for grid in guide.compare.grids.all() {
            for row in grid.rows.all() {
                for cell in row.cells.all() {
                    check(format!("grid {}: {:?}", grid.id, row.question), cell);
                }
            }
        }
        for code in RegionCode::ALL {
            let region = content::region(code, locale);
            for tier in region.tiers.all() {
                for text in tier_texts(region, tier) {
                    check(format!("{code:?} {} tier", tier.kind.as_str()), text);
                }
            }
        }
        assert!(
            found.is_empty(),
            "{locale:?}: a person who overdoses cannot give themselves naloxone; say the people \
             around them should have it: {found:#?}"
        );
    }
}

/// Says the people around the reader should know where their naloxone is: having it in a drawer
/// nobody can find is not having it (§1.1; clinical read of 2026-12-05: the medication step's
/// warning said only "have naloxone").
fn says_where_the_naloxone_is(text: &str, locale: Locale) -> bool {
    let where_it_is = said(
        locale,
        [
            "know where it is",
            "sepan dónde está",
            "savent où elle se trouve",
        ],
    );
    text.to_lowercase().contains(where_it_is)
}

/// Every step after which a reader may be days without opioids (detox, rehab, stopping medication,
/// ongoing support) says not to use alone, and that the people around them should have naloxone
/// and know where it is (clinical read of 2026-12-05: the rehab step said none of it).
#[test]
fn every_step_that_ends_a_time_without_opioids_says_not_to_use_alone_and_who_needs_naloxone() {
    for locale in Locale::ALL {
        let step = |id: &str| journey_step(locale, id);
        let detox = warned(&step("detox").me);
        let medication = warned(&step("medication").me);
        let rehab = warned(&step("rehab").me);
        let ongoing = step("ongoing");
        let ongoing = format!("{} {}", ongoing.me.now, warned(&ongoing.me));
        for (place, text) in [
            ("detox warning", detox.as_str()),
            ("rehab warning", rehab.as_str()),
            ("medication warning", medication.as_str()),
            ("ongoing support", ongoing.as_str()),
        ] {
            assert!(!text.is_empty(), "{locale:?}: the {place} (self) is there");
            assert!(
                says_not_alone(text, locale),
                "{locale:?}: the {place} (self) says not to use alone: {text:?}"
            );
            assert!(
                says_people_around_have_naloxone(text, locale),
                "{locale:?}: the {place} (self) says the people around the reader should have \
                 naloxone: {text:?}"
            );
            assert!(
                says_where_the_naloxone_is(text, locale),
                "{locale:?}: the {place} (self) says the people around should know where the \
                 naloxone is: {text:?}"
            );
        }
    }
}

/// A supporter reads the same advice: each journey warning about a return to use after detox,
/// after stopping medication or after days without opioids asks them to ask their loved one not to
/// use alone (review of 2026-12-04: the detox and medication warnings told only the person).
#[test]
fn the_supporters_warnings_ask_them_to_say_not_to_use_alone() {
    for locale in Locale::ALL {
        for id in ["detox", "rehab", "medication", "ongoing"] {
            let step = journey_step(locale, id);
            let warning = warned(&step.loved_one);
            let warning = warning.as_str();
            assert!(
                says_not_alone(warning, locale),
                "{locale:?}: the {id} warning (supporter) says not to use alone: {warning:?}"
            );
        }
    }
}

/// Step 5 gives naltrexone's wait (7 to 10 days without opioids) where the reader first meets it,
/// so it says there what the wait does: tolerance drops, and using in it risks an overdose, as
/// after stopping (§2.1, CAMH; §4, Vivitrol label 5.1). Each reader gets a warning of its own,
/// led by the overdose, that asks them not to use alone (review69-scenarios, SC4).
#[test]
fn step_5_warns_that_the_wait_for_naltrexone_lowers_tolerance() {
    for locale in Locale::ALL {
        let step = journey_step(locale, "medication");
        let waiting = said(locale, ["waiting", "mientras esperas", "en attendant"]);
        let waiting_too = said(locale, ["wait", "espera", "attente"]);
        let tolerance = said(locale, ["tolerance", "tolerancia", "tolérance"]);
        let overdose = said(locale, ["overdose", "sobredosis", "surdose"]);
        for (reader, words) in [("self", &step.me), ("loved one", &step.loved_one)] {
            let warning = words
                .warnings
                .iter()
                .find(|w| w.contains("naltrex") && w.contains(tolerance) && w.contains(waiting_too))
                .unwrap_or_else(|| panic!("{locale:?}/{reader}: no warning on the wait"));
            let lead = sentences(warning)[0];
            assert!(
                lead.contains("naltrex")
                    && (lead.contains(waiting) || lead.contains(waiting_too))
                    && lead.contains(overdose),
                "{locale:?}/{reader}: the lead is not the overdose in the wait: {lead:?}"
            );
            assert!(
                says_not_alone(warning, locale),
                "{locale:?}/{reader}: {warning:?}"
            );
            // Naltrexone starts only once no opioids are left: use in the wait is for the care
            // team to know before the first dose (review71, RD2).
            let team = said(locale, ["care team", "equipo de salud", "équipe soignante"]);
            assert!(warning.contains(team), "{locale:?}/{reader}: {warning:?}");
        }
    }
}

/// Every sentence about days without opioids says what they lead to: an overdose from an amount
/// used before (§2.1, CAMH). "Your body cannot handle the same amount" alone left the danger
/// unsaid in "How do I stay safer?" (review of 2026-12-04).
#[test]
fn days_without_opioids_are_said_with_the_overdose() {
    let mut found = 0;
    for locale in Locale::ALL {
        let days = said(
            locale,
            ["3 days or more", "3 días o más", "3 jours ou plus"],
        );
        let overdose = said(locale, ["overdose", "sobredosis", "surdose"]);
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            for (open, close) in [("<li>", "</li>"), ("<p", "</p>")] {
                for item in slices(&html, open, close) {
                    let item = text(item);
                    for sentence in sentences(&item).into_iter().filter(|s| s.contains(days)) {
                        found += 1;
                        assert!(
                            sentence.contains(overdose),
                            "{locale:?}/{region:?}: {sentence:?} does not say the overdose"
                        );
                    }
                }
            }
        }
    }
    // Questions 50 and 90 and journey step 7, for both readers, in three languages and six regions.
    assert!(found >= 6 * 3 * 6, "{found} sentences found");
}

// ---------- 4. US telehealth: the permanent rule, since 31 December 2025 (§5, §16.1) ----------

/// The years a text names (four digits, 19xx or 20xx).
fn years(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
        .collect()
}

#[test]
fn the_telehealth_row_gives_no_date_but_the_rules_start() {
    assert_eq!(
        years("Since 31 December 2025, until 2026."),
        vec!["2025", "2026"]
    );
    for locale in Locale::ALL {
        let rows: Vec<_> = content::guide(locale)
            .compare
            .grids
            .iter()
            .flat_map(|g| g.rows.iter())
            .filter(|r| {
                let q = r.question.to_lowercase();
                q.contains("telehealth") || q.contains("telesalud") || q.contains("télésanté")
            })
            .collect();
        assert_eq!(rows.len(), 1, "{locale:?}: one telehealth row");
        let row = rows[0];
        for text in std::iter::once(row.question).chain(row.cells.iter().copied()) {
            assert!(
                years(text).iter().all(|y| *y == "2025") && !text.contains("2026"),
                "{locale:?}: the six-month telehealth start is permanent, in effect since \
                 31 December 2025; no other year: {text:?}"
            );
        }
    }
}

/// Naltrexone's block wears off at the end of each dose, after a missed dose and after stopping;
/// at each of those times a smaller amount than before can cause an overdose (Vivitrol label
/// 5.1, TOPICS §4). Review 26: the risks cell named only the last two, so a reader who keeps every
/// appointment could think they are covered until the next one.
#[test]
fn naltrexones_risks_name_every_time_its_block_wears_off() {
    for locale in Locale::ALL {
        let grid = content::guide(locale)
            .compare
            .grids
            .iter()
            .find(|g| g.id == "medications")
            .expect("the medications grid");
        let column = grid
            .options
            .iter()
            .position(|o| o.id == "naltrexone")
            .expect("a naltrexone column");
        let risks = grid
            .rows
            .iter()
            .find(|r| {
                words(r.question).iter().any(|w| {
                    ["risk", "riesgo", "risque"]
                        .iter()
                        .any(|r| w.starts_with(r))
                })
            })
            .expect("a risks row");
        let cell = risks.cells[column];
        let times = said(
            locale,
            [
                "end of each dose|a missed dose|after stopping",
                "al final de cada dosis|al saltarte una|al dejarla",
                "avant la dose suivante|une dose manquée|après l'arrêt",
            ],
        );
        for time in times.split('|') {
            assert!(
                cell.contains(time),
                "{locale:?}: naltrexone's risks leave out \"{time}\": {cell:?}"
            );
        }
    }
}

/// Where an answer says that doses above 24 mg a day may be right for some people (FDA, §3 and
/// §16.7), it first sends the reader to their clinician: a reader with cravings must not read "no
/// top daily dose" as leave to take more (review 26).
#[test]
fn a_dose_figure_comes_after_the_clinician() {
    for locale in Locale::ALL {
        let clinician = said(
            locale,
            [
                "clinician",
                "profesional de salud",
                "professionnel de la santé",
            ],
        );
        let mut found = 0;
        for question in content::guide(locale).questions.questions.iter() {
            for block in question.answer.iter().chain(question.loved_one.iter()) {
                let (Block::Paragraph { text } | Block::Warning { text }) = block else {
                    continue;
                };
                let text = text.text();
                // French holds the figure to its unit with a no-break space.
                let Some(dose) = text.find("24 mg").or_else(|| text.find("24\u{a0}mg")) else {
                    continue;
                };
                found += 1;
                assert!(
                    text.find(clinician).is_some_and(|at| at < dose),
                    "{locale:?}, {}: the clinician comes before the dose: {text:?}",
                    question.id
                );
            }
        }
        assert!(
            found >= 2,
            "{locale:?}: the dose answer's two readers say it ({found})"
        );
    }
}

/// Regions where the second dose's 2 to 3 minutes are not every kit's: Canada's injection kits
/// differ (§1.4: "follow the instructions in your kit"), and in New Zealand the figure is the Nyxoid
/// spray's (§1.3) while the free kits are injections (§1.6). There the step sends the reader to
/// their kit, and in New Zealand names the spray the figure belongs to (audit 27).
const REDOSE_BY_KIT: [(RegionCode, Option<&str>); 2] =
    [(RegionCode::Ca, None), (RegionCode::Nz, Some("Nyxoid"))];

#[test]
fn where_kits_differ_the_second_dose_sends_the_reader_to_their_kit() {
    for (code, product) in REDOSE_BY_KIT {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            let emergency = region.emergency().display;
            let items = steps_in(emergency_tier(region))[0];
            let redose = items
                .iter()
                .find(|item| is_step(5, item, locale, emergency))
                .unwrap_or_else(|| panic!("{code:?}/{locale:?}: a second-dose step"));
            // Québec says "trousse"; French readers elsewhere say "kit" (review68-plain-nzfr, NF4).
            let french_kit = if code == RegionCode::Ca {
                "trousse"
            } else {
                "kit"
            };
            let kit = said(locale, ["kit", "kit", french_kit]);
            assert!(
                words(redose).iter().any(|w| w == kit),
                "{code:?}/{locale:?}: the second dose sends the reader to their {kit}: {redose:?}"
            );
            if let Some(product) = product {
                assert!(
                    redose.contains(product),
                    "{code:?}/{locale:?}: the 2 to 3 minutes are {product}'s: {redose:?}"
                );
            }
        }
    }
}

/// A law that protects people at an overdose protects them from something: Canada's Act from
/// charges for simple possession (§1.4, §16.5), and US states' laws vary (CONTENT-FACTS, "never
/// promise immunity"). The sentence that names the protection says its limit, so a reader who
/// skims never reads a promise with none (audit 27, S1).
#[test]
fn a_protection_from_the_law_says_its_limit_in_the_same_sentence() {
    let mut found = 0;
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            for tier in region.tiers.iter() {
                for sentence in tier_texts(region, tier).into_iter().flat_map(sentences) {
                    let lower = sentence.to_lowercase();
                    if !["protect", "proteg", "protège", "protég"]
                        .iter()
                        .any(|p| lower.contains(p))
                    {
                        continue;
                    }
                    found += 1;
                    let limits = said(
                        locale,
                        [
                            "possession|laws vary",
                            "posesión|leyes varían",
                            "possession|lois varient",
                        ],
                    );
                    assert!(
                        limits.split('|').any(|limit| lower.contains(limit)),
                        "{code:?}/{locale:?}: a protection without its limit: {sentence:?}"
                    );
                }
            }
        }
    }
    assert!(
        found >= 6,
        "Canada's and the US's protections, in each language ({found})"
    );
}

/// Canada's Act is said whole wherever the guide names it: whom it covers (the person who
/// overdosed, the caller, anyone there when help arrives) and, beside the charges for simple
/// possession, breaking conditions about simple possession only (§1.4, CONTENT-FACTS.md,
/// Canada). The sheet's correction of 2026-11-30 calls the charges alone "incomplete": "How do I
/// stay safer?" said only that, for a reader on probation who may fear to call. Then "such as
/// probation or parole" could read as any breach, and the answer did not say whom it covers
/// (clinical read, 2026-12-05). Its fix named "a probation or parole condition" alone, which left
/// out pre-trial release and conditional sentences (§1.4): the limit is its own sentence, and
/// every kind of condition is named (section 9).
#[test]
fn canadas_good_samaritan_act_is_said_with_whom_and_which_conditions_it_covers() {
    for locale in Locale::ALL {
        let html = render_with(&[("region", "ca"), ("locale", locale.as_str())]);
        // The answers' list items (the help section, below, is read tier by tier).
        let answers = &html[..html.find("rg-help\"").expect("the help section")];
        let items: Vec<String> = slices(answers, "<li", "</li>")
            .into_iter()
            .map(text)
            .collect();
        let conditions = said(
            locale,
            [
                "That condition must be about simple possession.",
                "condición relacionada con la posesión simple",
                "condition liée à la possession simple",
            ],
        );
        let whom = said(
            locale,
            [
                "the person who calls, and anyone there when help arrives",
                "a quien llama y a quien esté allí",
                "celle qui appelle et toute personne sur place à l'arrivée des secours",
            ],
        );
        let mut found = 0;
        for (i, item) in items.iter().enumerate() {
            if !item.contains("Good Samaritan Drug Overdose Act") {
                continue;
            }
            found += 1;
            // In the item that names it, or the next one (the emergency tier says it in two).
            let beside = &items[i..items.len().min(i + 2)];
            assert!(
                beside.iter().any(|said| said.contains(conditions)),
                "{locale:?}: the Act without the conditions it covers, and only those: {item:?}"
            );
            assert!(
                beside.iter().any(|said| said.contains(whom)),
                "{locale:?}: the Act without whom it covers: {item:?}"
            );
        }
        // "How do I stay safer?" for each reader.
        assert!(found >= 2, "{locale:?}: {found} items name the Act");
        // The emergency tier names it under its heading, where a bystander afraid of the police
        // decides whether to call (scenario read 64, W2), and says it whole in its own list.
        let tier = emergency_tier_html(&html);
        let body = text(slices(tier, "<p", "</p>").first().expect("the tier's body"));
        assert!(
            body.contains("Good Samaritan Drug Overdose Act"),
            "{locale:?}: the emergency tier's body does not name the Act: {body:?}"
        );
        // And whom it covers, where it names it: "people at an overdose" said more than the
        // wallet card (review64-clinical, K4).
        assert!(
            body.contains(whom),
            "{locale:?}: the emergency tier's body names the Act without whom it covers"
        );
        let tier = text(tier);
        assert!(
            tier.contains(conditions) && tier.contains(whom),
            "{locale:?}: the emergency tier names the Act without whom and which conditions"
        );
    }
}

/// The text of every element named in `tags` (`p`, `li`, `td`...) of `region`'s guide, in each
/// language, one render per language. Both readers' words are in every render (`data-audience`
/// shows one), so one render per language reads them all.
fn texts_in(region: &str, tags: &[&str]) -> Vec<(Locale, String)> {
    let mut out = Vec::new();
    for locale in Locale::ALL {
        let html = render_with(&[("region", region), ("locale", locale.as_str())]);
        for tag in tags {
            let elements = slices(&html, &format!("<{tag}"), &format!("</{tag}>"));
            out.extend(elements.into_iter().map(|element| (locale, text(element))));
        }
    }
    out
}

/// The text of every paragraph and list item of `region`'s guide, in each language.
fn blocks_in(region: &str) -> Vec<(Locale, String)> {
    texts_in(region, &["p", "li"])
}

/// Where the guide gives the hours South Australia's counselors answer (the hotline is 24/7
/// elsewhere, CONTENT-FACTS.md), it says "only" and what to do at other times, in the same block:
/// a reader there at night must not call expecting a counselor (read 28: one answer left both out).
#[test]
fn south_australias_hours_say_only_and_what_to_do_at_other_times() {
    let mut found = [0; Locale::ALL.len()];
    for (locale, block) in blocks_in("au") {
        // `text` reads a no-break space as a space, so these are written with plain spaces.
        let hours = said(locale, ["8:30 am", "8:30 a. m.", "8 h 30"]);
        if !block.contains(hours) {
            continue;
        }
        if let Some(i) = Locale::ALL.iter().position(|l| *l == locale) {
            found[i] += 1;
        }
        let only = said(locale, ["only", "solo", "seulement"]);
        assert!(
            block.contains(only) && block.contains("000"),
            "{locale:?}: South Australia's hours without \"{only}\" and 000: {block:?}"
        );
    }
    // In each language: the journey, the calling answer (both readers') and the tier.
    assert!(
        found.iter().all(|&n| n >= 4),
        "found in en, es, fr: {found:?}"
    );
}

/// 42 CFR Part 2 covers substance use treatment programs, not every federally supported one
/// (§9.1): said to a supporter without its scope, a parent could think a hospital or a school
/// needs consent to tell them anything (read 28).
#[test]
fn the_confidentiality_rule_is_said_with_whom_it_covers() {
    let mut found = 0;
    for (locale, block) in blocks_in("us") {
        // Its name in a list of sources ("42 CFR Part 2 (2024 final rule)") says nothing of whom
        // it covers.
        if !block.contains("42 CFR Part 2") || block.starts_with("42 CFR Part 2 (") {
            continue;
        }
        found += 1;
        let scope = said(
            locale,
            [
                "substance use treatment programs",
                "programas de tratamiento por consumo de sustancias",
                "programmes de traitement pour la consommation de substances",
            ],
        );
        assert!(
            block.contains(scope),
            "{locale:?}: 42 CFR Part 2 without its scope: {block:?}"
        );
    }
    assert!(
        found >= 6,
        "each reader's answer, in each language ({found})"
    );
}

// ---------- 5. Numbers read digit by digit (issue 12, 8) ----------

/// The first run of two or more digits with no space between them: a voice reads "662" as "six
/// hundred sixty-two".
fn digit_run(text: &str) -> Option<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|run| run.len() > 1)
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// Whether `spoken` reads the number `dial` dials: the same digits, or the national form of an
/// E.164 number (the country code, 1 to 3 digits, left out; a trunk 0 in its place allowed).
fn reads_the_number(spoken: &str, dial: &str) -> bool {
    let (said, dialled) = (digits(spoken), digits(dial));
    if said == dialled {
        return true;
    }
    let national = said.strip_prefix('0').unwrap_or(&said);
    dial.starts_with('+')
        && !national.is_empty()
        && dialled.ends_with(national)
        && (1..=3).contains(&(dialled.len() - national.len()))
}

#[test]
fn the_number_reader_checks_what_it_should() {
    assert_eq!(digit_run("1 8 0 0, 6 6 2, 4 3 5 7"), None);
    assert_eq!(digit_run("1 800 662 4357"), Some("800"));
    assert!(reads_the_number("1 8 0 0, 6 6 2, 4 3 5 7", "+18006624357"));
    assert!(reads_the_number("0 3 0 0, 1 2 3, 6 6 0 0", "+443001236600"));
    assert!(reads_the_number("1 8 0 0, 4 5 9, 4 5 9", "+3531800459459"));
    assert!(reads_the_number("9 8 8", "988"));
    assert!(!reads_the_number("1 8 0 0, 6 6 2, 4 3 5 8", "+18006624357"));
    assert!(!reads_the_number("6 6 2, 4 3 5 7", "+18006624357"));
    assert!(!reads_the_number("1 1 1", "+64800787111"));
}

#[test]
fn every_spoken_number_reads_its_own_digits_one_by_one() {
    let mut wrong = Vec::new();
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            for line in region.lines.all() {
                let dials: Vec<&str> = line.tel.iter().chain(&line.sms).copied().collect();
                if dials.is_empty() {
                    continue;
                }
                let spoken = line.spoken();
                let place = format!("{code:?}/{locale:?} lines.{}.spoken {spoken:?}", line.id);
                if let Some(run) = digit_run(&spoken) {
                    wrong.push(format!("{place}: reads {run:?} as one number"));
                }
                for dial in dials {
                    if !reads_the_number(&spoken, dial) {
                        wrong.push(format!("{place}: does not read {dial}"));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_partners_number_is_read_digit_by_digit_in_both_languages() {
    for locale in ["en", "es"] {
        let html = render_with(&[
            ("locale", locale),
            ("sections", "help"),
            ("helpline-name", "Acme EAP"),
            ("helpline-phone", "+1 (800) 555-0100"),
            ("helpline-sms", "+1 800 555 0101"),
        ]);
        let card = slices(help_section(&html), "rg-tier--partner", "class=\"rg-tier ");
        assert_eq!(card.len(), 1, "{locale}: the partner's card");
        let links = phone_links(card[0]);
        assert_eq!(links.len(), 2, "{locale}: a call and a text link");
        for (href, tag) in links {
            let name = attribute(&tag, "aria-label").expect("a spoken name");
            // What the link shows comes first (label in name), then whose line it is, then the
            // number read digit by digit: that last part holds no run of digits read as one.
            let (_, spoken) = name
                .split_once("Acme EAP, ")
                .unwrap_or_else(|| panic!("{locale}: {name:?} names the partner's line"));
            assert_eq!(
                digit_run(spoken),
                None,
                "{locale}: {href} is named {name:?}"
            );
            assert_eq!(
                digits(spoken),
                digits(&href),
                "{locale}: {name:?} reads {href}"
            );
        }
    }
}

// ---------- 6. Spanish: "TTY" explained wherever it is shown (issue 12, 7) ----------

#[test]
fn spanish_explains_tty_wherever_it_is_shown() {
    let guide = content::guide(Locale::Es);
    let mut places: Vec<(String, Vec<&str>)> = guide
        .journey
        .steps
        .iter()
        .map(|s| (format!("journey step {}", s.id), s.texts()))
        .collect();
    for grid in guide.compare.grids.all() {
        let mut texts = vec![grid.title, grid.caption];
        for row in grid.rows.all() {
            texts.push(row.question);
            texts.extend(row.cells.iter().copied());
        }
        places.push((format!("grid {}", grid.id), texts));
    }
    for code in RegionCode::ALL {
        let region = content::region(code, Locale::Es);
        for (i, tier) in region.tiers.iter().enumerate() {
            places.push((format!("{code:?} tier {}", i + 1), tier_texts(region, tier)));
        }
        // The footer lists every line shown by its name alone.
        for line in region.lines_shown() {
            places.push((
                format!("{code:?} lines.{} (footer)", line.id),
                vec![line.name.text()],
            ));
        }
    }
    let unexplained: Vec<String> = places
        .into_iter()
        .filter(|(_, texts)| {
            texts.iter().any(|t| t.contains("TTY"))
                && !texts.iter().any(|t| t.contains("teléfono de texto"))
        })
        .map(|(place, texts)| {
            let tty: Vec<_> = texts.into_iter().filter(|t| t.contains("TTY")).collect();
            format!("{place}: {tty:?}")
        })
        .collect();
    assert!(
        unexplained.is_empty(),
        "\"TTY\" without \"teléfono de texto\" beside it: {unexplained:#?}"
    );
}

/// Doctors' groups recommend methadone or buprenorphine over detox in pregnancy (TOPICS §12, ACOG
/// 711): the sheets make that recommendation for no one else, and the guide never tells a reader
/// what to choose. So every sentence that says it says pregnancy too (read 29b: after "Pregnant?",
/// a sentence of its own read as advice to anyone).
#[test]
fn medication_over_detox_is_said_only_of_pregnancy() {
    let mut found = 0;
    for region in RegionCode::ALL {
        for (locale, block) in blocks_in(region.as_str()) {
            let over = said(
                locale,
                [
                    "over detox",
                    "en lugar de la desintoxicación",
                    "plutôt qu'une désintoxication",
                ],
            );
            for sentence in sentences(&block).into_iter().filter(|s| s.contains(over)) {
                found += 1;
                let pregnancy = said(locale, ["pregnan", "embaraz", "grossesse"]);
                assert!(
                    sentence.to_lowercase().contains(pregnancy),
                    "{locale:?}/{region:?}: \"{sentence}\" does not say pregnancy"
                );
            }
        }
    }
    // The detox step's "Detox first" choice, both readers, three languages, six regions.
    assert!(found >= 2 * 3 * 6, "{found} sentences found");
}

// ---------- 7. Naloxone: whom to ask, wherever a reader is told to have it nearby (§2.3) ----------

/// How the guide tells a supporter to have naloxone at hand, lowercase, in each language.
const KEEP_NALOXONE_AT_HAND: [&str; 3] = [
    "keep naloxone on hand",
    "ten naloxona a mano",
    "gardez de la naloxone sous la main",
];

/// The ways the guide tells a reader to make sure the people near them have naloxone, lowercase.
fn naloxone_near_the_reader(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::En => &[
            "make sure the people around you have naloxone",
            "make sure people near you have naloxone",
            "people nearby who have naloxone",
        ],
        Locale::Es => &["tengan naloxona", "personas con naloxona"],
        Locale::Fr => &[
            "autour de vous ont de la naloxone",
            "autour devraient avoir de la naloxone.",
        ],
    }
}

/// Naloxone is prescription-only in Ireland, and the journey and most answers are shown in every
/// region (§2.3). So wherever the guide tells a supporter to keep naloxone on hand, or a reader to
/// make sure the people near them have it, the same block says how to get it in the reader's
/// region, in the region's own words (clinical read, 2026-12-03: four supporter blocks said only
/// "keep it"; 2026-12-05, Z1: "Ask a doctor, pharmacist or drug service" everywhere read as a
/// prescription needed in Australia, where it is free without one).
/// The overdose tier's "Good to know" lists are not among these: their region's access line is
/// the list's first item.
#[test]
fn having_naloxone_at_hand_comes_with_how_to_get_it_there() {
    let (mut supporter, mut reader) = (0, 0);
    for region in RegionCode::ALL {
        for (locale, block) in blocks_in(region.as_str()) {
            let lower = block.to_lowercase();
            if lower.contains(said(locale, KEEP_NALOXONE_AT_HAND)) {
                supporter += 1;
            } else if naloxone_near_the_reader(locale)
                .iter()
                .any(|phrase| lower.contains(phrase))
            {
                reader += 1;
            } else {
                continue;
            }
            let ask = how_to_get_naloxone(region, locale);
            assert!(
                block.contains(ask),
                "{locale:?}/{region:?}: naloxone to have, but not how to get it there ({ask:?}): {block:?}"
            );
        }
    }
    // A supporter: journey steps 3, 5 and 6 and questions 20, 85 and 88. A reader: journey steps 3, 5
    // and 6 and questions 50, 80, 85 and 88. Each in three languages and six regions.
    assert!(supporter >= 5 * 3 * 6, "{supporter} supporter blocks found");
    assert!(reader >= 7 * 3 * 6, "{reader} reader blocks found");
}

/// What methadone or buprenorphine can lower is named in the same sentence, and a "this risk"
/// anywhere follows the sentence that names the overdose: in the detox warning "this risk" once
/// came two sentences after the overdose, once the naloxone sentences went in between (clinical
/// read, 2026-12-03), and then after the tolerance sentence, once the overdose came first
/// (2026-12-04), so a reader could take it for another risk.
#[test]
fn the_risk_methadone_or_buprenorphine_can_lower_is_named() {
    let mut found = 0;
    for region in RegionCode::ALL {
        for (locale, block) in blocks_in(region.as_str()) {
            let medicines = said(
                locale,
                [
                    "methadone or buprenorphine can lower",
                    "la metadona o la buprenorfina pueden bajar",
                    "la méthadone ou la buprénorphine peuvent réduire",
                ],
            );
            let this_risk = said(locale, ["this risk", "este riesgo", "ce risque"]);
            let named = said(locale, ["overdose", "sobredosis", "surdose"]);
            let mut before = String::new();
            for sentence in sentences(&block) {
                let sentence = sentence.to_lowercase();
                if sentence.contains(this_risk) {
                    assert!(
                        before.contains(named),
                        "{locale:?}/{region:?}: {sentence:?} does not follow the risk: {block:?}"
                    );
                }
                if sentence.contains(medicines) {
                    found += 1;
                    assert!(
                        sentence.contains(named) || sentence.contains(this_risk),
                        "{locale:?}/{region:?}: {sentence:?} does not say which risk: {block:?}"
                    );
                }
                before = sentence;
            }
        }
    }
    // The detox step's warning, for a reader and a supporter, in three languages and six regions.
    assert!(found >= 2 * 3 * 6, "{found} sentences found");
}

/// Where the guide warns that methadone mixed with alcohol or sedatives can cause an overdose, the
/// same block says buprenorphine's risk in a sentence that names buprenorphine and what it is
/// mixed with (CONTENT-FACTS.md, SAMHSA TIP 63). The native read of 2026-12-05 found "Esa mezcla
/// también es un riesgo con la buprenorfina" / "Ce mélange est aussi risqué avec la
/// buprénorphine": "that mix" is methadone's, so a reader could take it as methadone plus alcohol
/// being the risk when on buprenorphine.
#[test]
fn buprenorphines_mixing_risk_names_what_it_is_mixed_with() {
    let mut found = 0;
    for region in RegionCode::ALL {
        for (locale, block) in blocks_in(region.as_str()) {
            let [methadone, buprenorphine, sedatives, alcohol] = match locale {
                Locale::En => ["methadone", "buprenorphine", "sedatives", "alcohol"],
                Locale::Es => ["metadona", "buprenorfina", "sedantes", "alcohol"],
                Locale::Fr => ["méthadone", "buprénorphine", "sédatifs", "alcool"],
            };
            let named = |sentence: &str, medicine: &str| {
                let words = words(sentence);
                [medicine, sedatives, alcohol]
                    .iter()
                    .all(|w| words.iter().any(|said| said == w))
            };
            let block_sentences = sentences(&block);
            if !block_sentences.iter().any(|s| named(s, methadone)) {
                continue;
            }
            found += 1;
            assert!(
                block_sentences.iter().any(|s| named(s, buprenorphine)),
                "{locale:?}/{region:?}: methadone's mixing risk without buprenorphine's, named: {block:?}"
            );
        }
    }
    // The medication step for each reader, and the dose answer for each reader, in three
    // languages and six regions.
    assert!(found >= 2 * 2 * 3 * 6, "{found} blocks found");
}

/// Where a warning says that the body has lost its tolerance, its first sentence, the one in
/// bold, is the overdose itself, not its cause: a frightened reader may read only the bold (the
/// screenshot review of 2026-12-04 found "Stopping methadone... lowers your tolerance to
/// opioids." in bold and the overdose in plain type; the dose answer led with its rule, "Do not
/// change or stop your medication on your own.").
#[test]
fn a_warning_about_lost_tolerance_leads_with_the_overdose() {
    let mut found = 0;
    for locale in Locale::ALL {
        let lost_tolerance: &[&str] = match locale {
            Locale::En => &["tolerance", "cannot handle as much"],
            Locale::Es => &["tolerancia", "no aguanta"],
            Locale::Fr => &["tolérance", "ne supporte plus", "ne tolère plus"],
        };
        let overdose = said(locale, ["overdose", "sobredosis", "surdose"]);
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            for warning in slices(&html, "<p class=\"rg-warning\">", "</p>") {
                let whole = text(warning).to_lowercase();
                let lost = lost_tolerance.iter().any(|w| whole.contains(w));
                if !lost || !whole.contains(overdose) {
                    continue;
                }
                found += 1;
                let lead = warning
                    .split_once("<strong>")
                    .and_then(|(_, w)| w.split_once("</strong>"))
                    .map(|(lead, _)| text(lead).to_lowercase())
                    .unwrap_or_else(|| panic!("no bold lead: {warning}"));
                assert!(
                    lead.contains(overdose),
                    "{locale:?}/{region:?}: the bold lead {lead:?} is not the overdose: {whole:?}"
                );
            }
        }
    }
    // Journey steps 3, 5 and 7 and questions 50, 85 and 88, each for both readers, and question
    // 80: 13 in each of three languages and six regions.
    assert!(found >= 13 * 3 * 6, "{found} warnings found");
}

/// Feeling sick without opioids is withdrawal, a sign of physical dependence (CONTENT-FACTS.md's
/// seed guide names them apart): wherever the journey names physical dependence, the same
/// sentence names withdrawal, for both readers (review of 2026-12-04; it had called the sickness
/// itself "physical dependence").
#[test]
fn physical_dependence_is_named_beside_withdrawal() {
    for locale in Locale::ALL {
        let dependence = said(
            locale,
            [
                "physical dependence",
                "dependencia física",
                "dépendance physique",
            ],
        );
        let withdrawal = said(locale, ["withdrawal", "abstinencia", "sevrage"]);
        let mut found = 0;
        for step in content::guide(locale).journey.steps.all() {
            for what in [&step.me.what, &step.loved_one.what] {
                for sentence in sentences(what) {
                    if !sentence.contains(dependence) {
                        continue;
                    }
                    found += 1;
                    assert!(
                        sentence.contains(withdrawal),
                        "{locale:?}, step {}: {sentence:?} names dependence, not withdrawal",
                        step.id
                    );
                }
            }
        }
        assert!(found >= 2, "{locale:?}: both readers' step 1 ({found})");
    }
}

/// ASAM's advice for the first year after birth (TOPICS §12, patient guide 2020 p. 17: "should not
/// stop taking these medications") is about methadone and buprenorphine only. Review 52: the
/// answer on stopping, which covers naltrexone too, said "not to stop your medication", which a
/// reader on naltrexone would take as theirs. Where the advice is given, it names the two.
#[test]
fn the_first_year_after_birth_advice_names_methadone_and_buprenorphine() {
    for locale in Locale::ALL {
        let birth = said(
            locale,
            [
                "after birth|a baby",
                "del parto|un bebé",
                "l'accouchement|un bébé",
            ],
        );
        let medicines = said(
            locale,
            [
                "methadone|buprenorphine",
                "metadona|buprenorfina",
                "méthadone|buprénorphine",
            ],
        );
        let mut found = 0;
        for question in content::guide(locale).questions.questions.iter() {
            let blocks = question.answer.iter().chain(question.loved_one.iter());
            for text in blocks.flat_map(block_texts) {
                if !text.contains("ASAM") || !birth.split('|').any(|b| text.contains(b)) {
                    continue;
                }
                found += 1;
                for medicine in medicines.split('|') {
                    assert!(
                        text.contains(medicine),
                        "{locale:?}, {}: ASAM's advice after birth names {medicine}: {text:?}",
                        question.id
                    );
                }
            }
        }
        // Stopping and pregnancy, each to both readers.
        assert!(
            found >= 4,
            "{locale:?}: the advice is given in four places ({found})"
        );
    }
}

// ---------- 8. The clinical read of 2026-12-05 ----------

/// Waking after naloxone is not the end of the emergency: naloxone wears off and they can stop
/// breathing again, so each region's overdose help says to call its emergency number (or, in
/// Australia and New Zealand, to go to hospital) even if they wake up (CONTENT-FACTS.md, United
/// States: "so always call 911"; §1.1, §1.3, §1.5). The steps made the call conditional on "no
/// response" but not the naloxone, so a bystander could revive someone and never call.
#[test]
fn waking_after_naloxone_still_sends_them_for_help() {
    for (code, locale, region, texts) in every_emergency_tier() {
        let wake = said(locale, ["wake up", "despierte", "se réveille"]);
        let number = region.emergency().display;
        let hospital = said(locale, ["hospital", "hospital", "hôpital"]);
        let sends = texts
            .into_iter()
            .flat_map(sentences)
            .any(|s| s.contains(wake) && (s.contains(number) || s.contains(hospital)));
        assert!(
            sends,
            "{code:?}/{locale:?}: the overdose help does not say to call {number} (or go to \
             hospital) even if they wake up"
        );
    }
}

/// How a reader in `code` gets naloxone, in `locale`: the region's `get_naloxone` phrase.
fn how_to_get_naloxone(code: RegionCode, locale: Locale) -> &'static str {
    let region = content::region(code, locale);
    let phrase = region.phrases.iter().find(|p| p.id == "get_naloxone");
    phrase
        .unwrap_or_else(|| panic!("{code:?}: no get_naloxone phrase"))
        .text
        .text()
}

/// Every paragraph, list item and grid cell of `region`'s guide, in each language.
fn blocks_and_cells_in(region: &str) -> Vec<(Locale, String)> {
    texts_in(region, &["p", "li", "td"])
}

/// Checks that wherever a block or grid cell of the guide, in any region and language, says one of
/// `when` (`|` between alternatives), it also says one of `also`; returns how many said `when`.
fn said_together(when: [&str; 3], also: [&str; 3], missing: &str) -> usize {
    let mut found = 0;
    for region in RegionCode::ALL {
        for (locale, block) in blocks_and_cells_in(region.as_str()) {
            let lower = block.to_lowercase();
            let says = |list: [&str; 3]| said_any(locale, list).iter().any(|p| lower.contains(p));
            if !says(when) {
                continue;
            }
            found += 1;
            assert!(says(also), "{locale:?}/{region:?}: {missing}: {block:?}");
        }
    }
    found
}

/// Wherever buprenorphine is said to start once withdrawal has begun, the same block says why:
/// taken too soon, it brings on sudden, strong withdrawal (§3). "Start medication directly" said
/// only when, and a reader could take the first dose early (clinical read, 2026-12-05).
#[test]
fn buprenorphine_waiting_for_withdrawal_says_why() {
    let found = said_together(
        [
            "once withdrawal has begun",
            "comenzaron esos síntomas|empiezan esos síntomas",
            "sevrage a déjà débuté|sevrage a commencé",
        ],
        ["too soon", "demasiado pronto", "trop tôt"],
        "buprenorphine waits, but not why",
    );
    // The choice for both readers and the grid's cell, in three languages and six regions.
    assert!(found >= 3 * 3 * 6, "{found} blocks found");
}

/// Lower tolerance is said with what it leads to, in the same block: an amount used before can
/// cause an overdose (§2.1, §4). "Coming off lowers your tolerance, so ask about the risks" left
/// the danger unsaid (clinical read, 2026-12-05, the UK's first appointment).
#[test]
fn tolerance_is_said_with_the_overdose() {
    let found = said_together(
        ["toleran", "toleran", "toléran|tolère"],
        ["overdose", "sobredosis", "surdose"],
        "tolerance without the overdose",
    );
    // The detox and medication warnings, both readers, three languages, six regions.
    assert!(found >= 2 * 2 * 3 * 6, "{found} blocks found");
}

/// "Give another dose" always says "if you have one": a bystander may have had one dose only
/// (§1.2 to §1.6). Canada's last step said it bare (clinical read, 2026-12-05).
#[test]
fn another_dose_is_asked_for_only_if_you_have_one() {
    let mut found = 0;
    for (code, locale, _, texts) in every_emergency_tier() {
        let give = said(
            locale,
            [
                "Give another dose",
                "Dale otra dosis",
                "Donnez une autre dose",
            ],
        );
        let if_you_have = said(
            locale,
            ["if you have one", "si tienes", "si vous en avez une"],
        );
        for sentence in texts
            .into_iter()
            .flat_map(sentences)
            .filter(|s| s.contains(give))
        {
            found += 1;
            assert!(
                sentence.contains(if_you_have),
                "{code:?}/{locale:?}: another dose, without \"{if_you_have}\": {sentence:?}"
            );
        }
    }
    // Both the 2-to-3-minute step (where it is an order) and the last step, in most regions.
    assert!(found >= 6 * 3, "{found} sentences found");
}

// ---------- 9. The second clinical read and the bilingual reads of 2026-12-05 ----------

/// The overdose steps end with what to do if they are not breathing normally, in every region: a
/// bystander whose naloxone ran out ("Give another dose, if you have one") still has the call
/// handler's help (§1.2, §1.4; Australia and New Zealand already ended with CPR). The US, UK,
/// Canada and Ireland ended at the dose (second clinical read, C1). Where it sends the reader to
/// the call handler, it says to call again if the call has ended (D1).
#[test]
fn the_last_overdose_step_says_what_to_do_if_they_are_not_breathing() {
    for (code, locale, region, _) in every_emergency_tier() {
        let breathing = said(
            locale,
            [
                "Not breathing normally?",
                "¿No respira con normalidad?",
                "ne respire pas normalement?",
            ],
        );
        let tier = emergency_tier(region);
        let steps = steps_in(tier);
        let last = steps
            .first()
            .and_then(|items| items.last())
            .unwrap_or_else(|| panic!("{code:?}/{locale:?}: no overdose steps"));
        assert!(
            last.contains(breathing),
            "{code:?}/{locale:?}: the last overdose step ends without breathing: {last:?}"
        );
        // Sent to the call handler this late, the call may have ended (second clinical read,
        // D1), or never been made: the person woke and said no (review73-scenarios, SM1). In
        // every region the step says to call, whatever happened before, and says why first:
        // very sleepy ("falling asleep", a CDC sign), passing out again, slow breathing.
        let call = said(
            locale,
            [
                "even if you called before or they told you not to",
                "aunque ya hayas llamado o la persona te haya dicho que no llames",
                "même si vous avez déjà appelé ou si elle a refusé les secours",
            ],
        );
        let sleepy = said(locale, ["very sleepy", "mucho sueño", "très somnolente"]);
        let number = region.emergency().display;
        assert!(
            last.contains(call) && last.contains(sleepy) && last.contains(number),
            "{code:?}/{locale:?}: the last step does not say to call {number} whatever \
             happened before: {last:?}"
        );
        assert!(
            last.find(number) < last.find(breathing),
            "{code:?}/{locale:?}: the call comes after \"not breathing\": {last:?}"
        );
    }
}

/// Canada's Act names every kind of condition it covers (§1.4: pre-trial release, conditional
/// sentence, probation, parole): a reader on bail who saw only probation and parole as examples
/// could think they were not covered, and not call (second clinical read C2, bilingual read N1).
#[test]
fn canadas_good_samaritan_act_names_every_kind_of_condition() {
    let all_items = texts_in("ca", &["li"]);
    for locale in Locale::ALL {
        let kinds: [&str; 4] = match locale {
            Locale::En => [
                "release before trial",
                "conditional sentence",
                "probation",
                "parole",
            ],
            Locale::Es => [
                "libertad provisional",
                "condena condicional",
                "libertad a prueba",
                "libertad condicional",
            ],
            Locale::Fr => [
                "liberté provisoire",
                "sursis",
                "probation",
                "libération conditionnelle",
            ],
        };
        let limit = said(
            locale,
            [
                "must be about simple possession",
                "condición relacionada con la posesión simple",
                "condition liée à la possession simple",
            ],
        );
        let items: Vec<&String> = all_items
            .iter()
            .filter(|(l, item)| *l == locale && item.contains(limit))
            .map(|(_, item)| item)
            .collect();
        // The emergency tier, and "How do I stay safer?" for each reader.
        assert!(items.len() >= 3, "{locale:?}: {} items", items.len());
        for item in items {
            for kind in kinds {
                assert!(
                    item.contains(kind),
                    "{locale:?}: the Act's conditions without \"{kind}\": {item:?}"
                );
            }
        }
    }
}

/// "Naloxone only works on opioids" never holds a bystander back: the same item says to give it
/// when they are not sure what was taken, as it does no harm (§1.1; CONTENT-FACTS.md: if unsure,
/// treat it as an overdose). Read alone, it could mean "only if you know they took opioids"
/// (Spanish read, S1).
#[test]
fn naloxone_working_only_on_opioids_still_says_to_give_it_when_unsure() {
    let found = said_together(
        [
            "only works on opioids",
            "solo funciona con los opioides",
            "seulement sur les opioïdes",
        ],
        ["not sure", "no sabes", "ne savez pas"],
        "naloxone only on opioids, but not what to do when unsure",
    );
    assert!(found >= 6 * 3, "{found} blocks found");
}

/// The second dose waits on what the kits name, not on "no change": the person is still not
/// awake, or not breathing normally, after 2 to 3 minutes (§1.2 NARCAN, §1.3 Nyxoid and Prenoxad,
/// §1.4 Health Canada). A twitch or a gasp is a change (Spanish read, S2).
#[test]
fn a_second_dose_waits_on_waking_and_breathing() {
    let mut found = 0;
    for (code, locale, _, texts) in every_emergency_tier() {
        let minutes = said(locale, ["2 to 3 minutes", "2 o 3 minutos", "2 à 3 minutes"]);
        let awake = said_any(locale, ["awake", "despertar|despierta", "réveille"]);
        let breathing = said(
            locale,
            ["breathing normally", "respira", "respire pas normalement"],
        );
        for sentence in texts
            .into_iter()
            .flat_map(sentences)
            .filter(|s| s.contains(minutes))
        {
            found += 1;
            assert!(
                awake.iter().any(|a| sentence.contains(a)) && sentence.contains(breathing),
                "{code:?}/{locale:?}: another dose after 2 to 3 minutes, without waking and \
                 breathing: {sentence:?}"
            );
        }
    }
    assert!(found >= 6 * 3, "{found} sentences found");
}

/// Where a region says to call its emergency number even if they wake up, the same item says to
/// stay with them until help arrives (CONTENT-FACTS.md, United States: "don't leave the person
/// alone"; §1.4, "Stay with the person until help arrives"): a person waking in withdrawal may
/// want to leave (second clinical read, C7).
#[test]
fn waking_after_naloxone_says_to_stay_with_them() {
    let mut found = 0;
    for (code, locale, region, texts) in every_emergency_tier() {
        let wake = said(locale, ["wake up", "despierte", "se réveille"]);
        let stay = said(
            locale,
            ["stay with them", "quédate con", "restez avec elle"],
        );
        let number = region.emergency().display;
        for item in texts
            .into_iter()
            .filter(|t| t.contains(wake) && t.contains(number))
        {
            found += 1;
            assert!(
                item.to_lowercase().contains(stay),
                "{code:?}/{locale:?}: call even if they wake up, without staying: {item:?}"
            );
        }
    }
    // The US, the UK, Canada and Ireland, in three languages.
    assert!(found >= 4 * 3, "{found} items found");
}

/// "Do not use alone" holds at any time, never only "after" something: the rehab step said "If
/// you use after rehab, do not use alone", which an outpatient, days without opioids at home
/// during rehab, could read as not yet theirs (second clinical read, C3).
#[test]
fn the_advice_not_to_use_alone_holds_at_any_time() {
    for locale in Locale::ALL {
        let guide = content::guide(locale);
        let after = said(locale, ["after", "después", "après"]);
        for step in guide.journey.steps.all() {
            for &warning in step
                .me
                .warnings
                .iter()
                .chain(step.loved_one.warnings.iter())
            {
                for sentence in sentences(warning) {
                    if !says_not_alone(sentence, locale) {
                        continue;
                    }
                    assert!(
                        !words(sentence).iter().any(|w| w == after),
                        "{locale:?}: step {}: not alone, only after something: {sentence:?}",
                        step.id
                    );
                }
            }
        }
    }
}

/// A supporter told to keep naloxone on hand is told to learn how to use it, in every journey
/// warning (or, for ongoing support, its "now"): they are the one who will give it (§1.1, ASAM:
/// family "should be trained in its use").
/// The medication step said only "and know where it is" (second clinical read, C4).
#[test]
fn a_supporter_who_keeps_naloxone_learns_how_to_use_it() {
    let mut found = 0;
    for locale in Locale::ALL {
        let guide = content::guide(locale);
        let at_hand = said(locale, ["on hand", "a mano", "sous la main"]);
        let learn = said(
            locale,
            [
                "learn how to use it",
                "aprende a usarla",
                "apprenez à l'utiliser",
            ],
        );
        for step in guide.journey.steps.all() {
            let words = &step.loved_one;
            let warning = format!("{} {}", warned(words), words.now);
            if !warning.contains(at_hand) {
                continue;
            }
            found += 1;
            assert!(
                warning.contains(learn),
                "{locale:?}: step {}: naloxone on hand, not how to use it: {warning:?}",
                step.id
            );
        }
    }
    // Detox, rehab, medication and ongoing support, in three languages.
    assert!(found >= 4 * 3, "{found} warnings found");
}

/// An overdose after coming off treatment is said to come from using again, in the same sentence
/// ("If you use opioids after coming off, …"): "After coming off, an amount you used before can
/// cause an overdose" could read as coming off itself causing one (second clinical read, C5).
#[test]
fn coming_off_treatment_says_the_overdose_comes_from_using_again() {
    let mut found = 0;
    for region in RegionCode::ALL {
        for (locale, block) in blocks_and_cells_in(region.as_str()) {
            let off = said(locale, ["coming off", "dejarlo", "après l'arrêt"]);
            let overdose = said(locale, ["overdose", "sobredosis", "surdose"]);
            let uses = said_any(locale, ["use", "consumes|consume", "consommez|consomme"]);
            for sentence in sentences(&block) {
                let lower = sentence.to_lowercase();
                if !(lower.contains(off) && lower.contains(overdose)) {
                    continue;
                }
                found += 1;
                assert!(
                    words(sentence).iter().any(|w| uses.contains(&w.as_str())),
                    "{locale:?}/{region:?}: an overdose after coming off, without using again: \
                     {sentence:?}"
                );
            }
        }
    }
    // The UK's first appointment, both readers, three languages.
    assert!(found >= 2 * 3, "{found} sentences found");
}

/// "Too soon" for buprenorphine says after what: other opioids (§3; the grid already did), and the
/// journey's choice says the care team tells the reader when to start (§3: "say the care team
/// decides when"; second clinical read, C6).
#[test]
fn buprenorphine_too_soon_says_after_what_and_who_says_when() {
    let found = said_together(
        ["too soon", "demasiado pronto", "trop tôt"],
        [
            "after other opioids",
            "después de otros opioides",
            "après d'autres opioïdes",
        ],
        "buprenorphine too soon, without after what",
    );
    assert!(found >= 2 * 3 * 6, "{found} blocks found");
    for locale in Locale::ALL {
        let guide = content::guide(locale);
        let team = said(locale, ["care team", "equipo de salud", "équipe soignante"]);
        let soon = said(locale, ["too soon", "demasiado pronto", "trop tôt"]);
        let choices: Vec<&str> = guide
            .journey
            .steps
            .all()
            .iter()
            .flat_map(|s| s.choices.iter().flat_map(|c| [c.me, c.loved_one]))
            .filter(|t| t.contains(soon))
            .collect();
        assert!(!choices.is_empty(), "{locale:?}: no choice says too soon");
        for choice in choices {
            assert!(
                choice.contains(team),
                "{locale:?}: buprenorphine's timing without the care team: {choice:?}"
            );
        }
    }
}

/// Days without opioids count wherever they were spent: "How do I stay safer?" and "I started
/// using again" say the rule includes days in rehab, a hospital, jail or prison (§2.1, CAMH: "if you
/// haven't used for a while (3 days or more)"). Both bilingual reads (S3, Q3) found a reader leaving jail
/// could not tell it was theirs; the second clinical read (D2, D3) asked for the days, not the
/// place, to be the reason, and for the answer a person who has started again reads. Rehab, the
/// commonest before a return to use, was left out (scenario read 62, S7).
#[test]
fn days_without_opioids_in_rehab_hospital_or_jail_count_too() {
    let mut found = 0;
    for region in RegionCode::ALL {
        for locale in Locale::ALL {
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            // The days-without-opioids rule, not the missed-methadone one ("3 days or more without
            // methadone, their usual dose…"), which a supporter's phrase in "They started using
            // again" says too (review75e-clinical, RF1).
            let days = said_any(
                locale,
                [
                    "3 days or more without opioids|3 days or more without using",
                    "3 días o más sin opioides|3 días o más sin consumir",
                    "3 jours ou plus sans opioïdes|3 jours ou plus sans consommer",
                ],
            );
            // "Jail" is the North American word: UK, Irish, Australian and New Zealand readers say
            // "prison" (review67-plain-uk, U5).
            let jail = said(locale, ["prison", "cárcel", "prison"]);
            let says_jail = locale == Locale::En
                && !matches!(region, RegionCode::Us | RegionCode::Ca)
                && text(&html).contains(" jail");
            assert!(!says_jail, "{region:?}: \"jail\" on the page");
            let rehab = said(locale, ["rehab", "rehabilitación", "réadaptation"]);
            for id in ["staying-safer", "started-again"] {
                let open = format!("id=\"rg-q-{id}\"");
                let answer = slices(&html, &open, "</details>");
                let answer = answer
                    .first()
                    .unwrap_or_else(|| panic!("{region:?}/{locale:?}: no question {id}"));
                for block in slices(answer, "<p", "</p>")
                    .into_iter()
                    .chain(slices(answer, "<li", "</li>"))
                    .map(text)
                    .filter(|b| days.iter().any(|d| b.contains(d)))
                {
                    found += 1;
                    assert!(
                        block.contains(jail) && block.contains(rehab),
                        "{region:?}/{locale:?}: {id}: days without opioids, not where: {block:?}"
                    );
                }
            }
        }
    }
    // Both answers, both readers, three languages, six regions.
    assert!(found >= 2 * 2 * 3 * 6, "{found} blocks found");
}

/// "This service may answer in English", added after a line's note for Spanish and French readers,
/// never follows words about sign language: after "dial 988 for ASL" it read as the ASL videophone
/// answering in English (Spanish read of 2026-12-05, S6). The relay note ends with the TTY route.
#[test]
fn may_answer_in_english_never_follows_sign_language() {
    let mut found = 0;
    for region in RegionCode::ALL {
        for locale in [Locale::Es, Locale::Fr] {
            let english = content::guide(locale).ui.answers_in_english;
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let page = text(&html);
            let mut from = 0;
            while let Some(at) = page[from..].find(english) {
                let before = &page[..from + at];
                let last = sentences(before).last().copied().unwrap_or("");
                found += 1;
                assert!(
                    !last.contains("ASL"),
                    "{region:?}/{locale:?}: \"{english}\" right after sign language: {last:?}"
                );
                from += at + english.len();
            }
        }
    }
    assert!(found > 0, "no \"may answer in English\" found");
}

// ---------- 10. The Australia and New Zealand read of 2026-12-05 ----------

/// South Australia's own line has no verified hours, and sits under "counsellors answer only from
/// 8:30 am to 10 pm" and a line that "answers 24 hours a day": its item says it may not answer at
/// night and what to do in an emergency (§13.4; clinical read, Z2).
#[test]
fn south_australias_own_line_says_what_to_do_at_night() {
    let all_items = texts_in("au", &["li"]);
    for locale in Locale::ALL {
        let items: Vec<&String> = all_items
            .iter()
            .filter(|(l, item)| *l == locale && item.contains("1300 13 1340"))
            .map(|(_, item)| item)
            .collect();
        assert!(
            !items.is_empty(),
            "{locale:?}: South Australia's line is offered"
        );
        for item in items {
            assert!(
                item.contains("000"),
                "{locale:?}: South Australia's line without what to do at night: {item:?}"
            );
        }
    }
}

/// Australia's free naloxone says who can get it (anyone who may have or see an overdose, family
/// and friends too: a supporter read "family and friends can get it too" as someone else, N4) and
/// that pharmacies outside the program may charge, so a reader charged at the first pharmacy does
/// not give up, and asks whether a pharmacy is in the program (§2.3; clinical reads, Z3 and N4;
/// review67-plain-au, A3, A7).
#[test]
fn australias_free_naloxone_says_who_can_get_it_and_where_it_costs() {
    let found = said_together(
        [
            "pharmacies in the take home naloxone",
            "farmacias del programa take home naloxone",
            "pharmacies du programme take home naloxone",
        ],
        [
            "anyone who might overdose, or see an overdose, can get it, including family and friends",
            "la puede conseguir cualquier persona que pueda tener o ver una sobredosis. eso incluye a familiares y amistades",
            "toute personne qui pourrait faire une surdose ou en être témoin peut en obtenir, y compris les proches",
        ],
        "free naloxone, without who can get it",
    );
    let costs = said_together(
        [
            "other pharmacies may charge. ask if a pharmacy is in the program",
            "otras farmacias pueden cobrarla. pregunta si la farmacia es parte del programa",
            "dans d'autres pharmacies, elle peut être payante. demandez si la pharmacie fait partie du programme",
        ],
        [
            "pharmacies in the take home naloxone",
            "farmacias del programa take home naloxone",
            "pharmacies du programme take home naloxone",
        ],
        "where naloxone costs, without where it is free",
    );
    // The emergency tier, "How do I stay safer?" and every step and answer that says how to get
    // naloxone, for each reader, in three languages.
    assert!(
        found >= 19 * 3,
        "{found} blocks say Australia's \"pharmacies in the Take Home Naloxone program\" (57 \
         expected). This test holds regions/au.toml, [phrases.get_naloxone] and the overdose \
         tier's \"Good to know\", to the facts sheets (§2.3): free, no prescription, who can get \
         it, and that other pharmacies may charge, in these words. If the facts changed, change \
         this test with them."
    );
    // Where it costs is said where a reader goes to learn about naloxone itself: the tier and
    // "How do I stay safer?" (each reader), not after every "have naloxone" (clinical read 62, A1).
    assert_eq!(
        costs,
        3 * 3,
        "Australia's \"Other pharmacies may charge\" belongs in the overdose tier's \"Good to \
         know\" and in \"How do I stay safer?\" for each reader (regions/au.toml and \
         questions/90-staying-safer.toml), in three languages"
    );
}

/// New Zealand's "Reach out" offers the Māori Line and the Pasifika Line beside the helpline, for
/// both readers: a reader calls the line that is theirs at first contact (CONTENT-FACTS.md, New
/// Zealand; clinical read, Z4).
#[test]
fn new_zealands_first_contact_offers_the_maori_and_pasifika_lines() {
    for locale in Locale::ALL {
        let html = render_with(&[("region", "nz"), ("locale", locale.as_str())]);
        let step = slices(&html, "id=\"rg-step-reach-out\"", "rg-sources");
        let step = step
            .first()
            .unwrap_or_else(|| panic!("{locale:?}: no Reach out step"));
        for (who, open) in [("self", "rg-for-self"), ("supporter", "rg-for-loved-one")] {
            let words = slices(step, open, "</div>");
            let words = words.first().unwrap_or_else(|| panic!("{locale:?}: {who}"));
            for line in ["tel:0800787797", "tel:0800787798", "tel:0800787799"] {
                assert!(
                    words.contains(line),
                    "{locale:?}/{who}: Reach out without {line}"
                );
            }
        }
    }
}

// ---------- 11. The UK and Ireland read of 2026-12-05 ----------

/// The call step calls on slow breathing too, not only on no response: a person who stirs when
/// their breastbone is rubbed but breathes slowly is overdosing (the signs, CONTENT-FACTS.md: "If
/// unsure, treat it as an overdose"; §1.2). "No response, or not sure?" could leave them without a
/// call (clinical read, K2).
#[test]
fn slow_breathing_is_a_reason_to_call() {
    for (code, locale, region, _) in every_emergency_tier() {
        let slow = said(
            locale,
            ["slow breathing", "respira despacio", "respiration lente"],
        );
        let number = region.emergency().display;
        let steps = steps_in(emergency_tier(region));
        let call = steps
            .first()
            .and_then(|items| items.iter().find(|item| is_step(1, item, locale, number)))
            .unwrap_or_else(|| panic!("{code:?}/{locale:?}: no call step"));
        assert!(
            call.contains(slow),
            "{code:?}/{locale:?}: the call step without slow breathing: {call:?}"
        );
    }
}

/// Where naloxone is prescription-only (Ireland, §2.3), the overdose help says the prescription
/// is for getting it: "naloxone needs a prescription", under "Give naloxone if you have it", could
/// read as "I may not give it" to a bystander with someone else's kit (clinical read, K1). In the
/// UK, GOV.UK's "Anyone can use available naloxone to save a life in an emergency" is said (§1.3,
/// K4).
#[test]
fn a_kit_at_hand_may_be_used() {
    for (code, locale, _, texts) in every_emergency_tier() {
        let sentences: Vec<&str> = texts.into_iter().flat_map(sentences).collect();
        match code {
            RegionCode::Ie => {
                let prescription = said(locale, ["prescription", "receta", "ordonnance"]);
                let get = said_any(
                    locale,
                    [
                        "to get",
                        "se consigue|tener naloxona a mano",
                        "s'obtient|avoir de la naloxone sous la main",
                    ],
                );
                for s in sentences.iter().filter(|s| s.contains(prescription)) {
                    assert!(
                        get.iter().any(|g| s.contains(g)),
                        "{locale:?}: Ireland's prescription, not said as the way to get it: {s:?}"
                    );
                }
            }
            RegionCode::Uk => {
                let anyone = said(
                    locale,
                    [
                        "anyone can use a naloxone kit",
                        "cualquier persona puede usar la naloxona",
                        "n'importe qui peut utiliser la naloxone",
                    ],
                );
                assert!(
                    sentences.iter().any(|s| s.contains(anyone)),
                    "{locale:?}: the UK's overdose help does not say anyone can use naloxone"
                );
            }
            _ => {}
        }
    }
}

/// "Do you offer medication?" names the medication that matters: for opioid use, such as methadone
/// or buprenorphine. A service that gives only comfort drugs during detox could truthfully answer
/// yes (French read of 2026-12-05, F1; CONTENT-FACTS.md: methadone and buprenorphine lower the risk
/// of a deadly overdose).
#[test]
fn asking_a_program_about_medication_names_methadone_or_buprenorphine() {
    let found = said_together(
        [
            "which treatments do you offer",
            "qué tratamientos ofrecen",
            "quels traitements proposez-vous",
        ],
        [
            "methadone or buprenorphine",
            "metadona o la buprenorfina",
            "méthadone ou la buprénorphine",
        ],
        "asks about medication without naming methadone or buprenorphine",
    );
    // Five regions' good-treatment answers, three languages.
    assert!(found >= 5 * 3, "{found} blocks found");
}

/// How to get naloxone, as the clinical read of 2026-12-05 (review61) asked, in every block of
/// every language:
/// - New Zealand's free kits are injections; the nasal spray Nyxoid can be bought (§1.6, §2.3), so
///   a reader who will not go to a needle exchange knows a prescription is not the only other way
///   (N3).
/// - The UK does not say "yet" of pharmacies: that every pharmacy will supply it rests on a
///   consultation whose outcome is UNVERIFIED (§2.3, N5).
/// - Ireland does not send a reader to a pharmacist for it: a pharmacist cannot supply it without a
///   prescription (§2.3, N2); and its overdose help says the prescription is to keep naloxone at
///   hand, so a bystander with someone else's kit does not hold back (N1; "for next time" assumed
///   another overdose, P1).
#[test]
fn how_to_get_naloxone_says_only_what_holds_today() {
    let nz = said_together(
        [
            "needle exchanges give free naloxone",
            "intercambio de jeringas (needle exchange) dan kits de naloxona",
            "échange de seringues (needle exchange) donnent des kits de naloxone",
        ],
        [
            "you can also buy nyxoid nasal spray",
            "puedes comprar el aerosol nasal nyxoid",
            "acheter le vaporisateur nasal nyxoid",
        ],
        "New Zealand's free kits, without the spray that can be bought",
    );
    // The emergency tier and every step and answer that says how to get naloxone, for each reader.
    assert!(
        nz >= 19 * 3,
        "{nz} blocks say New Zealand's \"needle exchanges give free naloxone\" (57 expected: \
         the overdose tier and each step and answer that says how to get naloxone, in en, es and \
         fr). This test holds regions/nz.toml, [phrases.get_naloxone] and the overdose tier's \
         \"Good to know\", to the facts sheets (§1.6, §2.3): the free kits at needle exchanges and \
         the spray you can buy, in these words. If the facts changed, change this test with them."
    );
    for code in RegionCode::ALL {
        for (locale, block) in blocks_and_cells_in(code.as_str()) {
            let lower = block.to_lowercase();
            let pharmacy = said(locale, ["pharmac", "farmacia", "pharmacie"]);
            let yet = said_any(locale, [" yet", "todavía", "pas encore"]);
            for s in sentences(&lower)
                .into_iter()
                .filter(|s| s.contains(pharmacy))
            {
                assert!(
                    !yet.iter().any(|y| s.contains(y)),
                    "{code:?}/{locale:?}: pharmacies promised for later: {s:?}"
                );
            }
            if code == RegionCode::Ie
                && lower.contains(said(locale, ["prescription", "receta", "ordonnance"]))
            {
                let pharmacist = said_any(locale, ["pharmacist|pharmacy", "farmac", "pharmacien"]);
                assert!(
                    !pharmacist.iter().any(|p| lower.contains(p)),
                    "{locale:?}: Ireland sends a reader to a pharmacist for naloxone: {block:?}"
                );
            }
        }
    }
    for (code, locale, _, texts) in every_emergency_tier() {
        if code != RegionCode::Ie {
            continue;
        }
        let prescription = said(locale, ["prescription", "receta", "ordonnance"]);
        let at_hand = said(
            locale,
            [
                "to keep naloxone at hand",
                "para tener naloxona a mano",
                "pour avoir de la naloxone sous la main",
            ],
        );
        let said_so = texts
            .iter()
            .filter(|t| t.contains(prescription))
            .all(|t| t.to_lowercase().contains(at_hand));
        assert!(
            said_so,
            "{locale:?}: Ireland's prescription, not said to be for keeping naloxone at hand"
        );
    }
}

/// In Canada, wherever a reader is offered the National Overdose Response Service to call while
/// using alone, Quebec's bilingual line for it (ADPS, Drogue : aide et référence, option 2; §2.2,
/// §14) is offered beside it: the national line's languages are unverified, and a French reader in
/// Quebec had it alone in "What happens when I call?", "I started using again" and the overdose
/// help (read of 2026-12-05, Q2). The help bar, which has room for one line, is the exception.
#[test]
fn calling_while_using_in_canada_offers_quebecs_bilingual_line() {
    let mut lists = 0;
    for locale in Locale::ALL {
        let html = render_with(&[("region", "ca"), ("locale", locale.as_str())]);
        let option_2 = said(locale, ["option 2", "opción 2", "option 2"]);
        for list in slices(&html, "<ul class=\"rg-actions\"", "</ul>") {
            if !list.contains("tel:+18886886677") {
                continue;
            }
            lists += 1;
            let offered: Vec<String> = slices(list, "<li", "</li>")
                .into_iter()
                .filter(|item| item.contains("tel:+18002652626"))
                .map(text)
                .filter(|item| item.contains(option_2))
                .collect();
            assert!(
                !offered.is_empty(),
                "{locale:?}: the national line to call while using, without Quebec's option 2: {}",
                text(list)
            );
            // Its hours are unverified: it may not answer, and the national line's number is
            // given for then (review61c, R1, R5). The "French or English" note follows the
            // button it is about, not a sentence naming the national line (R2).
            let hours = said(
                locale,
                [
                    "Option 2 may be closed at some hours.",
                    "Puede que la opción 2 no atienda a todas horas.",
                    "L'option 2 ne répond peut-être pas à toute heure.",
                ],
            );
            for item in &offered {
                assert!(
                    item.contains(hours),
                    "{locale:?}: option 2, as if always open: {item}"
                );
                assert!(
                    item.contains("1-888-688-6677"),
                    "{locale:?}: no number for then: {item}"
                );
                let language = content::guide(locale).ui.answers_in_french_or_english;
                if let Some(at) = item.find(language) {
                    let before = &item[..at];
                    assert!(
                        !before.contains("1-888-688-6677") && before.contains(option_2),
                        "{locale:?}: the language note does not follow its own line: {item}"
                    );
                }
            }
        }
    }
    // "What happens when I call?", "I started using again" and "How do I stay safer?" for each
    // reader, the overdose tier and "How do I help?": eight lists in each of three languages.
    assert_eq!(lists, 8 * 3, "lists offering the national line");
}

/// The last overdose step was seven sentences and three actions ("stay", "another dose", "call
/// again"): a panicked reader kept only "stay with them" (clinical read 62: U1, C3, K2, I1).
/// Staying, and what to do if they pass out again, are two steps, in that order.
#[test]
fn staying_with_them_and_what_to_do_if_they_pass_out_again_are_two_steps() {
    let mut found = 0;
    for (code, locale, region, _) in every_emergency_tier() {
        let stay = said(
            locale,
            [
                "Stay with them",
                "Quédate con la persona",
                "Restez avec la personne",
            ],
        );
        let again = said(
            locale,
            [
                "pass out again",
                "desmaya otra vez",
                "perd de nouveau conscience",
            ],
        );
        for items in steps_in(emergency_tier(region)) {
            let at = |words: &str| items.iter().position(|item| item.contains(words));
            let (Some(s), Some(a)) = (at(stay), at(again)) else {
                panic!("{code:?}/{locale:?}: no \"{stay}\" step, or none for \"{again}\"");
            };
            assert_eq!(
                a,
                s + 1,
                "{code:?}/{locale:?}: \"{again}\" is not the step after \"{stay}\": {:?}",
                items[s]
            );
            found += 1;
        }
    }
    assert_eq!(found, 6 * 3, "one overdose list per region and language");
}

/// The items of a tier's list titled `title`.
fn list_titled(region: &Region, tier: &Tier, title: &str) -> Option<Vec<&'static str>> {
    tier.blocks.all().iter().find_map(|block| match block {
        Block::List {
            title: Some(t),
            items,
        } if t.text() == title => Some(items.get().iter().map(|i| phrased(region, i)).collect()),
        _ => None,
    })
}

/// Under the overdose steps, "Good to know" opened with where to get naloxone another day; what a
/// bystander does now (give it even if unsure, what not to do, call even if they wake) came after
/// it (clinical read 62, A2, Z11). Now the first item is "you can still give it", the item on
/// having naloxone for next time follows "even if they wake up", and where to get it comes last.
#[test]
fn good_to_know_puts_what_to_do_now_before_where_to_get_naloxone() {
    for (code, locale, region, _) in every_emergency_tier() {
        let title = said(locale, ["Good to know", "Conviene saber", "Bon à savoir"]);
        let items = list_titled(region, emergency_tier(region), title)
            .unwrap_or_else(|| panic!("{code:?}/{locale:?}: no \"{title}\" list"));
        let at = |list: [&str; 3]| {
            let words = said(locale, list);
            items.iter().position(|item| item.contains(words))
        };
        let still = at([
            "You can still give it",
            "Puedes dársela de todos modos",
            "Vous pouvez quand même la donner",
        ]);
        assert_eq!(still, Some(0), "{code:?}/{locale:?}: {items:?}");
        let wake = at(["wake up", "despierte", "se réveille"]);
        let next_time = at([
            "cannot give themselves naloxone",
            "no puede ponerse la naloxona a sí misma",
            "ne peut pas se donner elle-même la naloxone",
        ]);
        assert!(
            wake.is_some() && next_time > wake,
            "{code:?}/{locale:?}: having naloxone for next time before \"even if they wake up\""
        );
        let last = items.last().map_or(String::new(), |i| i.to_lowercase());
        let where_to_get = said_any(
            locale,
            [
                "prescription|pharmac|needle|free",
                "receta|farmacia|jeringas|gratis",
                "ordonnance|pharmac|seringues|gratuit",
            ],
        );
        assert!(
            where_to_get.iter().any(|w| last.contains(w)),
            "{code:?}/{locale:?}: the last item is not where to get naloxone: {last:?}"
        );
    }
}

/// "How do I stay safer?" opens, for each reader, with the loss of tolerance after days without
/// opioids: a reader just out of prison, hospital or rehab stops at the first sentence, and it was
/// the last list item (scenario read 62, S3).
#[test]
fn staying_safer_opens_with_the_days_without_opioids() {
    for region in RegionCode::ALL {
        for locale in Locale::ALL {
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let days = said(
                locale,
                ["3 days or more", "3 días o más", "3 jours ou plus"],
            );
            let answer = slices(&html, "id=\"rg-q-staying-safer\"", "</details>");
            let answer = answer
                .first()
                .unwrap_or_else(|| panic!("{region:?}/{locale:?}: no staying-safer answer"));
            // The answer, not the title, whose two spans carry the readers' classes too.
            let answer = &answer[answer.find("rg-question__answer").unwrap_or(0)..];
            for reader in READERS {
                let from = answer
                    .find(reader)
                    .unwrap_or_else(|| panic!("{region:?}/{locale:?}: no {reader} answer"));
                let rest = &answer[from..];
                let first = text(&rest[..rest.find("</p>").unwrap_or(rest.len())]);
                assert!(
                    first.contains(days),
                    "{region:?}/{locale:?}/{reader}: opens with {first:?}"
                );
            }
        }
    }
}

/// A region's phrase is said after every "have naloxone", up to 11 times for each reader, beside
/// the warning it closes: it says who can get naloxone and where, briefly; the rest (Australia's
/// drug services and paying pharmacies) is in the tier and "How do I stay safer?" (clinical read
/// 62, A1: 45 words buried the step's one action).
#[test]
fn a_region_phrase_said_beside_warnings_is_short() {
    for locale in Locale::ALL {
        // Every warning of the journey and the answers (a phrase that only a list or a card says,
        // Australia's "where else naloxone is free", may be longer).
        let guide = content::guide(locale);
        let mut warnings: Vec<&str> = guide
            .journey
            .steps
            .iter()
            .flat_map(|s| s.me.warnings.iter().chain(s.loved_one.warnings.iter()))
            .copied()
            .collect();
        for question in guide.questions.questions.iter() {
            for block in question.answer.iter().chain(question.loved_one.iter()) {
                if let Block::Warning { text } = block {
                    warnings.push(text.text());
                }
            }
        }
        // A phrase every region shares (phrases.toml) is the warning's own words, written once.
        for code in RegionCode::ALL {
            let phrases = content::region(code, locale).phrases.iter();
            let beside: Vec<_> = phrases
                .filter(|p| !p.inherited)
                .filter(|p| warnings.iter().any(|w| p.named_in(w)))
                .collect();
            // How to get naloxone, at least, in every region.
            assert!(
                beside.iter().any(|p| p.id == "get_naloxone"),
                "{code:?}/{locale:?}: no warning names {{get_naloxone}}"
            );
            for phrase in beside {
                let text = phrase.text.text();
                let limit = if locale == Locale::En { 30 } else { 40 };
                let count = text.split_whitespace().count();
                assert!(
                    count <= limit,
                    "{code:?}/{locale:?}: phrase {} has {count} words (at most {limit}): {text:?}",
                    phrase.id
                );
            }
        }
    }
}

/// "What should make me wary?" is asked only where the answer says what: a "Be wary" list, or
/// that private services are not regulated. Canada's, New Zealand's and Ireland's answers have
/// none the sheets verify (§17.4, §17.6, §17.7, §17.10), and asked it anyway (clinical read 62, C1,
/// R3).
#[test]
fn a_quality_question_asks_about_warning_signs_only_where_its_answer_gives_some() {
    for locale in Locale::ALL {
        let wary = said(locale, ["wary", "desconfiar", "méfier"]);
        let caution = said_any(
            locale,
            [
                "wary|not regulated",
                "desconf|no están regulados",
                "méfi|pas réglementés",
            ],
        );
        let questions = content::guide(locale).questions.questions.all();
        for q in questions.iter().filter(|q| q.id == "good-treatment") {
            if !q.question.contains(wary) {
                continue;
            }
            let answer = block_texts_of(q.answer.all()).join(" ").to_lowercase();
            assert!(
                caution.iter().any(|c| answer.contains(c)),
                "{locale:?}/{:?}: \"{}\" has no warning sign in its answer",
                q.regions,
                q.question
            );
        }
    }
}

/// Every text of a list of blocks.
fn block_texts_of(blocks: &[Block]) -> Vec<&'static str> {
    blocks.iter().flat_map(block_texts).collect()
}

/// The withdrawal answer, the one a person very sick after a first dose of buprenorphine opens,
/// says that taken too soon it brings on sudden, strong withdrawal, and to call the care team
/// (§3; scenario read 62, S6: the mother was told withdrawal "is not usually dangerous", and
/// nothing else).
#[test]
fn the_withdrawal_answer_covers_the_first_days_of_buprenorphine() {
    for locale in Locale::ALL {
        let questions = content::guide(locale).questions.questions.all();
        let withdrawal = questions
            .iter()
            .find(|q| q.id == "withdrawal")
            .unwrap_or_else(|| panic!("{locale:?}: no withdrawal answer"));
        let soon = said(locale, ["too soon", "demasiado pronto", "trop tôt"]);
        let team = said(locale, ["care team", "equipo de salud", "équipe soignante"]);
        let bup = said(locale, ["buprenorphine", "buprenorfina", "buprénorphine"]);
        assert!(
            block_texts_of(withdrawal.answer.all())
                .iter()
                .any(|t| t.contains(soon) && t.contains(team) && t.contains(bup)),
            "{locale:?}: withdrawal says nothing of buprenorphine taken too soon"
        );
    }
}

/// Words a region's reader would misread, or that another region's reader brought (clinical read
/// 62): insurance asked of the UK (K1), Scotland's 111 unnamed (K3), Ireland's HIQA unexplained
/// (I2), the US cost answer without the offer to pay for insurance (S8), New Zealand's treatment
/// services left out of where to get naloxone (S5), and a bare address of Australia's program as
/// a source in other regions (Z14).
#[test]
fn each_region_reads_its_own_terms() {
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let html = render_with(&[("region", code.as_str()), ("locale", locale.as_str())]);
            let page = text(&html);
            let insurance = said(locale, ["insurance", "seguro", "assurance"]);
            let costs = content::guide(locale).questions.questions.all();
            for q in costs
                .iter()
                .filter(|q| q.id == "cost" && !q.regions.contains(&"us"))
            {
                assert!(
                    !q.question.contains(insurance)
                        && !q.loved_one_question.is_some_and(|t| t.contains(insurance)),
                    "{locale:?}/{:?}: asks about insurance: {}",
                    q.regions,
                    q.question
                );
            }
            if code != RegionCode::Au {
                assert!(
                    !page.contains("health.gov.au/our-work"),
                    "{code:?}/{locale:?}: Australia's program shown as a bare address"
                );
            }
            let expected: &[&str] = match (code, locale) {
                (RegionCode::Uk, _) => &["NHS 24"],
                (RegionCode::Ie, Locale::En) => &["HIQA, Ireland's health quality authority"],
                (RegionCode::Us, _) => &[said(
                    locale,
                    [
                        "Be careful if someone offers to pay for",
                        "Ten cuidado si alguien se ofrece a pagar",
                        "Méfiez-vous si quelqu'un offre de payer",
                    ],
                )],
                (RegionCode::Nz, _) => &[said(
                    locale,
                    [
                        "opioid treatment service",
                        "servicio de tratamiento para el consumo de opioides",
                        "service de traitement pour la consommation d'opioïdes",
                    ],
                )],
                _ => &[],
            };
            for words in expected {
                assert!(page.contains(words), "{code:?}/{locale:?}: no \"{words}\"");
            }
            // The UK's "Who will find out?" ends with what the reader can do (scenario read 62,
            // S2: a 17-year-old left with a warning and nothing to do).
            if code == RegionCode::Uk {
                let answer = slices(&html, "id=\"rg-q-who-finds-out\"", "rg-sources");
                let ask = said(
                    locale,
                    [
                        "at your first visit",
                        "en tu primera cita",
                        "votre premier rendez-vous",
                    ],
                );
                assert!(
                    answer.first().is_some_and(|a| text(a).contains(ask)),
                    "{locale:?}: the UK's \"Who will find out?\" without \"{ask}\""
                );
            }
        }
    }
}

/// New Zealand's second dose said "still not awake or not breathing normally" twice in 49 words,
/// once for each kind of naloxone (clinical read 62, Z12): the condition is said once.
#[test]
fn new_zealands_second_dose_says_its_condition_once() {
    for locale in Locale::ALL {
        let region = content::region(RegionCode::Nz, locale);
        let condition = said(
            locale,
            [
                "not breathing normally",
                "sin respirar con normalidad",
                "ne respire pas normalement",
            ],
        );
        let minutes = said(locale, ["2 to 3 minutes", "2 o 3 minutos", "2 à 3 minutes"]);
        for items in steps_in(emergency_tier(region)) {
            let step = items
                .iter()
                .find(|i| i.contains(minutes))
                .unwrap_or_else(|| panic!("{locale:?}: no second dose"));
            assert_eq!(step.matches(condition).count(), 1, "{locale:?}: {step:?}");
        }
    }
}

/// Wherever the guide says a call may show up on a phone bill, it does not narrow it to one kind
/// of line: "Calls to a provincial line may show up" came after the anonymous national line, and
/// read as if a call to that would not (clinical read 62, C2).
#[test]
fn the_phone_bill_is_never_said_of_one_kind_of_line_only() {
    let mut found = 0;
    for region in RegionCode::ALL {
        for (locale, block) in blocks_in(region.as_str()) {
            let bill = said(
                locale,
                ["phone bill", "factura del teléfono", "facture de téléphone"],
            );
            let kinds = said_any(
                locale,
                [
                    "provincial|state line|local line",
                    "provincial|estatal|local",
                    "provinciale|locale",
                ],
            );
            for sentence in sentences(&block).into_iter().filter(|s| s.contains(bill)) {
                found += 1;
                assert!(
                    !kinds.iter().any(|k| sentence.contains(k)),
                    "{region:?}/{locale:?}: a phone bill said of one kind of line: {sentence:?}"
                );
            }
        }
    }
    assert!(found >= 6 * 3, "{found} sentences found");
}

/// Sentences whose "they" a reader could not place, in English (Spanish and French name the
/// subject): "Ask if they can start medication the same day." to the person themself, and "They
/// can plan care for them and the baby." after "their doctor or midwife" (clinical read 62, U2).
/// And a Spanish sentence is not a fragment opening with "Ni" (the Canadian quality answer's).
#[test]
fn a_sentence_says_who_it_means() {
    for region in RegionCode::ALL {
        let html = render_with(&[("region", region.as_str()), ("locale", "en")]);
        for own in slices(&html, "rg-for-self", "</div>") {
            assert!(
                !text(own).contains("Ask if they can start"),
                "{region:?}: the reader's own answer asks if \"they\" can start"
            );
        }
        assert!(
            !text(&html).contains("They can plan care for them"),
            "{region:?}: \"They can plan care for them\""
        );
        let es = render_with(&[("region", region.as_str()), ("locale", "es")]);
        for block in slices(&es, "<p", "</p>") {
            let block = text(block);
            for sentence in sentences(&block) {
                assert!(
                    !sentence.starts_with("Ni "),
                    "{region:?}: a Spanish fragment: {sentence:?}"
                );
            }
        }
    }
}

/// A `reach_out` block offers the region's "Reach out" lines, whichever they are: its words tell
/// the reader to call and ask, as the journey's step does, and never promise what a line does.
/// The sheets say the US, Canadian, Australian and NZ lines find services; not FRANK, the HSE line
/// ("a listening and email service") or Samaritans (review63-pregnancy, P1 to P4).
#[test]
fn a_reach_out_text_says_to_call_and_ask_and_promises_nothing_of_the_lines() {
    let mut seen = 0;
    for locale in Locale::ALL {
        let ask = said_any(locale, ["ask", "pregunta|preguntar", "demandez|demander"]);
        let promise = said_any(
            locale,
            [
                "can tell|can help find|will find",
                "pueden decir|pueden indicar|puede ayudar",
                "peut vous indiquer|peut aider|peuvent indiquer",
            ],
        );
        for question in content::guide(locale).questions.questions.iter() {
            for block in question.answer.iter().chain(question.loved_one.iter()) {
                let Block::ReachOut { text } = block else {
                    continue;
                };
                // Read in each region's words: a region may say it its own way (Ireland's
                // pregnant reader asks a GP; review78, XB17).
                for region in RegionCode::ALL {
                    let text = content::region(region, locale).with_phrases(text.text());
                    let lower = text.to_lowercase();
                    assert!(
                        words(&text).iter().any(|w| ask.contains(&w.as_str())),
                        "{locale:?}/{region:?}/{}: {text:?} does not say to ask",
                        question.id
                    );
                    assert!(
                        !promise.iter().any(|p| lower.contains(p)),
                        "{locale:?}/{region:?}/{}: {text:?} promises what a line does",
                        question.id
                    );
                }
                seen += 1;
            }
        }
    }
    // The pregnancy answer's two readers, in three languages.
    assert!(seen >= 6, "{seen} reach_out texts read");
}

/// Canada's "Reach out" offers B.C. two lines (the OTAL and HealthLink BC, review63-pregnancy,
/// P5): a supporter in Ontario or B.C. is told to share "the lines" of their province, not "the
/// line".
#[test]
fn a_canadian_supporter_shares_the_lines_of_their_province() {
    for locale in Locale::ALL {
        let region = content::region(RegionCode::Ca, locale);
        let bc = region
            .reach_out()
            .iter()
            .filter(|line| {
                line.name
                    .text()
                    .contains(said(locale, ["B.C", "Columbia Británica", "C.-B"]))
                    || line.name.text().contains("BC")
            })
            .count();
        assert!(bc >= 2, "{locale:?}: {bc} B.C. lines in Reach out");
        let words = region
            .reach_out_supporter_now
            .map(|w| w.text())
            .expect("Canada's own words for a supporter");
        let plural = said(
            locale,
            [
                "the lines for their province",
                "las líneas de su provincia",
                "les numéros de sa province",
            ],
        );
        assert!(
            words.contains(plural),
            "{locale:?}: {words:?} says {plural:?}"
        );
    }
}

/// One answer of `region`'s guide in `locale`, from its opening tag to its sources.
fn answer_in(region: &str, locale: Locale, id: &str) -> String {
    answer_of(
        &render_with(&[("region", region), ("locale", locale.as_str())]),
        id,
    )
}

/// The answer `id` in a page's markup, up to its sources (a test that reads several answers of one
/// page renders it once).
fn answer_of(html: &str, id: &str) -> String {
    let open = format!("id=\"rg-q-{id}\"");
    let answer = slices(html, &open, "rg-sources");
    answer.first().map_or_else(String::new, |a| a.to_string())
}

/// An answer's markup split where a supporter's part starts: the person's own, then theirs.
fn by_reader(answer: &str) -> (&str, &str) {
    let at = answer
        .find(&format!("<div class=\"{}\"", READERS[1]))
        .expect("the supporter's answer");
    answer.split_at(at)
}

/// Both readers' parts of an answer, by class: the person's own, and a supporter's.
const READERS: [&str; 2] = ["rg-for-self", "rg-for-loved-one"];

/// One reader's words in an answer (`rg-for-self` or `rg-for-loved-one`), as text.
fn reader_text(answer: &str, reader: &str) -> String {
    let theirs = slices(answer, &format!("<div class=\"{reader}\""), "</div>");
    text(theirs.first().expect("the reader's answer"))
}

/// The emergency tier's markup, from its card to the next tier's.
fn emergency_tier_html(html: &str) -> &str {
    tier_html(html, "emergency")
}

/// The markup of the tier of `kind` (`emergency`, `crisis`, `treatment`), from its card to the
/// next tier's.
fn tier_html<'h>(html: &'h str, kind: &str) -> &'h str {
    let card = format!("rg-tier--{kind}");
    let tier = &html[html
        .find(&card)
        .unwrap_or_else(|| panic!("the {kind} tier"))..];
    &tier[..tier[1..]
        .find("rg-tier--")
        .map_or(tier.len(), |end| end + 1)]
}

/// "When is it dangerous?" is answered by the case that is, before the reassurance: a partner
/// whose loved one drinks heavily or takes benzodiazepines opened the answer for the word
/// "dangerous" and met "not usually dangerous" first (scenario read 64, W3; §6). The reassurance
/// says it is opioid withdrawal that is not usually dangerous.
#[test]
fn the_withdrawal_answer_warns_of_seizures_before_it_reassures() {
    for locale in Locale::ALL {
        let seizures = said(locale, ["seizures", "convulsiones", "convulsions"]);
        let reassures = said(
            locale,
            [
                "not usually dangerous",
                "no suelen ser peligrosos",
                "pas dangereux",
            ],
        );
        let opioid = said(
            locale,
            [
                "Opioid withdrawal",
                "abstinencia de opioides",
                "sevrage des opioïdes",
            ],
        );
        for region in RegionCode::ALL {
            let answer = answer_in(region.as_str(), locale, "withdrawal");
            let warned = answer.find(seizures).expect("the seizure warning");
            let calmed = answer.find(reassures).expect("the reassurance");
            assert!(
                warned < calmed,
                "{region:?}/{locale:?}: \"{reassures}\" comes before the seizure warning"
            );
            let calm = sentences(&text(&answer[..calmed + reassures.len() + 1]))
                .last()
                .map(|s| s.to_string())
                .unwrap_or_default();
            assert!(
                calm.contains(opioid),
                "{region:?}/{locale:?}: the reassurance does not say it is opioid withdrawal: {calm:?}"
            );
        }
    }
}

/// The detox step's danger from stopping alcohol or benzodiazepines is a warning of its own, its
/// bold lead saying seizures, before the overdose warning and before "not usually dangerous": it sat
/// mid-paragraph in "what happens", where a reader on a phone skims past it (§6; review68, NF9).
/// Both readers, every region.
#[test]
fn the_detox_step_warns_of_seizures_in_a_box_of_its_own() {
    for locale in Locale::ALL {
        let seizures = said(locale, ["seizures", "convulsiones", "convulsions"]);
        let overdose = said(locale, ["overdose", "sobredosis", "surdose"]);
        let calm = said(
            locale,
            [
                "not usually dangerous",
                "no suelen ser peligrosos",
                "pas dangereux",
            ],
        );
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            let step = step_html(&html, "detox");
            for reader in READERS {
                // From this reader's words to the step's end: its own come first.
                let words = step
                    .split(&format!("<div class=\"{reader}\">"))
                    .nth(1)
                    .expect("the reader's words");
                let what = words.split("rg-warning").next().unwrap_or_default();
                assert!(
                    !what.contains(seizures),
                    "{region:?}/{locale:?}/{reader}: seizures in the words before the warnings"
                );
                let leads: Vec<String> =
                    slices(words, "<p class=\"rg-warning\"><strong>", "</strong>")
                        .into_iter()
                        .map(text)
                        .collect();
                assert!(
                    leads.len() >= 2 && leads[0].contains(seizures) && leads[1].contains(overdose),
                    "{region:?}/{locale:?}/{reader}: the bold leads, seizures first: {leads:?}"
                );
                // A reader who stopped a day ago, in the seizure window, is told what to do too
                // (review69a-clinical, RC2).
                let box_of = slices(words, "<p class=\"rg-warning\">", "</p>");
                let already = said(locale, ["stopped them?", "¿Ya los", "déjà arrêtés?"]);
                assert!(
                    box_of.first().is_some_and(|w| text(w).contains(already)),
                    "{region:?}/{locale:?}/{reader}: {:?}",
                    box_of.first()
                );
                let warned = words.find(seizures).unwrap_or(usize::MAX);
                let calmed = words.find(calm).expect("the reassurance");
                assert!(
                    warned < calmed,
                    "{region:?}/{locale:?}/{reader}: \"{calm}\" before the seizure warning"
                );
            }
        }
    }
}

/// A US reader choosing a sober living home is told to ask whether it is certified, by the state or
/// by NARR, as the sheet says (CONTENT-FACTS.md, Treatment facts; review69, US2): the step gave
/// only half of that advice. No other region names NARR, a US body.
#[test]
fn a_us_reader_asks_whether_a_sober_home_is_certified() {
    for locale in Locale::ALL {
        let step = journey_step(locale, "ongoing");
        for code in RegionCode::ALL {
            let region = content::region(code, locale);
            for words in [&step.me, &step.loved_one] {
                let ask = region.with_phrases(words.ask);
                assert_eq!(
                    ask.contains("NARR"),
                    code == RegionCode::Us,
                    "{code:?}/{locale:?}: {ask:?}"
                );
            }
        }
    }
}

/// No journey step says a danger in "What happens": seizures, and mixing methadone with alcohol or
/// sedatives, are in warning boxes, each with its bold lead (review69a-clinical, RC3: the
/// medication step still held both at the end of a 12-sentence paragraph).
#[test]
fn no_journey_step_hides_a_danger_in_what_happens() {
    for locale in Locale::ALL {
        let dangers = said_any(
            locale,
            [
                "seizures|can cause an overdose",
                "convulsiones|puede causar una sobredosis",
                "convulsions|peut causer une surdose",
            ],
        );
        for step in content::guide(locale).journey.steps.all() {
            for words in [&step.me, &step.loved_one] {
                for danger in &dangers {
                    assert!(
                        !words.what.contains(danger),
                        "{locale:?}/{}: \"{danger}\" in {:?}",
                        step.id,
                        words.what
                    );
                }
            }
        }
    }
}

/// Canada's overdose line is anonymous, and its callers give an address (§2.2): said as two
/// sentences side by side ("It is anonymous. Give your address."), a frightened reader took
/// them for a contradiction (Spanish read 64, E12), and "anonymous, but you give your address"
/// still read as one (review66-plain-cafr, Q2): it is said as no name, only an address, in one
/// sentence, wherever both are said.
#[test]
fn the_overdose_lines_anonymity_and_address_are_said_together() {
    let mut seen = 0;
    for (locale, block) in texts_in("ca", &["p", "li"]) {
        let but = said(locale, ["anonymous, but", "anónima, pero", "anonyme, mais"]);
        assert!(!block.contains(but), "{locale:?}: {block:?}");
        let anonymous = said(locale, ["name", "nombre", "nom"]);
        let address = said(locale, ["address", "dirección", "adresse"]);
        if !(block.contains(anonymous) && block.contains(address)) {
            continue;
        }
        seen += 1;
        assert!(
            sentences(&block)
                .iter()
                .any(|s| s.contains(anonymous) && s.contains(address)),
            "{locale:?}: {block:?}"
        );
    }
    assert!(seen >= 6, "both readers, 3 languages: {seen}");
}

/// Fentanyl may need more than one dose of naloxone (§1.1, ASAM patient guide 2025): the friend
/// who sits with someone using buys one spray unless "How do I stay safer?" says so (scenario
/// read 64, W7). Every region, both readers.
#[test]
fn staying_safer_says_fentanyl_may_need_more_than_one_dose() {
    for locale in Locale::ALL {
        let more = said(
            locale,
            [
                "more than one dose of naloxone",
                "más de una dosis de naloxona",
                "plus d'une dose de naloxone",
            ],
        );
        for region in RegionCode::ALL {
            let answer = answer_in(region.as_str(), locale, "staying-safer");
            for reader in READERS {
                let said_here = slices(&answer, &format!("<div class=\"{reader}\""), "</div>")
                    .iter()
                    .any(|block| text(block).contains(more) && text(block).contains("fentan"));
                assert!(said_here, "{region:?}/{locale:?}/{reader}: no \"{more}\"");
            }
        }
    }
}

/// The privacy note speaks for the guide only: on a partner's or an employer's page, "does no
/// tracking" read as a promise about the whole page, and a private window was advised on a work
/// device, which it does not hide from whoever manages it (scenario read 64, W4).
#[test]
fn the_privacy_note_speaks_for_the_guide_only() {
    for locale in Locale::ALL {
        let html = render_with(&[("region", "us"), ("locale", locale.as_str())]);
        let page = text(&html);
        let host = said(
            locale,
            [
                "The website it appears on has its own privacy rules.",
                "La página web donde aparece tiene sus propias reglas de privacidad.",
                "Le site Web qui l'affiche a ses propres règles de confidentialité.",
            ],
        );
        assert!(
            page.contains(host),
            "{locale:?}: the host's own rules are not said"
        );
        let work = said(
            locale,
            ["work device", "del trabajo, usa", "de travail, utilisez"],
        );
        assert!(
            !page.contains(work),
            "{locale:?}: a private window is advised on a work device"
        );
    }
}

/// An employer's portal offers its employee assistance program beside the guide: the US answer
/// says of it only what the sheet allows, "ask your EAP about its privacy rules" (§9.1; scenario
/// read 64, W5).
#[test]
fn the_us_privacy_answer_says_to_ask_the_eap_about_its_rules() {
    for locale in Locale::ALL {
        let answer = text(&answer_in("us", locale, "who-finds-out"));
        let eap: Vec<&str> = sentences(&answer)
            .into_iter()
            .filter(|s| {
                s.contains("EAP")
                    || s.starts_with(said(
                        locale,
                        [
                            "Ask the EAP",
                            "Pregunta en el programa",
                            "Demandez au programme",
                        ],
                    ))
            })
            .collect();
        let rules = said(
            locale,
            [
                "Ask the EAP about its privacy rules.",
                "Pregunta en el programa cuáles son sus reglas de privacidad.",
                "Demandez au programme ses règles de confidentialité.",
            ],
        );
        assert!(eap.contains(&rules), "{locale:?}: {eap:?}");
        // The sheet's "EAP visits are confidential" is old: never said as the guide's own words.
        assert!(
            !eap.iter()
                .any(|s| s.contains("EAP") && s.contains("confiden")),
            "{locale:?}: the EAP is said to be confidential: {eap:?}"
        );
    }
}

/// A French reader outside Canada may not know "RCR" (the Canadian term): wherever an overdose
/// tier says to start it, the tier says what it is (ANZCOR, §1.5: rescue breaths and chest
/// compressions; French read 64, F1). And outside Canada, no Quebec-only verbs ("textez",
/// "clavardez"): a French reader in the US or New Zealand says "envoyer un texto" (F6).
#[test]
fn a_french_reader_is_told_what_rcr_is_and_reads_no_quebec_only_verbs() {
    for region in RegionCode::ALL {
        let html = render_with(&[("region", region.as_str()), ("locale", "fr")]);
        let tier = text(emergency_tier_html(&html));
        if tier.contains("RCR") {
            assert!(
                tier.contains("poitrine") && tier.contains("bouche-à-bouche"),
                "{region:?}: \"RCR\" is not explained in the overdose tier"
            );
        }
        if region != RegionCode::Ca {
            let page = text(&html).to_lowercase();
            for quebec in ["textez", "clavardez"] {
                assert!(!page.contains(quebec), "{region:?}: \"{quebec}\"");
            }
        }
    }
}

/// Spanish speaks to the reader as "tú": a supporter's item that opens on a third-person verb
/// with no subject reads as "usted", or as someone else ("Si está embarazada, no debe…",
/// "Aunque se despierte, debe ir al hospital."; Spanish read 64, E4 to E7). A text or item that
/// opens on "Si" or "Aunque" names who it means before its verb.
#[test]
fn a_spanish_condition_names_who_it_means() {
    let bare = [
        "Si está ",
        "Si consume ",
        "Si pasa ",
        "Si deja ",
        "Aunque se despierte",
        "Aunque despierte",
        "Por eso no la ",
    ];
    for region in RegionCode::ALL {
        let html = render_with(&[("region", region.as_str()), ("locale", "es")]);
        for tag in ["p", "li"] {
            for block in slices(&html, &format!("<{tag}"), &format!("</{tag}>")) {
                let block = text(block);
                // Its opening: a later sentence may lean on the subject of the one before.
                if let Some(sentence) = sentences(&block).first() {
                    assert!(
                        !bare.iter().any(|b| sentence.starts_with(b)),
                        "{region:?}: who is meant? {sentence:?}"
                    );
                }
            }
        }
        // The supporter's warning gives the amount, as every other tolerance warning does (E1).
        let safer = answer_in(region.as_str(), Locale::Es, "staying-safer");
        for theirs in slices(&safer, "<div class=\"rg-for-loved-one\"", "</div>") {
            let theirs = text(theirs);
            if theirs.contains("3 días") {
                assert!(theirs.contains("cantidad"), "{region:?}: {theirs:?}");
            }
        }
    }
}

/// In Ireland, "Reach out" lists Samaritans beside the HSE line after "ask where you can get
/// care": its note says it is for anyone in distress, so a reader does not take it for a
/// service that finds care (CONTENT-FACTS.md, Ireland; facts read 64, N1).
#[test]
fn irelands_reach_out_note_says_what_samaritans_is_for() {
    for locale in Locale::ALL {
        let region = content::region(RegionCode::Ie, locale);
        let note = region
            .reach_out_note
            .as_ref()
            .map(|n| n.text())
            .unwrap_or_default();
        let distress = said(locale, ["distress", "angustiada", "détresse"]);
        assert!(note.contains(distress), "{locale:?}: {note:?}");
        // And where an answer offers it by name, after what a service costs or how to restart.
        let html = render_with(&[("region", "ie"), ("locale", locale.as_str())]);
        let named: Vec<String> = slices(&html, "<a", "</a>")
            .into_iter()
            .map(text)
            .filter(|link| link.starts_with("Samaritans,"))
            .collect();
        assert!(named.len() >= 4, "{locale:?}: {named:?}");
        for link in named {
            assert!(link.contains(distress), "{locale:?}: {link:?}");
        }
    }
}

/// A French sentence says what it speaks of (French read 64): B.C.'s line note opened on
/// "Ouverte tous les jours…" after "Ce service…", so it agreed with nothing (F3); Quebec's
/// option-2 note said "Si elle ne répond pas" where "elle" had just meant the person using (F2).
/// And in Canada, Spanish calls nurses "personal de enfermería" everywhere (Spanish read 64, E9;
/// "enfermero especializado" is a nurse practitioner).
#[test]
fn a_sentence_says_what_it_speaks_of() {
    for region in RegionCode::ALL {
        let html = render_with(&[("region", region.as_str()), ("locale", "fr")]);
        for tag in ["p", "li", "span"] {
            for block in slices(&html, &format!("<{tag}"), &format!("</{tag}>")) {
                for sentence in sentences(&text(block)) {
                    assert!(
                        !sentence.starts_with("Ouvert"),
                        "{region:?}: what is open? {sentence:?}"
                    );
                }
            }
        }
        let page = text(&html);
        if page.contains("L'option 2 ne répond peut-être pas") {
            assert!(
                page.contains("Si personne ne répond"),
                "{region:?}: who does not answer, option 2 or the person?"
            );
        }
    }
    let es = text(&render_with(&[("region", "ca"), ("locale", "es")]));
    for (at, _) in es.match_indices("enfermero") {
        assert!(
            es[at..].starts_with("enfermero especializado"),
            "\"enfermero\" where Canada says \"personal de enfermería\", at byte {at}"
        );
    }
}

/// A supporter learns, before treatment starts, that the first 4 weeks of methadone carry a
/// higher risk of overdose than later on (not "starting methadone raises the risk": being in
/// treatment lowers it; review64c C1), and to keep naloxone on hand (§4, Sordo, BMJ 2017): the grid
/// said it, the first-appointment answer a parent opens did not (scenario read 64, W10). The detox
/// step names a helpline to a supporter too, as it does to the reader (W8).
#[test]
fn a_supporter_hears_of_the_first_weeks_and_of_a_helpline() {
    for locale in Locale::ALL {
        let methadone = said(locale, ["methadone", "metadona", "méthadone"]);
        let weeks = said(
            locale,
            [
                "first 4 weeks than later on",
                "primeras 4 semanas que más adelante",
                "4 premières semaines que par la suite",
            ],
        );
        let naloxone = said(
            locale,
            [
                "Keep naloxone on hand",
                "Ten naloxona a mano",
                "Gardez de la naloxone",
            ],
        );
        for region in RegionCode::ALL {
            let answer = answer_in(region.as_str(), locale, "first-appointment");
            let theirs = reader_text(&answer, "rg-for-loved-one");
            assert!(
                theirs.contains(methadone) && theirs.contains(weeks) && theirs.contains(naloxone),
                "{region:?}/{locale:?}: {theirs:?}"
            );
            // The person starting it hears it too (review64-clinical, K7).
            let own = reader_text(&answer, "rg-for-self");
            assert!(
                own.contains(methadone) && own.contains(weeks),
                "{region:?}/{locale:?}: {own:?}"
            );
        }
        let detox = journey_step(locale, "detox");
        let helpline = said(locale, ["helpline", "línea de ayuda", "ligne d'aide"]);
        assert!(
            detox.loved_one.now.contains(helpline),
            "{locale:?}: {:?}",
            detox.loved_one.now
        );
    }
}

/// A US reader with no clinic nearby opens "What happens at a first appointment?": it says a
/// prescriber can start buprenorphine by video or phone call (CONTENT-FACTS.md, United States;
/// §5.1), which only the comparison grid said (scenario read 64, W6). Both readers.
#[test]
fn a_us_first_appointment_can_start_buprenorphine_by_video_or_phone() {
    for locale in Locale::ALL {
        let remote = said(
            locale,
            [
                "buprenorphine by video or phone call",
                "buprenorfina por video o por teléfono",
                "buprénorphine par vidéo ou par téléphone",
            ],
        );
        let answer = answer_in("us", locale, "first-appointment");
        for reader in READERS {
            let theirs = reader_text(&answer, reader);
            assert!(theirs.contains(remote), "{locale:?}/{reader}: {theirs:?}");
        }
    }
}

/// Someone on methadone who missed days and means to take their usual dose tonight finds a
/// question in their own words, and its answer: after 3 days or more without it, the usual dose
/// could cause an overdose; talk with the care team first (§2.1, §4; scenario read 64b, X1: every
/// tolerance line spoke of "using" or "stopping"). Every region, both readers.
#[test]
fn a_reader_who_missed_doses_is_told_the_usual_dose_could_cause_an_overdose() {
    for locale in Locale::ALL {
        let [missed, days, methadone, overdose, team] = match locale {
            Locale::En => [
                "missed doses",
                "3 days or more without",
                "methadone",
                "overdose",
                "care team",
            ],
            Locale::Es => [
                "dosis",
                "3 días o más sin",
                "metadona",
                "sobredosis",
                "equipo de salud",
            ],
            Locale::Fr => [
                "manqué des doses",
                "3 jours ou plus sans",
                "méthadone",
                "surdose",
                "équipe soignante",
            ],
        };
        for region in RegionCode::ALL {
            let answer = answer_in(region.as_str(), locale, "missed-doses");
            assert!(
                !answer.is_empty(),
                "{region:?}/{locale:?}: no missed-doses answer"
            );
            for reader in READERS {
                let title = slices(&answer, &format!("<span class=\"{reader}\""), "</span>");
                let title = text(title.first().expect("the reader's title"));
                assert!(title.contains(missed), "{region:?}/{locale:?}: {title:?}");
                let theirs = reader_text(&answer, reader);
                let warned = sentences(&theirs)
                    .into_iter()
                    .any(|s| s.contains(days) && s.contains(methadone) && s.contains(overdose));
                assert!(warned, "{region:?}/{locale:?}/{reader}: {theirs:?}");
                assert!(
                    theirs.contains(team),
                    "{region:?}/{locale:?}/{reader}: {theirs:?}"
                );
                // It answers the title "no", not "maybe" (review64d, D1), and not "not alone"
                // (review64-clinical, K2); and answers naltrexone too (D4: a missed dose of it lets a
                // smaller amount cause an overdose, §4).
                let own = said_any(
                    locale,
                    [
                        "until your care team says so|until their care team says so",
                        "hasta que tu equipo|hasta que su equipo",
                        "avant l'accord",
                    ],
                );
                assert!(
                    own.iter().any(|o| theirs.contains(o)),
                    "{region:?}/{locale:?}/{reader}: the usual dose is not said to wait for the team"
                );
                assert!(
                    theirs.contains("naltrex"),
                    "{region:?}/{locale:?}/{reader}: nothing for a reader on naltrexone"
                );
                // ...and sends that reader to the team for the next dose, as it does the others
                // (stop 64, G4; §4).
                let any_team = said(locale, ["team", "equipo", "équipe"]);
                let all = sentences(&theirs);
                let naltrexone = all.iter().position(|s| s.contains("naltrex"));
                assert!(
                    naltrexone
                        .is_some_and(|at| all[at..].iter().take(3).any(|s| s.contains(any_team))),
                    "{region:?}/{locale:?}/{reader}: naltrexone is not sent to the team"
                );
                // Buprenorphine waits for the team for a reason: after other opioids, too soon brings
                // on sudden, strong withdrawal (review64-clinical, K3; §3).
                let sudden = said(
                    locale,
                    [
                        "sudden, strong withdrawal",
                        "fuertes y repentinos",
                        "soudain et intense",
                    ],
                );
                assert!(
                    theirs.contains(sudden),
                    "{region:?}/{locale:?}/{reader}: no reason to wait to restart buprenorphine"
                );
                // Slow breathing is a sign too, as the overdose steps say (K1).
                let slow = said(locale, ["breathing slowly", "despacio", "lentement"]);
                assert!(
                    theirs.contains(slow),
                    "{region:?}/{locale:?}/{reader}: \"hard to wake\" is the only sign"
                );
                // A reader who already took it is told when to act (review64e, G1; §1.8).
                let wake = said(locale, ["hard to wake", "cuesta despertar", "réveiller"]);
                assert!(
                    theirs.contains(wake),
                    "{region:?}/{locale:?}/{reader}: already took it, but not when to call"
                );
            }
        }
    }
}

/// In Canada, a reader in Ontario who does not qualify for the drug benefit read "Others may have
/// to pay", then "Elsewhere, ask about cost": the advice was not his (scenario read 64b, X3). And
/// a supporter whose loved one uses alone tonight meets the line to call while using before the
/// law and the naloxone lists, in the self answer's order (X4).
#[test]
fn canadas_answers_put_what_helps_tonight_first_and_ask_everyone_about_cost() {
    for locale in Locale::ALL {
        let ask = said(
            locale,
            ["ask about cost", "pregunta el costo", "demandez le prix"],
        );
        let everywhere = said_any(locale, ["Wherever", "Vivas donde|Viva donde", "Où que"]);
        let cost = text(&answer_in("ca", locale, "cost"));
        let asked: Vec<&str> = sentences(&cost)
            .into_iter()
            .filter(|s| s.contains(ask))
            .collect();
        assert_eq!(
            asked.len(),
            2,
            "{locale:?}: both readers are told to ask: {asked:?}"
        );
        for sentence in asked {
            assert!(
                everywhere.iter().any(|w| sentence.starts_with(w)),
                "{locale:?}: only some readers are told to ask: {sentence:?}"
            );
        }
        let safer = answer_in("ca", locale, "staying-safer");
        for reader in READERS {
            let theirs = reader_text(&safer, reader);
            let line = theirs
                .find("National Overdose Response Service")
                .expect("the line");
            let law = theirs.find("Good Samaritan").expect("the Act");
            assert!(
                line < law,
                "{locale:?}/{reader}: the law before the line to call tonight"
            );
        }
    }
}

/// A reader on buprenorphine who drinks daily and takes Xanax read "risky" in the cravings answer
/// and might stop both at once: the same block names Xanax or Valium and says not to stop them
/// suddenly, as stopping can cause seizures (§6; scenario read 64c, Y1). Both readers. So does
/// every journey text that warns of mixing buprenorphine with alcohol or sedatives (Step 5, H10),
/// each saying what to do if they have already stopped (RB1);
/// the grids' short risk cells are not read as advice on their own.
#[test]
fn the_mixing_warning_says_not_to_stop_alcohol_or_benzodiazepines_suddenly() {
    for locale in Locale::ALL {
        let seizures = said(locale, ["seizures", "convulsiones", "convulsions"]);
        let mixing = said(
            locale,
            [
                "Mixing buprenorphine with alcohol",
                "Mezclar la buprenorfina con alcohol",
                "Mélanger la buprénorphine avec de l'alcool",
            ],
        );
        // As read: what not to stop suddenly is a phrase every region shares.
        let region = content::region(RegionCode::Us, locale);
        let journey = guide_texts(locale)
            .into_iter()
            .filter(|(at, text)| at.starts_with("journey") && text.contains(mixing))
            .map(|(at, text)| (at, region.with_phrases(text)))
            .collect::<Vec<_>>();
        assert!(!journey.is_empty(), "{locale:?}: the mixing warning");
        // ...and what to do instead: tell the clinician (review65b, 1: "do not stop" alone, after
        // "can cause an overdose", read as "keep going").
        let clinician = said(
            locale,
            [
                "clinician",
                "profesional de salud",
                "professionnel de la santé",
            ],
        );
        // ...and what to do if they have already stopped: get medical care now, as the detox
        // step's box says (review69b, RB1: two boxes gave different advice on one fact).
        let already = said(locale, ["stopped them?", "¿Ya los", "déjà arrêtés?"]);
        for (at, text) in journey {
            assert!(
                text.contains("Xanax") && text.contains(seizures),
                "{locale:?}, {at}: {text:?}"
            );
            let after = text.split_once(seizures).map_or("", |(_, after)| after);
            assert!(
                after.contains(clinician) && after.contains(already),
                "{locale:?}, {at}: {text:?}"
            );
        }
        for region in RegionCode::ALL {
            let answer = answer_in(region.as_str(), locale, "dose");
            for reader in READERS {
                let theirs = reader_text(&answer, reader);
                assert!(
                    theirs.contains("Xanax")
                        && theirs.contains(seizures)
                        && theirs.contains(already),
                    "{region:?}/{locale:?}/{reader}: {theirs:?}"
                );
            }
        }
    }
}

/// Australia's "no extra dispensing or dosing fees" holds for PBS patients (§7.4): the sentence
/// says so, and a reader who does not know if they can use the PBS (a visitor, a student) is told
/// to ask about the cost (scenario read 64c, Y4). Both readers.
#[test]
fn australias_no_fees_line_is_for_the_pbs_and_the_unsure_ask() {
    for locale in Locale::ALL {
        let fees = said(locale, ["extra fees", "tarifas extra", "ajouter de frais"]);
        let unsure = said(
            locale,
            ["Not sure if", "¿No sabes si", "Vous ne savez pas si"],
        );
        let answer = answer_in("au", locale, "cost");
        for reader in READERS {
            let theirs = reader_text(&answer, reader);
            for sentence in sentences(&theirs).into_iter().filter(|s| s.contains(fees)) {
                assert!(
                    sentence.contains("PBS"),
                    "{locale:?}/{reader}: {sentence:?}"
                );
            }
            assert!(
                sentences(&theirs)
                    .iter()
                    .any(|s| s.starts_with(unsure) && s.contains("PBS")),
                "{locale:?}/{reader}: nothing for a reader unsure of the PBS"
            );
        }
    }
}

/// A reader on buprenorphine or naltrexone injections is told the stopping answer is about their
/// medicine, and is sent to the care team to ask when the overdose risk is highest after the last
/// injection: "the first weeks after stopping" has no anchor for a weekly or monthly injection,
/// the sheets give no timing for buprenorphine, and naltrexone's block fades about 28 days on
/// (scenario read 64c, Y5; review65a; CONTENT-FACTS "Treatment facts", §4, §7.4). Every region,
/// both readers.
#[test]
fn a_reader_on_injections_is_sent_to_the_care_team_when_stopping() {
    for locale in Locale::ALL {
        let injections = said(
            locale,
            [
                "injections of buprenorphine or naltrexone",
                "inyecciones de buprenorfina o de naltrexona",
                "injections de buprénorphine ou de naltrexone",
            ],
        );
        let overdose = said(locale, ["overdose", "sobredosis", "surdose"]);
        let team = said(locale, ["care team", "equipo de salud", "équipe soignante"]);
        let last = said(locale, ["the last one", "la última", "la dernière"]);
        for region in RegionCode::ALL {
            let answer = answer_in(region.as_str(), locale, "stopping");
            for reader in READERS {
                let items = slices(reader_html(&answer, reader), "<li", "</li>");
                let item = items.into_iter().map(text).find(|i| i.contains(injections));
                assert!(
                    item.as_ref().is_some_and(|i| i.contains(team)
                        && i.contains(last)
                        && i.contains(overdose)),
                    "{region:?}/{locale:?}/{reader}: {item:?}"
                );
            }
        }
    }
}

/// Someone hard to wake after their usual dose: the people with them call the region's emergency
/// number, and the missed-doses answer shows it with a button beside the words, for both readers,
/// as every other overdose line on the page does (review65-scenarios, Z2: a Spanish speaker new
/// to Australia did not know 000).
#[test]
fn the_missed_doses_answer_gives_the_emergency_number_to_call() {
    for region in RegionCode::ALL {
        let emergency = content::region(region, Locale::En)
            .line("emergency")
            .expect("the emergency line")
            .tel_href();
        for locale in Locale::ALL {
            let answer = answer_in(region.as_str(), locale, "missed-doses");
            for reader in READERS {
                let links = phone_links(reader_html(&answer, reader));
                assert!(
                    links.iter().any(|(href, _)| *href == emergency),
                    "{region:?}/{locale:?}/{reader}: no call button for {emergency}"
                );
            }
        }
    }
}

/// The pregnancy answer holds breastfeeding and the year after birth: its title names a new
/// mother too, who skipped "I am pregnant" (review65-scenarios, Z4; §12). Both readers' titles.
#[test]
fn the_pregnancy_question_is_for_a_new_mother_too() {
    for locale in Locale::ALL {
        let baby = said(
            locale,
            ["just had a baby", "tener un bebé", "avoir un bébé"],
        );
        let answer = answer_in("us", locale, "pregnancy");
        for reader in READERS {
            let title = slices(&answer, &format!("<span class=\"{reader}\""), "</span>");
            let title = text(title.first().expect("the reader's title"));
            assert!(title.contains(baby), "{locale:?}/{reader}: {title:?}");
        }
    }
}

/// B.C.'s access line is free (§13.3), and is said so beside the Ontario and Quebec lines, which
/// say it (review65-scenarios). Both readers.
#[test]
fn the_bc_access_line_is_said_to_be_free() {
    for locale in Locale::ALL {
        let free = said(locale, ["free", "gratis", "gratuite"]);
        let answer = answer_in("ca", locale, "calling");
        for reader in READERS {
            let items = slices(reader_html(&answer, reader), "<li", "</li>");
            let otal = items
                .into_iter()
                .map(text)
                .find(|i| i.contains("Opioid Treatment Access Line"));
            assert!(
                otal.as_ref().is_some_and(|i| i.contains(free)),
                "{locale:?}/{reader}: {otal:?}"
            );
        }
    }
}

/// A coworker, or a parent whose loved one fears the boss will know, reads the supporter's answer
/// only: it says employers and schools are not told without consent too, as the reader's own
/// answer does (§9.1, §9.2; review65-scenarios2, V1). Every region and language.
#[test]
fn the_supporters_privacy_answer_says_employers_and_schools_are_not_told() {
    for locale in Locale::ALL {
        let employer = said(locale, ["employer", "empleador", "employeur"]);
        for region in RegionCode::ALL {
            let answer = answer_in(region.as_str(), locale, "who-finds-out");
            let theirs = reader_text(&answer, "rg-for-loved-one");
            assert!(
                theirs.contains(employer),
                "{region:?}/{locale:?}: {theirs:?}"
            );
        }
    }
}

/// A father whose son leaves prison next week opens only "How do I help someone I love…": it says
/// why this week matters, with the days without opioids and the overdose in one item (§2.1;
/// review65-scenarios2, V2). Every region and language.
#[test]
fn the_helping_answer_warns_of_coming_home_after_days_without_opioids() {
    for locale in Locale::ALL {
        let [days, overdose, prison] = match locale {
            Locale::Es => ["3 días o más", "sobredosis", "cárcel"],
            Locale::Fr => ["3 jours ou plus", "surdose", "prison"],
            _ => ["3 days or more", "overdose", "prison"],
        };
        for region in RegionCode::ALL {
            let answer = answer_in(region.as_str(), locale, "helping-someone");
            let items = slices(&answer, "<li", "</li>");
            assert!(
                items
                    .into_iter()
                    .map(text)
                    .any(|i| i.contains(days) && i.contains(overdose) && i.contains(prison)),
                "{region:?}/{locale:?}: no item on coming home"
            );
        }
    }
}

/// "Many states protect people who call 911…, but the laws vary" left a parent afraid of the police
/// with "maybe not in my state": each place it is said, the US page then says to call anyway,
/// promising nothing about the law (CONTENT-FACTS.md, United States: an overdose is an emergency,
/// call 911; never promise immunity; review71-scenarios, SD1, severity 1).
#[test]
fn the_us_laws_vary_and_a_reader_calls_911_anyway() {
    for locale in Locale::ALL {
        let vary = said(
            locale,
            ["the laws vary.", "las leyes varían.", "les lois varient."],
        );
        let anyway = said(
            locale,
            [
                "Call 911 anyway.",
                "Llama al 911 de todos modos.",
                "Appelez quand même le 911.",
            ],
        );
        let page = text(&render_with(&[
            ("region", "us"),
            ("locale", locale.as_str()),
        ]));
        let said_at: Vec<usize> = page.match_indices(vary).map(|(at, _)| at).collect();
        // The overdose card, and "How do I stay safer?" to each reader.
        assert!(
            said_at.len() >= 3,
            "{locale:?}: said {} times",
            said_at.len()
        );
        for at in said_at {
            let next = &page[at..(at + 160).min(page.len())];
            assert!(next.contains(anyway), "{locale:?}: {next:?}");
        }
    }
}

/// "You can buy naloxone without a prescription" left a US reader asking where: the sheet says
/// pharmacies, other stores and online (CONTENT-FACTS.md, United States; review71-scenarios, SD2).
#[test]
fn the_us_says_where_naloxone_is_sold() {
    for locale in Locale::ALL {
        let us = content::region(RegionCode::Us, locale);
        let get = us.phrases.iter().find(|p| p.id == "get_naloxone");
        let get = get.expect("the US says how to get naloxone").text.text();
        for place in match locale {
            Locale::En => ["pharmacies", "online"],
            Locale::Es => ["farmacias", "por internet"],
            Locale::Fr => ["pharmacie", "en ligne"],
        } {
            assert!(get.contains(place), "{locale:?}: {get:?}");
        }
    }
}

/// A supporter whose loved one used again opens "They started using again", afraid of an overdose
/// tonight: in every region it says what to do if they cannot reach them (the words of "How can I
/// help them stay safer?"; §1.1; review71-scenarios, SE1). In Ireland they cannot get naloxone
/// tonight, which left them with no step at all.
#[test]
fn a_supporter_of_someone_who_used_again_knows_what_to_do_if_they_cannot_reach_them() {
    for locale in Locale::ALL {
        let unreached = cannot_reach_them(locale);
        for region in RegionCode::ALL {
            let answer = answer_in(region.as_str(), locale, "started-again");
            let supporter = reader_text(&answer, READERS[1]);
            assert!(
                supporter.contains(unreached),
                "{region:?}/{locale:?}: {supporter:?}"
            );
            // With the emergency number's button the first call after it, not a helpline's
            // (Ireland's was Samaritans, "day and night": review71c, RF1).
            let emergency = content::region(region, locale).emergency().tel_href();
            let (_, theirs) = by_reader(&answer);
            let after = &theirs[theirs.find(unreached).unwrap_or_default()..];
            let first_call = after.find("href=\"tel:").map(|at| &after[at..]);
            assert!(
                first_call.is_some_and(|call| call.starts_with(&format!("href=\"{emergency}\""))),
                "{region:?}/{locale:?}: the first call is not {emergency}"
            );
        }
    }
}

/// Step 3 says buprenorphine taken too soon brings sudden, strong withdrawal; a reader much worse
/// after a first dose at home reads there what to do: call the care team that prescribed it (§3;
/// the withdrawal answer's words; review71-scenarios, SE2).
#[test]
fn step_3_says_whom_to_call_when_a_first_dose_makes_it_worse() {
    for locale in Locale::ALL {
        let step = journey_step(locale, "detox");
        let call = said(
            locale,
            [
                "the care team that prescribed it",
                "al equipo de salud que la recetó",
                "l'équipe soignante qui l'a prescrite",
            ],
        );
        let too_soon = said(locale, ["too soon", "demasiado pronto", "trop tôt"]);
        let choice = step
            .choices
            .iter()
            .find(|c| c.me.contains(too_soon))
            .expect("the choice that starts medication directly");
        // And where to turn if the team cannot be reached, as the withdrawal answer says
        // (review71c, RF2).
        let help = said(locale, ["medical help", "atención médica", "aide médicale"]);
        for (reader, words) in [("self", choice.me), ("loved one", choice.loved_one)] {
            assert!(
                words.contains(call) && words.contains(help),
                "{locale:?}/{reader}: {words:?}"
            );
        }
    }
}

/// The withdrawal answer said the overdose comes "after withdrawal": a reader stopping at home who
/// uses on day 2 or 3 read "not yet". The danger starts after 3 days or more without opioids
/// (§2.1, CAMH), before withdrawal is over (review71-scenarios, SE3).
#[test]
fn the_withdrawal_answer_puts_the_overdose_at_3_days_not_after_withdrawal() {
    for locale in Locale::ALL {
        let days = said(
            locale,
            ["3 days or more", "3 días o más", "3 jours ou plus"],
        );
        let after = said(
            locale,
            [
                "uses after withdrawal",
                "tras pasar los síntomas de abstinencia",
                "après un sevrage",
            ],
        );
        for region in RegionCode::ALL {
            let answer = text(&answer_in(region.as_str(), locale, "withdrawal"));
            assert!(answer.contains(days), "{region:?}/{locale:?}");
            assert!(!answer.contains(after), "{region:?}/{locale:?}");
        }
    }
}

/// A reader much worse after a first dose of buprenorphine can tell whoever they call what
/// happened, by its name (§3: "This is called precipitated withdrawal"; review71-scenarios, SE5);
/// a pregnant reader on methadone reads that breastfeeding on it may lower the baby's risk of
/// withdrawal (§12, NYS guideline: "is safe and may reduce the risk"; SE6).
#[test]
fn withdrawal_gets_its_name_and_breastfeeding_its_benefit() {
    for locale in Locale::ALL {
        let name = said(
            locale,
            [
                "precipitated withdrawal",
                "síndrome de abstinencia precipitado",
                "sevrage précipité",
            ],
        );
        let baby = said(
            locale,
            [
                "lower the baby's risk of withdrawal",
                "bajar el riesgo de que el bebé tenga síntomas de abstinencia",
                "réduire le risque que le bébé ait des symptômes de sevrage",
            ],
        );
        for region in RegionCode::ALL {
            let withdrawal = text(&answer_in(region.as_str(), locale, "withdrawal"));
            assert!(withdrawal.contains(name), "{region:?}/{locale:?}");
            let pregnancy = answer_in(region.as_str(), locale, "pregnancy");
            for reader in READERS {
                let words = reader_text(&pregnancy, reader);
                assert!(words.contains(baby), "{region:?}/{locale:?}/{reader}");
            }
        }
    }
}

/// A New Zealand reader about to use tonight opens "How do I stay safer?": it gives the line they
/// can call or text at any hour, the Alcohol Drug Helpline (CONTENT-FACTS.md, New Zealand: 24/7,
/// free, confidential, text 8681; review71-scenarios, SD5). No line to call while using is in
/// the sheet; this one is to talk to.
#[test]
fn new_zealands_safer_answer_gives_the_line_to_call_or_text_tonight() {
    let nz = content::region(RegionCode::Nz, Locale::En);
    let helpline = nz.line("helpline").expect("the Alcohol Drug Helpline");
    let texted = nz.line("helpline_text").expect("its text line");
    for locale in Locale::ALL {
        let answer = answer_in("nz", locale, "staying-safer");
        let (own, _) = by_reader(&answer);
        for href in [helpline.contact_href(), texted.contact_href()] {
            assert!(
                own.contains(&format!("href=\"{href}\"")),
                "{locale:?}: no {href}"
            );
        }
    }
}

/// Four gaps the second scenario reads found (review71-scenarios-c and -d):
/// - SG1: a supporter told to "learn how to use" naloxone is told how to start: read its steps now,
///   in the region's words for what it comes in (§1.2, §1.8: follow the box; §1.3);
/// - SF2: the supporter's privacy answer, written for adults, sends the parent of someone under 18
///   to ask what the service shares with parents (the sheets leave minors UNVERIFIED: no rule is said);
/// - SF1: the US crisis card names suicide, as the line's own name does (CONTENT-FACTS.md, 988);
/// - SD6: Quebec's button in Canada's cost answer says what Drogue : aide et référence does (§13.3).
#[test]
fn a_supporter_reads_naloxones_steps_now_and_a_parent_asks_about_minors() {
    for locale in Locale::ALL {
        let now = said(
            locale,
            [
                "now, before you need them.",
                "antes de que te hagan falta.",
                "avant d'en avoir besoin.",
            ],
        );
        // The US answer calls the service "the program", as the rest of it does (review71e, RI2).
        let minors = said(
            locale,
            [
                "Is your loved one under 18? Ask the ",
                "¿Tu ser querido es menor de 18 años? Pregunta al ",
                "Votre proche a moins de 18 ans? Demandez au ",
            ],
        );
        for region in RegionCode::ALL {
            let safer = answer_in(region.as_str(), locale, "staying-safer");
            let privacy = answer_in(region.as_str(), locale, "who-finds-out");
            assert!(
                reader_text(&safer, READERS[1]).contains(now),
                "{region:?}/{locale:?}: staying safer"
            );
            assert!(
                reader_text(&privacy, READERS[1]).contains(minors),
                "{region:?}/{locale:?}: who finds out"
            );
        }
        let us = render_with(&[("region", "us"), ("locale", locale.as_str())]);
        let crisis = us
            .split("rg-tier--crisis")
            .nth(1)
            .and_then(|tier| tier.split("</h3>").next())
            .map(text)
            .unwrap_or_default();
        let suicide = said(locale, ["suicide", "suicidio", "suicide"]);
        assert!(crisis.contains(suicide), "{locale:?}: {crisis:?}");
        let cost = answer_in("ca", locale, "cost");
        let (own, theirs) = by_reader(&cost);
        for (reader, part) in [("self", own), ("loved one", theirs)] {
            assert!(
                part.contains("rg-action__note\">Drogue"),
                "{locale:?}/{reader}: Quebec's button does not say what the line is"
            );
        }
    }
}

/// The US page in French is read by people from France and Africa as well as Québec, who may not
/// know the FDA: where the words (not a source's name) say "FDA", they say what it is, "l'agence
/// américaine du médicament" (review68-plain-usfr, UF10).
#[test]
fn the_french_us_page_says_what_the_fda_is() {
    let html = render_with(&[("region", "us"), ("locale", "fr")]);
    let mut found = 0;
    let paragraphs = slices(&html, "<p", "</p>");
    let items = slices(&html, "<li>", "</li>");
    let words = paragraphs.into_iter().chain(
        items
            .into_iter()
            .filter(|item| !item.starts_with("<li><span>")),
    );
    for block in words.map(text).filter(|t| t.contains("FDA")) {
        found += 1;
        assert!(
            block.contains("l'agence américaine du médicament"),
            "{block:?}"
        );
    }
    // Questions 85 (both readers) and 95.
    assert!(found >= 3, "{found} blocks name the FDA");
}

/// Where a bystander may hold a nasal spray, bought in a box, the step that says to give naloxone
/// sends them to the instructions that come with it, not to "the steps in the kit": a reader holding
/// a spray may think the words are not for them (review68, NS9; §1.3, §1.4). Only an injection kit's
/// own sentence says "kit".
#[test]
fn the_naloxone_step_sends_a_spray_holder_to_its_instructions() {
    for locale in Locale::ALL {
        let instructions = said(
            locale,
            [
                "Follow the instructions that come with it.",
                "Sigue las instrucciones que vienen con la naloxona.",
                "Suivez le mode d'emploi.",
            ],
        );
        let kit_steps = said(locale, ["steps in the kit", "pasos del kit", "du kit"]);
        let injection_kit = said(
            locale,
            [
                "injection kit",
                "kit de naloxona inyectable",
                "kit de naloxone injectable",
            ],
        );
        for region in ["uk", "ie", "nz"] {
            let html = render_with(&[("region", region), ("locale", locale.as_str())]);
            let steps = slices(emergency_tier_html(&html), "<ol", "</ol>");
            let items: Vec<String> = steps
                .first()
                .map(|list| slices(list, "<li", "</li>").into_iter().map(text).collect())
                .unwrap_or_default();
            let gives: &[&str] = match locale {
                Locale::En => &["Give naloxone"],
                Locale::Es => &["Si tienes naloxona", "Dale naloxona"],
                Locale::Fr => &["Donnez de la naloxone"],
            };
            let give = items
                .iter()
                .find(|i| gives.iter().any(|g| i.starts_with(g)))
                .unwrap_or_else(|| panic!("{region}/{locale:?}: no step gives naloxone"));
            assert!(give.contains(instructions), "{region}/{locale:?}: {give:?}");
            for item in &items {
                for sentence in sentences(item)
                    .into_iter()
                    .filter(|s| s.contains(kit_steps))
                {
                    assert!(
                        item.contains(injection_kit),
                        "{region}/{locale:?}: \"the kit\" said to any holder: {sentence:?}"
                    );
                }
            }
        }
    }
}

/// "Ask if a pharmacy is in the program" left a reader who wants naloxone before the next time
/// phoning pharmacies one by one: Australia's "How do I stay safer?" links each reader to the
/// program's own page of where to get it (§2.3, health.gov.au, VERIFIED primary; review69-
/// scenarios, SB6), right after words on getting naloxone (a supporter's link came after "Call
/// 000", read as the next thing to do: review71, RD5), saying in Spanish and French that the page
/// may be in English (RL6).
#[test]
fn australias_safer_answer_links_each_reader_to_where_naloxone_is_free() {
    let page = "href=\"https://www.health.gov.au/our-work/take-home-naloxone-program/where-to-access-naloxone\"";
    for locale in Locale::ALL {
        let answer = answer_in("au", locale, "staying-safer");
        let naloxone = said(locale, ["naloxone", "naloxona", "naloxone"]);
        let in_english = said(
            locale,
            [
                "",
                "Puede que esta página esté en inglés.",
                "Cette page pourrait être en anglais.",
            ],
        );
        let (own, theirs) = by_reader(&answer);
        for (reader, part) in [("self", own), ("loved one", theirs)] {
            let linked = part.find(page).unwrap_or_else(|| {
                panic!("Au/{locale:?}/{reader}: no link to the program's sites")
            });
            let before = &part[..linked];
            let before = &before[..before.rfind("<ul class=\"rg-actions\"").unwrap_or(linked)];
            let last_block = ["<li", "<p"]
                .iter()
                .filter_map(|open| before.rfind(open))
                .max()
                .map_or("", |at| &before[at..]);
            let last_block = text(last_block).to_lowercase();
            assert!(
                last_block.contains(naloxone) && !last_block.contains("000"),
                "Au/{locale:?}/{reader}: the link follows {last_block:?}"
            );
            let item = &part[linked
                ..part[linked..]
                    .find("</li>")
                    .map_or(part.len(), |e| linked + e)];
            assert!(
                text(item).contains(in_english),
                "Au/{locale:?}/{reader}: {:?}",
                text(item)
            );
        }
    }
}

/// Where the sheets name a place to get naloxone that a reader's situation points to, the guide
/// names it: Australia's program gives it out on release from prison in some states (§2.3, V3),
/// and in the UK a bystander may use the kit the person carries, said in the step where they
/// decide (§1.3, GOV.UK; V4).
#[test]
fn naloxone_on_release_in_australia_and_anyones_kit_in_the_uk_step() {
    for locale in Locale::ALL {
        let prisons = said(locale, ["prisons", "cárceles", "prisons"]);
        let html = render_with(&[("region", "au"), ("locale", locale.as_str())]);
        assert!(
            emergency_tier_html(&html).contains(prisons),
            "Au/{locale:?}: nothing on release"
        );
        let theirs = said(locale, ["use theirs", "usar el suyo", "utiliser la sienne"]);
        let html = render_with(&[("region", "uk"), ("locale", locale.as_str())]);
        let steps = slices(emergency_tier_html(&html), "<ol", "</ol>");
        assert!(
            steps.first().is_some_and(|s| text(s).contains(theirs)),
            "Uk/{locale:?}: the naloxone step does not say the person's kit may be used"
        );
    }
}

/// The seizure warning speaks to a reader who has already stopped drinking or benzodiazepines, the
/// one at risk now, not only to one about to stop (review65c, 1; §6). And the pregnancy warning's
/// "do not stop methadone or buprenorphine" covers the whole first year after birth, as ASAM says
/// it (review65c, 2; §12). Every region and language.
#[test]
fn the_warnings_reach_a_reader_already_stopped_and_a_mother_months_after_birth() {
    for locale in Locale::ALL {
        let already = said(
            locale,
            [
                "Already stopped them?",
                "ya los dejó tu ser querido?",
                "L'arrêt a déjà eu lieu, pour vous ou pour votre proche?",
            ],
        );
        let year = said(
            locale,
            [
                "in the last year",
                "en el último año",
                "il y a moins d'un an",
            ],
        );
        for region in RegionCode::ALL {
            let answer = answer_in(region.as_str(), locale, "withdrawal");
            let warnings = slices(&answer, "<p class=\"rg-warning\">", "</p>");
            assert!(
                warnings.iter().any(|w| text(w).contains(already)),
                "{region:?}/{locale:?}: the seizure warning"
            );
            let answer = answer_in(region.as_str(), locale, "pregnancy");
            for reader in READERS {
                let warning = slices(
                    reader_html(&answer, reader),
                    "<p class=\"rg-warning\">",
                    "</p>",
                );
                assert!(
                    warning.first().is_some_and(|w| text(w).contains(year)),
                    "{region:?}/{locale:?}/{reader}: the pregnancy warning"
                );
            }
        }
    }
}

/// A reader choosing a treatment from the journey and the grids finds each path and each question
/// where they look (review65-scenarios3): Step 3's action names starting methadone or
/// buprenorphine beside detox (V2); Step 5 says counselling may be asked about, and how long is
/// decided with the clinician (V3, V5); the naltrexone column asks about care through withdrawal
/// before the first dose (V1); the buprenorphine start says the wait is longer after methadone
/// (V4, §3: no hours); the residential column asks whether medication is offered (V6).
#[test]
fn a_reader_choosing_a_treatment_finds_each_path_and_question() {
    for locale in Locale::ALL {
        let guide = content::guide(locale);
        let step = |id: &str| journey_step(locale, id);
        let bup = said(locale, ["buprenorphine", "buprenorfina", "buprénorphine"]);
        let required = said(locale, ["required", "obligatoria", "obligatoire"]);
        for words in [&step("detox").me, &step("detox").loved_one] {
            assert!(words.now.contains(bup), "{locale:?}: {:?}", words.now);
        }
        for words in [&step("medication").me, &step("medication").loved_one] {
            assert!(words.ask.contains(required), "{locale:?}: {:?}", words.ask);
            assert!(words.time.is_some(), "{locale:?}: how long");
        }
        let cells = |grid: &str| -> Vec<&str> {
            guide
                .compare
                .grids
                .all()
                .iter()
                .find(|g| g.id == grid)
                .expect("the grid")
                .rows
                .all()
                .iter()
                .flat_map(|r| r.cells.iter().copied())
                .collect()
        };
        let [withdrawal, longer, offered] = match locale {
            Locale::Es => [
                "durante los síntomas de abstinencia",
                "Después de la metadona u otros opioides que duran mucho en el cuerpo, la espera es más larga",
                "¿Ofrecen medicamentos? ¿Me aceptan",
            ],
            Locale::Fr => [
                "pendant le sevrage, avant la première dose",
                "Après la méthadone ou d'autres opioïdes à action prolongée, l'attente est plus longue",
                "Proposez-vous des médicaments? Acceptez-vous",
            ],
            _ => [
                "through withdrawal before the first dose",
                "After methadone or other opioids that last a long time in the body, the wait is longer",
                "Is medication offered? Do you accept",
            ],
        };
        let medications = cells("medications");
        assert!(
            medications.iter().any(|c| c.contains(withdrawal)),
            "{locale:?}: V1"
        );
        assert!(
            medications.iter().any(|c| c.contains(longer)),
            "{locale:?}: V4"
        );
        assert!(
            cells("settings").iter().any(|c| c.contains(offered)),
            "{locale:?}: V6"
        );
    }
}

/// Where the overdose steps first say CPR, they say what it is: pushing hard on the chest and
/// rescue breaths (TOPICS §1.2, §1.8). French said it in Australia and New Zealand while English and
/// Spanish gave the bare term (review66-aunz, A1). Every region and language.
#[test]
fn the_overdose_steps_say_what_cpr_is_where_they_first_name_it() {
    for locale in Locale::ALL {
        let chest = said(locale, ["chest", "pecho", "poitrine"]);
        for region in RegionCode::ALL {
            let cpr = said(locale, ["CPR", "RCP", french_cpr(region)]);
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let steps = slices(emergency_tier_html(&html), "<li", "</li>");
            let first = steps
                .iter()
                .map(|step| text(step))
                .find(|step| step.contains(cpr))
                .unwrap_or_else(|| panic!("{region:?}/{locale:?}: no step names {cpr}"));
            assert!(
                first.contains(chest),
                "{region:?}/{locale:?}: CPR is named, not said: {first:?}"
            );
        }
    }
}

/// The reader just revived by naloxone, who may have refused the ambulance, is told what the
/// rescuer is told: breathing can stop again when it wears off, and the region's emergency call,
/// for an ambulance in Australia and New Zealand too, where the rescuer is told "hospital": a
/// person alone must not drive there (§1.1, §1.3, §1.5; review66-scenarios, R1; review66a, P1).
/// So is the supporter, who gives the naloxone and sees them wake and refuse the ambulance: their
/// answer said only "you can call and give naloxone" (review69, US1, AU1, NZ1).
/// "How do I stay safer?", every region and language, both readers.
#[test]
fn a_reader_revived_by_naloxone_is_told_breathing_can_stop_again() {
    for locale in Locale::ALL {
        let woken = [
            (
                "rg-for-self",
                said(
                    locale,
                    [
                        "Just woken up after naloxone?",
                        "¿Acabas de despertar gracias a la naloxona?",
                        "Vous venez de vous réveiller grâce à la naloxone?",
                    ],
                ),
            ),
            (
                "rg-for-loved-one",
                said(
                    locale,
                    [
                        "Even if they wake up after naloxone",
                        "Aunque tu ser querido despierte con la naloxona",
                        "Votre proche se réveille grâce à la naloxone?",
                    ],
                ),
            ),
        ];
        let again = said(
            locale,
            [
                "stop breathing again",
                "dejar de respirar otra vez",
                "cesser de respirer de nouveau",
            ],
        );
        // The supporter stays until help comes, not a few minutes: the relapse comes when the
        // naloxone wears off (§1.3, §1.4: "until help arrives"; review69a-clinical, RC1).
        let until = said(locale, ["until", "hasta que llegue", "jusqu'à l'arrivée"]);
        for region in RegionCode::ALL {
            let go = match region {
                RegionCode::Us | RegionCode::Ca => "911",
                RegionCode::Uk => "999",
                RegionCode::Ie => "112",
                RegionCode::Au => "000",
                RegionCode::Nz => "111",
            };
            let answer = answer_in(region.as_str(), locale, "staying-safer");
            for (reader, woken) in woken {
                let words = reader_text(&answer, reader);
                let item = slices(reader_html(&answer, reader), "<li", "</li>")
                    .into_iter()
                    .map(text)
                    .find(|item| item.contains(woken))
                    .unwrap_or_else(|| panic!("{region:?}/{locale:?}/{reader}: not in {words:?}"));
                assert!(
                    item.contains(again) && item.contains(go),
                    "{region:?}/{locale:?}/{reader}: {item:?}"
                );
                assert!(
                    reader == "rg-for-self" || item.contains(until),
                    "{region:?}/{locale:?}/{reader}: stay how long? {item:?}"
                );
            }
        }
    }
}

/// Naloxone is said to be a medicine that can reverse an opioid overdose where each reader first
/// meets the word, in the journey and in "How do I stay safer?" (§1.2, ASAM 2025: "overdose reversal
/// medication"); and the emergency steps name the kits a reader may know it by, where the sheets
/// name them (CONTENT-FACTS.md, US: Narcan; §1.3, §1.7: Nyxoid and Prenoxad; §1.5, §1.6: Nyxoid).
/// The word was used some 50 times a page and never said (review66-scenarios, R3).
#[test]
fn naloxone_is_said_to_reverse_an_overdose_where_a_reader_first_meets_it() {
    for locale in Locale::ALL {
        let word = said(locale, ["naloxone", "naloxona", "naloxone"]);
        // "For a while": it wears off before the drugs do (§1.1; review66a, P3).
        let reverses = said(
            locale,
            [
                "can reverse an opioid overdose for a while",
                "puede revertir de forma temporal",
                "peut contrer temporairement",
            ],
        );
        for region in RegionCode::ALL {
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let journey = slices(&html, "rg-journey", "rg-questions")
                .first()
                .copied()
                .expect("the journey");
            let answer = answer_in(region.as_str(), locale, "staying-safer");
            for reader in READERS {
                let first = slices(journey, &format!("<div class=\"{reader}\""), "</div>")
                    .into_iter()
                    .map(text)
                    .find(|words| words.to_lowercase().contains(word))
                    .unwrap_or_else(|| panic!("{region:?}/{locale:?}/{reader}: no naloxone"));
                let at = first.to_lowercase().find(word).unwrap_or_default();
                assert!(
                    first.find(reverses).is_some_and(|said| said <= at + 40),
                    "{region:?}/{locale:?}/{reader}: the journey's first naloxone is not said: {first:?}"
                );
                let safer = reader_text(&answer, reader);
                assert!(
                    safer.contains(reverses),
                    "{region:?}/{locale:?}/{reader}: staying safer: {safer:?}"
                );
            }
            let kits: &[&str] = match region {
                RegionCode::Us => &["Narcan"],
                RegionCode::Uk | RegionCode::Ie => &["Nyxoid", "Prenoxad"],
                RegionCode::Au | RegionCode::Nz => &["Nyxoid"],
                RegionCode::Ca => &[],
            };
            let steps = text(emergency_tier_html(&html));
            for kit in kits {
                assert!(steps.contains(kit), "{region:?}/{locale:?}: {kit}");
            }
        }
    }
}

/// A region's route to urgent medical advice is said in answers both readers share and in a
/// supporter's own ("They can get medical help. …"), so it speaks to neither: no "your surgery",
/// no "you can call" (review66-ukie, K1; review66-usca, C3).
#[test]
fn the_urgent_care_route_is_said_of_no_one_reader() {
    for locale in Locale::ALL {
        let personal = said_any(
            locale,
            [
                "your |you can",
                "tu |tus |puedes|necesitas",
                "votre |vos |vous pouvez",
            ],
        );
        for code in RegionCode::ALL {
            let region = content::region(code, locale);
            let Some(route) = region.phrases.iter().find(|p| p.id == "urgent_care") else {
                continue;
            };
            let words = route.text.text().to_lowercase();
            for p in &personal {
                assert!(
                    !words.contains(p),
                    "{code:?}/{locale:?}: {p:?} in {words:?}"
                );
            }
        }
    }
}

/// Australia's cost answer sends a reader who is not sure they can use the PBS to the service,
/// which knows its costs, not to the hotline above its button, which puts callers through to their
/// state's service (§13.4; review66-aunz, A3).
#[test]
fn australias_cost_question_goes_to_the_service() {
    for locale in Locale::ALL {
        let when_calling = said_any(
            locale,
            [
                "when you call|when they call",
                "cuando llames|cuando llame",
                "quand vous appelez|en appelant",
            ],
        );
        let service = said(
            locale,
            [
                "the treatment service about the cost",
                "al servicio de tratamiento por el costo",
                "le coût au service de traitement",
            ],
        );
        let answer = answer_in("au", locale, "cost");
        for reader in READERS {
            let words = reader_text(&answer, reader);
            assert!(words.contains(service), "{locale:?}/{reader}: {words:?}");
            for w in &when_calling {
                assert!(!words.contains(w), "{locale:?}/{reader}: {w:?}");
            }
        }
    }
}

/// ConnexOntario tells callers about services' wait times and whether they have space (§8.1): the
/// reason to call again for a reader put on a waiting list (review66-scenarios, R2). Each reader.
#[test]
fn connexontario_is_said_to_give_wait_times() {
    for locale in Locale::ALL {
        let waits = said(
            locale,
            [
                "how long the waits are",
                "cuánto hay que esperar",
                "délais d'attente",
            ],
        );
        let answer = answer_in("ca", locale, "calling");
        for reader in READERS {
            let words = reader_text(&answer, reader);
            let connex = sentences(&words)
                .into_iter()
                .skip_while(|s| !s.contains("ConnexOntario"))
                .take(4)
                .any(|s| s.contains(waits));
            assert!(connex, "{locale:?}/{reader}: {words:?}");
        }
    }
}

/// The UK's and Ireland's overdose steps open as the Nyxoid leaflet there does: "approach with
/// care" (§1.3), for a bystander who finds a stranger in a public toilet or a shared flat
/// (review66-scenarios2, T2).
#[test]
fn the_uk_and_irish_steps_open_with_approach_with_care() {
    for locale in Locale::ALL {
        let care = said(
            locale,
            [
                "Approach with care.",
                "Acércate con cuidado.",
                "Approchez-vous avec prudence.",
            ],
        );
        for region in ["uk", "ie"] {
            let html = render_with(&[("region", region), ("locale", locale.as_str())]);
            let first = slices(emergency_tier_html(&html), "<ol", "</li>")
                .first()
                .map(|step| text(step))
                .unwrap_or_default();
            assert!(first.contains(care), "{region}/{locale:?}: {first:?}");
        }
    }
}

// ---------- The plain-language reads of stop 66 (review66-plain-us, review66-plain-cafr) ----------

/// The overdose signs to act on come first, as the steps act on them: not waking, then breathing
/// (CDC's six signs; a frightened reader met "pinpoint pupils" first, L1).
#[test]
fn the_overdose_signs_open_with_not_waking_and_breathing() {
    for locale in Locale::ALL {
        let signs = content::guide(locale).help.overdose_signs.all();
        let [waking, breathing] = match locale {
            Locale::En => ["waking", "breathing"],
            Locale::Es => ["despierta", "respira"],
            Locale::Fr => ["réveille", "Respiration"],
        };
        assert!(
            signs[0].contains(waking) && signs[1].contains(breathing),
            "{locale:?}: {signs:?}"
        );
    }
}

/// The US privacy answers give the answer before the law: a supporter asking "Will I be told?"
/// met "42 CFR Part 2" first (L2), and so did the person asking "Who will find out?"
/// (review68-plain-usfr, UF4); "No exception lets them tell your employer" came before the
/// exceptions, so a court order read as one that could (L5). Each reader is told to ask whether
/// the rule covers the service (US3).
#[test]
fn the_us_privacy_answers_say_the_answer_first() {
    for locale in Locale::ALL {
        let answer = answer_in("us", locale, "who-finds-out");
        let theirs = reader_text(&answer, "rg-for-loved-one");
        let consent = said(
            locale,
            [
                "written consent",
                "permiso por escrito",
                "consentement écrit",
            ],
        );
        for reader in READERS {
            let words = reader_text(&answer, reader);
            let first = sentences(&words)
                .first()
                .map(|s| s.to_string())
                .unwrap_or_default();
            assert!(
                first.contains(consent) && !first.contains("42 CFR"),
                "{locale:?}/{reader}: {first:?}"
            );
        }
        let mine = reader_html(&answer, "rg-for-self");
        let list_end = mine.find("</ul>").expect("the exceptions");
        let none = said(
            locale,
            [
                "No exception lets a program",
                "Ninguna excepción permite",
                "Aucune exception ne permet",
            ],
        );
        let at = mine
            .find(none)
            .unwrap_or_else(|| panic!("{locale:?}: {none:?}"));
        assert!(
            at > list_end,
            "{locale:?}: \"{none}\" before the exceptions"
        );
        // The supporter reads the exceptions too, and that none is about an employer (X6-1).
        let none_to_them = said(
            locale,
            [
                "No exception lets a program tell an employer",
                "Ninguna excepción permite contárselo al empleador",
                "Aucune exception ne permet d'en parler à son employeur",
            ],
        );
        assert!(theirs.contains(none_to_them), "{locale:?}: {theirs:?}");
        // Part 2 covers only some services: both readers are told to ask whether it covers theirs
        // (§9.1; read alone, the supporter's answer put every service under it: review69, US3).
        let covers = said(
            locale,
            [
                "whether this federal rule covers",
                "si esta norma federal",
                "si cette règle fédérale s'applique",
            ],
        );
        for reader in READERS {
            let words = reader_text(&answer, reader);
            assert!(words.contains(covers), "{locale:?}/{reader}: {words:?}");
        }
    }
}

/// The US "How do I stay safer?" names Narcan where it says what naloxone is: many readers know the
/// brand, not the word (CONTENT-FACTS.md, United States; L4). Each reader.
#[test]
fn the_us_safer_answer_names_narcan_where_it_says_what_naloxone_is() {
    for locale in Locale::ALL {
        let answer = answer_in("us", locale, "staying-safer");
        for reader in READERS {
            let words = reader_text(&answer, reader);
            assert!(words.contains("Narcan"), "{locale:?}/{reader}: {words:?}");
        }
    }
}

/// Naltrexone's smaller amount is smaller than what the reader used before, in the missed-doses
/// answer as in the grid; the grid names whose block fades (L6). Every text that says
/// benzodiazepines names Xanax or Valium, as the pills a reader knows (L7). Step 4 says the days
/// in rehab count toward the 3 days (L9).
#[test]
fn naltrexone_benzodiazepines_and_rehab_are_said_so_a_reader_need_not_guess() {
    for locale in Locale::ALL {
        let before = said(
            locale,
            [
                "than you used before|than they used before",
                "que la que consumías antes|que la que consumía antes",
                "que celle que vous preniez avant|plus petite quantité d'opioïdes qu'avant",
            ],
        );
        let answer = answer_in("us", locale, "missed-doses");
        for reader in READERS {
            let words = reader_text(&answer, reader);
            assert!(
                before.split('|').any(|b| words.contains(b)),
                "{locale:?}/{reader}: {words:?}"
            );
        }
        let benzo = said(
            locale,
            ["benzodiazepines", "benzodiacepinas", "benzodiazépines"],
        );
        for (place, text) in guide_texts(locale) {
            for sentence in sentences(text) {
                if sentence.contains(benzo) {
                    assert!(
                        sentence.contains("Xanax") || text.contains(&format!("{benzo} (")),
                        "{locale:?}/{place}: {sentence:?}"
                    );
                }
            }
        }
        let rehab = journey_step(locale, "rehab");
        let word = said(locale, ["rehab", "rehabilitación", "réadaptation"]);
        for warning in [warned(&rehab.me), warned(&rehab.loved_one)] {
            assert!(warning.contains(word), "{locale:?}: {warning:?}");
        }
    }
}

/// French says "have someone near you", not the double negative "ne … pas sans quelqu'un", which
/// a weak reader can take the wrong way (Q3); it says "les secours" for 911, not "les urgences",
/// which in Canada is the hospital's ER (Q7); and no "bris d'une condition" (Q4) or "préjudice
/// grave" (Q10). Its step headings say what follows: "Ce que cela demande", not the abstract
/// "Ce que cela implique" (Q11; review66g, X6-6: "vous" did not fit the supporter's text).
#[test]
fn french_says_its_safety_advice_without_double_negatives_or_court_words() {
    let journey = &content::guide(Locale::Fr).journey;
    assert!(!journey.ask.contains("implique"), "{:?}", journey.ask);
    for region in RegionCode::ALL {
        for (_, block) in blocks_in(region.as_str())
            .into_iter()
            .filter(|(l, _)| *l == Locale::Fr)
        {
            for refused in [
                "sans quelqu'un",
                "appeler les urgences",
                "Appelez les urgences",
                "bris d'une condition",
                "préjudice grave",
            ] {
                assert!(
                    !block.contains(refused),
                    "{region:?}: {refused:?} in {block:?}"
                );
            }
        }
    }
}

/// "What happens when I call?" in Canada says what happens when a reader calls Quebec's line, as
/// it does for Ontario's (§13.3: listening, information, referral; Q5); and its list of lines runs
/// in the order of its buttons, so a reader who reads "In Quebec…" finds Quebec's number where the
/// list put it (Q6). Each reader, every language.
#[test]
fn canadas_calling_answer_says_what_each_line_does_in_the_order_of_its_buttons() {
    for locale in Locale::ALL {
        let listen = said(locale, ["listen", "escuchan", "écoute"]);
        let answer = answer_in("ca", locale, "calling");
        for reader in READERS {
            let part = reader_html(&answer, reader);
            let items: Vec<String> = slices(part, "<li", "</li>").into_iter().map(text).collect();
            let quebec = items
                .iter()
                .find(|i| i.contains("Drogue"))
                .unwrap_or_else(|| panic!("{locale:?}/{reader}: no Quebec item"));
            assert!(
                quebec.to_lowercase().contains(listen),
                "{locale:?}/{reader}: {quebec:?}"
            );
            let listed: Vec<usize> = ["ConnexOntario", "Drogue", "Opioid Treatment Access Line"]
                .iter()
                .map(|name| {
                    items
                        .iter()
                        .position(|i| i.contains(name))
                        .unwrap_or(usize::MAX)
                })
                .collect();
            let numbers = ["tel:+18665312600", "tel:+18002652626", "tel:+18338048111"];
            let buttons: Vec<usize> = numbers
                .iter()
                .map(|n| part.rfind(n).unwrap_or(usize::MAX))
                .collect();
            let order = |at: &[usize]| {
                let mut idx: Vec<usize> = (0..at.len()).collect();
                idx.sort_by_key(|&i| at[i]);
                idx
            };
            assert_eq!(order(&listed), order(&buttons), "{locale:?}/{reader}");
        }
    }
}

/// The English says what a clinician is where the guide first names one (L10); and Canada's cost
/// answer says buprenorphine-naloxone is a treatment medicine, not the naloxone kit the page has
/// taught ten times over (§7.3; Q8). Each reader, every language.
#[test]
fn a_clinician_and_buprenorphine_naloxone_are_said_where_they_first_appear() {
    let journey = &content::guide(Locale::En).journey;
    for intro in [journey.intro, journey.loved_one_intro] {
        assert!(intro.contains("clinician (a doctor"), "{intro:?}");
    }
    for locale in Locale::ALL {
        let not_kit = said(
            locale,
            [
                "It is not a naloxone kit.",
                "No es un kit de naloxona.",
                "Ce n'est pas une trousse de naloxone.",
            ],
        );
        let answer = answer_in("ca", locale, "cost");
        for reader in READERS {
            let words = reader_text(&answer, reader);
            assert!(words.contains(not_kit), "{locale:?}/{reader}: {words:?}");
        }
    }
}

/// A caller to Canada's overdose lines gives the address where they are, not a home address: a
/// person using alone is often somewhere else, and help goes to the address given (§2.2;
/// review66g, X6-2). Every sentence of the Canadian page that asks for an address says so.
#[test]
fn the_overdose_lines_ask_for_the_address_where_the_caller_is() {
    let mut seen = 0;
    for (locale, block) in blocks_in("ca") {
        let [address, give, here] = match locale {
            Locale::En => ["address", "give", "where"],
            Locale::Es => ["dirección", "da", "donde"],
            Locale::Fr => ["adresse", "donne", "où"],
        };
        for sentence in sentences(&block) {
            let lower = sentence.to_lowercase();
            if lower.contains(address) && lower.contains(give) {
                seen += 1;
                assert!(lower.contains(here), "{locale:?}: {sentence:?}");
            }
        }
    }
    assert!(seen >= 12, "{seen} sentences ask for an address");
}

// ---------- The plain-language leftovers of stop 66, taken in stop 67 ----------

/// Step 3 is titled "Medical detox", but it also offers starting methadone or buprenorphine
/// without detox. A reader who does not want detox could close the step before the choice
/// (review66-plain-us, L3). Its first paragraph now names both ways, before what detox does.
#[test]
fn the_detox_step_names_both_ways_to_start_before_what_detox_does() {
    for region in RegionCode::ALL {
        for locale in Locale::ALL {
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let step = step_html(&html, "detox");
            let clears = said(
                locale,
                ["clears the drug", "elimina la droga", "élimine la drogue"],
            );
            let medicine = said(locale, ["buprenorphine", "buprenorfina", "buprénorphine"]);
            for reader in READERS {
                let words = slices(step, &format!("<div class=\"{reader}\""), "</p>");
                let first = text(words.first().expect("the reader's first paragraph"));
                let named = first.find(medicine);
                let detox_does = first.find(clears);
                assert!(
                    named.is_some() && named < detox_does,
                    "{region:?}/{locale:?}/{reader}: {first:?}"
                );
            }
        }
    }
}

/// The emergency number of each region, as its region file gives it (`[lines.emergency]`).
const EMERGENCY_NUMBERS: [(RegionCode, &str); 6] = [
    (RegionCode::Us, "911"),
    (RegionCode::Uk, "999"),
    (RegionCode::Ca, "911"),
    (RegionCode::Au, "000"),
    (RegionCode::Nz, "111"),
    (RegionCode::Ie, "112"),
];

/// The missed-doses answer, shared by every region, said "call emergency services now" where the
/// rest of the page says "call 911" (review66-plain-us, L8). It now says the region's number,
/// filled in from the region's emergency line (`{emergency_number}`), for both readers.
#[test]
fn the_missed_doses_answer_says_the_regions_emergency_number() {
    for (region, number) in EMERGENCY_NUMBERS {
        for locale in Locale::ALL {
            let hard_to_wake = said(locale, ["hard to wake", "despertar", "réveiller"]);
            let answer = answer_in(region.as_str(), locale, "missed-doses");
            for reader in READERS {
                let words = reader_text(&answer, reader);
                let wake = sentences(&words)
                    .into_iter()
                    .position(|s| s.contains(hard_to_wake))
                    .unwrap_or_else(|| panic!("{region:?}/{locale:?}/{reader}: {words:?}"));
                let call = sentences(&words)[wake..=wake + 1].join(" ");
                assert!(
                    call.contains(number),
                    "{region:?}/{locale:?}/{reader}: no {number} in {call:?}"
                );
                // Ireland's page says "112 or 999" everywhere else: here too (review67a, R7).
                assert!(
                    region != RegionCode::Ie || call.contains("999"),
                    "{locale:?}/{reader}: Ireland without 999: {call:?}"
                );
            }
        }
    }
}

/// `{emergency_number}` is the region's emergency line's number, and a text that says it lists
/// that line's source with its own: the number is a fact, written once, in `[lines.emergency]`.
#[test]
fn the_emergency_number_is_filled_in_from_the_emergency_line_with_its_source() {
    for (code, number) in EMERGENCY_NUMBERS {
        for locale in Locale::ALL {
            let region = content::region(code, locale);
            let text = "Call {emergency_number} now.";
            let filled = region.with_phrases(text);
            assert!(
                filled.starts_with(&format!("Call {number}")) && !filled.contains('{'),
                "{code:?}/{locale:?}: {filled:?}"
            );
            let sources = region.phrase_sources([text]);
            assert!(
                sources.contains(&region.emergency().source.text()),
                "{code:?}/{locale:?}: {sources:?}"
            );
        }
    }
}

/// The list item that tells a reader to make sure the people near them have naloxone is followed
/// by how to get it there, not by the law (review66-plain-us, L13: in the US list, the Good
/// Samaritan item came between the two).
#[test]
fn how_to_get_naloxone_follows_the_item_that_asks_the_reader_to_have_it_near() {
    let mut seen = 0;
    for region in RegionCode::ALL {
        for locale in Locale::ALL {
            let near = said(
                locale,
                [
                    "make sure people near you have it",
                    "asegúrate de que las personas cerca de ti la tengan",
                    "assurez-vous que les personnes autour de vous en ont",
                ],
            );
            let get = how_to_get_naloxone(region, locale);
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            for list in slices(&html, "<ul", "</ul>") {
                let items: Vec<String> =
                    slices(list, "<li", "</li>").into_iter().map(text).collect();
                for (i, item) in items.iter().enumerate() {
                    if !item.to_lowercase().contains(near) {
                        continue;
                    }
                    seen += 1;
                    let next = items.get(i + 1).map_or("", String::as_str);
                    assert!(
                        item.contains(get) || next.contains(get),
                        "{region:?}/{locale:?}: {item:?} is followed by {next:?}"
                    );
                }
            }
        }
    }
    assert!(seen >= 3, "{seen} items ask for naloxone near the reader");
}

/// "Where to start", for a supporter, starts with what keeps their loved one alive: naloxone at
/// home, then the days after rehab, hospital or prison. Support for the supporter follows
/// ("Look after yourself too"; review66-plain-us, L12: the two safety items were third and fourth).
#[test]
fn where_to_start_puts_naloxone_and_the_days_after_rehab_first() {
    for region in RegionCode::ALL {
        for locale in Locale::ALL {
            let answer = answer_in(region.as_str(), locale, "helping-someone");
            let start = said(
                locale,
                ["Where to start", "Por dónde empezar", "Par où commencer"],
            );
            let at = answer.find(start).expect("the Where to start list");
            let items = slices(&answer[at..], "<li", "</li>");
            let first: Vec<String> = items.iter().take(2).map(|i| text(i)).collect();
            let naloxone = said(locale, ["naloxone", "naloxona", "naloxone"]);
            assert!(
                first[0].contains(naloxone) && first[1].contains('3'),
                "{region:?}/{locale:?}: {first:?}"
            );
        }
    }
}

/// Plain words where a reader meets the idea: the page says "using again", as the question the
/// reader opened does ("I started using again"), not the field's "a return to use" (review66-plain-us,
/// L15). Spanish says "volver a consumir" already.
#[test]
fn english_says_using_again_not_a_return_to_use() {
    for region in RegionCode::ALL {
        let html = render_with(&[("region", region.as_str()), ("locale", "en")]);
        let words = text(&html).to_lowercase();
        let at = words.find("return to use");
        assert!(
            at.is_none(),
            "{region:?}: {:?}",
            at.map(|i| &words[i.saturating_sub(80)..i + 20])
        );
    }
}

// ---------- The plain-language read of the UK page (review67-plain-uk) ----------

/// "Try not to use alone. If someone is with you, they can call for help": a reader who has
/// read FRANK's number all over the page could take FRANK for the call to make (U3). Whoever is
/// with them calls the region's emergency number, in every region's "How do I stay safer?".
#[test]
fn the_person_who_stays_with_a_reader_calls_the_emergency_number() {
    for (region, number) in EMERGENCY_NUMBERS {
        for locale in Locale::ALL {
            let give = said_any(
                locale,
                [
                    "give naloxone",
                    "darte naloxona|darle naloxona",
                    "donner de la naloxone",
                ],
            );
            let answer = answer_in(region.as_str(), locale, "staying-safer");
            for reader in READERS {
                let words = reader_text(&answer, reader);
                let sentence = sentences(&words)
                    .into_iter()
                    .find(|s| give.iter().any(|g| g.split('|').any(|g| s.contains(g))))
                    .unwrap_or_else(|| panic!("{region:?}/{locale:?}/{reader}: {words:?}"));
                assert!(
                    sentence.contains(number),
                    "{region:?}/{locale:?}/{reader}: {sentence:?}"
                );
            }
        }
    }
}

/// The UK's and Ireland's privacy answers: the reader's own question ("Will my employer or school
/// be told?") is answered before the limits, and a supporter is told whether the service tells
/// them (U2, U4; review67-plain-ie; §9.2: "In most cases, services need your written OK before
/// they tell anyone").
#[test]
fn the_uk_privacy_answer_answers_each_readers_question_first() {
    for (region, locale) in ["uk", "ie"]
        .into_iter()
        .flat_map(|r| Locale::ALL.into_iter().map(move |l| (r, l)))
    {
        let answer = answer_in(region, locale, "who-finds-out");
        let own = reader_text(&answer, "rg-for-self");
        let employer = said(locale, ["employer", "empleador", "employeur"]);
        // Ireland's question is answered first; the UK's comes before its list of limits.
        let first_two = sentences(&own)[..2].join(" ");
        assert!(
            first_two.contains(employer),
            "{region}/{locale:?}: the employer comes after the limits: {own:?}"
        );
        let supporter = reader_text(&answer, "rg-for-loved-one");
        let not_you = said(
            locale,
            [
                "does not tell you",
                "el servicio no te cuenta nada",
                "n'informe ni vous",
            ],
        );
        assert!(
            supporter.contains(not_you),
            "{region}/{locale:?}: {supporter:?}"
        );
        // "In most cases" holds for the employer and school too, not only for the supporter: a
        // Spanish sentence of its own, "Sin ese permiso, tampoco informa a su empleador", read as
        // a rule without exceptions (review69, IE2). "Tampoco" carries the sentence before it.
        let usually = said(locale, ["In most cases", "Por lo general", "En général"]);
        let said_so = sentences(&supporter);
        let at = said_so
            .iter()
            .position(|s| s.contains(employer))
            .unwrap_or_else(|| panic!("{region}/{locale:?}: no employer in {supporter:?}"));
        let scope = match said_so[at].starts_with("Tampoco") {
            true => said_so[at.saturating_sub(1)],
            false => said_so[at],
        };
        assert!(
            scope.contains(usually),
            "{region}/{locale:?}: {:?}",
            said_so[at]
        );
    }
}

/// "What happens when I call?" in the UK says what to do on the call, in Step 2's words, and
/// speaks to "you" all through (U1: the answer told when FRANK is open, not what to say, and its
/// last item spoke of "People").
#[test]
fn the_uk_calling_answer_says_what_to_say() {
    for locale in Locale::ALL {
        let answer = answer_in("uk", locale, "calling");
        let own = reader_text(&answer, "rg-for-self");
        let say = said(
            locale,
            [
                "Say what is going on",
                "Cuenta lo que pasa",
                "Dites ce qui se passe",
            ],
        );
        assert!(own.contains(say), "{locale:?}: {own:?}");
        assert!(!own.contains("People can"), "{locale:?}: {own:?}");
    }
    // Every region's answer tells a caller afraid of the call that they need no right words
    // (review67-plain-ie, U1 for Ireland; Canada's answer, too).
    for region in RegionCode::ALL {
        for locale in Locale::ALL {
            let words = said(
                locale,
                [
                    "You do not need the right words",
                    "No hace falta saber qué decir",
                    "Vous n'avez pas besoin de trouver les bons mots",
                ],
            );
            let answer = answer_in(region.as_str(), locale, "calling");
            // An answer both readers share has no reader's part of its own.
            let own = if answer.contains("rg-for-self") {
                reader_text(&answer, "rg-for-self")
            } else {
                text(&answer)
            };
            assert!(own.contains(words), "{region:?}/{locale:?}: {own:?}");
        }
    }
}

/// A span of time is written in figures, as the rest of the page writes "3 days" and "2 weeks":
/// figures are found faster by a reader scanning for how long (U8: "within three weeks").
#[test]
fn a_span_of_time_is_written_in_figures() {
    let words = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dos",
        "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "deux", "trois",
        "quatre", "cinq", "sept", "huit", "neuf", "dix",
    ];
    let units = [
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "hora", "horas", "día", "días", "semana", "semanas", "mes", "meses", "año", "años",
        "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans",
    ];
    for region in RegionCode::ALL {
        for locale in Locale::ALL {
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let page = text(&html).to_lowercase();
            let tokens: Vec<&str> = page.split_whitespace().collect();
            for pair in tokens.windows(2) {
                let unit = pair[1].trim_end_matches(|c: char| !c.is_alphabetic());
                let spelled = words.contains(&pair[0]) && units.contains(&unit);
                assert!(!spelled, "{region:?}/{locale:?}: {:?}", pair.join(" "));
            }
        }
    }
}

/// "Already took your dose?" is, for someone on methadone, the clinic's daily question; the
/// answer is about the usual dose after missed days, as the question's title says
/// (review67-plain-uses, M1). Each reader's part says "usual dose" where it turns to it.
#[test]
fn the_missed_doses_answer_speaks_of_the_usual_dose() {
    for locale in Locale::ALL {
        let usual = said(
            locale,
            ["usual dose", "dosis de siempre", "dose habituelle"],
        );
        let answer = answer_in("us", locale, "missed-doses");
        for reader in READERS {
            let words = reader_text(&answer, reader);
            let asks = sentences(&words)
                .into_iter()
                .filter(|s| s.ends_with('?'))
                .any(|s| s.contains(usual) || s.contains("their usual dose"));
            assert!(asks, "{locale:?}/{reader}: {words:?}");
        }
    }
}

// ---------- The plain-language read of the Australian page (review67-plain-au) ----------

/// Australia's privacy answer gives the answer before the law, and a supporter's starts with
/// whether they will be told (A1: it opened with "the Privacy Act 1988 treats health information
/// as sensitive").
#[test]
fn the_australian_privacy_answer_answers_before_it_names_the_law() {
    for locale in Locale::ALL {
        let answer = answer_in("au", locale, "who-finds-out");
        let own = reader_text(&answer, "rg-for-self");
        let first = sentences(&own)[0].to_string();
        assert!(!first.contains("Privacy Act"), "{locale:?}: {first:?}");
        let supporter = reader_text(&answer, "rg-for-loved-one");
        let no = said(
            locale,
            ["Usually not", "Por lo general, no", "En général, non"],
        );
        assert!(supporter.starts_with(no), "{locale:?}: {supporter:?}");
    }
}

/// Australian English names the Pharmaceutical Benefits Scheme in full where it first says "PBS",
/// as the Spanish and French explain it (A2).
#[test]
fn english_names_the_pbs_in_full_where_it_first_says_it() {
    let answer = answer_in("au", Locale::En, "cost");
    for reader in READERS {
        let words = reader_text(&answer, reader);
        let full = words.find("Pharmaceutical Benefits Scheme (PBS)");
        assert!(
            full.is_some() && full < words.find(" PBS"),
            "{reader}: {words:?}"
        );
    }
}

/// The Australian quality answer says funded services must be accredited; its questions to ask
/// a service use the same word, so the service answers yes or no (A4).
#[test]
fn the_australian_quality_questions_ask_whether_a_service_is_accredited() {
    for locale in Locale::ALL {
        let accredited = said(locale, ["accredited?", "acreditado?", "agréé?"]);
        let answer = answer_in("au", locale, "good-treatment");
        assert!(text(&answer).contains(accredited), "{locale:?}");
    }
}

/// "Ask the service if they can start medication the same day": "they" read as the service. A
/// supporter asks whether their loved one can start (A5). Every region, English and Spanish
/// (French asks "s'il est possible", which has no such "they").
#[test]
fn a_supporter_asks_whether_their_loved_one_can_start_the_same_day() {
    for region in RegionCode::ALL {
        for locale in [Locale::En, Locale::Es] {
            let whose = said(
                locale,
                [
                    "if your loved one can start medication the same day",
                    "si tu ser querido puede empezar a tomar el medicamento ese mismo día",
                    "",
                ],
            );
            let answer = answer_in(region.as_str(), locale, "first-appointment");
            let words = reader_text(&answer, "rg-for-loved-one");
            assert!(words.contains(whose), "{region:?}/{locale:?}: {words:?}");
        }
    }
}

/// A Victorian reader sees the national hotline and DirectLine: the note says the hotline sends
/// Victorian calls to DirectLine, so they need not choose (A6; §13.4).
#[test]
fn a_victorian_reader_is_told_the_hotline_goes_to_directline() {
    for locale in Locale::ALL {
        let html = render_with(&[("region", "au"), ("locale", locale.as_str())]);
        let also = said(
            locale,
            [
                "Victorian calls to the national hotline also go to DirectLine",
                "Las llamadas desde Victoria a la línea nacional también llegan a DirectLine",
                "les appels à la ligne nationale sont aussi dirigés vers DirectLine",
            ],
        );
        assert!(text(help_section(&html)).contains(also), "{locale:?}");
    }
}

/// "Exit this page leaves fast" read as an order, then turned: the privacy note names the button
/// (A8), as the Spanish and French did.
#[test]
fn the_privacy_note_names_the_exit_button() {
    for locale in Locale::ALL {
        let html = render_with(&[("region", "au"), ("locale", locale.as_str())]);
        let history = said(locale, ["browsing history", "historial", "historique"]);
        let button = said(locale, ["button", "botón", "bouton"]);
        let page = text(&html);
        let note = sentence_with(&page, history)
            .unwrap_or_else(|| panic!("{locale:?}: no history sentence"));
        assert!(note.contains(button), "{locale:?}: {note:?}");
    }
}

// ---------- The plain-language read of the Canadian French page, its leftovers (review66-plain-cafr) ----------

/// Canada's cost answer named B.C. and Ontario, then "wherever you live": a Quebec reader found
/// nothing for Quebec, and only the supporter's Quebec button said the line is free and open 24/7
/// (Q9; §13.3: "24 hours a day, 7 days a week, toll free", "confidential and anonymous").
#[test]
fn a_quebec_reader_finds_quebec_in_the_cost_answer() {
    for locale in Locale::ALL {
        let quebec = said(
            locale,
            [
                "Quebec included, ask about cost",
                "también en Quebec, pregunta el costo",
                "y compris au Québec, demandez le prix",
            ],
        );
        let open = said(locale, ["open 24/7", "abierta las 24 horas", "ouvert 24/7"]);
        let answer = answer_in("ca", locale, "cost");
        for reader in READERS {
            let words = reader_text(&answer, reader);
            assert!(words.contains(quebec), "{locale:?}/{reader}: {words:?}");
            assert!(words.contains(open), "{locale:?}/{reader}: {words:?}");
        }
    }
}

/// HealthLink BC's label says "any time"; its note said "day or night" as well, a second way to
/// say one thing a reader then wonders about (Q12).
#[test]
fn healthlinks_note_does_not_say_its_hours_again() {
    for locale in Locale::ALL {
        let html = render_with(&[("region", "ca"), ("locale", locale.as_str())]);
        let help = text(help_section(&html));
        let at = help
            .find("HealthLink BC")
            .expect("HealthLink BC in the help tiers");
        let note = &help[at..at + 120];
        for again in ["day or night", "de día o de noche", "jour et nuit"] {
            assert!(!note.contains(again), "{locale:?}: {note:?}");
        }
    }
}

// ---------- The plain-language reads of the Irish and Canadian pages (review67-plain-ie, -ca) ----------

/// Ireland's 24/7 mental health line and crisis text line serve anyone in distress (CONTENT-FACTS.md,
/// Ireland; §13.1), as the crisis tier says: the supporter's calling answer offers them to the
/// supporter too, not as their loved one's only (I1). Quality: the HSE's standards come first (I2).
/// Cost: "talk it through with them" had nothing for "it" (I3).
#[test]
fn irelands_answers_offer_the_24_7_lines_to_a_supporter_and_lead_with_what_helps() {
    for locale in Locale::ALL {
        let answer = answer_in("ie", locale, "calling");
        let supporter = reader_html(&answer, "rg-for-loved-one");
        let theirs = said(
            locale,
            ["they can", "tu ser querido puede", "votre proche peut"],
        );
        for (href, label) in phone_link_labels(supporter) {
            if href == "tel:1800111888" || href.starts_with("sms:50808") {
                assert!(!label.contains(theirs), "{locale:?}: {label:?}");
            }
        }
        let quality = text(&answer_in("ie", locale, "good-treatment"));
        let hse = said(
            locale,
            ["funded by the HSE", "paga el HSE", "financés par le HSE"],
        );
        assert!(
            quality.find(hse) < quality.find("HIQA"),
            "{locale:?}: {quality:?}"
        );
    }
    let cost = text(&answer_in("ie", Locale::En, "cost"));
    assert!(!cost.contains("talk it through"), "{cost:?}");
}

/// Canada's calling answer: a B.C. reader at night has HealthLink BC 8-1-1 there too, as every
/// other list of the page gives it (C1; §13.3); the overdose line works anywhere in Canada (C4;
/// §2.2 "Canada-wide"). Each reader.
#[test]
fn canadas_calling_answer_offers_a_line_any_time_and_says_the_overdose_line_is_national() {
    for locale in Locale::ALL {
        let answer = answer_in("ca", locale, "calling");
        let anywhere = said_any(
            locale,
            [
                "anywhere in Canada",
                "cualquier parte de Canadá",
                "de partout au Canada",
            ],
        );
        for reader in READERS {
            let html = reader_html(&answer, reader);
            assert!(
                phone_links(html).iter().any(|(href, _)| href == "tel:811"),
                "{locale:?}/{reader}: no 8-1-1"
            );
            let words = text(html);
            assert!(
                anywhere.iter().any(|a| words.contains(a)),
                "{locale:?}/{reader}: {words:?}"
            );
        }
    }
}

/// Canada's treatment tier and return-to-use answer promised "the line for your province" to
/// readers in ten provinces and territories that have none listed (C3); ConnexOntario's name
/// says it answers any time, as the B.C. lines' say their hours (C2); naloxone comes from
/// "public health services", not "health authorities" (C5); the quality answer leads with what
/// to ask (C6).
#[test]
fn canada_promises_no_province_a_line_it_does_not_list() {
    for locale in Locale::ALL {
        let html = render_with(&[("region", "ca"), ("locale", locale.as_str())]);
        let page = text(&html);
        for promise in [
            "line for your province",
            "line for their province",
            "línea de tu provincia",
            "línea de su provincia",
            "ligne de votre province",
            "ligne de sa province",
        ] {
            assert!(!page.contains(promise), "{locale:?}: {promise:?}");
        }
        let connex = said(
            locale,
            [
                "ConnexOntario (Ontario, any time)",
                "ConnexOntario (Ontario, a cualquier hora)",
                "ConnexOntario (Ontario, en tout temps)",
            ],
        );
        assert!(page.contains(connex), "{locale:?}");
        let quality = text(&answer_in("ca", locale, "good-treatment"));
        let accredited = said(locale, ["accredited", "acreditado", "agréé"]);
        let none = said(
            locale,
            ["no overall national", "no hay normas", "pas de normes"],
        );
        let (asked, warned) = (quality.find(accredited), quality.find(none));
        assert!(
            asked.is_some() && warned.is_some() && asked < warned,
            "{locale:?}: {quality:?}"
        );
    }
    let en = text(&render_with(&[("region", "ca"), ("locale", "en")]));
    assert!(!en.contains("health authorities"));
}

/// New Zealand's page (review67-plain-nz): the privacy answer answers the reader's question first
/// and tells a supporter the Code covers what they are told (Z1; §9.2); the cost answer names the
/// treatment the Ministry's programme runs, methadone and buprenorphine, not "medicine for opioid
/// use", which took in naltrexone (Z2; §7.5); the quality questions are for a service, not the
/// helpline whose buttons come just before (Z3); ANZCOR's guideline has a name, not a 100-character
/// address read out in the emergency tier (Z4; §1.5).
#[test]
fn new_zealands_answers_say_whom_and_what_they_mean() {
    for locale in Locale::ALL {
        let privacy = answer_in("nz", locale, "who-finds-out");
        let own = reader_text(&privacy, "rg-for-self");
        let employer = said(locale, ["employer", "empleador", "employeur"]);
        assert!(sentences(&own)[0].contains(employer), "{locale:?}: {own:?}");
        let supporter = reader_text(&privacy, "rg-for-loved-one");
        let you = said(locale, ["you included", "también contigo", "même à vous"]);
        assert!(supporter.contains(you), "{locale:?}: {supporter:?}");
        let cost = text(&answer_in("nz", locale, "cost"));
        let programme = said(
            locale,
            [
                "Methadone and buprenorphine treatment runs under",
                "El tratamiento con metadona o buprenorfina es parte",
                "Le traitement par méthadone ou buprénorphine fait partie",
            ],
        );
        assert!(cost.contains(programme), "{locale:?}: {cost:?}");
        let quality = text(&answer_in("nz", locale, "good-treatment"));
        let service = said(
            locale,
            [
                "Questions to ask a service",
                "Preguntas para hacerle a un servicio",
                "Questions à poser à un service",
            ],
        );
        assert!(quality.contains(service), "{locale:?}: {quality:?}");
        for region in ["nz", "au"] {
            let html = render_with(&[("region", region), ("locale", locale.as_str())]);
            let tier = text(emergency_tier_html(&html));
            assert!(tier.contains("ANZCOR"), "{region}/{locale:?}");
            assert!(!tier.contains("anzcor.org"), "{region}/{locale:?}");
        }
    }
}

/// French "prendre" is said of the medicine too: "une quantité que vous preniez avant" read as the
/// old dose of the medicine, and naltrexone's warning as a smaller naltrexone dose causing an
/// overdose (review67-plain-aufr, F1, severity 2); the Spanish "la cantidad de antes" after "dejar
/// tu medicamento" read the same way (review68a-clinical, C1; review68a-es, ES1, ES2, severity 1).
/// Every French and Spanish amount that can cause an overdose says it is an amount of opioids
/// (§2.1; §4: "lower doses of opioids than previously used").
#[test]
fn an_amount_that_can_cause_an_overdose_is_an_amount_of_opioids() {
    for (locale, amounts, before, overdose, opioids) in [
        (
            Locale::Fr,
            ["quantité", "moins d'"],
            "avant",
            "surdose",
            "opioïdes",
        ),
        (
            Locale::Es,
            ["cantidad", "cantidad"],
            "antes",
            "sobredosis",
            "opioides",
        ),
    ] {
        let mut found = 0;
        for region in RegionCode::ALL {
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            for sentence in sentences(&text(&html)) {
                let amount = amounts.iter().any(|a| sentence.contains(a));
                if amount && sentence.contains(before) && sentence.contains(overdose) {
                    found += 1;
                    assert!(
                        sentence.contains(opioids),
                        "{region:?}/{locale:?}: {sentence:?}"
                    );
                }
            }
        }
        assert!(found >= 6 * 10, "{locale:?}: {found} sentences found");
    }
}

/// The supporter's "hard to wake" sentence has one subject: the Spanish asked "¿Te cuesta
/// despertar…, respira despacio o tienes dudas?", switching between the supporter and the loved one
/// twice (review67-plain-ukes, E2), and the French stacked "le ou la" and "il ou elle" (F6).
#[test]
fn the_supporters_hard_to_wake_sentence_has_one_subject() {
    for locale in [Locale::Es, Locale::Fr] {
        let answer = answer_in("uk", locale, "missed-doses");
        let words = reader_text(&answer, "rg-for-loved-one");
        for sentence in sentences(&words) {
            let mixed = match locale {
                Locale::Es => sentence.contains("respira") && sentence.contains("dudas"),
                _ => sentence.contains("le ou la réveiller"),
            };
            assert!(!mixed, "{locale:?}: {sentence:?}");
        }
    }
}

/// Canada's emergency tier said "a law protects from charges for simple drug possession" and
/// named whom it covers two sentences later: read alone, it said possession is not charged in
/// Canada (review67-plain-caes, S1). The sentence that names the protection names the overdose.
#[test]
fn canadas_emergency_tier_ties_the_protection_to_the_overdose() {
    for locale in Locale::ALL {
        let html = render_with(&[("region", "ca"), ("locale", locale.as_str())]);
        let tier = text(emergency_tier_html(&html));
        let possession = said(locale, ["possession", "posesión", "possession"]);
        let overdose = said(locale, ["overdose", "sobredosis", "surdose"]);
        let sentence = sentence_with(&tier, possession)
            .unwrap_or_else(|| panic!("{locale:?}: no protection in {tier:?}"));
        assert!(sentence.contains(overdose), "{locale:?}: {sentence:?}");
    }
}

/// Ireland's calling answer lists the lines that answer at any hour, then the buttons: the first
/// button was the HSE line, the one the page says may be closed at night (review67-plain-iefr,
/// G1). The 24/7 lines come first and the HSE button says it may be closed at night. French names
/// what Samaritans is (G4), and what the mental health line is (G3).
#[test]
fn irelands_calling_answer_puts_the_lines_open_at_night_first() {
    for locale in Locale::ALL {
        let answer = answer_in("ie", locale, "calling");
        let night = said(
            locale,
            ["closed at night", "cerrada de noche", "fermée la nuit"],
        );
        for reader in READERS {
            let links = phone_link_labels(reader_html(&answer, reader));
            let first = links.first().expect("a button");
            assert_ne!(first.0, "tel:1800459459", "{locale:?}/{reader}: {links:?}");
            let hse = links.iter().find(|(href, _)| href == "tel:1800459459");
            let (_, label) = hse.unwrap_or_else(|| panic!("{locale:?}/{reader}: no HSE"));
            assert!(label.contains(night), "{locale:?}/{reader}: {label:?}");
        }
        if locale == Locale::Fr {
            let words = text(&answer);
            assert!(
                words.contains("Samaritans est une ligne d'écoute"),
                "{words:?}"
            );
            assert!(words.contains("ligne d'information du HSE"), "{words:?}");
        }
    }
}

/// A supporter told their pregnant loved one should not stop suddenly is told what to suggest,
/// as the reader's own line is (review67-plain-iefr, G6).
#[test]
fn a_supporter_of_a_pregnant_loved_one_is_told_whom_she_can_talk_to() {
    for locale in Locale::ALL {
        let midwife = said(locale, ["midwife", "partera", "sage-femme"]);
        let answer = answer_in("us", locale, "stopping");
        let words = reader_text(&answer, "rg-for-loved-one");
        let pregnant = said(locale, ["pregnant", "embarazada", "enceinte"]);
        let at = words.find(pregnant).expect("the pregnancy item");
        assert!(words[at..].contains(midwife), "{locale:?}: {words:?}");
    }
}

/// The UK page names the line it sends a reader to, "NHS 111", as its button and tier do (review67-plain-ukfr,
/// K4); French says where FRANK's chat is and that the chat, not FRANK, has the hours (K1); a French reader
/// in the UK can look up "Narcotics Anonymous" (K7). Australia's Spanish glosses the Victorian complaints
/// office (review67-plain-aues, P2).
#[test]
fn the_uk_and_australian_pages_name_what_a_reader_can_look_up() {
    for locale in Locale::ALL {
        let page = text(&render_with(&[
            ("region", "uk"),
            ("locale", locale.as_str()),
        ]));
        let nhs_111 = said(
            locale,
            [
                "Wales, call NHS 111. In Northern Ireland",
                "Gales, llama al NHS 111. En Irlanda del Norte",
                "Galles, appelez le NHS 111. En Irlande du Nord",
            ],
        );
        assert!(page.contains(nhs_111), "{locale:?}");
    }
    // The 111 tier's heading says it is not for an emergency, in every language: a reader
    // scanning headings during an overdose must not take it for 999 (review67e, E1).
    for locale in Locale::ALL {
        let html = render_with(&[("region", "uk"), ("locale", locale.as_str())]);
        let tier = &html[html.find("rg-tier--crisis").expect("the 111 tier")..];
        let heading = text(slices(tier, "<h3", "</h3>")[0]);
        let not_emergency = said(
            locale,
            [
                "not an emergency",
                "no es una emergencia",
                "ce n'est pas une urgence",
            ],
        );
        assert!(heading.contains(not_emergency), "{locale:?}: {heading:?}");
    }
    let fr = text(&render_with(&[("region", "uk"), ("locale", "fr")]));
    assert!(fr.contains("Le chat en direct (clavardage) du site de FRANK"));
    assert!(!fr.contains("Le site Web de FRANK offre aussi un clavardage"));
    assert!(fr.contains("Narcotiques Anonymes (Narcotics Anonymous)"));
    assert!(!fr.contains("Soutien urgent\u{a0}: Pas une urgence"));
    let es = text(&render_with(&[("region", "au"), ("locale", "es")]));
    assert!(es.contains("la oficina de quejas de salud (Health Complaints Commissioner)"));
}

/// The French pages are read outside Québec by readers from France, Belgium and Africa, so shared
/// words must mean the same there (review68-plain-usfr, -nzfr): "offert" reads as "given free"
/// (NF2: against New Zealand's "ask about fees", §7.5); "aller aux rencontres" as meetings or
/// dating, and "le milieu" as one's social circle or the drug scene (UF5, NF5); "témoin" as a
/// witness, in the sentence that says nothing tracks the reader (UF6); "une quantité d'opioïdes
/// que vous preniez avant" is English syntax that blurred the overdose warning, which elsewhere
/// says "la même quantité qu'avant" (NF3).
#[test]
fn shared_french_words_mean_the_same_in_europe_africa_and_quebec() {
    const MISREAD: [&str; 15] = [
        "offert",
        "offrez-vous",
        "aux rencontres",
        "chaque milieu",
        "le milieu avec",
        "milieux de soins",
        "aucun témoin",
        "une quantité d'opioïdes que",
        "une quantité d'opioïdes prise",
        "une quantité que vous",
        "une quantité qu'il",
        // Stop 67's uk-fr read, K5 and K6: "le traitement lié aux drogues" is vague beside the
        // guide's "traitement pour la consommation de", and
        // "les y orienter" had no one for "les" and "y" to be.
        "traitement lié aux drogues",
        "les y orienter",
        // Review69's au read, AU2: in Europe "le prix normal" is the full price, not the PBS's
        // co-payment; its nz read, NZ2: "C'est gratuit" after "trouver des services" made the
        // services free, which §7.5 does not say.
        "prix normal",
        "des services. c'est gratuit",
    ];
    for region in RegionCode::ALL {
        let html = render_with(&[("region", region.as_str()), ("locale", "fr")]);
        let page = text(&html).to_lowercase();
        for words in MISREAD {
            assert!(!page.contains(words), "{region:?}: \"{words}\"");
        }
        assert!(
            page.contains("la même quantité d'opioïdes qu'avant"),
            "{region:?}"
        );
    }
}

/// A Spanish or French reader in New Zealand searches in English: the page gives the English name
/// beside its own words where the reader will need it (review68-plain-nzes, NS2, NS3; -nzfr, NF6):
/// needle exchanges, where the free kits are; Narcotics Anonymous; and what "Pasifika" means.
#[test]
fn a_reader_in_new_zealand_gets_the_english_names_to_search_for() {
    for (locale, pacific) in [
        (Locale::Es, "Pasifika: pueblos del Pacífico"),
        (
            Locale::Fr,
            "Pasifika Line (Pasifika : les peuples du Pacifique)",
        ),
    ] {
        let html = render_with(&[("region", "nz"), ("locale", locale.as_str())]);
        let page = text(&html);
        assert!(page.contains("(needle exchange)"), "{locale:?}");
        let calling = text(&answer_in("nz", locale, "calling"));
        assert!(calling.contains(pacific), "{locale:?}: {calling:?}");
    }
    let page = text(&render_with(&[("region", "nz"), ("locale", "es")]));
    assert!(page.contains("Narcóticos Anónimos (Narcotics Anonymous)"));
}

/// The French supporter's questions call the person "mon proche", as every other title does: a
/// fast reader took "une personne qui compte pour moi" for someone else (review68-plain-usfr, UF8).
#[test]
fn french_supporters_questions_name_their_loved_one_one_way() {
    let guide = content::guide(Locale::Fr);
    for q in guide.questions.questions.all() {
        let asked = q.loved_one_question.unwrap_or(q.question);
        if asked.starts_with("Comment aider") {
            assert!(asked.contains("mon proche"), "{asked:?}");
        }
    }
}

// ---------- The scenario reads of stop 69 (review69-scenarios-a, -b, -c) ----------

/// A reader in alcohol or benzodiazepine withdrawal at night, who had a seizure before, read "Get
/// medical help now" and no sign that made it an emergency (SB1, SA3). The seizure warnings, in the
/// withdrawal answer and the detox step, name the signs of severe withdrawal (§6, HealthLink BC:
/// severe trembling, confusion, hallucinations, chest pain, shortness of breath, seizures; it "can
/// lead to death if it is not treated") and the region's emergency number. Every region, language
/// and reader.
#[test]
fn the_seizure_warnings_name_the_signs_that_make_it_an_emergency() {
    for (region, number) in EMERGENCY_NUMBERS {
        for locale in Locale::ALL {
            let chest = said(
                locale,
                ["chest pain", "dolor en el pecho", "douleur à la poitrine"],
            );
            let seizures = said(locale, ["seizure", "convulsiones", "convulsions"]);
            let answer = answer_in(region.as_str(), locale, "withdrawal");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let detox = step_html(&html, "detox");
            let mut warnings = slices(&answer, "<p class=\"rg-warning\">", "</p>");
            warnings.extend(slices(detox, "<p class=\"rg-warning\">", "</p>"));
            let seizure_boxes: Vec<String> = warnings
                .into_iter()
                .map(text)
                .filter(|w| w.contains(seizures))
                .collect();
            // The answer's box, and the detox step's box for each reader.
            assert_eq!(
                seizure_boxes.len(),
                3,
                "{region:?}/{locale:?}: {seizure_boxes:?}"
            );
            for warning in seizure_boxes {
                assert!(
                    warning.contains(chest) && warning.contains(number),
                    "{region:?}/{locale:?}: {warning:?}"
                );
            }
        }
    }
}

/// A supporter whose friend woke after naloxone and refused the ambulance found "call anyway" only
/// under "Good to know" (SA1): the step that says to stay says "even if they wake up". In the UK,
/// NHS 111's card, right under the emergency card, says an overdose is a 999 call even after
/// naloxone woke them (SA2; §1.3).
#[test]
fn the_overdose_steps_say_to_stay_even_if_they_wake_up() {
    for code in RegionCode::ALL {
        for locale in Locale::ALL {
            let stay = said(
                locale,
                [
                    "Stay with them until",
                    "Quédate con la persona hasta",
                    "Restez avec la personne jusqu'à",
                ],
            );
            let awake = said(
                locale,
                [
                    "even if they wake up",
                    "aunque se despierte",
                    "même si elle se réveille",
                ],
            );
            let items = steps_in(emergency_tier(content::region(code, locale))).concat();
            let step = items
                .iter()
                .find(|i| i.contains(stay))
                .unwrap_or_else(|| panic!("{code:?}/{locale:?}: no step to stay"));
            assert!(step.contains(awake), "{code:?}/{locale:?}: {step:?}");
        }
    }
    for locale in Locale::ALL {
        let html = render_with(&[("region", "uk"), ("locale", locale.as_str())]);
        // The NHS 111 card is the UK's crisis tier.
        let urgent = text(tier_html(&html, "crisis"));
        let woke = said(
            locale,
            [
                "wakes up after naloxone",
                "despierte con la naloxona",
                "la naloxone a réveillé",
            ],
        );
        assert!(
            urgent.contains(woke) && urgent.contains("999"),
            "{locale:?}: {urgent:?}"
        );
    }
}

/// A pregnant reader afraid of being reported found nothing on privacy in the pregnancy answer,
/// and would not open "Will my employer or school be told?" (SA4). The answer, shared by every
/// region, tells each reader to ask their care team what stays private: no rule is stated, as the
/// limits differ by region (§9). Not "at the first visit": a reader already in care asks too, and in
/// the US the sentence before is the Helpline's (review73-clinical, RS2).
#[test]
fn a_pregnant_reader_is_told_to_ask_what_stays_private() {
    every_reader_is_told(
        &RegionCode::ALL,
        "pregnancy",
        [
            "what stays private",
            "confidencial y cuándo",
            "ce qui reste confidentiel",
        ],
    );
}

/// A UK reader two weeks out of prison is not told that trained prison and probation staff may
/// supply naloxone (SB3; §2.3 UK: since December 2024, "police, prison, probation"). Both readers.
#[test]
fn a_uk_reader_leaving_prison_can_ask_probation_for_naloxone() {
    every_reader_is_told(&[RegionCode::Uk], "staying-safer", ["probation"; 3]);
    // "Staff of the probation service", not "staff on probation" (review69d, RD6).
    let answer = answer_in("uk", Locale::Es, "staying-safer");
    assert!(text(&answer).contains("de los servicios de libertad a prueba (probation)"));
}

/// A reader starting buprenorphine this week opened "What happens at a first appointment?", which
/// never said the first dose usually waits until withdrawal has begun (SB4; §3). Every region,
/// both readers.
#[test]
fn the_first_appointment_says_when_the_first_buprenorphine_dose_is_taken() {
    every_reader_is_told(
        &RegionCode::ALL,
        "first-appointment",
        [
            "usually waits until withdrawal has begun",
            "cuando ya hay síntomas de abstinencia",
            "quand le sevrage a déjà commencé",
        ],
    );
}

/// Asserts that both readers of `question`, in each of `regions` and every language, read
/// `[en, es, fr]` in their language.
fn every_reader_is_told(regions: &[RegionCode], question: &str, words: [&str; 3]) {
    for locale in Locale::ALL {
        let told = said(locale, words);
        for code in regions {
            let answer = answer_in(code.as_str(), locale, question);
            for reader in READERS {
                let read = reader_text(&answer, reader);
                assert!(
                    read.contains(told),
                    "{code:?}/{locale:?}/{reader}: {read:?}"
                );
            }
        }
    }
}

/// A supporter whose loved one uses while on buprenorphine might push them to stop it, "since it
/// isn't working": their answer said nothing on the medication, the person's did (SC1; §10, ASAM
/// 2025: the clinician revises the plan; §4: stopping lowers tolerance). Every region.
#[test]
fn a_supporter_hears_that_stopping_medication_after_using_again_raises_the_risk() {
    for locale in Locale::ALL {
        let stopping = said(
            locale,
            [
                "Stopping the medication",
                "Dejar el medicamento",
                "Arrêter le médicament",
            ],
        );
        // ...and what to do: not stop it without the care team (review69c-clinical, CC1), said
        // with no double negative a skimming reader could turn around (review101, PL-2).
        let talk_first = said(
            locale,
            [
                "talk with their care team before they stop the medication",
                "hablar con su equipo de salud antes de dejar el medicamento",
                "parler à son équipe soignante avant d'arrêter le médicament",
            ],
        );
        for code in RegionCode::ALL {
            let answer = answer_in(code.as_str(), locale, "started-again");
            let theirs = reader_text(&answer, "rg-for-loved-one");
            assert!(
                theirs.contains(stopping) && theirs.contains(talk_first),
                "{code:?}/{locale:?}: {theirs:?}"
            );
        }
    }
}

/// A supporter whose brother uses alone and stops answering had no step: every "if they stop
/// responding" assumed a line on the phone with him (SC2). "If unsure, treat it as an overdose"
/// (CONTENT-FACTS.md): they call the emergency number and give the address. Every region.
#[test]
fn a_supporter_who_cannot_reach_their_loved_one_calls_the_emergency_number() {
    for (code, number) in EMERGENCY_NUMBERS {
        for locale in Locale::ALL {
            let unreached = said(
                locale,
                [
                    "Cannot reach them",
                    "¿No logras comunicarte con tu ser querido",
                    "Vous ne pouvez pas joindre votre proche",
                ],
            );
            let answer = answer_in(code.as_str(), locale, "staying-safer");
            let theirs = reader_text(&answer, "rg-for-loved-one");
            let item = slices(reader_html(&answer, "rg-for-loved-one"), "<li", "</li>")
                .into_iter()
                .map(text)
                .find(|i| i.contains(unreached))
                .unwrap_or_else(|| panic!("{code:?}/{locale:?}: {theirs:?}"));
            assert!(item.contains(number), "{code:?}/{locale:?}: {item:?}");
        }
    }
}

/// A methadone patient back at the dosing window after 4 days away: the 3-day rule protects them
/// only if whoever doses them knows of the gap, often a pharmacist, not "the care team" (SA6;
/// §2.1, §7.4). The missed-doses warning says so, to both readers.
#[test]
fn the_missed_doses_warning_says_to_tell_the_clinic_or_pharmacy() {
    every_reader_is_told(
        &RegionCode::ALL,
        "missed-doses",
        [
            "At the clinic or pharmacy",
            "En la clínica o la farmacia",
            "À la clinique ou à la pharmacie",
        ],
    );
}

/// A US reader without insurance reads the treatment card first; that the helpline refers people
/// to their state's office for state-funded treatment was four screens up (SB5; §7.1).
#[test]
fn a_us_reader_without_insurance_reads_it_on_the_treatment_card() {
    for locale in Locale::ALL {
        let region = content::region(RegionCode::Us, locale);
        let card = region
            .tiers
            .iter()
            .find(|t| t.kind == TierKind::Treatment)
            .expect("the treatment card");
        let funded = said(
            locale,
            ["state-funded", "que paga el estado", "payé par l'État"],
        );
        assert!(
            card.body.text().contains(funded),
            "{locale:?}: {:?}",
            card.body.text()
        );
    }
}

/// A reader out of prison two weeks, offered heroin tonight, found no answer for "not yet": the
/// "started again" answer offers the 24-hour line now where the sheets say it answers at any hour
/// (the UK, Australia, New Zealand; SB2), and in the US 988, which helps with substance use crises
/// too (a reader a day out of rehab planning "just once"; review74-scenarios, SU-4); not in
/// Ireland, whose HSE line's hours they do not give.
#[test]
fn a_reader_about_to_use_is_offered_the_line_now() {
    for locale in Locale::ALL {
        let not_yet = said(
            locale,
            [
                "Not used yet",
                "¿Aún no has consumido",
                "pas encore consommé",
            ],
        );
        // In the US, 988 is for a reader who has used too, and struggles (review85-scenarios-a, MA1).
        let struggling = said(
            locale,
            [
                "Struggling, or thinking about using?",
                "¿Lo estás pasando mal o piensas en consumir?",
                "Vous allez mal, ou vous pensez à consommer?",
            ],
        );
        for code in RegionCode::ALL {
            let answer = answer_in(code.as_str(), locale, "started-again");
            let own = reader_text(&answer, "rg-for-self");
            let not_yet = if code == RegionCode::Us {
                struggling
            } else {
                not_yet
            };
            let any_hour = matches!(
                code,
                RegionCode::Uk | RegionCode::Au | RegionCode::Nz | RegionCode::Us
            );
            assert_eq!(
                own.contains(not_yet),
                any_hour,
                "{code:?}/{locale:?}: {own:?}"
            );
            if code == RegionCode::Au {
                // South Australia's counsellors answer only until 10 pm: the offer says so before the
                // hotline's button (review69d, RD1), as the page does everywhere it names the hotline.
                let after = own.split(not_yet).nth(1).unwrap_or("");
                let before_button = after.split("1800 250 015").next().unwrap_or("");
                assert!(before_button.contains("000"), "{locale:?}: {after:?}");
            }
        }
    }
}

/// A parent scanning the questions for "school" found it only in the person's own question: the
/// supporter's privacy question asked "Who else will find out?", though its answer covers the
/// employer and the school (review69-scenarios, SA5). In every region, both are in its words.
#[test]
fn a_supporters_privacy_question_names_the_employer_and_the_school() {
    for locale in Locale::ALL {
        let named = [
            said(locale, ["employer", "empleador", "employeur"]),
            said(locale, ["school", "escuela", "école"]),
        ];
        let asked: Vec<&str> = content::guide(locale)
            .questions
            .questions
            .iter()
            .filter(|q| q.id == "who-finds-out")
            .filter_map(|q| q.loved_one_question)
            .collect();
        assert_eq!(
            asked.len(),
            RegionCode::ALL.len(),
            "{locale:?}: one per region"
        );
        for question in asked {
            for word in named {
                assert!(question.contains(word), "{locale:?}: {question:?}");
            }
        }
    }
}

/// A person on methadone who starts in the journey never met the missed-dose rule: it sat in the
/// twelfth question (review69-scenarios, SA7). Step 5's box on stopping says it to both readers:
/// after 3 days or more without methadone, the usual dose could cause an overdose, and not to take
/// it until the care team says so (§2.1, §4; the missed-doses answer's own words).
#[test]
fn the_medication_step_warns_of_the_usual_dose_after_missed_days() {
    for locale in Locale::ALL {
        let step = journey_step(locale, "medication");
        let days = said(
            locale,
            ["3 days or more", "3 días o más", "3 jours ou plus"],
        );
        let methadone = said(locale, ["methadone", "metadona", "méthadone"]);
        let usual = said(
            locale,
            ["usual dose", "dosis de siempre", "dose habituelle"],
        );
        for words in [&step.me, &step.loved_one] {
            let warnings = warned(words);
            let missed = sentence_with(&warnings, days).unwrap_or("");
            assert!(missed.contains(methadone), "{locale:?}: {warnings:?}");
            assert!(warnings.contains(usual), "{locale:?}: {warnings:?}");
            // Not "ask before you take it": a reader whose clinic is closed at night could take it
            // (review70-lang, RL1; the missed-doses answer's "until your care team says so").
            let wait = sentences(&warnings)
                .into_iter()
                .skip_while(|s| !s.contains(days))
                .nth(1)
                .unwrap_or("");
            let until = said_any(
                locale,
                [
                    "not take it until",
                    "hasta que",
                    "pas avant|pas la prendre avant",
                ],
            );
            assert!(
                until.iter().any(|u| wait.contains(u)),
                "{locale:?}: {wait:?}"
            );
        }
    }
}

/// A reader in the UK planning to stop methadone read nothing on when withdrawal would come; that
/// was in another answer (review69-scenarios, SC5). "Can I stop?" says it to both readers: usually
/// within about 30 hours of the last dose (§6, MedlinePlus).
#[test]
fn the_stopping_answer_says_when_methadone_withdrawal_starts() {
    every_reader_is_told(
        &RegionCode::ALL,
        "stopping",
        ["30 hours", "30 horas", "30 heures"],
    );
    // That is when leftover take-home doses tempt: the 3-day rule Step 5 gives is said here too
    // (review70-clinical, RA2).
    let rule = [
        "3 days or more without methadone",
        "3 días o más sin metadona",
        "3 jours ou plus sans méthadone",
    ];
    every_reader_is_told(&RegionCode::ALL, "stopping", rule);
}

/// A supporter in Canada whose loved one always uses alone opened "How do I help?" and found no line
/// for it: the National Overdose Response Service was in three other answers (review69-scenarios,
/// SC3; §2.2). The answer names it and offers its number, as the loved one's to call.
#[test]
fn canadas_helping_answer_offers_the_line_for_using_alone() {
    let nors = content::region(RegionCode::Ca, Locale::En)
        .line("nors")
        .expect("the line for using alone");
    for locale in Locale::ALL {
        let answer = answer_in("ca", locale, "helping-someone");
        assert!(
            text(&answer).contains("National Overdose Response Service"),
            "{locale:?}: not named"
        );
        let offered: Vec<String> = phone_links(&answer).into_iter().map(|l| l.0).collect();
        assert!(
            offered.contains(&nors.contact_href()),
            "{locale:?}: {offered:?}"
        );
        // Those lines watch over the caller only: a frightened supporter is told to call 911
        // (review70-clinical, RA3), and Quebec's two numbers are told apart (RA4).
        let read = text(&answer);
        let call = said(locale, ["Call 911", "Llama al 911", "Appelez le 911"]);
        assert!(read.contains(call), "{locale:?}: no {call}");
        let option_2 = said(
            locale,
            [
                "Option 2 is the overdose prevention service",
                "La opción 2 es el servicio de prevención de sobredosis",
                "L'option 2 est le service de prévention des surdoses",
            ],
        );
        assert!(read.contains(option_2), "{locale:?}: {read:?}");
        // Whose lines they are names them: "these lines" took in Quebec's helpline too, the one
        // line here for the supporter (review70b, RB1).
        let theirs = said(
            locale,
            [
                "for your loved one to call",
                "para que llame tu ser querido",
                "C'est votre proche qui appelle",
            ],
        );
        let whose = sentence_with(&read, theirs).unwrap_or("");
        let nors = said(
            locale,
            [
                "National Overdose Response Service",
                "Servicio Nacional de Respuesta a Sobredosis",
                "National Overdose Response Service",
            ],
        );
        assert!(whose.contains(nors), "{locale:?}: {whose:?}");
    }
}

/// "Give the address where they are" after "cannot reach them" read, in Spanish, as the caller's
/// own place as much as the loved one's (review69c-clinical): "del lugar donde está".
#[test]
fn spanish_cannot_reach_them_gives_the_loved_ones_address() {
    for code in RegionCode::ALL {
        let answer = answer_in(code.as_str(), Locale::Es, "staying-safer");
        let theirs = reader_text(&answer, "rg-for-loved-one");
        let call = sentence_with(&theirs, "Da la dirección").unwrap_or("");
        assert!(
            call.contains("del lugar donde está"),
            "{code:?}: {theirs:?}"
        );
    }
}

/// Methadone mixed with alcohol or sedatives can cause an overdose (CONTENT-FACTS.md, Treatment
/// facts, SAMHSA TIP 63). Two places where a reader decides did not say so (review71-scenarios):
/// - SD3: the emergency card, where someone who finds a person on methadone very sleepy after
///   drinking decides: under the signs, in every region, with its source among the card's, the
///   call to make, and naloxone given even by a reader sure it was the drink or the pills (they are
///   opioids: CONTENT-FACTS-TOPICS.md §3; review72, RJ1, RJ2);
/// - SG2: "How do I stay safer?", which a reader on treatment who plans to drink opens: each
///   reader's answer, in every region, with its source among the answer's, sedatives named as
///   Step 5 names them, and what to do if they go ahead anyway (review72, RJ3, RJ4).
///
/// Each is written once (help.toml, phrases.toml) and said in all six regions.
#[test]
fn methadone_with_alcohol_is_on_the_overdose_card_and_in_the_safer_answer() {
    for locale in Locale::ALL {
        let card = said(
            locale,
            [
                "Mixing methadone with alcohol or sedatives, like Xanax or Valium, can cause an overdose. Mixing buprenorphine with alcohol or sedatives is risky too. The risk of overdose is also higher in the first 4 weeks of methadone than later on. Any of these signs in someone on methadone or buprenorphine? Treat it as an overdose: call",
                "Mezclar la metadona con alcohol o con sedantes, como Xanax o Valium, puede causar una sobredosis. Mezclar la buprenorfina con alcohol o con sedantes también es un riesgo. En las primeras 4 semanas con metadona, el riesgo de sobredosis también es mayor que más adelante. ¿Ves alguna de estas señales en alguien que toma metadona o buprenorfina? Actúa como si fuera una sobredosis: llama al",
                "Mélanger la méthadone avec de l'alcool ou des sédatifs, comme le Xanax ou le Valium, peut causer une surdose. Mélanger la buprénorphine avec de l'alcool ou des sédatifs comporte aussi des risques. Pendant les 4 premières semaines de traitement à la méthadone, le risque de surdose est aussi plus élevé qu'ensuite. Vous voyez un de ces signes chez une personne qui prend de la méthadone ou de la buprénorphine? Agissez comme s'il s'agissait d'une surdose",
            ],
        );
        let own = said(
            locale,
            [
                "On methadone or buprenorphine, and planning to drink or take sedatives like Xanax or Valium? Mixing methadone with alcohol or sedatives can cause an overdose.",
                "¿Tomas metadona o buprenorfina y piensas beber o tomar sedantes, como Xanax o Valium? Mezclar la metadona con alcohol o con sedantes puede causar una sobredosis.",
                "Vous prenez de la méthadone ou de la buprénorphine? Vous pensez boire ou prendre des sédatifs, comme le Xanax ou le Valium? Mélanger la méthadone avec de l'alcool ou des sédatifs peut causer une surdose.",
            ],
        );
        let theirs = said(
            locale,
            [
                "Are they on methadone or buprenorphine, and planning to drink or take sedatives like Xanax or Valium? Mixing methadone with alcohol or sedatives can cause an overdose.",
                "¿Tu ser querido toma metadona o buprenorfina y piensa beber o tomar sedantes, como Xanax o Valium? Mezclar la metadona con alcohol o con sedantes puede causar una sobredosis.",
                "Votre proche prend de la méthadone ou de la buprénorphine? Il ou elle pense boire ou prendre des sédatifs, comme le Xanax ou le Valium? Mélanger la méthadone avec de l'alcool ou des sédatifs peut causer une surdose.",
            ],
        );
        let opioids = said(
            locale,
            [
                "Methadone and buprenorphine are opioids, so give naloxone if you have it.",
                "La metadona y la buprenorfina son opioides: si tienes naloxona, dásela.",
                "donnez de la naloxone si vous en avez.",
            ],
        );
        let anyway = said(
            locale,
            [
                "Going to mix them anyway? Stay with someone, and make sure they have naloxone.",
                "¿Vas a hacer la mezcla de todos modos? No te quedes a solas y asegúrate de que quien esté contigo tenga naloxona.",
                "Restez avec quelqu'un et assurez-vous que cette personne a de la naloxone.",
            ],
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let cards = slices(help_section(&html), "rg-tier--emergency", "rg-tier--crisis");
            let shown = text(cards.first().expect("the emergency card"));
            assert!(shown.contains(card), "{at}: {shown}");
            // Sure it was the drink or the pills, a reader still gives naloxone (review72, RJ1).
            assert!(shown.contains(opioids), "{at}: {shown}");
            assert!(shown.contains("SAMHSA TIP 63"), "{at}: the card's sources");
            let answer = slices(&html, "id=\"rg-q-staying-safer\"", "</details>");
            let answer = answer.first().expect("the safer answer");
            let (self_part, supporter_part) = by_reader(answer);
            assert!(text(self_part).contains(own), "{at}: {}", text(self_part));
            assert!(text(supporter_part).contains(theirs), "{at}");
            // And for the night itself, if they go ahead (review72, RJ4).
            assert!(text(self_part).contains(anyway), "{at}");
            assert!(
                text(answer).contains("SAMHSA TIP 63"),
                "{at}: the answer's sources"
            );
        }
    }
}

/// What the scenario reads of stop 72 found a reader needed, where they looked (review72-scenarios-a
/// and -b; CONTENT-FACTS.md and CONTENT-FACTS-TOPICS.md as cited in each file):
/// - SH1: the US take-home tiers in full (up to 7, 14 and 28 days), not the first alone;
/// - SH2: switching from methadone to buprenorphine, in the dose answer: too soon brings withdrawal (§3);
/// - SH3: a family whose loved one is in hospital after an overdose asks about treatment and naloxone;
/// - SI-1: a US reader started on buprenorphine in an emergency room asks where the next doses come from;
/// - SI-2: some Irish addiction services are private (§17.7): ask if the HSE funds it, and the cost;
/// - SI-3: a reader who stopped methadone or buprenorphine weeks ago is in the riskiest weeks (§4);
/// - SH4: the UK's "How do I stay safer?" gives FRANK to call or text (CONTENT-FACTS.md, United Kingdom);
/// - SH5: Australia's card asks the caller to tell the crew about methadone or buprenorphine (§1.5).
#[test]
fn what_the_stop_72_scenario_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        let us = text(&render_with(&[
            ("region", "us"),
            ("locale", locale.as_str()),
        ]));
        let tiers = said(
            locale,
            [
                "From day 15, up to 14 days' worth. From day 31, up to 28 days' worth. The clinic decides",
                "Desde el día 15, para un máximo de 14 días. Desde el día 31, para un máximo de 28 días. La clínica decide",
                "À partir du 15e jour, pour 14 jours au plus. À partir du 31e jour, pour 28 jours au plus. La clinique décide",
            ],
        );
        assert!(us.contains(tiers), "{locale:?}: the take-home tiers");
        let emergency_room = [
            said(
                locale,
                [
                    "Started buprenorphine in an emergency room? Before you leave, ask where to get your next doses.",
                    "¿Empezaste la buprenorfina en urgencias? Antes de irte, pregunta dónde conseguir las próximas dosis.",
                    "Vous avez commencé la buprénorphine aux urgences? Avant de partir, demandez où obtenir vos prochaines doses.",
                ],
            ),
            said(
                locale,
                [
                    "Did they start buprenorphine in an emergency room? Before they leave, they can ask where to get the next doses.",
                    "¿Tu ser querido empezó la buprenorfina en urgencias? Antes de irse, puede preguntar dónde conseguir las próximas dosis.",
                    "Votre proche a commencé la buprénorphine aux urgences? Avant de partir, il ou elle peut demander où obtenir les prochaines doses.",
                ],
            ),
        ];
        let first = answer_in("us", locale, "first-appointment");
        let samhsa = content::region(RegionCode::Us, locale)
            .main_helpline()
            .contact_href();
        for (reader, words) in READERS.iter().zip(emergency_room) {
            assert!(
                reader_text(&first, reader).contains(words),
                "{locale:?}/{reader}"
            );
            // The line it names, to call from there (review72d, RN4).
            let theirs = reader_html(&first, reader);
            assert!(
                theirs.contains(&format!("href=\"{samhsa}\"")),
                "{locale:?}/{reader}"
            );
        }
        let private = said(
            locale,
            [
                "Not every addiction service is run or funded by the HSE. Some are private.",
                "No todos los servicios de adicciones los dirige o los paga el HSE. Algunos son privados.",
                "Les services de traitement de la dépendance ne sont pas tous gérés ou financés par le HSE. Certains sont privés.",
            ],
        );
        let cost = answer_in("ie", locale, "cost");
        for reader in READERS {
            assert!(
                reader_text(&cost, reader).contains(private),
                "{locale:?}/{reader}"
            );
        }
        let switching = said(
            locale,
            [
                "Taken too soon after other opioids, like methadone, buprenorphine can cause sudden, strong withdrawal. After methadone, the wait is longer than after heroin.",
                "La buprenorfina no debe tomarse demasiado pronto después de otros opioides, como la metadona. Si se toma demasiado pronto, puede causar",
                "Prise trop tôt après d'autres opioïdes, comme la méthadone, la buprénorphine peut causer un sevrage soudain et intense.",
            ],
        );
        let stopped = said(
            locale,
            [
                "Stopped methadone, buprenorphine or naltrexone in the last few weeks? If you use in the first weeks after stopping, the risk of overdose is highest.",
                "¿Dejaste la metadona, la buprenorfina o la naltrexona en las últimas semanas? Si consumes en las primeras semanas después de dejar el medicamento, el riesgo de sobredosis es el más alto.",
                "Vous avez arrêté la méthadone, la buprénorphine ou la naltrexone au cours des dernières semaines? Si vous consommez dans les premières semaines après l'arrêt, le risque de surdose est le plus élevé.",
            ],
        );
        let hospital = said(
            locale,
            [
                "Is your loved one being treated in a hospital after an overdose? Before they leave, they can ask about starting methadone or buprenorphine.",
                "¿Tu ser querido está en el hospital por una sobredosis? Antes de que le den el alta, puede preguntar si es posible empezar con metadona o buprenorfina.",
                "Votre proche est à l'hôpital après une surdose? Avant sa sortie, il ou elle peut demander s'il est possible de commencer la méthadone ou la buprénorphine.",
            ],
        );
        // SH4: the UK reader's "How do I stay safer?" gives FRANK to call or text tonight, as New
        // Zealand's gives its helpline.
        let uk = content::region(RegionCode::Uk, locale);
        let safer = answer_in("uk", locale, "staying-safer");
        let (own, _) = by_reader(&safer);
        for id in ["frank", "frank_text"] {
            let href = uk.line(id).expect("FRANK's lines").contact_href();
            assert!(
                own.contains(&format!("href=\"{href}\"")),
                "{locale:?}: no {href}"
            );
        }
        // SH5: Australia's card asks the caller to tell the crew about methadone or buprenorphine too.
        let au = render_with(&[("region", "au"), ("locale", locale.as_str())]);
        let cards = slices(help_section(&au), "rg-tier--emergency", "rg-tier--crisis");
        let card = text(cards.first().expect("Australia's emergency card"));
        let on_treatment = said(
            locale,
            [
                "Say too if they are on methadone or buprenorphine.",
                "Di también si toma metadona o buprenorfina.",
                "Dites aussi si elle prend de la méthadone ou de la buprénorphine.",
            ],
        );
        assert!(card.contains(on_treatment), "{locale:?}: {card}");
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let dose = answer_of(&html, "dose");
            for reader in READERS {
                assert!(
                    reader_text(&dose, reader).contains(switching),
                    "{at}/{reader}"
                );
            }
            let again = answer_of(&html, "started-again");
            assert!(reader_text(&again, READERS[0]).contains(stopped), "{at}");
            let helping = text(&answer_of(&html, "helping-someone"));
            assert!(helping.contains(hospital), "{at}: {helping}");
        }
    }
}

/// The second scenario reads of stop 72 (review72-scenarios-c and -d):
/// - SJ1: Step 3's "Start medication directly" tells a reader who uses fentanyl that starting can be
///   harder, and to ask about other ways to start, such as a low-dose start (§3, its own wording);
/// - SK1: in the UK, a supporter whose loved one comes home from prison reads, in "How do I help
///   someone I love?", that prison and probation staff may give out naloxone (§2.3 UK); no other
///   region says it (the sheets give no such route there);
/// - SK2: "pregnant or just had a baby" tells a reader planning a pregnancy not to stop methadone or
///   buprenorphine on her own first (§12: continue through pregnancy; §4).
#[test]
fn what_the_second_stop_72_scenario_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        let fentanyl = said(
            locale,
            [
                "Use fentanyl? Starting buprenorphine can be harder. Ask your care team about other ways to start, such as a low-dose start.",
                "¿Consumes fentanilo? Empezar la buprenorfina puede ser más difícil. Pregunta a tu equipo de salud por otras formas de empezarla, como un inicio con dosis bajas.",
                "Vous consommez du fentanyl? Commencer la buprénorphine peut être plus difficile. Demandez à votre équipe soignante s'il existe d'autres façons de la commencer, comme un démarrage à faible dose.",
            ],
        );
        let prison = said(
            locale,
            [
                "Some prison and probation staff can also give out naloxone.",
                "Parte del personal de prisiones y de los servicios de libertad a prueba (probation) también puede entregar naloxona.",
                "Certains membres du personnel des prisons et des services de probation peuvent aussi fournir de la naloxone.",
            ],
        );
        let planning = [
            said(
                locale,
                [
                    "Planning a pregnancy? Do not stop methadone or buprenorphine on your own to get ready.",
                    "¿Planeas un embarazo? No dejes la metadona ni la buprenorfina por tu cuenta para prepararte.",
                    "Vous prévoyez une grossesse? N'arrêtez ni la méthadone ni la buprénorphine par vous-même pour vous y préparer.",
                ],
            ),
            said(
                locale,
                [
                    "Are they planning a pregnancy? They should not stop methadone or buprenorphine on their own to get ready.",
                    "¿Ella planea un embarazo? No debería dejar la metadona ni la buprenorfina por su cuenta para prepararse.",
                    "Votre proche prévoit une grossesse? Elle ne devrait arrêter ni la méthadone ni la buprénorphine par elle-même pour s'y préparer.",
                ],
            ),
        ];
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let page = text(&html);
            assert!(page.contains(fentanyl), "{at}: Step 3 and fentanyl");
            let helping = text(&answer_of(&html, "helping-someone"));
            assert_eq!(helping.contains(prison), region == RegionCode::Uk, "{at}");
            let pregnancy = answer_of(&html, "pregnancy");
            for (reader, words) in READERS.iter().zip(planning) {
                assert!(
                    reader_text(&pregnancy, reader).contains(words),
                    "{at}/{reader}"
                );
            }
        }
    }
}

/// What stop 72's scenario readers left for later (review72-scenarios-c and -d), now said:
/// - SJ3: a pregnant reader in the US afraid of who will be told reads, in the pregnancy answer,
///   that the SAMHSA Helpline asks for no personal information (CONTENT-FACTS.md): one US phrase,
///   said there and where the card and "What happens when I call?" said it before; no other region;
/// - SK3: the box on waiting for naltrexone says to have naloxone, with how to get it in the
///   reader's region, as the box on stopping does (§4, §1.1);
/// - SJ4: the US cost answer says FindTreatment.gov searches by the medication offered too;
/// - SK4: Australia's cost answer tells a reader weighing detox or rehab to ask each service first;
/// - SK6: Step 5's "one thing to do now" says where to ask about starting a medication.
#[test]
fn what_stop_72s_scenario_readers_left_for_later_is_said() {
    for locale in Locale::ALL {
        let no_name = said(
            locale,
            [
                "The SAMHSA Helpline will not ask for personal information, but it may ask for a ZIP code.",
                "La Línea de SAMHSA no pide datos personales, pero puede pedir un código postal (ZIP code).",
                "La ligne de la SAMHSA ne demande pas de renseignements personnels, mais peut demander un code postal (ZIP code).",
            ],
        );
        let by_medication = said(
            locale,
            [
                "by the medication offered, like methadone.",
                "según el medicamento que ofrecen, como la metadona.",
                "selon le médicament proposé, comme la méthadone.",
            ],
        );
        let rehab_cost = [
            said(
                locale,
                [
                    "Thinking of detox or rehab? Before you start, ask each service if there is a cost, and how much.",
                    "¿Piensas hacer una desintoxicación o ir a rehabilitación? Antes de empezar, pregunta a cada servicio si hay que pagar y cuánto.",
                    "Vous pensez à une désintoxication ou à une réadaptation? Avant de commencer, demandez à chaque service s'il faut payer, et combien.",
                ],
            ),
            said(
                locale,
                [
                    "Are they thinking of detox or rehab? Before they start, they can ask each service if there is a cost, and how much.",
                    "¿Tu ser querido piensa hacer una desintoxicación o ir a rehabilitación? Antes de empezar, puede preguntar a cada servicio si hay que pagar y cuánto.",
                    "Votre proche pense à une désintoxication ou à une réadaptation? Avant de commencer, il ou elle peut demander à chaque service s'il faut payer, et combien.",
                ],
            ),
        ];
        let where_to_start = [
            said(
                locale,
                [
                    "Ask a doctor or a helpline where you can start methadone, buprenorphine or naltrexone.",
                    "Pregunta a un profesional de salud o a una línea de ayuda dónde empezar con metadona, buprenorfina o naltrexona.",
                    "Demandez à un médecin ou à une ligne d'aide où commencer la méthadone, la buprénorphine ou la naltrexone.",
                ],
            ),
            said(
                locale,
                [
                    "They can ask a doctor or a helpline where to start methadone, buprenorphine or naltrexone.",
                    "¿Dónde empezar con metadona, buprenorfina o naltrexona? Tu ser querido puede preguntarlo a un profesional de salud o a una línea de ayuda.",
                    "Où commencer la méthadone, la buprénorphine ou la naltrexone? Votre proche peut le demander à un médecin ou à une ligne d'aide.",
                ],
            ),
        ];
        // Naloxone and naltrexone are names easily taken for each other (review73-clinical, RS1).
        let other_medicine = said(
            locale,
            [
                "Naloxone is a different medicine from naltrexone: it can reverse an opioid overdose for a while.",
                "La naloxona es un medicamento distinto de la naltrexona: puede revertir de forma temporal una sobredosis de opioides.",
                "La naloxone est un médicament différent de la naltrexone : elle peut contrer temporairement les effets d'une surdose d'opioïdes.",
            ],
        );
        let waiting = said(
            locale,
            [
                "while waiting to start naltrexone",
                "espera para empezar",
                "en attendant de commencer la naltrexone",
            ],
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let us = region == RegionCode::Us;
            let pregnancy = answer_of(&html, "pregnancy");
            for reader in READERS {
                let said_there = reader_text(&pregnancy, reader).contains(no_name);
                assert_eq!(said_there, us, "{at}/{reader}: the Helpline's privacy");
            }
            let page = text(&render_with(&[
                ("region", region.as_str()),
                ("locale", locale.as_str()),
            ]));
            for words in where_to_start {
                assert!(page.contains(words), "{at}: {words}");
            }
            let get = how_to_get_naloxone(region, locale);
            let boxes: Vec<String> = blocks_in(region.as_str())
                .into_iter()
                .filter(|(l, block)| *l == locale && block.contains(waiting))
                .map(|(_, block)| block)
                .collect();
            assert!(boxes.len() >= 2, "{at}: the wait's box, to each reader");
            for block in boxes {
                assert!(block.contains(get), "{at}: {block}");
                assert!(block.contains(other_medicine), "{at}: {block}");
            }
            let cost = answer_of(&html, "cost");
            for (reader, words) in READERS.iter().zip(rehab_cost) {
                let said_there = reader_text(&cost, reader).contains(words);
                assert_eq!(said_there, region == RegionCode::Au, "{at}/{reader}");
            }
            if us {
                let calling = text(&answer_of(&html, "calling"));
                assert!(calling.contains(no_name), "{at}: {calling}");
                let card = text(tier_html(&html, "treatment"));
                assert!(card.contains(no_name), "{at}: {card}");
                for reader in READERS {
                    assert!(
                        reader_text(&cost, reader).contains(by_medication),
                        "{at}/{reader}"
                    );
                }
            }
        }
    }
}

/// The scenario reads of stop 73 (review73-scenarios-a and -b), and SK5 of stop 72:
/// - SL1: in the US, the person's own privacy answer says family is not told without consent either
///   (§9.1), and a reader under 18 asks the program what it shares with parents, as the supporter's
///   answer says;
/// - SL2: the withdrawal answer says methadone or buprenorphine can be started during withdrawal, and
///   whom to ask (CONTENT-FACTS.md, Treatment facts), in every region;
/// - SL3: Canada's overdose card says under its heading which conditions the Act covers (§1.4);
/// - SL4: "How do I know a program is good?" says why detox alone is not treatment (NIDA);
/// - SK5: in Ireland, a reader in treatment, or whose loved one is, reads that their doctor can
///   prescribe naloxone (§2.3).
#[test]
fn what_stop_73s_scenario_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        let family = said(
            locale,
            [
                "That includes telling your family or another doctor.",
                "Esto incluye contarle algo a tu familia o a otro profesional de salud.",
                "Cela comprend le fait d'en parler à votre famille ou à un autre médecin.",
            ],
        );
        let under_18 = said(
            locale,
            [
                "Under 18? Ask the program what it shares with parents.",
                "¿Tienes menos de 18 años? Pregunta al programa qué les cuenta a tus padres.",
                "Vous avez moins de 18 ans? Demandez au programme ce qu'il communique à vos parents.",
            ],
        );
        let during_withdrawal = said(
            locale,
            [
                "Methadone or buprenorphine can be started during withdrawal.",
                "La metadona o la buprenorfina se pueden empezar cuando ya hay síntomas de abstinencia.",
                "On peut commencer la méthadone ou la buprénorphine pendant le sevrage.",
            ],
        );
        let after_detox = said(
            locale,
            [
                "After detox, the body cannot handle as much. Using again carries a high overdose risk.",
                "Después de la desintoxicación, el cuerpo aguanta menos. Volver a consumir tiene un riesgo alto de sobredosis.",
                "Après la désintoxication, le corps tolère moins. Consommer de nouveau comporte un grand risque de surdose.",
            ],
        );
        let doctor = [
            said(
                locale,
                [
                    "Already in treatment? Your doctor can also prescribe naloxone for you.",
                    "¿Ya estás en tratamiento? El médico que te trata también puede recetarte naloxona.",
                    "Vous êtes déjà en traitement? Votre médecin peut aussi vous prescrire de la naloxone.",
                ],
            ),
            said(
                locale,
                [
                    "Are they already in treatment? Their doctor can also prescribe naloxone for them. Ask them to keep it where you can find it.",
                    "¿Tu ser querido ya está en tratamiento? El médico que atiende a tu ser querido también puede recetarle naloxona.",
                    "Votre proche est déjà en traitement? Son médecin peut aussi lui prescrire de la naloxone.",
                ],
            ),
        ];
        let privacy = answer_in("us", locale, "who-finds-out");
        let own = reader_text(&privacy, READERS[0]);
        assert!(
            own.contains(family) && own.contains(under_18),
            "{locale:?}: {own}"
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let withdrawal = text(&answer_of(&html, "withdrawal"));
            assert!(withdrawal.contains(during_withdrawal), "{at}: {withdrawal}");
            let quality = text(&answer_of(&html, "good-treatment"));
            assert!(quality.contains(after_detox), "{at}: {quality}");
            let safer = answer_of(&html, "staying-safer");
            for (reader, words) in READERS.iter().zip(doctor) {
                let said_there = reader_text(&safer, reader).contains(words);
                assert_eq!(said_there, region == RegionCode::Ie, "{at}/{reader}");
            }
        }
        // Canada: which conditions, before the card's "Good to know" list.
        let html = render_with(&[("region", "ca"), ("locale", locale.as_str())]);
        let card = text(emergency_tier_html(&html));
        let parole = said(
            locale,
            [
                "or parole",
                "libertad condicional",
                "libération conditionnelle",
            ],
        );
        let good_to_know = said(locale, ["Good to know", "Conviene saber", "Bon à savoir"]);
        let (Some(conditions), Some(list)) = (card.find(parole), card.find(good_to_know)) else {
            panic!("{locale:?}: {card}");
        };
        assert!(
            conditions < list,
            "{locale:?}: the conditions come after the list: {card}"
        );
    }
}

/// More of stop 73's scenario reads (review73-scenarios-b to -d):
/// - SM2: Step 7 says why to look for a group that supports medication (some NA meetings are less
///   welcoming to people on it), and what SMART Recovery is (CONTENT-FACTS.md, Peer support);
/// - SM3: in Ireland, a reader who prefers buprenorphine or naltrexone asks whether the service offers
///   it and whether the HSE pays (the sheets say only how the methadone scheme pays, §7.6);
/// - SO1: the US privacy answer says its rule is about what programs share, and a worker tested for
///   drugs asks what a test could show (the sheets say nothing of workplace tests);
/// - SO3: "Can I stop my medication?" says that methadone or buprenorphine taken as prescribed is
///   treatment, not drug use, to a reader who wants to stop "to be clean";
/// - SN1: restarting buprenorphine after missed doses: say what was used and when, fentanyl makes it
///   harder, and much worse after a dose means calling the prescriber (§3);
/// - SN3: "How do I stay safer?", each reader, every region: on treatment and using other drugs, tell
///   the care team (§8.2, §10).
#[test]
fn what_the_second_stop_73_scenario_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        let step_7 = [
            said(
                locale,
                [
                    "Some Narcotics Anonymous meetings are less welcoming to people on medication.",
                    "En algunas reuniones de Narcóticos Anónimos no siempre se recibe bien a quienes toman medicamentos.",
                    "Certaines réunions de Narcotiques Anonymes accueillent moins bien les personnes qui prennent un médicament.",
                ],
            ),
            said(
                locale,
                [
                    "SMART Recovery is not religious and is based on science. It meets in person and online.",
                    "SMART Recovery no es un grupo religioso y se basa en la ciencia. Tiene reuniones en persona y en línea.",
                    "SMART Recovery n'est pas religieux et s'appuie sur la science. Ses réunions ont lieu en personne et en ligne.",
                ],
            ),
        ];
        let other_medicines = said(
            locale,
            [
                "buprenorphine or naltrexone? ",
                "la buprenorfina o la naltrexona? ",
                "la buprénorphine ou la naltrexone? ",
            ],
        );
        let hse_pays = said(
            locale,
            [
                "if the HSE pays for them",
                "si el HSE las paga",
                "si le HSE les paie",
            ],
        );
        let tests_at_work = said(
            locale,
            [
                "42 CFR Part 2 is about what substance use treatment programs share. Does your job test for drugs?",
                "¿En tu trabajo hacen pruebas de drogas? Pregunta en tu primera cita qué podría mostrar una prueba de drogas del trabajo.",
                "Votre employeur fait passer des tests de dépistage de drogues? Lors de votre première visite, demandez ce qu'un test au travail pourrait montrer.",
            ],
        );
        let treatment = said(
            locale,
            [
                "Taking methadone or buprenorphine as prescribed is treatment, not drug use.",
                "es tratamiento, no consumo de drogas.",
                "Prendre la méthadone ou la buprénorphine comme prescrit est un traitement, pas une consommation de drogue.",
            ],
        );
        let fentanyl = said(
            locale,
            [
                "Restarting buprenorphine can be harder.",
                "Volver a tomar la buprenorfina puede ser más difícil.",
                "Reprendre la buprénorphine peut être plus difficile.",
            ],
        );
        let other_drugs = [
            said(
                locale,
                [
                    "On methadone or buprenorphine, and using other drugs too? Tell your care team.",
                    "¿Tomas metadona o buprenorfina y consumes también otras drogas? Díselo a tu equipo de salud.",
                    "Vous prenez de la méthadone ou de la buprénorphine et consommez aussi d'autres drogues? Dites-le à votre équipe soignante.",
                ],
            ),
            said(
                locale,
                [
                    "Are they on methadone or buprenorphine, and using other drugs too? Encourage them to tell their care team.",
                    "¿Tu ser querido toma metadona o buprenorfina y consume también otras drogas? Anima a tu ser querido a decírselo a su equipo de salud.",
                    "Votre proche prend de la méthadone ou de la buprénorphine et consomme aussi d'autres drogues? Encouragez votre proche à le dire à son équipe soignante.",
                ],
            ),
        ];
        let privacy = answer_in("us", locale, "who-finds-out");
        let own = reader_text(&privacy, READERS[0]);
        assert!(own.contains(tests_at_work), "{locale:?}: {own}");
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let page = text(&html);
            for words in step_7 {
                assert_eq!(
                    page.matches(words).count(),
                    2,
                    "{at}: Step 7, each reader: {words}"
                );
            }
            let cost = answer_of(&html, "cost");
            for reader in READERS {
                let theirs = reader_text(&cost, reader);
                let asked = theirs.contains(other_medicines) && theirs.contains(hse_pays);
                assert_eq!(asked, region == RegionCode::Ie, "{at}/{reader}: {theirs}");
            }
            let stopping = answer_of(&html, "stopping");
            let missed = answer_of(&html, "missed-doses");
            let safer = answer_of(&html, "staying-safer");
            for (reader, others) in READERS.iter().zip(other_drugs) {
                assert!(
                    reader_text(&stopping, reader).contains(treatment),
                    "{at}/{reader}"
                );
                assert!(
                    reader_text(&missed, reader).contains(fentanyl),
                    "{at}/{reader}"
                );
                assert!(
                    reader_text(&safer, reader).contains(others),
                    "{at}/{reader}"
                );
            }
        }
    }
}

/// The last of stop 73's scenario reads, and review73-clinical's RS4:
/// - SM4: "How do I help someone I love?" tells a parent how to start the talk, in Steps 1 and 2's
///   words, after the items that keep someone alive (§11);
/// - SO4: a supporter whose loved one plans to stop may ask to go with them to a care-team visit;
/// - RS4: Spanish Step 3 asks "un profesional de salud", as the house rule and Step 5 do.
#[test]
fn a_supporter_reads_how_to_start_the_talk_and_to_ask_to_join_a_visit() {
    for locale in Locale::ALL {
        let talk = said(
            locale,
            [
                "Not sure how to start the talk? Write down what you have seen. Choose a calm moment.",
                "¿No sabes cómo empezar a hablar del tema? Anota lo que has visto. Busca un momento de calma.",
                "Vous ne savez pas comment commencer la discussion? Notez ce que vous avez vu. Choisissez un moment calme.",
            ],
        );
        let visit = said(
            locale,
            [
                "Ask them if you can go with them to a visit with their care team.",
                "Pregunta a tu ser querido si puedes acompañarlo a una cita con su equipo de salud.",
                "Demandez à votre proche si vous pouvez l'accompagner à un rendez-vous avec son équipe soignante.",
            ],
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let helping = text(&answer_of(&html, "helping-someone"));
            assert!(helping.contains(talk), "{at}: {helping}");
            let stopping = answer_of(&html, "stopping");
            assert!(reader_text(&stopping, READERS[1]).contains(visit), "{at}");
        }
    }
    let detox = journey_step(Locale::Es, "detox");
    for now in [detox.me.now, detox.loved_one.now] {
        assert!(
            now.starts_with("Pregunta a un profesional de salud"),
            "{now}"
        );
    }
}

/// Stop 74's scenario reads (review74-scenarios-a to -d):
/// - SR2: a reader who stops methadone to start naltrexone meets its wait in the stopping answer;
/// - ST2: pregnancy comes first in the stopping answer's list, with the reason (§12);
/// - ST3: a pregnant reader set on stopping is told to do it only with an experienced doctor;
/// - SQ-2: a reader who plans to get through withdrawal with alcohol or sleeping pills is sent to a
///   doctor first;
/// - SR1: outside the US, the person's own privacy answer asks about being under 18 too, and
///   Canada's says a service generally needs consent before telling family (§9.2);
/// - ST4, ST5, SP1, SP2, SP6: the US quality answer has §17.9's questions, two more warning signs
///   (§17.8) and says to look the program up;
/// - SP3, SP5: the US video start is in Step 5 and beside "daily visits at first";
/// - ST1: Spanish and French overdose cards give the English word "overdose", and Ireland's asks
///   for the address;
/// - SQ-1: the US "How do I stay safer?" gives §2.5's sentence on fentanyl test strips;
/// - SQ-3: the comparison grid asks how often each medication means coming in.
#[test]
fn what_stop_74s_scenario_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        let naltrexone_wait = [
            said(
                locale,
                [
                    "Planning to switch to naltrexone? Opioids, including methadone or buprenorphine, must be out of your body first.",
                    "¿Quieres pasar a la naltrexona? Antes no debe quedar ningún opioide en tu cuerpo, tampoco metadona ni buprenorfina.",
                    "Vous voulez passer à la naltrexone? Il faut d'abord qu'il n'y ait plus d'opioïdes dans votre corps, méthadone et buprénorphine comprises.",
                ],
            ),
            said(
                locale,
                [
                    "Do they plan to switch to naltrexone? Opioids, including methadone or buprenorphine, must be out of their body first.",
                    "¿Tu ser querido quiere pasar a la naltrexona? Antes no debe quedar ningún opioide en su cuerpo, tampoco metadona ni buprenorfina.",
                    "Votre proche veut passer à la naltrexone? Il faut d'abord qu'il n'y ait plus d'opioïdes dans son corps, méthadone et buprénorphine comprises.",
                ],
            ),
        ];
        let safer_than_detox = said(
            locale,
            [
                "Doctors' groups say staying on methadone or buprenorphine is safer in pregnancy than coming off it.",
                "Según las asociaciones médicas, en el embarazo es más seguro seguir con la metadona o la buprenorfina que dejarla.",
                "Selon les associations de médecins, pendant la grossesse, continuer la méthadone ou la buprénorphine est plus sûr que l'arrêter.",
            ],
        );
        let naloxone_item = [
            said(
                locale,
                [
                    "Make sure the people around you have naloxone",
                    "Asegúrate de que las personas a tu alrededor tengan naloxona",
                    "Assurez-vous que les personnes autour de vous ont de la naloxone",
                ],
            ),
            said(
                locale,
                [
                    "Keep naloxone on hand, and learn how to use it.",
                    "Ten naloxona a mano y aprende a usarla.",
                    "Gardez de la naloxone sous la main et apprenez à l'utiliser.",
                ],
            ),
        ];
        let experienced_doctor = said(
            locale,
            [
                "Doctors' groups say to do that only with an experienced doctor.",
                "Las asociaciones médicas aconsejan hacerlo solo con un médico con experiencia.",
                "Selon les associations de médecins, cela doit se faire seulement avec un médecin expérimenté.",
            ],
        );
        let alcohol_through_withdrawal = said(
            locale,
            [
                "Planning to get through it with alcohol or sleeping pills? Talk with a doctor first.",
                "¿Piensas aguantarlos con alcohol o pastillas para dormir? Habla antes con un profesional de salud.",
                "Vous pensez traverser le sevrage avec de l'alcool ou des somnifères? Parlez-en d'abord à un médecin.",
            ],
        );
        let under_18 = said(
            locale,
            [
                "Under 18? Ask the service what it shares with parents.",
                "¿Tienes menos de 18 años? Pregunta al servicio qué les cuenta a tus padres.",
                "Vous avez moins de 18 ans? Demandez au service ce qu'il communique à vos parents.",
            ],
        );
        let family_in_canada = said(
            locale,
            [
                "A service generally needs your consent before telling your family.",
                "Un servicio suele necesitar tu permiso para contarle algo a tu familia.",
                "Un service a généralement besoin de votre consentement avant de parler à votre famille.",
            ],
        );
        let us_quality = [
            said(
                locale,
                [
                    "Are you licensed by the state? Are you accredited?",
                    "¿Tienen licencia del estado? ¿Están acreditados?",
                    "Avez-vous un permis de l'État? Êtes-vous agréés?",
                ],
            ),
            said(
                locale,
                [
                    "Answers the phone without saying who runs the line",
                    "Contesta el teléfono sin decir quién está detrás de la línea",
                    "Répond au téléphone sans dire qui gère la ligne",
                ],
            ),
            said(
                locale,
                [
                    "Guarantees results",
                    "Garantiza resultados",
                    "Garantit des résultats",
                ],
            ),
            said(
                locale,
                [
                    "Look the program up there",
                    "Busca ahí el programa",
                    "Cherchez le programme sur ce site",
                ],
            ),
        ];
        let video_start = said(
            locale,
            [
                "No clinic nearby? A prescriber can start buprenorphine by video or phone call.",
                "¿No hay una clínica cerca? Un profesional que receta puede iniciar el tratamiento con buprenorfina por video o por teléfono.",
                "Pas de clinique à proximité? Un prescripteur peut amorcer la buprénorphine par vidéo ou par téléphone.",
            ],
        );
        let daily_then_video = said(
            locale,
            [
                "daily visits at first. No clinic nearby?",
                "cada día al principio. ¿No hay una clínica cerca?",
                "chaque jour au début. Pas de clinique à proximité?",
            ],
        );
        let overdose_in_english = said(
            locale,
            [
                "",
                "En inglés, sobredosis se dice «overdose».",
                "En anglais, surdose se dit « overdose ».",
            ],
        );
        let english = locale == Locale::En;
        let address = said(
            locale,
            ["Give the address", "Di la dirección", "Donnez l'adresse"],
        );
        let how_often = said(
            locale,
            [
                "How often must I come in?",
                "¿Cada cuánto tengo que ir?",
                "À quelle fréquence dois-je venir?",
            ],
        );
        let test_strips = said(
            locale,
            [
                "Rules on fentanyl test strips differ by state. A local health department can tell you what applies where you live.",
                "Las reglas sobre las tiras reactivas para detectar fentanilo varían de un estado a otro.",
                "Les règles sur les bandelettes de détection du fentanyl varient d'un État à l'autre.",
            ],
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let page = text(&html);
            let stopping = answer_of(&html, "stopping");
            let pregnancy = answer_of(&html, "pregnancy");
            for (i, reader) in READERS.iter().enumerate() {
                let stop = reader_text(&stopping, reader);
                assert!(stop.contains(naltrexone_wait[i]), "{at}/{reader}: {stop}");
                assert!(
                    comes_before(&stop, safer_than_detox, naloxone_item[i]),
                    "{at}/{reader}: pregnancy first, with its reason: {stop}"
                );
                let expecting = reader_text(&pregnancy, reader);
                assert!(expecting.contains(experienced_doctor), "{at}/{reader}");
            }
            let withdrawal = text(&answer_of(&html, "withdrawal"));
            assert!(withdrawal.contains(alcohol_through_withdrawal), "{at}");
            let privacy = reader_text(&answer_of(&html, "who-finds-out"), READERS[0]);
            let us = region == RegionCode::Us;
            // The UK names the GP too (review100, SF5), below.
            let uk = region == RegionCode::Uk;
            assert_eq!(privacy.contains(under_18), !us && !uk, "{at}: {privacy}");
            let family = privacy.contains(family_in_canada);
            assert_eq!(family, region == RegionCode::Ca, "{at}: {privacy}");
            let quality = text(&answer_of(&html, "good-treatment"));
            for words in us_quality {
                assert_eq!(quality.contains(words), us, "{at}: {words}");
            }
            // Step 5 and the first appointment, each reader: four times in the US, never elsewhere.
            let video = page.matches(video_start).count();
            assert_eq!(video, if us { 4 } else { 0 }, "{at}: {video_start}");
            let first = text(&answer_of(&html, "first-appointment"));
            assert_eq!(
                first.matches(daily_then_video).count(),
                if us { 2 } else { 0 },
                "{at}"
            );
            let card = text(emergency_tier_html(&html)).replace('\u{a0}', " ");
            // Spanish and French cards; Canada's French card is left as it was.
            let glossed = !english && (region, locale) != (RegionCode::Ca, Locale::Fr);
            assert_eq!(
                !english && card.contains(overdose_in_english),
                glossed,
                "{at}: {card}"
            );
            assert_eq!(card.contains(address), region == RegionCode::Ie, "{at}");
            // SQ-1: in the US, §2.5's one sentence on test strips, for each reader.
            let safer = answer_of(&html, "staying-safer");
            for reader in READERS {
                let strips = reader_text(&safer, reader).contains(test_strips);
                assert_eq!(strips, us, "{at}/{reader}: {test_strips}");
            }
            // Each medication's cell (and again in the two-medication view below the grid).
            assert!(
                page.matches(how_often).count() >= 3,
                "{at}: each medication"
            );
        }
    }
}

/// Stop 74's second batch of scenario reads (review74-scenarios-e to -g):
/// - SU-2: a reader who chooses counseling without medication reads Step 7's tolerance warning and
///   its naloxone sentence in Step 6 too;
/// - SU-3: "How do I help someone I love?" says when to treat it as an overdose and call, right
///   after naloxone and the days after rehab;
/// - SV1: a pregnant reader in the UK reads that NHS drug treatment is confidential, and its limits;
/// - SW1: a reader on an Irish waiting list reads what to do while waiting.
///
/// - SX1: Step 3's "cannot reach the team?" names the region's route to medical advice where it has
///   one (B.C.'s 8-1-1);
/// - SY1: a reader leaving methadone for buprenorphine reads the switch's danger in the stopping
///   answer;
/// - SY2: Step 7 says support goes on during and after treatment;
/// - SX2: Canada's Step 2 says B.C.'s line can prescribe medication the same day.
///
/// (SU-4, 988 for a US reader about to use, is `a_reader_about_to_use_is_offered_the_line_now`.)
#[test]
fn what_the_second_stop_74_scenario_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        let ongoing_opens = said(
            locale,
            [
                "Support goes on during and after treatment.",
                "El apoyo sigue durante el tratamiento y después.",
                "Le soutien continue pendant et après le traitement.",
            ],
        );
        let step_7 = journey_step(locale, "ongoing");
        for what in [step_7.me.what, step_7.loved_one.what] {
            assert!(what.starts_with(ongoing_opens), "{locale:?}: {what}");
        }
        let switching = [
            said(
                locale,
                [
                    "Switching from methadone to buprenorphine?",
                    "¿Vas a cambiar de metadona a buprenorfina?",
                    "Vous passez de la méthadone à la buprénorphine?",
                ],
            ),
            said(
                locale,
                [
                    "Are they switching from methadone to buprenorphine?",
                    "¿Tu ser querido va a cambiar de metadona a buprenorfina?",
                    "Votre proche passe de la méthadone à la buprénorphine?",
                ],
            ),
        ];
        let nurse = said(
            locale,
            [
                "Cannot reach the team? Get medical help. For advice that is not an emergency, a nurse answers 8-1-1 in B.C.",
                "¿No logras comunicarte con el equipo? Busca atención médica. Si no es una emergencia, en Columbia Británica",
                "L'équipe est injoignable? Obtenez de l'aide médicale. Pour un conseil non urgent, en Colombie-Britannique",
            ],
        );
        // SX2: B.C.'s same-day start, under Step 2's lines.
        let same_day = said(
            locale,
            [
                "In B.C., the Opioid Treatment Access Line can prescribe medication the same day.",
                "En Columbia Británica está la Opioid Treatment Access Line. Allí pueden recetar un medicamento el mismo día.",
                "En Colombie-Britannique, il y a l'Opioid Treatment Access Line. Un médecin ou une infirmière praticienne peut y prescrire un médicament le jour même.",
            ],
        );
        let therapy = journey_step(locale, "therapy");
        let ongoing = journey_step(locale, "ongoing");
        for (step, after) in [
            (&therapy.me, &ongoing.me),
            (&therapy.loved_one, &ongoing.loved_one),
        ] {
            // Step 7's warning, with Step 7's naloxone sentence inside it.
            let (Some(warning), Some(step_7)) = (step.warnings.first(), after.warnings.first())
            else {
                panic!("{locale:?}: Step 6's and Step 7's warnings");
            };
            assert!(warning.starts_with(*step_7), "{locale:?}: {warning:?}");
            assert!(warning.ends_with(after.now), "{locale:?}: {warning:?}");
        }
        let overdose = said(
            locale,
            [
                "Is your loved one falling asleep, hard to wake, or breathing slowly? Treat it as an overdose",
                "¿Tu ser querido se duerme sin querer, respira despacio o te cuesta despertarlo?",
                "Votre proche s'endort, est difficile à réveiller ou respire lentement?",
            ],
        );
        let confidential = said(
            locale,
            [
                "NHS drug treatment is confidential. Many local drug services let people refer themselves.",
                "En el NHS, el tratamiento por consumo de drogas es confidencial.",
                "Au NHS, le traitement pour la consommation de drogues est confidentiel.",
            ],
        );
        let waiting = said(
            locale,
            [
                "waiting list for treatment?",
                "lista de espera para un tratamiento?",
                "liste d'attente pour un traitement?",
            ],
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            if region == RegionCode::Ca {
                let canada = text(&html);
                assert!(canada.contains(nurse), "{at}: Step 3");
                assert!(canada.contains(same_day), "{at}: Step 2");
            }
            let helping = answer_of(&html, "helping-someone");
            let items = slices(&helping, "<li", "</li>");
            let third = items.get(2).map(|i| text(i)).unwrap_or_default();
            assert!(third.starts_with(overdose), "{at}: {third}");
            let pregnancy = answer_of(&html, "pregnancy");
            let safer = answer_of(&html, "staying-safer");
            let stopping = answer_of(&html, "stopping");
            for (reader, switch) in READERS.iter().zip(switching) {
                let theirs = reader_text(&stopping, reader);
                assert!(theirs.contains(switch), "{at}/{reader}: {switch}");
            }
            for reader in READERS {
                let told = reader_text(&pregnancy, reader).contains(confidential);
                assert_eq!(told, region == RegionCode::Uk, "{at}/{reader}");
                let wait = reader_text(&safer, reader).contains(waiting);
                assert_eq!(wait, region == RegionCode::Ie, "{at}/{reader}");
            }
        }
    }
}

/// Stop 75's scenario reads (review75-scenarios-a to -d):
/// - TA1: a reader in the first weeks of methadone who uses heroin on top reads, in "How do I stay
///   safer?" and the cravings answer, that the risk of overdose is higher now, and whom to tell;
/// - TA2: Australia's Spanish and French pages name needle and syringe programs in English too;
/// - TC-1: a Quebec parent reads Canada's privacy answer with a line that serves loved ones;
/// - TC-2: a US reader afraid his prescriber will be told reads that another doctor needs his
///   consent too, and that one consent can cover all his future care;
/// - TC-4: the withdrawal answer says what withdrawal feels like (in each region's spelling);
/// - TD-1: each first appointment says what a parent afraid for their children can ask;
/// - TB4: the missed-doses answer tells a reader going away to tell the care team first;
/// - TD-2: a supporter keeps naloxone where everyone at home can find it.
///
/// With the re-read's two additions: the sign to act on after the first weeks' risk (RC1), and every
/// medicine told to the care team beside "another doctor" (RC2).
#[test]
fn what_stop_75s_scenario_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        let english = locale == Locale::En;
        let first_weeks = [
            said(
                locale,
                [
                    "Started methadone in the last 4 weeks? The risk of overdose is higher now than later on.",
                    "¿Empezaste con metadona hace menos de 4 semanas? Ahora el riesgo de sobredosis es mayor que más adelante.",
                    "Vous avez commencé la méthadone il y a moins de 4 semaines? Le risque de surdose est plus élevé maintenant que par la suite.",
                ],
            ),
            said(
                locale,
                [
                    "Did they start methadone in the last 4 weeks? The risk of overdose is higher now than later on.",
                    "¿Tu ser querido empezó con metadona hace menos de 4 semanas? Ahora el riesgo de sobredosis es mayor que más adelante.",
                    "Votre proche a commencé la méthadone il y a moins de 4 semaines? Le risque de surdose est plus élevé maintenant que par la suite.",
                ],
            ),
        ];
        // RC1: the sign to act on, with the region's number, right after the risk. Very sleepy is told
        // to the team the same day, in the risk's own sentence, and the people there call at "falling
        // asleep", the card's sign (review76, RX1, RX2, RY1).
        let sleepy = [
            said(
                locale,
                [
                    "or very sleepy? Tell your care team today, before your next dose. Do not stay alone. Falling asleep, hard to wake or breathing slowly? Call",
                    "o tienes mucho sueño? Díselo hoy a tu equipo de salud, antes de tu próxima dosis. No te quedes a solas. ¿Te duermes sin querer, cuesta despertarte o respiras despacio? Llama ya al",
                    "ou vous avez très sommeil? Dites-le aujourd'hui à votre équipe soignante, avant votre prochaine dose. Restez avec quelqu'un. Vous vous endormez, êtes difficile à réveiller ou respirez lentement? Appelez le",
                ],
            ),
            said(
                locale,
                [
                    "or very sleepy? Encourage them to tell their care team today, before their next dose. Stay near them. Falling asleep, hard to wake or breathing slowly? Call",
                    "o tiene mucho sueño? Anima a tu ser querido a decírselo hoy a su equipo de salud, antes de su próxima dosis. Quédate cerca. ¿Se duerme sin querer, te cuesta despertarlo o respira despacio? Llama al",
                    "ou a très sommeil? Encouragez votre proche à le dire aujourd'hui à son équipe soignante, avant sa prochaine dose. Restez près de lui ou d'elle. Votre proche s'endort, est difficile à réveiller ou respire lentement? Appelez le",
                ],
            ),
        ];
        // RC2: the care team is told every medicine, so no one hides pain medicine from a prescriber.
        let every_medicine = [
            said(
                locale,
                [
                    "Your care team needs to know every medicine you take, including pain medicine.",
                    "Tu equipo de salud necesita saber qué medicamentos tomas, incluidos los que tomas para el dolor.",
                    "Votre équipe soignante doit connaître tous vos médicaments, y compris ceux contre la douleur.",
                ],
            ),
            said(
                locale,
                [
                    "Encourage them to tell their care team about every medicine they take, including pain medicine.",
                    "Anima a tu ser querido a contarle a su equipo de salud qué medicamentos toma. Eso incluye los que toma para el dolor.",
                    "Encouragez votre proche à informer son équipe soignante de tous ses médicaments, y compris ceux contre la douleur.",
                ],
            ),
        ];
        let children = [
            said(
                locale,
                [
                    "Worried about your children? Ask the",
                    "¿Te preocupan tus hijos? Pregunta al",
                    "Vous vous inquiétez pour vos enfants? Demandez au",
                ],
            ),
            said(
                locale,
                [
                    "Worried about the children? Your loved one can ask the",
                    "¿Te preocupan los niños? Tu ser querido puede preguntar al",
                    "Vous vous inquiétez pour les enfants? Votre proche peut demander au",
                ],
            ),
        ];
        let going_away = [
            said(
                locale,
                [
                    "Moving, going into hospital or away, or unable to get to your clinic or pharmacy? Tell your care team before you miss a dose. In hospital, tell the staff what you take and use.",
                    "¿Te mudas, te van a hospitalizar, te vas de viaje o no puedes ir a la clínica o farmacia?",
                    "Vous déménagez, allez à l'hôpital ou en voyage, ou ne pouvez pas aller à la clinique ou en pharmacie?",
                ],
            ),
            said(
                locale,
                [
                    "Are they moving, going into hospital or away, or unable to get to the clinic or pharmacy?",
                    "¿Tu ser querido se muda, va a entrar al hospital o se va de viaje? ¿O no puede ir a la clínica o a la farmacia?",
                    "Votre proche déménage, va à l'hôpital ou en voyage? Ou ne peut pas aller à la clinique ou en pharmacie?",
                ],
            ),
        ];
        let kept_at_home = said(
            locale,
            [
                "Keep it where everyone at home can find it.",
                "Guárdala donde todos en casa sepan encontrarla.",
                "Rangez-la à un endroit que tout le monde à la maison connaît.",
            ],
        );
        let symptoms = said(
            locale,
            [
                "It can bring chills, sweating, nausea,",
                "Pueden ser escalofríos, sudores, náuseas, diarrea, dolor de estómago y dolores musculares.",
                "Il peut causer frissons, sueurs, nausées, diarrhée, crampes au ventre et douleurs musculaires.",
            ],
        );
        let needle_programs = "(needle and syringe programs)";
        let another_doctor = [
            said(
                locale,
                [
                    "That includes telling your family or another doctor.",
                    "Esto incluye contarle algo a tu familia o a otro profesional de salud.",
                    "Cela comprend le fait d'en parler à votre famille ou à un autre médecin.",
                ],
            ),
            said(
                locale,
                [
                    "This includes telling family, another doctor, an employer or a school.",
                    "Esto incluye contarle algo a la familia, a otro profesional de salud, al empleador o a la escuela.",
                    "Cela comprend le fait d'en parler à la famille, à un autre médecin, à l'employeur ou à l'école.",
                ],
            ),
        ];
        let one_consent = said(
            locale,
            [
                // Payment too: the 2024 rule's one consent is for "treatment, payment and health-care
                // operations" (§9.1; review101, SX2-1).
                "One written consent can let the program share your records for all your future care and its billing.",
                "Un solo permiso escrito puede permitir al programa compartir tu expediente para toda tu atención futura y su cobro.",
                "Un seul consentement écrit peut laisser le programme communiquer votre dossier pour tous vos soins futurs et leur paiement.",
            ],
        );
        let quebec_line = said(
            locale,
            [
                "In Quebec, you can also call Drogue : aide et référence. It listens and helps you find services.",
                "En Quebec, también puedes llamar a la línea Drogue : aide et référence. Esta línea te escucha y te ayuda a encontrar servicios.",
                "Au Québec, vous pouvez aussi appeler Drogue : aide et référence. Cette ligne vous écoute et vous aide à trouver des services.",
            ],
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let safer = answer_of(&html, "staying-safer");
            let dose = answer_of(&html, "dose");
            let first = answer_of(&html, "first-appointment");
            let missed = answer_of(&html, "missed-doses");
            for (i, reader) in READERS.iter().enumerate() {
                for (id, answer) in [("staying-safer", &safer), ("dose", &dose)] {
                    let theirs = reader_text(answer, reader);
                    let risk = theirs.find(first_weeks[i]);
                    let sign = theirs.find(sleepy[i]);
                    assert!(
                        matches!((risk, sign), (Some(r), Some(s)) if r < s),
                        "{at}/{reader}/{id}: the risk, then the sign to act on: {theirs}"
                    );
                }
                let visit = reader_text(&first, reader);
                assert!(visit.contains(children[i]), "{at}/{reader}: {visit}");
                let doses = reader_text(&missed, reader);
                assert!(doses.contains(going_away[i]), "{at}/{reader}: {doses}");
            }
            let kit = reader_text(&safer, READERS[1]);
            assert!(kit.contains(kept_at_home), "{at}: {kit}");
            let withdrawal = text(&answer_of(&html, "withdrawal"));
            assert!(withdrawal.contains(symptoms), "{at}: {withdrawal}");
            if english {
                // US spelling in North America, "diarrhoea" elsewhere.
                let north_america = matches!(region, RegionCode::Us | RegionCode::Ca);
                let spelt = if north_america {
                    "diarrhea,"
                } else {
                    "diarrhoea,"
                };
                assert!(withdrawal.contains(spelt), "{at}: {withdrawal}");
            }
            let card = text(emergency_tier_html(&html));
            let glossed = !english && region == RegionCode::Au;
            assert_eq!(card.contains(needle_programs), glossed, "{at}: {card}");
            let privacy = answer_of(&html, "who-finds-out");
            let us = region == RegionCode::Us;
            for (i, reader) in READERS.iter().enumerate() {
                let theirs = reader_text(&privacy, reader);
                assert_eq!(theirs.contains(another_doctor[i]), us, "{at}/{reader}");
                assert_eq!(theirs.contains(every_medicine[i]), us, "{at}/{reader}");
            }
            assert_eq!(text(&privacy).contains(one_consent), us, "{at}");
            // Canada's supporter: the Quebec sentence, then the line's call button.
            let (_, supporter) = by_reader(&privacy);
            let canada = region == RegionCode::Ca;
            assert_eq!(text(supporter).contains(quebec_line), canada, "{at}");
            assert_eq!(supporter.contains("tel:+18002652626"), canada, "{at}");
        }
    }
}

/// Stop 75's second batch of scenario reads (review75-scenarios-e to -g):
/// - TG3: the overdose card says the first 4 weeks of methadone carry a higher risk, and that the
///   signs are acted on in anyone on methadone or buprenorphine, mixed or not;
/// - TG1: a Deaf reader in the US finds the SAMHSA Helpline's TTY in "What happens when I call?"
///   and under "Reach out";
/// - TG4, TG5: a reader in England who wants a live-in rehab reads whom to ask for a place, and
///   about any cost (the cost answer, Step 4);
/// - TF2: a pregnant reader still using while she waits for care reads not to use alone, and
///   naloxone;
/// - TE-1: a family whose loved one is already home from hospital reads that it is not too late;
/// - TE-2: a reader pushed to stop by someone close reads to talk with their clinician first, and
///   the supporter who wants them to stop reads that stopping without a plan is risky
///   (review75c-clinical, RD1, RD2).
#[test]
fn what_the_second_stop_75_scenario_readers_needed_is_where_they_looked() {
    const TTY: &str = "tel:+18004874889";
    for locale in Locale::ALL {
        let card = said(
            locale,
            [
                "The risk of overdose is also higher in the first 4 weeks of methadone than later on. Any of these signs in someone on methadone or buprenorphine?",
                "En las primeras 4 semanas con metadona, el riesgo de sobredosis también es mayor que más adelante. ¿Ves alguna de estas señales en alguien que toma metadona o buprenorfina?",
                "Pendant les 4 premières semaines de traitement à la méthadone, le risque de surdose est aussi plus élevé qu'ensuite. Vous voyez un de ces signes chez une personne qui prend de la méthadone ou de la buprénorphine?",
            ],
        );
        let first_treatment = said(
            locale,
            [
                "In England, most people start treatment within 3 weeks.",
                "En Inglaterra, la mayoría de las personas empieza el tratamiento en 3 semanas o menos.",
                "En Angleterre, la plupart des gens commencent un traitement en 3 semaines ou moins.",
            ],
        );
        let live_in = [
            said(
                locale,
                [
                    "Want a live-in rehab? Ask your local drug service how to get a place",
                    "¿Quieres ir a un centro de rehabilitación residencial? Pregunta en el servicio de ayuda con las drogas de tu zona cómo conseguir un lugar.",
                    "Vous voulez aller dans un centre de réadaptation avec hébergement? Demandez au service en dépendance de votre région comment obtenir une place",
                ],
            ),
            said(
                locale,
                [
                    "Do they want a live-in rehab? They can ask their local drug service how to get a place",
                    "¿Tu ser querido quiere ir a un centro de rehabilitación residencial? Puede preguntar en el servicio de ayuda con las drogas de su zona cómo conseguir un lugar.",
                    "Votre proche veut aller dans un centre de réadaptation avec hébergement? Il ou elle peut demander au service en dépendance de sa région comment obtenir une place",
                ],
            ),
        ];
        let rehab_route = said(
            locale,
            [
                "In the UK, a local drug service or a GP can refer someone to rehab after an assessment.",
                "La derivación a rehabilitación la hace un servicio de ayuda con las drogas o un médico de familia (GP). Antes hay una evaluación.",
                "Au Royaume-Uni, un service en dépendance ou un médecin de famille (GP) peut orienter vers la réadaptation. Il fait d'abord une évaluation.",
            ],
        );
        let still_using = [
            said(
                locale,
                [
                    "Still using while you wait for care? Try not to use alone. Someone with you can call",
                    "¿Sigues consumiendo mientras esperas atención? Trata de no consumir a solas. Quien esté contigo puede llamar al",
                    "Vous consommez encore en attendant des soins? Essayez d'avoir quelqu'un près de vous quand vous consommez.",
                ],
            ),
            said(
                locale,
                [
                    "Are they still using while they wait for care? Ask them not to use alone. Keep naloxone on hand",
                    "¿Tu ser querido sigue consumiendo mientras espera atención? Pídele que no consuma a solas. Ten naloxona a mano",
                    "Votre proche consomme encore en attendant des soins? Demandez-lui d'avoir quelqu'un près d'elle quand elle consomme. Gardez de la naloxone sous la main",
                ],
            ),
        ];
        let already_home = said(
            locale,
            [
                "Already home? It is not too late: they can ask a doctor or a helpline about these medicines.",
                "¿Ya está en casa? Todavía está a tiempo: puede consultar estos medicamentos con un profesional de salud o una línea de ayuda.",
                "Votre proche est déjà de retour à la maison? Il est encore temps : votre proche peut se renseigner sur ces médicaments auprès d'un médecin ou d'une ligne d'aide.",
            ],
        );
        let pushed = said(
            locale,
            [
                "Someone close to you wants you to stop? Talk with your clinician before you stop. You can also ask about couples or family therapy.",
                "¿Alguien cercano quiere que dejes el medicamento? Habla con tu profesional de salud antes de dejarlo.",
                "Un proche veut que vous arrêtiez? Parlez-en à votre professionnel de la santé avant d'arrêter.",
            ],
        );
        let without_a_plan = said(
            locale,
            [
                "Do you feel they should stop? Stopping without a plan is risky.",
                "¿Sientes que tu ser querido debería dejar el medicamento? Dejarlo sin un plan es arriesgado.",
                "Vous pensez que votre proche devrait arrêter? Arrêter sans plan comporte des risques.",
            ],
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let emergency = text(emergency_tier_html(&html));
            assert!(emergency.contains(card), "{at}: {emergency}");
            let us = region == RegionCode::Us;
            let uk = region == RegionCode::Uk;
            assert_eq!(answer_of(&html, "calling").contains(TTY), us, "{at}");
            assert_eq!(step_html(&html, "reach-out").contains(TTY), us, "{at}");
            let cost = answer_of(&html, "cost");
            assert_eq!(text(&cost).contains(first_treatment), uk, "{at}");
            let rehab = text(step_html(&html, "rehab"));
            assert_eq!(
                rehab.matches(rehab_route).count(),
                if uk { 2 } else { 0 },
                "{at}"
            );
            let pregnancy = answer_of(&html, "pregnancy");
            for (i, reader) in READERS.iter().enumerate() {
                let rehab_place = reader_text(&cost, reader).contains(live_in[i]);
                assert_eq!(rehab_place, uk, "{at}/{reader}");
                let expecting = reader_text(&pregnancy, reader);
                assert!(
                    expecting.contains(still_using[i]),
                    "{at}/{reader}: {expecting}"
                );
            }
            let helping = text(&answer_of(&html, "helping-someone"));
            assert!(helping.contains(already_home), "{at}: {helping}");
            let stopping = answer_of(&html, "stopping");
            let own = reader_text(&stopping, READERS[0]);
            assert!(own.contains(pushed), "{at}: {own}");
            let theirs = reader_text(&stopping, READERS[1]);
            assert!(theirs.contains(without_a_plan), "{at}: {theirs}");
        }
    }
}

/// Stop 75's third batch of scenario reads (review75-scenarios-h and -i):
/// - TI4: a supporter who finds doses untaken reads not to push one now, and why, in every "They
///   started using again";
/// - TI5: the same answer says what to do if their loved one is beside them, hard to wake, before
///   the 3-day rule (review75-whole, RW2), and asks them to tell the care team today (RW3);
/// - TI1: a reader on methadone who has just found out she is pregnant reads first to keep taking
///   it and to tell her care team;
/// - TI2: a reader who uses only at weekends reads that the days in between count;
/// - TH3: a reader who vomited soon after a methadone dose takes no extra on their own.
#[test]
fn what_the_third_stop_75_scenario_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        let untaken = said(
            locale,
            [
                "Have you found doses they did not take? Do not push them to take one now.",
                "¿Encontraste dosis que no tomó? No le insistas en que tome una ahora.",
                "Vous avez trouvé des doses non prises? N'insistez pas pour qu'il ou elle en prenne une maintenant.",
            ],
        );
        let beside_them = said(
            locale,
            [
                "Are they falling asleep, hard to wake, or breathing slowly? Treat it as an overdose: call",
                "¿Tu ser querido se duerme sin querer, respira despacio o te cuesta despertarlo? Actúa como si fuera una sobredosis: llama al",
                "Votre proche s'endort, est difficile à réveiller ou respire lentement? Agissez comme s'il s'agissait d'une surdose : appelez le",
            ],
        );
        let today = said(
            locale,
            [
                "Encourage them to contact their care team or a helpline today.",
                "Anima a tu ser querido a hablar hoy con su equipo de salud o con una línea de ayuda.",
                "Encouragez votre proche à en parler aujourd'hui à son équipe soignante ou à une ligne d'aide.",
            ],
        );
        let days_rule = three_day_rule_opens(locale);
        let keep_taking = [
            said(
                locale,
                [
                    "Already on methadone or buprenorphine? Guidelines say to keep taking it through pregnancy. Tell your care team you are pregnant.",
                    "¿Ya tomas metadona o buprenorfina? Las guías médicas dicen que se siga tomando durante el embarazo.",
                    "Vous prenez déjà de la méthadone ou de la buprénorphine? Selon les lignes directrices, on continue ces médicaments pendant la grossesse.",
                ],
            ),
            said(
                locale,
                [
                    "Are they already on methadone or buprenorphine? Guidelines say to keep taking it through pregnancy. Encourage them",
                    "¿Tu ser querido ya toma metadona o buprenorfina? Las guías médicas dicen que se siga tomando durante el embarazo.",
                    "Votre proche prend déjà de la méthadone ou de la buprénorphine? Selon les lignes directrices, on continue ces médicaments pendant la grossesse.",
                ],
            ),
        ];
        // The list's item that was first before: telling the doctor or midwife.
        let tell_midwife = [
            said(
                locale,
                [
                    "Tell your doctor or midwife what you take.",
                    "Cuéntale a tu profesional de salud o a tu partera lo que tomas.",
                    "Dites à votre médecin ou à votre sage-femme ce que vous prenez.",
                ],
            ),
            said(
                locale,
                [
                    "Encourage them to tell their doctor or midwife what they take.",
                    "Anímala a contarle a su profesional de salud o a su partera lo que toma.",
                    "Encouragez-la à dire à son médecin ou à sa sage-femme ce qu'elle prend.",
                ],
            ),
        ];
        let days_between = said(
            locale,
            [
                "The days without using count too.",
                "Los días sin consumir también cuentan.",
                "Les jours sans consommer comptent aussi.",
            ],
        );
        let vomited = [
            said(
                locale,
                [
                    "Vomited soon after your methadone dose? Do not take extra on your own.",
                    "¿Vomitaste poco después de tu dosis de metadona? No tomes más por tu cuenta.",
                    "Vous avez vomi peu après votre dose de méthadone? N'en prenez pas plus par vous-même.",
                ],
            ),
            said(
                locale,
                [
                    "Did they vomit soon after their methadone dose? They should not take extra on their own.",
                    "¿Tu ser querido vomitó poco después de su dosis de metadona? No debe tomar más por su cuenta.",
                    "Votre proche a vomi peu après sa dose de méthadone? Il ou elle ne devrait pas en prendre plus",
                ],
            ),
        ];
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let again = answer_of(&html, "started-again");
            let (_, supporter) = by_reader(&again);
            let theirs = text(supporter);
            assert!(theirs.contains(untaken), "{at}: {theirs}");
            assert!(theirs.contains(today), "{at}: {theirs}");
            // The sign to act on now comes before the 3-day rule (review75-whole, RW2).
            let sign = theirs.find(beside_them);
            let rule = theirs.find(days_rule);
            assert!(
                matches!((sign, rule), (Some(s), Some(r)) if s < r),
                "{at}: the sign to act on, first: {theirs}"
            );
            let pregnancy = answer_of(&html, "pregnancy");
            let safer = answer_of(&html, "staying-safer");
            let missed = answer_of(&html, "missed-doses");
            for (i, reader) in READERS.iter().enumerate() {
                let items = slices(&pregnancy, &format!("<div class=\"{reader}\""), "</ul>");
                let list = items.first().map_or(String::new(), |part| text(part));
                let first = list.find(keep_taking[i]);
                let midwife = list.find(tell_midwife[i]);
                assert!(
                    matches!((first, midwife), (Some(f), Some(m)) if f < m),
                    "{at}/{reader}: keep taking it, first: {list}"
                );
                let warning = reader_text(&safer, reader);
                assert!(warning.contains(days_between), "{at}/{reader}: {warning}");
                let doses = reader_text(&missed, reader);
                assert!(doses.contains(vomited[i]), "{at}/{reader}: {doses}");
            }
        }
    }
}

/// Stop 76's reads:
/// - TF1 (review75-scenarios-f): a pregnant reader afraid of who will be told reads her region's
///   own privacy rule in the pregnancy answer, in every region (not only the US and the UK);
/// - TH1 (review75-scenarios-h): a reader who uses near someone who uses too is asked to learn how
///   to use naloxone, right after "you cannot give yourself naloxone";
/// - RX3 (review76-clinical): the supporter who cannot reach their loved one reads when to call in
///   the first warning of "They started using again", before the 3-day rule and where to get naloxone.
#[test]
fn what_stop_76s_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        let worried = [
            said(
                locale,
                [
                    "Worried about who will be told?",
                    "¿Te preocupa quién se va a enterar?",
                    "Vous vous demandez qui sera informé?",
                ],
            ),
            said(
                locale,
                [
                    "Is your loved one worried about who will be told?",
                    "¿Tu ser querido teme que alguien se entere?",
                    "Votre proche se demande qui sera informé?",
                ],
            ),
        ];
        let ask = [
            said(
                locale,
                [
                    "Ask your doctor or midwife what stays private",
                    "Pregunta a tu profesional de salud o a tu partera",
                    "Demandez à votre médecin ou à votre sage-femme",
                ],
            ),
            said(
                locale,
                [
                    "Your loved one can ask their doctor or midwife",
                    "¿Qué se mantiene confidencial y cuándo se podría compartir? Tu ser querido puede preguntarlo a su profesional de salud o a su partera",
                    "Qu'est-ce qui reste confidentiel, et quand cela pourrait-il être communiqué? Votre proche peut le demander à son médecin ou à sa sage-femme",
                ],
            ),
        ];
        let learn = said(
            locale,
            [
                "know where it is. Does someone near you use too? Learn how to use naloxone.",
                "sepan dónde está. ¿Alguien cerca de ti también consume? Aprende a usar la naloxona.",
                "savent où elle se trouve. Quelqu'un autour de vous consomme aussi? Apprenez à utiliser la naloxone.",
            ],
        );
        let cannot_reach = cannot_reach_them(locale);
        let days_rule = three_day_rule_opens(locale);
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            // Each region's own rule, by the name the reader can look up (§9, §9.2).
            let rule = match region {
                RegionCode::Us => "SAMHSA",
                RegionCode::Uk => "NHS",
                RegionCode::Ca => "Ontario",
                RegionCode::Au => "Privacy Act 1988",
                RegionCode::Nz => "Health Information Privacy Code 2020",
                RegionCode::Ie => said(locale, ["In Ireland,", "En Irlanda,", "En Irlande,"]),
            };
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let pregnancy = answer_of(&html, "pregnancy");
            for (i, reader) in READERS.iter().enumerate() {
                let theirs = reader_text(&pregnancy, reader);
                let said_between = theirs
                    .split_once(worried[i])
                    .and_then(|(_, after)| after.split_once(ask[i]))
                    .map(|(between, _)| between);
                assert!(
                    said_between.is_some_and(|between| between.contains(rule)),
                    "{at}/{reader}: the region's privacy rule, between the worry and the ask: {theirs}"
                );
            }
            let safer = answer_of(&html, "staying-safer");
            let (own, supporter) = by_reader(&safer);
            assert!(text(own).contains(learn), "{at}: {}", text(own));
            assert!(
                !text(supporter).contains(learn),
                "{at}: the person's own words"
            );
            let again = answer_of(&html, "started-again");
            let (_, supporter) = by_reader(&again);
            let theirs = text(supporter);
            assert_eq!(theirs.matches(cannot_reach).count(), 1, "{at}: {theirs}");
            let call = theirs.find(cannot_reach);
            let rule = theirs.find(days_rule);
            assert!(
                matches!((call, rule), (Some(c), Some(r)) if c < r),
                "{at}: who cannot reach them reads when to call first: {theirs}"
            );
        }
    }
}

/// Stop 76's second reads (review76-scenarios-a to -c, review77):
/// - UB1: a partner home from detox reads "detox" in the family answer, and that detox alone is
///   not treatment; UB2: Step 5 says the wait for naltrexone is withdrawal, with care for it;
/// - UC1: a US reader tired of a daily dose, or who cannot reach the prescriber, reads the weekly or
///   monthly shot and another prescriber before stopping alone; UC2: the UK's interpreter note
///   gives the English words to ask for one;
/// - UA1: a US grandmother reads that the helpline asks no personal information; UA2: the US
///   supporter's privacy answer names a child's safety among the exceptions; UA3: a reader the
///   morning after an overdose reads that treatment lowers the risk and can start now; UA4: an
///   Irish sister reads the GP's naloxone in the family answer;
/// - CC1, CC2: the pregnancy answer says the region's helpline is confidential, and in Canada that
///   the rules differ outside Ontario.
#[test]
fn what_the_second_stop_76_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        let detox = said(
            locale,
            [
                "Detox alone is not treatment. They can ask a doctor or a helpline about medication now.",
                "La desintoxicación, por sí sola, no es un tratamiento. Tu ser querido ya puede preguntar por los medicamentos",
                "La désintoxication seule n'est pas un traitement. Votre proche peut dès maintenant se renseigner",
            ],
        );
        let wait_is_withdrawal = [
            said(
                locale,
                [
                    "That wait brings withdrawal. Ask for medical care, such as detox, to get through it.",
                    "Durante esa espera hay síntomas de abstinencia. Pide atención médica, como una desintoxicación, para pasarla.",
                    "Pendant cette attente, vous êtes en sevrage. Demandez des soins médicaux, comme une désintoxication, pour le traverser.",
                ],
            ),
            said(
                locale,
                [
                    "That wait brings withdrawal. Your loved one can ask for medical care, such as detox, to get through it.",
                    "Durante esa espera hay síntomas de abstinencia. Tu ser querido puede pedir atención médica, como una desintoxicación, para pasarla.",
                    "Pendant cette attente, votre proche est en sevrage. Il ou elle peut demander des soins médicaux, comme une désintoxication, pour le traverser.",
                ],
            ),
        ];
        // In pregnancy, not detox (review76-whole, WH3: the same page says so in its pregnancy answer).
        let pregnant = [
            said(
                locale,
                [
                    "Pregnant? Do not stop opioids or your medication suddenly on your own. In pregnancy, doctors' groups say",
                    "¿Estás embarazada? No dejes los opioides ni tu medicamento de golpe por tu cuenta. En el embarazo, las asociaciones médicas dicen",
                    "Vous êtes enceinte? N'arrêtez pas brusquement les opioïdes ou votre médicament par vous-même. Selon les associations de médecins",
                ],
            ),
            said(
                locale,
                [
                    "Are they pregnant? They should not stop opioids or their medication suddenly on their own. In pregnancy, doctors' groups say",
                    "Si está embarazada, no debe dejar los opioides ni su medicamento de golpe por su cuenta. En el embarazo, las asociaciones médicas dicen",
                    "Votre proche est enceinte? Elle ne devrait pas arrêter brusquement les opioïdes ou son médicament par elle-même. Selon les associations de médecins",
                ],
            ),
        ];
        let step_5 = journey_step(locale, "medication");
        for (what, pregnant) in [step_5.me.what, step_5.loved_one.what]
            .into_iter()
            .zip(pregnant)
        {
            assert!(what.contains(pregnant), "{locale:?}: {what}");
        }
        assert!(
            step_5.me.what.contains(wait_is_withdrawal[0]),
            "{locale:?}: {}",
            step_5.me.what
        );
        assert!(
            step_5.loved_one.what.contains(wait_is_withdrawal[1]),
            "{locale:?}: {}",
            step_5.loved_one.what
        );
        let shot = said(
            locale,
            [
                "Buprenorphine also comes as a weekly or monthly shot, given by a clinician.",
                "La buprenorfina también se da en inyección cada semana o cada mes. La pone un profesional de salud.",
                "La buprénorphine existe aussi en injection chaque semaine ou chaque mois, donnée par un professionnel de la santé.",
            ],
        );
        // The English words to ask for an interpreter; an English reader is not told the line may
        // answer in English, so gets no note.
        let interpreter = match locale {
            Locale::En => None,
            Locale::Es => Some("«Spanish interpreter, please»"),
            Locale::Fr => Some("French interpreter, please"),
        };
        let no_name = said(
            locale,
            [
                "You can call a helpline about someone you care about. The SAMHSA Helpline will not ask for personal information",
                "Puedes llamar a una línea de ayuda para hablar de alguien que te importa. La Línea de SAMHSA no pide datos personales",
                "Vous pouvez appeler une ligne d'aide au sujet de votre proche. La ligne de la SAMHSA ne demande pas de renseignements personnels",
            ],
        );
        let child = said(
            locale,
            [
                "Another is a report, under state law, that a child may be harmed or neglected.",
                "Otra es un aviso, según la ley del estado, de posible maltrato o descuido de un menor.",
                "Une autre est un signalement selon la loi de l'État, si un enfant risque d'être maltraité ou négligé.",
            ],
        );
        let after_overdose = said(
            locale,
            [
                "Had an overdose recently? Methadone and buprenorphine are linked to fewer overdose deaths.",
                "¿Tuviste una sobredosis hace poco? La metadona y la buprenorfina se asocian con menos muertes por sobredosis.",
                "Vous avez fait une surdose récemment? La méthadone et la buprénorphine sont associées à moins de décès par surdose.",
            ],
        );
        let just_woken = said(
            locale,
            [
                "Just woken up after naloxone? Make the emergency call first.",
                "¿Acabas de despertar gracias a la naloxona? Primero haz la llamada de emergencia.",
                "Vous venez de vous réveiller grâce à la naloxone? Faites d'abord l'appel d'urgence.",
            ],
        );
        // The emergency item's own words (review76-whole, WH1: the new item ends by sending a
        // reader just revived to the emergency call, and is not part of that item).
        let stop_breathing = said(
            locale,
            [
                "You can stop breathing again",
                "podrías dejar de respirar otra vez",
                "Vous pouvez cesser de respirer de nouveau",
            ],
        );
        let in_hospital = said(
            locale,
            [
                "In hospital? Ask about them before you leave.",
                "¿Estás en el hospital? Pregunta por ellas antes del alta.",
                "Vous êtes à l'hôpital? Avant votre sortie, demandez si vous pouvez les commencer.",
            ],
        );
        let gp_naloxone = said(
            locale,
            [
                "A GP can prescribe naloxone for them while they wait.",
                "Mientras espera, un médico de familia (GP) le puede recetar naloxona.",
                "En attendant, un médecin de famille (GP) peut lui prescrire de la naloxone.",
            ],
        );
        let elsewhere = said(
            locale,
            [
                "Elsewhere in Canada, the rules may be different.",
                "En otras provincias y territorios, las reglas pueden ser distintas.",
                "Ailleurs au Canada, les règles peuvent être différentes.",
            ],
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let helping = text(&answer_of(&html, "helping-someone"));
            assert!(helping.contains(detox), "{at}: {helping}");
            assert_eq!(helping.contains(no_name), region == RegionCode::Us, "{at}");
            assert_eq!(
                helping.contains(gp_naloxone),
                region == RegionCode::Ie,
                "{at}"
            );
            let stopping = answer_of(&html, "stopping");
            for reader in READERS {
                let theirs = reader_text(&stopping, reader);
                assert_eq!(
                    theirs.contains(shot),
                    region == RegionCode::Us,
                    "{at}/{reader}"
                );
            }
            // Only the UK's FRANK offers interpreters (CONTENT-FACTS.md, United Kingdom).
            if let (RegionCode::Uk, Some(words)) = (region, interpreter) {
                assert!(text(&html).contains(words), "{at}");
            }
            let privacy = reader_text(&answer_of(&html, "who-finds-out"), READERS[1]);
            assert_eq!(privacy.contains(child), region == RegionCode::Us, "{at}");
            // An item of its own, not the last words of the emergency item (review78, DC1), that
            // ends on the emergency call for a reader just revived (review76-whole, WH1).
            let safer_answer = answer_of(&html, "staying-safer");
            let items: Vec<String> = slices(reader_html(&safer_answer, READERS[0]), "<li", "</li>")
                .into_iter()
                .map(text)
                .collect();
            let item = items.iter().find(|i| i.contains(after_overdose));
            assert!(
                item.is_some_and(|i| !i.contains(stop_breathing)
                    && i.contains(in_hospital)
                    && i.trim_end().ends_with(just_woken)),
                "{at}: {items:?}"
            );
            // The line the reader was just asked to call, by the sheets' words (CONTENT-FACTS.md;
            // §8.1, §13.3).
            let line_is_private = match region {
                RegionCode::Us => "SAMHSA",
                RegionCode::Uk => "NHS",
                RegionCode::Ca => "ConnexOntario",
                RegionCode::Au | RegionCode::Nz | RegionCode::Ie => said(
                    locale,
                    [
                        "free and confidential",
                        "gratis y confidencial",
                        "gratuite et confidentielle",
                    ],
                ),
            };
            let pregnancy = answer_of(&html, "pregnancy");
            for reader in READERS {
                let theirs = reader_text(&pregnancy, reader);
                assert!(theirs.contains(line_is_private), "{at}/{reader}: {theirs}");
                assert_eq!(
                    theirs.contains(elsewhere),
                    region == RegionCode::Ca,
                    "{at}/{reader}"
                );
            }
        }
    }
}

/// What stop 77's readers needed, where they looked (review77: VA clinical, VB regions, VE and VF
/// scenarios; VC Spanish). Each check fails on the content before the fix.
#[test]
fn what_stop_77s_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        // VA1: a reader who mixes sedatives anyway reads the call, not naloxone alone.
        let mix_call = [
            said(
                locale,
                [
                    "make sure they have naloxone. Falling asleep, hard to wake or breathing slowly? Call",
                    "tenga naloxona. ¿Te duermes sin querer, cuesta despertarte o respiras despacio? Llama ya al",
                    "cette personne a de la naloxone. Vous vous endormez, êtes difficile à réveiller ou respirez lentement? Appelez le",
                ],
            ),
            said(
                locale,
                [
                    "That can be you. Are they falling asleep, hard to wake or breathing slowly? Call",
                    "Puedes ser tú. ¿Se duerme sin querer, te cuesta despertarlo o respira despacio? Llama al",
                    "Ce peut être vous. Votre proche s'endort, est difficile à réveiller ou respire lentement? Appelez le",
                ],
            ),
        ];
        // VF1: the pregnant reader who stops anyway reads the 3-day rule in the warning.
        let three_days = [
            said(
                locale,
                [
                    "only with an experienced doctor. After 3 days or more without opioids, an amount you used before can cause an overdose.",
                    "con un médico con experiencia. Si pasas 3 días o más sin opioides, la cantidad de antes puede causarte una sobredosis.",
                    "avec un médecin expérimenté. Après 3 jours ou plus sans opioïdes, la même quantité qu'avant peut causer une surdose.",
                ],
            ),
            said(
                locale,
                [
                    "only with an experienced doctor. After 3 days or more without opioids, an amount they used before can cause an overdose.",
                    "con un médico con experiencia. Si ella pasa 3 días o más sin opioides, la cantidad de antes puede causarle una sobredosis.",
                    "avec un médecin expérimenté. Après 3 jours ou plus sans opioïdes, la même quantité qu'avant peut causer une surdose chez votre proche.",
                ],
            ),
        ];
        // VE1: the reader who stopped alone reads that detox alone is not treatment.
        let stopped_alone = said(
            locale,
            [
                "Stopped using on your own, with no treatment? Detox alone is not treatment.",
                "¿Dejaste de consumir por tu cuenta, sin tratamiento? La desintoxicación, por sí sola, no es un tratamiento.",
                "Vous avez arrêté de consommer par vous-même, sans traitement? La désintoxication seule n'est pas un traitement.",
            ],
        );
        // VF2: on buprenorphine, with the team out of reach, another prescriber (US only).
        let other_prescriber = said(
            locale,
            [
                "Cannot reach the buprenorphine prescriber? Another prescriber can prescribe it, even by video.",
                "¿No hay forma de hablar con quien receta la buprenorfina? Otro profesional puede recetarla, incluso por video.",
                "Prescripteur de buprénorphine injoignable? Un autre peut la prescrire, même par vidéo.",
            ],
        );
        // VA5: methadone's first dose has no long wait.
        let no_long_wait = said(
            locale,
            [
                "No long wait. Ask your clinician",
                "No hace falta esperar mucho. Pregunta",
                "Pas de longue attente. Demandez",
            ],
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let safer = answer_of(&html, "staying-safer");
            let pregnancy = answer_of(&html, "pregnancy");
            for (i, reader) in READERS.iter().enumerate() {
                let theirs = reader_text(&safer, reader);
                assert!(theirs.contains(mix_call[i]), "{at}/{reader}: {theirs}");
                let theirs = reader_text(&pregnancy, reader);
                assert!(theirs.contains(three_days[i]), "{at}/{reader}: {theirs}");
            }
            // WA2: leaving prison, a hospital or rehab on methadone: where the next dose comes from.
            let leaving = said(
                locale,
                [
                    "Before you leave, ask where you will get your next dose.",
                    "Antes de irte, pregunta dónde te darán la próxima dosis.",
                    "Avant de partir, demandez où vous recevrez votre prochaine dose.",
                ],
            );
            let own = reader_text(&safer, READERS[0]);
            assert!(own.contains(leaving), "{at}: {own}");
            // WB1: waking wanting to use again at once; WB2: side effects need not mean stopping.
            let use_again = said(
                locale,
                [
                    "Do they want to use again right away? Naloxone can wear off before the drugs do. They can stop breathing again.",
                    "¿Quiere volver a consumir enseguida? La naloxona puede dejar de hacer efecto antes que la droga.",
                    "Elle veut consommer de nouveau tout de suite? L'effet de la naloxone peut disparaître",
                ],
            );
            assert!(text(emergency_tier_html(&html)).contains(use_again), "{at}");
            let side_effects = said(
                locale,
                [
                    "Side effects? Tell your care team. The dose can be changed, or the medication switched.",
                    "¿Efectos secundarios? Díselo a tu equipo de salud. Se puede cambiar la dosis o el medicamento.",
                    "Des effets secondaires? Parlez-en à votre équipe soignante. On peut changer la dose",
                ],
            );
            let stopping = reader_text(&answer_of(&html, "stopping"), READERS[0]);
            assert!(stopping.contains(side_effects), "{at}: {stopping}");
            let again = reader_text(&answer_of(&html, "started-again"), READERS[0]);
            assert!(again.contains(stopped_alone), "{at}: {again}");
            let missed = text(&answer_of(&html, "missed-doses"));
            assert_eq!(
                missed.matches(other_prescriber).count(),
                if region == RegionCode::Us { 2 } else { 0 },
                "{at}: {missed}"
            );
            assert!(text(&html).contains(no_long_wait), "{at}");
            // VE9: no SAMHSA telehealth referral the sheets do not show.
            assert!(
                !text(&answer_of(&html, "first-appointment"))
                    .contains("SAMHSA Helpline about video"),
                "{at}"
            );
        }
        // VF3: Australia's bystander with no naloxone asks the people there, and stays.
        let au = render_with(&[("region", "au"), ("locale", locale.as_str())]);
        let stay = said(
            locale,
            [
                "Ask the people there if they have some. Do not leave the person alone to get it.",
                "Pregunta a quienes estén ahí si tienen naloxona. No dejes sola a la persona para ir a buscar naloxona.",
                "Demandez aux personnes présentes si elles en ont. Ne laissez pas la personne seule pour aller en chercher.",
            ],
        );
        assert!(text(emergency_tier_html(&au)).contains(stay), "{locale:?}");
        // WA1: in Australia and New Zealand, a person who wakes after naloxone still gets the ambulance call.
        for (region, number) in [("au", "000"), ("nz", "111")] {
            let html = render_with(&[("region", region), ("locale", locale.as_str())]);
            let woke = said(
                locale,
                [
                    "Even if they wake up, call {n} and ask for an ambulance.",
                    "Aunque la persona se despierte, llama al {n} y pide una ambulancia.",
                    "Même si la personne se réveille, appelez le {n} et demandez une ambulance.",
                ],
            )
            .replace("{n}", number);
            assert!(
                text(emergency_tier_html(&html)).contains(&woke),
                "{region}/{locale:?}"
            );
        }
        // VB2 and VF4: Canada's local emergency number, and 9-8-8 by text in "Reach out".
        let ca = render_with(&[("region", "ca"), ("locale", locale.as_str())]);
        let local = said(
            locale,
            [
                "Call 911, or your local emergency number, now.",
                "Llama ya al 911 o al número de emergencias de tu zona.",
                "Appelez le 911 maintenant, ou le numéro d'urgence de votre région.",
            ],
        );
        assert!(text(emergency_tier_html(&ca)).contains(local), "{locale:?}");
        let step = slices(&ca, r#"id="rg-step-reach-out""#, "</li>")[0];
        assert!(step.contains("href=\"sms:988"), "{locale:?}: {step}");
        // ZW1: at an overdose, someone near them calls 911, not the text line.
        let someone_calls = said(
            locale,
            [
                "In an overdose, call 911. If you cannot, get someone near you to call.",
                "En caso de sobredosis, llama al 911. Si no puedes, pide a alguien que esté cerca que llame.",
                "En cas de surdose, appelez le 911. Si vous ne pouvez pas, demandez à quelqu'un près de vous d'appeler.",
            ],
        );
        assert!(text(step).contains(someone_calls), "{locale:?}: {step}");
        // VE6: the person in Quebec reads that its line is anonymous.
        let privacy = reader_text(&answer_of(&ca, "who-finds-out"), READERS[0]);
        let anonymous = said(
            locale,
            [
                "helpline is confidential and anonymous",
                "es confidencial y anónima",
                "est confidentielle et anonyme",
            ],
        );
        assert!(privacy.contains(anonymous), "{locale:?}: {privacy}");
        // VB3 and VB4: in Ireland, a GP finds care; the listening lines are to talk.
        let ie = render_with(&[("region", "ie"), ("locale", locale.as_str())]);
        let gp = said(
            locale,
            [
                "Ask a GP where you can get care nearby.",
                "Pregunta a un médico de familia (GP) dónde te pueden atender cerca.",
                "Demandez à un médecin de famille (GP) où recevoir des soins",
            ],
        );
        let ie_pregnancy = reader_text(&answer_of(&ie, "pregnancy"), READERS[0]);
        assert!(ie_pregnancy.contains(gp), "{locale:?}: {ie_pregnancy}");
        let closed = said(
            locale,
            [
                "If it is closed, ask a GP about drug services near you.",
                "Si no atiende, pregunta a un médico de familia (GP)",
                "Si elle est fermée, demandez à un médecin de famille (GP)",
            ],
        );
        assert!(
            text(tier_html(&ie, "treatment")).contains(closed),
            "{locale:?}"
        );
        // VE2 and VF5: New Zealand's supporter has 1737 for themself, and the emergency number.
        let nz = render_with(&[("region", "nz"), ("locale", locale.as_str())]);
        let helping = answer_of(&nz, "helping-someone");
        assert!(text(&helping).contains("1737"), "{locale:?}: {helping}");
        assert!(helping.contains("href=\"tel:111\""), "{locale:?}");
        let step = slices(&nz, r#"id="rg-step-reach-out""#, "</li>")[0];
        assert!(step.contains("href=\"tel:1737\""), "{locale:?}");
        // VA2: the UK's reader thinking of ending their life is told to call 999.
        let uk = render_with(&[("region", "uk"), ("locale", locale.as_str())]);
        let danger = said(
            locale,
            [
                "Thinking of ending your life, or in danger now? Call 999.",
                "¿Piensas en quitarte la vida o estás en peligro ahora? Llama al 999.",
                "Vous pensez à mettre fin à vos jours, ou vous êtes en danger maintenant? Appelez le 999.",
            ],
        );
        assert!(
            text(tier_html(&uk, "crisis")).contains(danger),
            "{locale:?}"
        );
    }
    // VC1: Spanish says what to treat it as.
    let es = render_with(&[("region", "uk"), ("locale", "es")]);
    assert!(text(&es).contains("Si tienes dudas, actúa como si fuera una sobredosis."));
}

/// What stop 78's readers needed, where they looked (review85: MA and MB scenarios, MC regions, MD
/// languages). Each check fails on the content before the fix.
#[test]
fn what_stop_78s_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        // MC1: New Zealand's bystander with no naloxone asks the people there, and stays, as in
        // Australia; MC2: both cards check for a response with a rub on the breastbone.
        let stay = said(
            locale,
            [
                "Ask the people there if they have some. Do not leave the person alone to get it.",
                "Pregunta a quienes estén ahí si tienen naloxona. No dejes sola a la persona para ir a buscar naloxona.",
                "Demandez aux personnes présentes si elles en ont. Ne laissez pas la personne seule pour aller en chercher.",
            ],
        );
        let rub = said(
            locale,
            [
                "If they do not respond, rub hard on their breastbone.",
                "Si no responde, frótale fuerte el hueso del centro del pecho.",
                "Si la personne ne réagit pas, frottez fort l'os au milieu de sa poitrine (le sternum).",
            ],
        );
        // KB1: and so does every other region's bystander (review87-scenarios-d).
        for region in RegionCode::ALL {
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let card = text(emergency_tier_html(&html));
            assert!(card.contains(stay), "{region:?}/{locale:?}: {card}");
            let anz = matches!(region, RegionCode::Au | RegionCode::Nz);
            assert!(!anz || card.contains(rub), "{region:?}/{locale:?}: {card}");
        }
        // MA4: "hours or days" after an overdose; MA6: the seizure warning is for street pills too;
        // MB3: a supporter who thinks methadone swaps one drug for another reads that it is treatment.
        let hours_or_days = said(
            locale,
            [
                "Back home, hours or days after the overdose?",
                "¿Ya estás en casa, horas o días después de la sobredosis?",
                "Vous êtes à la maison, des heures ou des jours après la surdose?",
            ],
        );
        let street_pills = said(
            locale,
            ["prescribed or not.", "recetadas o no.", "prescrits ou non."],
        );
        let swaps = said(
            locale,
            [
                "Think methadone or buprenorphine just swaps one drug for another? Taken as prescribed, they are treatment, not drug use.",
                "¿Crees que la metadona o la buprenorfina solo cambian una droga por otra? Tomadas según la receta, son tratamiento",
                "Vous pensez que la méthadone ou la buprénorphine remplace une drogue par une autre? Prises comme prescrit, elles sont un traitement",
            ],
        );
        // MB1: a supporter keeps naloxone on hand, not only at home: a friend who lives elsewhere
        // is there when it happens (§1.1, ASAM: "keep naloxone on hand").
        let at_home = said(
            locale,
            [
                "Keep naloxone at home",
                "Ten naloxona en casa",
                "Gardez de la naloxone à la maison",
            ],
        );
        let asleep_after_dose = said(
            locale,
            [
                "Falling asleep? Call",
                "¿Te duermes sin querer? Llama ya al",
                "Vous vous endormez? Appelez le",
            ],
        );
        let seizure_call = said(
            locale,
            [
                "or a seizure? Call",
                "o convulsiones? Llama al",
                "ou convulsions? Appelez le",
            ],
        );
        let call_too = said(
            locale,
            [
                "now, or get the people with you to call. Not sure? Call anyway.",
                "o pide a quienes están contigo que llamen. ¿Tienes dudas? Llama de todos modos.",
                "ou demandez à quelqu'un d'appeler. Dans le doute, appelez.",
            ],
        );
        let out_with_no_medication = said(
            locale,
            [
                "and not on methadone or buprenorphine? An amount of opioids you used before can now cause an overdose.",
                "y no tomas metadona ni buprenorfina? La cantidad de opioides que consumías antes ahora puede causarte una sobredosis.",
                "ne prenez ni méthadone ni buprénorphine? La même quantité d'opioïdes qu'avant peut maintenant causer une surdose.",
            ],
        );
        // MA2: the person's own privacy answer names family, in every region that did not.
        let family = said(locale, ["family", "familia", "famille"]);
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let page = text(&html);
            assert!(
                text(&answer_of(&html, "staying-safer")).contains(hours_or_days),
                "{at}"
            );
            let detox = text(step_html(&html, "detox"));
            assert_eq!(detox.matches(street_pills).count(), 2, "{at}");
            let helping = text(&answer_of(&html, "helping-someone"));
            assert!(helping.contains(swaps), "{at}: {helping}");
            assert!(!page.contains(at_home), "{at}");
            let own = reader_text(&answer_of(&html, "who-finds-out"), READERS[0]);
            assert!(own.contains(family), "{at}: {own}");
            // KA1: out of jail, prison, a hospital or rehab with no medication: ask about it now.
            let own = reader_text(&answer_of(&html, "staying-safer"), READERS[0]);
            assert!(own.contains(out_with_no_medication), "{at}: {own}");
            // LA1: a reader already mixed and falling asleep is told to call too, not only others;
            // LC1: after mixing, after a first month of methadone, and on other drugs with treatment.
            assert!(own.matches(call_too).count() >= 3, "{at}: {own}");
            // LC2: a seizure after stopping benzodiazepines or alcohol is an emergency, for both readers.
            // RR1: and in the cravings answer.
            let safer = answer_of(&html, "staying-safer");
            let dose = answer_of(&html, "dose");
            for reader in READERS {
                for answer in [&safer, &dose] {
                    let theirs = reader_text(answer, reader);
                    assert!(theirs.contains(seizure_call), "{at}/{reader}: {theirs}");
                }
            }
            // RQ2: so is a reader who already took their usual dose after missed days.
            let missed = reader_text(&answer_of(&html, "missed-doses"), READERS[0]);
            assert!(missed.contains(asleep_after_dose), "{at}: {missed}");
        }
        // MB2: a US manager reads that other providers cannot answer an employer either.
        let us = render_with(&[("region", "us"), ("locale", locale.as_str())]);
        let theirs = reader_text(&answer_of(&us, "who-finds-out"), READERS[1]);
        assert!(theirs.contains("HIPAA"), "{locale:?}: {theirs}");
    }
    // MD1, MD5 and MD7: the French says whom it means; MD6: the Spanish says Quebec's overdose
    // prevention line is bilingual.
    let us = render_with(&[("region", "us"), ("locale", "fr")]);
    assert!(text(&us).contains("Un professionnel de la santé peut lui expliquer cette option."));
    let visit = reader_text(&answer_of(&us, "first-appointment"), READERS[1]);
    assert!(visit.contains("Demandez si votre proche peut commencer le médicament le jour même."));
    let ca = render_with(&[("region", "ca"), ("locale", "fr")]);
    assert!(text(&answer_of(&ca, "calling")).contains("des services près de chez vous,"));
    let ca = render_with(&[("region", "ca"), ("locale", "es")]);
    assert!(text(&answer_of(&ca, "calling")).contains("Es gratis, confidencial y bilingüe"));
}

/// What stop 79's readers needed, where they looked (review94: fact audits FA–FD by region, reader
/// scenarios SC, Spanish ES and French FR reads of the UK and Ireland). Each check fails on the
/// content before the fix.
#[test]
fn what_stop_79s_readers_needed_is_where_they_looked() {
    let emergency_tel = |region: RegionCode| match region {
        RegionCode::Us | RegionCode::Ca => "href=\"tel:911\"",
        RegionCode::Uk => "href=\"tel:999\"",
        RegionCode::Ie => "href=\"tel:112\"",
        RegionCode::Au => "href=\"tel:000\"",
        RegionCode::Nz => "href=\"tel:111\"",
    };
    for locale in Locale::ALL {
        let call_too = said(
            locale,
            [
                "now, or get the people with you to call. Not sure? Call anyway.",
                "o pide a quienes están contigo que llamen. ¿Tienes dudas? Llama de todos modos.",
                "ou demandez à quelqu'un d'appeler. Dans le doute, appelez.",
            ],
        );
        // FB1, FA3, FC1: a reader who already took their usual dose after missed days calls their
        // care team now, not only when sleepy; a supporter encourages it.
        let call_team = said(
            locale,
            [
                "Not falling asleep? Call your care team now, and say how many days you missed. Do not stay alone, even if you feel fine.",
                "¿No te pasa eso? Llama ahora a tu equipo de salud y di cuántos días no tomaste tu dosis. No te quedes a solas, aunque te sientas bien.",
                "Vous ne vous endormez pas? Appelez votre équipe soignante maintenant et dites combien de jours vous avez manqués. Restez avec une personne, même si vous vous sentez bien",
            ],
        );
        let their_team = said(
            locale,
            [
                "Give naloxone if you have it. No signs like these? Encourage them to call their care team now.",
                "Dale naloxona si la tienes. ¿No tiene ninguna de esas señales? Anima a tu ser querido a llamar ahora a su equipo de salud.",
                "Un doute? Appelez aussi. Aucun signe? Encouragez votre proche à appeler son équipe maintenant.",
            ],
        );
        // FA2: starting methadone, at the first appointment: what to tell the team, and when to call.
        let tell_team = said(
            locale,
            [
                "Using heroin or other opioids too, or very sleepy? Tell your care team today",
                "¿Consumes también heroína u otros opioides, o tienes mucho sueño? Díselo hoy",
                "ou vous avez très sommeil? Dites-le aujourd'hui à votre équipe soignante",
            ],
        );
        let not_alone = said(
            locale,
            [
                "before your next dose. Do not stay alone.",
                "antes de tu próxima dosis. No te quedes a solas.",
                "avant votre prochaine dose. Restez avec quelqu'un.",
            ],
        );
        let falling_asleep = said(
            locale,
            [
                "Falling asleep? Call",
                "¿Te duermes sin querer? Llama ya al",
                "Vous vous endormez? Appelez le",
            ],
        );
        let fades = said(
            locale,
            [
                "block fades near the end of each dose, after a missed dose, or after stopping.",
                "naltrexona se va perdiendo al final de cada dosis,",
                "naltrexone? Le blocage diminue avant la dose suivante, après une dose manquée ou à l'arrêt.",
            ],
        );
        let already_mixed = [
            said(
                locale,
                [
                    "Already mixed them, and very sleepy?",
                    "¿Ya hiciste alguna de esas mezclas y tienes mucho sueño?",
                    "Vous les avez déjà mélangés et vous avez très sommeil?",
                ],
            ),
            said(
                locale,
                [
                    "Have they mixed them, and are they very sleepy?",
                    "¿Tu ser querido ya hizo alguna de esas mezclas y tiene mucho sueño?",
                    "Votre proche les a déjà mélangés et a très sommeil?",
                ],
            ),
        ];
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let missed = answer_of(&html, "missed-doses");
            let own = reader_text(&missed, READERS[0]);
            assert!(own.contains(call_team), "{at}: {own}");
            assert!(
                reader_text(&missed, READERS[1]).contains(their_team),
                "{at}"
            );
            // FC1: in Canada, no one to stay with them: the line that sends help.
            assert_eq!(
                own.contains("1-888-688-6677"),
                region == RegionCode::Ca,
                "{at}: {own}"
            );
            // FA1: the person who started using again reads when to call, with the button.
            let again = answer_of(&html, "started-again");
            let own = reader_text(&again, READERS[0]);
            assert!(own.contains(call_too), "{at}: {own}");
            assert!(by_reader(&again).0.contains(emergency_tel(region)), "{at}");
            let visit = reader_text(&answer_of(&html, "first-appointment"), READERS[0]);
            assert!(visit.contains(tell_team), "{at}: {visit}");
            assert!(visit.contains(call_too), "{at}: {visit}");
            // RA2 (review95): and is not alone, as everywhere else the same words are said.
            assert!(visit.contains(not_alone), "{at}: {visit}");
            // RA1 (review95): falling asleep is read before the call to the care team.
            let missed = reader_text(&missed, READERS[0]);
            let asleep = missed.find(falling_asleep).unwrap_or(usize::MAX);
            assert!(
                asleep < missed.find(call_team).unwrap_or(0),
                "{at}: {missed}"
            );
            // SE1 (review98): a reader on naltrexone who still uses reads that its block fades, in
            // "How do I stay safer?", both readers.
            let safer = answer_of(&html, "staying-safer");
            for reader in READERS {
                let theirs = reader_text(&safer, reader);
                assert!(theirs.contains(fades), "{at}/{reader}: {theirs}");
            }
            // SD1 (review95): a reader who already mixed alcohol or sedatives with their medication
            // and is very sleepy reads what to do, in Step 5, both readers.
            let medication = step_html(&html, "medication");
            for (reader, words) in READERS.iter().zip(already_mixed) {
                let theirs = text(reader_html(medication, reader));
                assert!(theirs.contains(words), "{at}/{reader}: {theirs}");
            }
        }
        // FB4: in the UK, "get medical care now" after stopping alcohol or benzodiazepines says
        // where: NHS 111, or GP Out-of-Hours in Northern Ireland (both readers, Step 5).
        let uk = render_with(&[("region", "uk"), ("locale", locale.as_str())]);
        let medication = step_html(&uk, "medication");
        for reader in READERS {
            let theirs = text(reader_html(medication, reader));
            assert!(theirs.contains("NHS 111"), "{locale:?}/{reader}: {theirs}");
        }
        // FB3: a struggling supporter in Northern Ireland has a route too.
        let helping = text(&answer_of(&uk, "helping-someone"));
        let ni = said(
            locale,
            [
                "In Northern Ireland, call your GP",
                "En Irlanda del Norte, llama a tu médico de familia (GP)",
                "En Irlande du Nord, appelez votre médecin de famille (GP)",
            ],
        );
        assert!(helping.contains(ni), "{locale:?}: {helping}");
    }
    // FB6, FD4: recovery homes in the sheet's words ("recovery housing"), not the US "sober living".
    for region in RegionCode::ALL {
        let page = text(&render_with(&[
            ("region", region.as_str()),
            ("locale", "en"),
        ]));
        assert!(!page.contains("sober living"), "{region:?}");
        assert!(page.contains("recovery homes (shared homes"), "{region:?}");
    }
    // ES1: a Spanish speaker in the UK, Australia or New Zealand asks for an "ambulance".
    for region in ["uk", "au", "nz"] {
        let card = text(emergency_tier_html(&render_with(&[
            ("region", region),
            ("locale", "es"),
        ])));
        assert!(card.contains("«ambulance»"), "{region}: {card}");
    }
    // ES3: UK services take self-referrals, not only people who turn up; ES4: "may not answer in
    // Spanish", not "may answer in English" (read as good news), nor "only in English" beside an
    // interpreter (review95, RB1).
    let es = text(&render_with(&[("region", "uk"), ("locale", "es")]));
    assert!(es.contains("«self-referral»"));
    assert!(!es.contains("acudan por su cuenta"));
    assert!(!es.contains("quien llega por su cuenta"));
    assert!(es.contains("Puede que este servicio no atienda en español."));
    assert!(!es.contains("Puede que este servicio atienda en inglés."));
    // FR1: the English name a French speaker in the UK asks for; FR3: Saturday and Sunday, not a
    // "fin de semaine" Europe reads as Friday; FR5: Ireland's GP is asked for a drug service.
    let fr = text(&render_with(&[("region", "uk"), ("locale", "fr")]));
    assert!(fr.contains("(NHS drug services)"));
    assert!(fr.contains("le samedi, le dimanche et les jours fériés"));
    let ie = text(&render_with(&[("region", "ie"), ("locale", "fr")]));
    assert!(!ie.contains("aide pour la drogue"));
}

/// What stop 80's readers needed, where they looked (review100: a contradiction hunt CX, Spanish TS
/// and French TF meaning checks against the English, spoken labels SR, partner-page scenarios SF).
/// Each check fails on the content before the fix.
#[test]
fn what_stop_80s_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        // SF1, TS1, TF1: a supporter's overdose trigger is "falling asleep, hard to wake", never
        // "you cannot wake them", which raised the threshold for calling in Spanish and French.
        let asleep = said(
            locale,
            [
                "Is your loved one falling asleep, hard to wake, or breathing slowly? Treat it as an overdose",
                "¿Tu ser querido se duerme sin querer, respira despacio o te cuesta despertarlo? Actúa como si fuera una sobredosis",
                "Votre proche s'endort, est difficile à réveiller ou respire lentement? Agissez comme s'il s'agissait d'une surdose",
            ],
        );
        // CX1: in the first 4 weeks of methadone, heroin on top is told to the team today, before
        // the next dose, in "I started using again" as in the cravings and dose answers; RA1, RA2:
        // "very sleepy" is followed at once by when to call.
        let started = [
            said(
                locale,
                [
                    "Tell your care team today, before your next dose. Do not stay alone. Falling asleep, hard to wake or breathing slowly? Call",
                    "Díselo hoy a tu equipo de salud, antes de tu próxima dosis. No te quedes a solas. ¿Te duermes sin querer, cuesta despertarte o respiras despacio? Llama ya al",
                    "Dites-le aujourd'hui à votre équipe soignante, avant votre prochaine dose. Restez avec quelqu'un. Vous vous endormez, êtes difficile à réveiller ou respirez lentement? Appelez le",
                ],
            ),
            said(
                locale,
                [
                    "Encourage them to tell their care team today, before their next dose. Stay near them. Falling asleep, hard to wake or breathing slowly? Call",
                    "Anima a tu ser querido a decírselo hoy a su equipo de salud, antes de su próxima dosis. Quédate cerca. ¿Se duerme sin querer, te cuesta despertarlo o respira despacio? Llama al",
                    "Encouragez votre proche à le dire aujourd'hui à son équipe soignante, avant sa prochaine dose. Restez près de lui ou d'elle. Votre proche s'endort, est difficile à réveiller ou respire lentement? Appelez le",
                ],
            ),
        ];
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let page = text(&html);
            for narrowed in ["No logras despertar", "n'arrivez pas à réveiller"] {
                assert!(!page.contains(narrowed), "{at}: {narrowed}");
            }
            let helping = text(&answer_of(&html, "helping-someone"));
            assert!(helping.contains(asleep), "{at}: {helping}");
            let again = answer_of(&html, "started-again");
            for (reader, words) in READERS.iter().zip(started) {
                let theirs = reader_text(&again, reader);
                assert!(theirs.contains(words), "{at}/{reader}: {theirs}");
            }
            // TS2: Spanish recovery homes are shared homes, not "where no one uses" (read as no
            // prescribed medicine either).
            if locale == Locale::Es {
                let ongoing = text(step_html(&html, "ongoing"));
                assert!(
                    ongoing.contains("casas compartidas por personas en recuperación"),
                    "{at}: {ongoing}"
                );
                assert!(!ongoing.contains("sin consumir"), "{at}");
                // TS4: a limp body, not "flojo" (lazy, to many readers).
                let card = text(emergency_tier_html(&html));
                assert!(card.contains("El cuerpo está flácido, sin fuerza"), "{at}");
            }
        }
    }
    // SF5: a UK teenager who plans to see a GP reads whom to ask, the GP too.
    for (locale, words) in [
        ("en", "Under 18? Ask your GP or the drug service what they share with parents."),
        ("es", "¿Tienes menos de 18 años? Pregunta a tu médico de familia (GP) o al servicio qué les cuentan a tus padres."),
        ("fr", "Vous avez moins de 18 ans? Demandez à votre médecin de famille (GP) ou au service ce qu'ils communiquent à vos parents."),
    ] {
        let uk = render_with(&[("region", "uk"), ("locale", locale)]);
        let privacy = reader_text(&answer_of(&uk, "who-finds-out"), READERS[0]);
        assert!(privacy.contains(words), "{locale}: {privacy}");
    }
    // TF2: B.C.'s nurse line is for advice that is not urgent, not for what is "not life-threatening".
    let ca = text(&render_with(&[("region", "ca"), ("locale", "fr")]));
    assert!(ca.contains("Pour un conseil non urgent, en Colombie-Britannique"));
    assert!(!ca.contains("Hors urgence vitale"));
    // TS3: in US Spanish, a prescriber starts buprenorphine by video, not any health professional.
    let us = text(&render_with(&[("region", "us"), ("locale", "es")]));
    assert!(us.contains("Un profesional que receta puede iniciar el tratamiento con buprenorfina"));
    // SR1: a text button's visible words say it is a text, in English as in Spanish and French.
    for (region, sms) in [("ca", "sms:988"), ("nz", "sms:1737")] {
        let html = render_with(&[("region", region), ("locale", "en")]);
        // The cards that show a line's name (an action's own label says "Text" already).
        let links: Vec<_> = slices(&html, &format!("href=\"{sms}\""), "</a>")
            .into_iter()
            .filter(|link| link.contains("rg-call__name"))
            .collect();
        assert!(!links.is_empty(), "{region}: no {sms} card");
        for link in links {
            let inside = link.split_once('>').map_or("", |(_, inside)| inside);
            let visible = text(&strip_hidden(inside));
            assert!(visible.contains("(by text)"), "{region}: {visible}");
        }
    }
}

/// Markup without its screen-reader-only spans (`rg-vh`): what a sighted reader sees.
fn strip_hidden(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find("<span class=\"rg-vh\">") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = rest.find("</span>").map_or("", |end| &rest[end + 7..]);
    }
    out.push_str(rest);
    out
}

/// Whether `first` and `then` are both in `text`, `first` before `then`.
fn comes_before(text: &str, first: &str, then: &str) -> bool {
    matches!((text.find(first), text.find(then)), (Some(a), Some(b)) if a < b)
}

/// What stop 81's readers needed, where they looked (review101: answer first AF, plain language PL,
/// the same question across regions XR, the sheets read back to the page SX). A frightened reader
/// opens one answer, reads its first lines and stops: the action comes first. Each check fails on
/// the content before the fix.
#[test]
fn what_stop_81s_readers_needed_is_where_they_looked() {
    for locale in Locale::ALL {
        // AF1: a reader who already took the usual dose after missed days reads what to do second,
        // not last, after the vomiting, travel and buprenorphine paragraphs.
        let already_took = [
            said(
                locale,
                [
                    "Already took your usual dose?",
                    "¿Ya tomaste tu dosis de siempre?",
                    "Vous avez déjà pris votre dose habituelle?",
                ],
            ),
            said(
                locale,
                [
                    "Already took their usual dose?",
                    "¿Tu ser querido ya tomó su dosis de siempre?",
                    "Votre proche a déjà pris sa dose habituelle?",
                ],
            ),
        ];
        let vomited = [
            said(
                locale,
                ["Vomited soon after", "¿Vomitaste", "Vous avez vomi"],
            ),
            said(
                locale,
                [
                    "Did they vomit soon after",
                    "¿Tu ser querido vomitó",
                    "Votre proche a vomi",
                ],
            ),
        ];
        // AF2, AF3: after using again, the overdose lines come before the list and the medication.
        let tolerance = said(
            locale,
            [
                "After 3 days or more without opioids, an amount you used before",
                "Después de 3 días o más sin opioides, la cantidad de antes puede causarte",
                "Après 3 jours ou plus sans opioïdes, vous pouvez faire une surdose",
            ],
        );
        let what_now = said(
            locale,
            [
                "What you can do now",
                "Lo que puedes hacer ahora",
                "Ce que vous pouvez faire maintenant",
            ],
        );
        let trigger = said(
            locale,
            [
                "Are they falling asleep, hard to wake, or breathing slowly? Treat it as an overdose",
                "¿Tu ser querido se duerme sin querer, respira despacio o te cuesta despertarlo? Actúa como si fuera una sobredosis",
                "Votre proche s'endort, est difficile à réveiller ou respire lentement? Agissez comme s'il s'agissait d'une surdose",
            ],
        );
        let on_medication = said(
            locale,
            [
                "Are they on medication?",
                "¿Tu ser querido toma un medicamento?",
                "Votre proche prend un médicament?",
            ],
        );
        // AF5: in pregnancy, "do not stop suddenly" before naltrexone, which is not an option yet.
        let experienced = said(
            locale,
            [
                "only with an experienced doctor.",
                "solo con un médico con experiencia.",
                "seulement avec un médecin expérimenté.",
            ],
        );
        let naltrexone = said(
            locale,
            [
                "Naltrexone needs withdrawal first",
                "¿Y la naltrexona?",
                "La naltrexone demande d'abord un sevrage",
            ],
        );
        // AF6: how long first; the deadly overdose before "not usually dangerous".
        let how_long = said(
            locale,
            [
                "usually worst after 1 to 2 days",
                "Suelen ser más fuertes al cabo de 1 o 2 días",
                "au plus fort après 1 à 2 jours",
            ],
        );
        let chills = said(locale, ["chills", "escalofríos", "frissons"]);
        let deadly = said(
            locale,
            [
                "can cause a deadly overdose",
                "sobredosis mortal",
                "surdose mortelle",
            ],
        );
        let not_dangerous = said(
            locale,
            [
                "it is not usually dangerous",
                "no suelen ser peligrosos",
                "ce n'est d'habitude pas dangereux",
            ],
        );
        // AF7: a supporter asking "Is it safe?" reads the risk in the answer's first lines.
        let risky = said(
            locale,
            [
                "It carries real risks, so encourage them to plan it together",
                "Dejarlo tiene riesgos reales: anima a tu ser querido a planearlo",
                "encouragez votre proche à le planifier",
            ],
        );
        // SX2-3: Step 4 asks about cost, in every region (§7.1-§7.6).
        let cost = said(
            locale,
            ["medication and cost", "cuánto cuesta", "ce qu'il coûte"],
        );
        let cost_supporter = said(
            locale,
            [
                "medication and cost",
                "cuánto cuesta y cómo puedes participar",
                "ce qu'il coûte",
            ],
        );
        for region in RegionCode::ALL {
            let at = format!("{region:?}/{locale:?}");
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let missed = answer_of(&html, "missed-doses");
            let again = answer_of(&html, "started-again");
            let pregnancy = answer_of(&html, "pregnancy");
            for (i, reader) in READERS.iter().enumerate() {
                let doses = reader_text(&missed, reader);
                assert!(
                    comes_before(&doses, already_took[i], vomited[i]),
                    "{at}/{reader}: AF1 {doses}"
                );
                let expecting = reader_text(&pregnancy, reader);
                assert!(
                    comes_before(&expecting, experienced, naltrexone),
                    "{at}/{reader}: AF5 {expecting}"
                );
            }
            let mine = reader_text(&again, READERS[0]);
            assert!(comes_before(&mine, tolerance, what_now), "{at}: AF3 {mine}");
            let theirs = reader_text(&again, READERS[1]);
            assert!(
                comes_before(&theirs, trigger, on_medication),
                "{at}: AF2 {theirs}"
            );
            let withdrawal = text(&answer_of(&html, "withdrawal"));
            assert!(comes_before(&withdrawal, how_long, chills), "{at}: AF6");
            assert!(
                comes_before(&withdrawal, deadly, not_dangerous),
                "{at}: AF6"
            );
            let stopping = reader_text(&answer_of(&html, "stopping"), READERS[1]);
            let opening: String = stopping.chars().take(200).collect();
            assert!(opening.contains(risky), "{at}: AF7 {opening}");
            let rehab = text(step_html(&html, "rehab"));
            assert!(rehab.contains(cost), "{at}: SX2-3");
            assert!(rehab.contains(cost_supporter), "{at}: SX2-3");
        }
    }
    for locale in Locale::ALL {
        let [no_naloxone, hours, free, ministry] = [
            [
                "No naloxone? Ask the people there",
                "¿No tienes? Pregunta a quienes estén ahí",
                "Vous n'en avez pas? Demandez aux personnes présentes",
            ],
            [
                "In South Australia, counsellors answer only",
                "En Australia Meridional (South Australia), los consejeros atienden solo",
                "En Australie-Méridionale, les intervenants répondent seulement",
            ],
            [
                "Helpline is free",
                "Drogas es gratis",
                "Helpline est gratuite",
            ],
            [
                "Ministry of Health",
                "Ministerio de Salud",
                "ministère de la Santé",
            ],
        ]
        .map(|words| said(locale, words));
        let locale = locale.as_str();
        // XR-4: a rescuer with naloxone in hand is not sent to ask for some; every region's card
        // asks only when there is none.
        for region in ["au", "nz"] {
            let card = text(emergency_tier_html(&render_with(&[
                ("region", region),
                ("locale", locale),
            ])));
            assert!(card.contains(no_naloxone), "{region}/{locale}: XR-4");
        }
        // XR-1: an Australian supporter reads the hotline's South Australian hours beside it.
        let au = render_with(&[("region", "au"), ("locale", locale)]);
        let theirs = reader_text(&answer_of(&au, "started-again"), READERS[1]);
        assert!(theirs.contains(hours), "{locale}: XR-1 {theirs}");
        // AF8: New Zealand's cost answer opens on treatment, not on the free helpline.
        let nz = render_with(&[("region", "nz"), ("locale", locale)]);
        let cost = text(&answer_of(&nz, "cost"));
        assert!(comes_before(&cost, ministry, free), "{locale}: AF8 {cost}");
    }
    // RB-6, WB-2: the emergency call has its own list, so the US lines' one language note stays one
    // note above them (in a list with the emergency number, each line said it, AYUDA's text too).
    let us_fr = answer_of(
        &render_with(&[("region", "us"), ("locale", "fr")]),
        "helping-someone",
    );
    let us_fr = text(&us_fr);
    assert!(us_fr.contains("Les lignes ci-dessous pourraient répondre en anglais."));
    assert!(
        !us_fr.contains("Ce service pourrait répondre en anglais."),
        "{us_fr}"
    );
    // XR-6: UK French sends to NHS 111 what is not an emergency, never what is "not life-threatening".
    let uk_fr = text(&render_with(&[("region", "uk"), ("locale", "fr")]));
    assert!(!uk_fr.contains("urgence vitale"));
    assert!(uk_fr.contains("Pour un avis rapide hors urgence, en Angleterre"));
    // SX2-2: the recovery home that bills insurance for rent (§17.2, §17.8).
    for (locale, rent) in [
        (
            "en",
            "Offers to bill your insurance for rent at a recovery home.",
        ),
        (
            "es",
            "Ofrece cobrarle a tu seguro el alquiler de una vivienda de recuperación.",
        ),
        (
            "fr",
            "Offre de facturer à l'assurance le loyer d'un logement de transition.",
        ),
    ] {
        let us = render_with(&[("region", "us"), ("locale", locale)]);
        let wary = text(&answer_of(&us, "good-treatment"));
        assert!(wary.contains(rent), "{locale}: SX2-2");
    }
    // SX2-4: the CQC rates services in England only.
    let uk = text(&render_with(&[("region", "uk"), ("locale", "en")]));
    assert!(uk.contains("In England, some services have a CQC rating"));
    // PL-2: naloxone's safety said without two negatives; PL-3: "they" names who it is.
    let us = render_with(&[("region", "us"), ("locale", "en")]);
    assert!(
        text(emergency_tier_html(&us)).contains("It is safe even if the person took no opioids.")
    );
    let privacy = reader_text(&answer_of(&us, "who-finds-out"), READERS[1]);
    assert!(privacy.contains("These programs need your loved one's written consent"));
    assert!(privacy.contains("Does your loved one's employer ask their provider about them?"));
    // PL-5: in Spanish, "solo" before the verb means "only", never "alone".
    let es = text(&render_with(&[("region", "us"), ("locale", "es")]));
    assert!(es.contains("¿Solo consumes los fines de semana"));
    assert!(!es.contains("¿Consumes solo"));
}

/// A list of calls says "this service may answer in English" once, above it, where every line in
/// it would say it: never on each of two or more buttons, even where the list also holds the
/// emergency number's call (which never carries a language note). Every page (review101, WB-2: the
/// US French supporter read it on four buttons, AYUDA's Spanish text among them).
#[test]
fn no_list_of_calls_repeats_its_language_note() {
    for locale in Locale::ALL {
        let ui = &content::guide(locale).ui;
        let notes = [ui.answers_in_english, ui.answers_in_french_or_english];
        for region in RegionCode::ALL {
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            for list in slices(&html, "<ul class=\"rg-actions\"", "</ul>") {
                // The calls and texts a note may be said of: every one but the emergency number's.
                let calls = slices(list, "<a ", ">")
                    .iter()
                    .filter(|a| a.contains("href=\"tel:") || a.contains("href=\"sms:"))
                    .filter(|a| !a.contains("rg-emergency"))
                    .count();
                for note in notes {
                    let note_span = format!("<span class=\"rg-action__note\">{note}</span>");
                    let said = list.matches(note_span.as_str()).count();
                    assert!(
                        calls < 2 || said < calls,
                        "{region:?}/{locale:?}: {note:?} said on each of {said} calls in one list"
                    );
                }
            }
        }
    }
}
