//! "Questions people ask", rendered natively: every question in every region and locale with its
//! sources and review dates, and the `start` and `sections` options.
#![cfg(feature = "ssr")]

#[path = "common/render.rs"]
mod render;

use recovery_guide::content::{self, Locale, RegionCode};
use render::{
    phone_link_labels, phone_links, phone_links_at, reader_html, render_with, slices, text,
};

/// The questions section of a render (from its opening tag to the next section or the footer).
fn section(html: &str) -> &str {
    let Some(at) = html.find(r#"class="rg-section rg-questions""#) else {
        return "";
    };
    let rest = &html[at..];
    let end = rest[1..]
        .find("<section")
        .map(|e| e + 1)
        .or_else(|| rest.find("<footer"))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Whether the markup at the start of `at` opens a question (its class list starts with
/// `rg-question`, whatever other classes follow).
fn opens_question(at: &str) -> bool {
    at.split('>').next().is_some_and(|tag| {
        tag.contains(r#"class="rg-question""#) || tag.contains(r#"class="rg-question "#)
    })
}

/// Each question's markup, from its opening tag to the next question's.
fn questions(html: &str) -> Vec<&str> {
    let section = section(html);
    let starts: Vec<usize> = section
        .match_indices("<details")
        .map(|(i, _)| i)
        .filter(|&i| opens_question(&section[i..]))
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(k, &i)| &section[i..starts.get(k + 1).copied().unwrap_or(section.len())])
        .collect()
}

/// A question's id, from its opening tag.
fn id_of(question: &str) -> &str {
    question
        .split(r#"id="rg-q-"#)
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
}

/// Every question id of a locale, once each, in file order.
fn ids(locale: Locale) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    for q in content::guide(locale).questions.questions.iter() {
        if !ids.contains(&q.id) {
            ids.push(q.id);
        }
    }
    ids
}

#[test]
fn every_question_is_asked_once_in_every_region_and_locale_with_its_sources_and_dates() {
    for locale in Locale::ALL {
        let ui = &content::guide(locale).ui;
        let expected = ids(locale);
        assert!(!expected.is_empty(), "{locale:?}: no question");
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            let shown = questions(&html);
            let shown_ids: Vec<&str> = shown.iter().map(|q| id_of(q)).collect();
            assert_eq!(shown_ids, expected, "{locale:?}/{region:?}");
            for q in shown {
                let words = text(q);
                let id = id_of(q);
                assert!(
                    words.contains(ui.last_reviewed_label) && words.contains(ui.next_review_label),
                    "{locale:?}/{region:?}/{id}: review dates in {words}"
                );
                assert!(
                    q.contains(r#"<ul class="rg-sources__list"><li>"#),
                    "{locale:?}/{region:?}/{id}: its sources"
                );
            }
        }
    }
}

#[test]
fn start_opens_that_question_and_nothing_else() {
    let first = ids(Locale::En)[0];
    let html = render_with(&[("start", first)]);
    let opened: Vec<&str> = questions(&html)
        .into_iter()
        .filter(|q| q.split('>').next().is_some_and(|tag| tag.contains(" open")))
        .collect();
    assert_eq!(opened.len(), 1, "{opened:?}");
    assert_eq!(id_of(opened[0]), first);
    assert!(
        !html.contains(r#"<details open class="rg-step__details""#),
        "no step opens for a question"
    );
    let none = render_with(&[]);
    assert!(
        questions(&none)
            .iter()
            .all(|q| !q.split('>').next().unwrap_or_default().contains(" open")),
        "every question starts closed"
    );
}

#[test]
fn the_sections_option_leaves_the_questions_out_or_shows_only_them() {
    let without = render_with(&[("sections", "journey,compare,help")]);
    assert!(section(&without).is_empty());
    assert!(!without.contains("rg-q-"));
    let only = render_with(&[("sections", "questions")]);
    let shown: Vec<&str> = questions(&only).iter().map(|q| id_of(q)).collect();
    assert_eq!(shown, ids(Locale::En));
    assert!(!only.contains("rg-journey") && !only.contains("rg-compare"));
    let default = render_with(&[]);
    let (journey, questions) = (default.find("rg-journey"), default.find("rg-questions"));
    assert!(journey < questions, "after the journey, on by default");
}

/// The words of an answer's paragraphs, warnings and list items.
fn answer_texts(blocks: &[content::Block]) -> Vec<&'static str> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            content::Block::Paragraph { text } | content::Block::Warning { text } => {
                out.push(text.text())
            }
            content::Block::List { items, .. } | content::Block::Steps { items, .. } => {
                out.extend(items.get().iter().copied())
            }
            _ => {}
        }
    }
    out
}

/// A regional answer's own words reach its regions and no other: a US reader never reads the
/// NHS's facts, a UK reader never reads Medicaid's.
#[test]
fn each_region_reads_its_own_answers_and_no_other_regions() {
    for locale in Locale::ALL {
        let all: &[content::Question] = content::guide(locale).questions.questions.all();
        let pages: Vec<(RegionCode, String)> = RegionCode::ALL
            .iter()
            .map(|r| {
                let html = render_with(&[("locale", locale.as_str()), ("region", r.as_str())]);
                (*r, text(section(&html)))
            })
            .collect();
        let mut regional = 0;
        for (v, variant) in all
            .iter()
            .enumerate()
            .filter(|(_, q)| !q.regions.is_empty())
        {
            // A text is the variant's own unless another variant says it too; an optional phrase
            // (`{prison_naloxone_supporter?}`) is the region's own addition to a shared sentence.
            // `optional_resolved` with no phrase: the text as a region without them reads it.
            let without_optional_phrases = |t: &str| content::optional_resolved(t, |_| false);
            let others: Vec<String> = all
                .iter()
                .filter(|q| q.id == variant.id && !std::ptr::eq(*q, variant))
                .flat_map(|q| answer_texts(q.answer.all()))
                .map(without_optional_phrases)
                .collect();
            for (i, t) in answer_texts(variant.answer.all()).into_iter().enumerate() {
                if others.contains(&without_optional_phrases(t)) {
                    continue;
                }
                regional += 1;
                for (region, page) in &pages {
                    // The same words as the region spells them ("towards" in Australia).
                    let spelt = content::guide_for(locale, *region).questions.questions[v].answer;
                    // With the region's own phrases in ("{get_naloxone} Some drug services ...").
                    let t =
                        content::region(*region, locale).with_phrases(answer_texts(spelt.all())[i]);
                    assert_eq!(
                        page.contains(&text(&t)),
                        variant.regions.contains(&region.as_str()),
                        "{locale:?}/{region:?}/{}: \"{t}\"",
                        variant.id
                    );
                }
            }
        }
        assert!(regional > 0, "{locale:?}: some answers are regional");
        for (region, page) in &pages {
            if *region != RegionCode::Uk {
                assert!(!page.contains("NHS"), "{region:?} reads NHS facts");
            }
            if *region != RegionCode::Us {
                assert!(!page.contains("Medicaid"), "{region:?} reads Medicaid");
            }
        }
    }
}

/// For someone who cares, the question they ask first comes first, and each answer that has a
/// supporter's words shows those; for the person themself, the file's order and their own words.
#[test]
fn the_audience_puts_the_supporters_question_first_and_words_the_answers_for_them() {
    let guide = content::guide(Locale::En);
    let lead = guide
        .questions
        .questions
        .iter()
        .find(|q| q.loved_one_first)
        .expect("a question a supporter asks first");
    let ids_of = |html: &str| -> Vec<String> {
        questions(html)
            .iter()
            .map(|q| id_of(q).to_string())
            .collect()
    };
    let me = render_with(&[("audience", "self")]);
    let them = render_with(&[("audience", "loved-one")]);
    assert_eq!(ids_of(&them)[0], lead.id);
    assert_eq!(ids_of(&me), ids(Locale::En));
    assert_ne!(ids_of(&me)[0], lead.id);
    // Where the lead question sits for the person themself, a marker keeps its place for the
    // toggle (which moves the question back there).
    assert_eq!(section(&them).matches("rg-question-home").count(), 1);
    let worded: Vec<&content::Question> = guide
        .questions
        .questions
        .iter()
        .filter(|q| !q.loved_one.is_empty() && q.shown_in("us"))
        .collect();
    assert!(!worded.is_empty(), "some answers have a supporter's words");
    for q in worded {
        let block = questions(&them)
            .into_iter()
            .find(|b| id_of(b) == q.id)
            .expect("the question");
        assert!(
            block.contains(r#"<div class="rg-for-loved-one">"#)
                && block.contains(r#"<div class="rg-for-self">"#),
            "{}: both readers' words, the guide's data-audience shows one",
            q.id
        );
    }
}

/// The lines the facts sheets say serve families (§11): the SAMHSA National Helpline in the US ("for
/// individuals and family members"), Drogue : aide et référence in Quebec.
fn for_families(region: RegionCode) -> &'static [&'static str] {
    match region {
        // The SAMHSA Helpline, and its own TTY number for Deaf and hard-of-hearing callers.
        RegionCode::Us => &["tel:+18006624357", "tel:+18004874889"],
        RegionCode::Ca => &["tel:+18002652626"],
        _ => &[],
    }
}

/// Someone asking how to help a loved one is offered a line that serves families where the facts
/// sheets say one does: the SAMHSA National Helpline in the US ("for individuals and family
/// members"), Drogue : aide et référence in Quebec. Canada's main line, the overdose line for
/// people using alone, only as the loved one's to call ("They can call …", review69-scenarios,
/// SC3), never as the supporter's; elsewhere no line is named for families. In Ireland, Samaritans, a line for
/// anyone in distress, is offered for the supporter's own distress (as "Reach out" offers it). In
/// the US, 988 too, by call and by text (and by a text that says AYUDA, for Spanish): SAMHSA's
/// line does not counsel, and 988 "covers people worried about someone else" (scenario read 64c,
/// Y3: a teenager whose mother uses heroin).
#[test]
fn the_supporters_question_offers_a_line_for_families_only_where_one_is_verified() {
    let expected = |region: RegionCode| -> &'static [&'static str] {
        match region {
            // The emergency number's call after the list that names the overdose signs, in every
            // region, as the UK, Australia and New Zealand had it (review101, XR-5); after the lines
            // the list's last items name, not between a line's words and its call (RB-6, RC-5).
            RegionCode::Ie => &["tel:116123", "tel:112"],
            RegionCode::Us => &[
                "tel:+18006624357",
                "tel:988",
                "sms:988",
                "sms:988",
                "tel:911",
            ],
            // Then the lines a loved one who uses alone can call, theirs to call (below).
            RegionCode::Ca => &[
                "tel:+18002652626",
                "tel:911",
                "tel:+18886886677",
                "tel:+18002652626",
            ],
            // No line for families: the emergency number, one tap from "call 111" (review77, VF5).
            RegionCode::Uk => &["tel:999"],
            RegionCode::Au => &["tel:000"],
            RegionCode::Nz => &["tel:111"],
        }
    };
    for locale in Locale::ALL {
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            let question = questions(&html)
                .into_iter()
                .find(|q| id_of(q) == "helping-someone")
                .expect("the supporter's question");
            let lines: Vec<String> = phone_links(question)
                .into_iter()
                .map(|(href, _)| href)
                .collect();
            assert_eq!(lines, expected(region), "{locale:?}/{region:?}");
            if region == RegionCode::Ca {
                let theirs = ["They can call", "Tu ser querido puede", "Votre proche peut"];
                let labels = phone_link_labels(question);
                let overdose_line = labels.iter().find(|(href, _)| href == "tel:+18886886677");
                let label = overdose_line.map_or("", |(_, label)| label.as_str());
                assert!(
                    theirs.iter().any(|t| label.starts_with(t)),
                    "{locale:?}: the line for using alone is the loved one's: {label:?}"
                );
            }
        }
    }
}

/// Emergency numbers, and a line for anyone in distress (Samaritans; in the US 988, which "covers
/// people worried about someone else"): a supporter may call or text them for themself. (ConnexOntario gives information on services in Ontario; the sheets do not say to
/// whom, so it is the loved one's to call, as FRANK is.)
fn for_anyone(region: RegionCode) -> &'static [&'static str] {
    match region {
        RegionCode::Us => &["tel:911", "tel:988", "sms:988"],
        // 9-8-8 by text, for anyone struggling or in crisis (§14; review78, XA9).
        RegionCode::Ca => &["tel:911", "sms:988"],
        // CONTENT-FACTS.md, Ireland: "Verified 24/7 lines for someone in distress: Samaritans
        // 116 123, and the others in §13.1" (the mental health line and the crisis text line).
        RegionCode::Ie => &[
            "tel:112",
            "tel:999",
            "tel:116123",
            "tel:1800111888",
            "sms:50808",
        ],
        RegionCode::Uk => &["tel:999"],
        RegionCode::Au => &["tel:000"],
        // §13.5: 1737, "Need to talk?", free call or text, 24/7, for anyone (review77, VE2).
        RegionCode::Nz => &["tel:111", "tel:1737", "sms:1737"],
    }
}

/// The words that make the loved one the one who calls ("They can call...").
fn theirs(locale: Locale) -> &'static [&'static str] {
    match locale.as_str() {
        "es" => &["tu ser querido", "puede"],
        "fr" => &["votre proche", "peut"],
        _ => &["they can"],
    }
}

/// The journey's words in `locale`.
fn journey(locale: Locale) -> &'static content::Journey {
    &content::guide(locale).journey
}

/// The journey's "Reach out" step: (the reader's part, the supporter's part).
fn reach_out_step(html: &str) -> (&str, &str) {
    let step = slices(html, r#"id="rg-step-reach-out""#, "</li>")
        .into_iter()
        .next()
        .expect("the reach-out step");
    step.split_once(r#"<div class="rg-for-loved-one">"#)
        .expect("its supporter's part")
}

/// A supporter reads a call button for themself only where the facts sheets say the line serves
/// them: a line for families (SAMHSA, Drogue : aide et référence), one for anyone in distress
/// (Samaritans, and Ireland's other 24/7 lines; New Zealand's 1737), or an emergency number. Any other line in a supporter's words, in the questions
/// (a question without words of a supporter's own is read whole) and in the journey's "Reach
/// out" step, is labelled as the loved one's to call ("They can call..."): the sheets do not say
/// FRANK, ConnexOntario, the Australian, New Zealand or HSE lines serve families, and the B.C. access line and
/// Canada's overdose line serve the person who calls.
#[test]
fn a_supporter_is_told_to_call_only_lines_that_serve_them() {
    let mut wrong = Vec::new();
    for locale in Locale::ALL {
        let theirs = theirs(locale);
        for region in RegionCode::ALL {
            let serves_anyone = [for_anyone(region), for_families(region)].concat();
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            // A question with no supporter's words of its own is read whole by a supporter too.
            let questions = questions(&html).into_iter().map(|question| {
                let supporter = question
                    .split_once(r#"<div class="rg-for-loved-one">"#)
                    .map_or(question, |(_, supporter)| supporter);
                (id_of(question).to_string(), supporter)
            });
            let (_, step) = reach_out_step(&html);
            for (part, supporter) in questions.chain([("reach-out step".to_string(), step)]) {
                for (href, label) in phone_link_labels(supporter) {
                    let label = label.to_lowercase();
                    if !(serves_anyone.contains(&href.as_str())
                        || theirs.iter().all(|w| label.contains(w)))
                    {
                        wrong.push(format!("{locale:?}/{region:?}, {part}: a supporter is told to call {href} (\"{label}\")"));
                    }
                }
            }
        }
    }
    // Every one at once, and what an editor does about it.
    assert!(
        wrong.is_empty(),
        "{}\nThese lines are not known to serve supporters (CONTENT-FACTS): give the question a \
         `loved_one` answer whose button says \"They can call {{number}}\" (es: \"Tu ser querido \
         puede llamar al {{number}}\", fr: \"Votre proche peut appeler le {{number}}\"); CONTENT.md, \
         \"Add a question\"",
        wrong.join("\n")
    );
}

/// "Reach out" offers the region's lines to both readers. A supporter is told to call the ones
/// that serve them and reads the others as their loved one's; where none serves them, the step
/// does not say "Call a helpline below" but to share the lines.
#[test]
fn the_reach_out_step_tells_a_supporter_whose_lines_they_are() {
    for locale in Locale::ALL {
        let words = content::guide(locale)
            .journey
            .steps
            .iter()
            .find(|step| step.id == "reach-out")
            .map(|step| &step.loved_one)
            .expect("the reach-out step");
        let share = words
            .now_if_lines_are_theirs
            .expect("a supporter's words where no line serves them");
        for region in RegionCode::ALL {
            let serves_anyone = [for_anyone(region), for_families(region)].concat();
            let html = render_with(&[
                ("locale", locale.as_str()),
                ("region", region.as_str()),
                ("sections", "journey"),
            ]);
            let (reader, supporter) = reach_out_step(&html);
            let offered: Vec<String> = content::region(region, locale)
                .reach_out()
                .iter()
                .map(|line| line.contact_href())
                .collect();
            let hrefs = |part: &str| -> Vec<String> {
                let mut hrefs: Vec<String> = phone_links(part)
                    .into_iter()
                    .map(|(href, _)| href)
                    .collect();
                hrefs.sort();
                hrefs
            };
            let mut sorted = offered.clone();
            sorted.sort();
            assert_eq!(
                hrefs(reader),
                sorted,
                "{locale:?}/{region:?}: the reader's calls"
            );
            assert_eq!(
                hrefs(supporter),
                sorted,
                "{locale:?}/{region:?}: the supporter's calls"
            );
            for (href, label) in phone_link_labels(supporter) {
                let label = label.to_lowercase();
                let is_theirs = theirs(locale).iter().all(|w| label.contains(w));
                assert_eq!(
                    is_theirs,
                    !serves_anyone.contains(&href.as_str()),
                    "{locale:?}/{region:?}: {href} (\"{label}\")"
                );
            }
            // A region may word it its own way (Quebec's line serves supporters in Quebec only;
            // Ireland's is a listening line): then neither of the journey's.
            let lines = content::region(region, locale);
            let one_serves_them = offered
                .iter()
                .any(|href| serves_anyone.contains(&href.as_str()));
            // Where some lines are the supporter's and some their loved one's, each group has
            // its heading: "Call Samaritans" above "Lines for your loved one:" read as the line
            // the loved one was told to call (review66-ukie, K3).
            let both =
                one_serves_them && offered.iter().any(|h| !serves_anyone.contains(&h.as_str()));
            let yours = format!(
                r#"<h4 class="rg-calls__yours">{}</h4>"#,
                journey(locale).your_lines
            );
            match supporter.find(&yours) {
                Some(at) => {
                    assert!(both, "{locale:?}/{region:?}: \"{yours}\" over one group");
                    assert!(
                        supporter.find("href=\"tel:").is_some_and(|call| at < call),
                        "{locale:?}/{region:?}: \"{yours}\" after a call"
                    );
                }
                None => assert!(
                    !both,
                    "{locale:?}/{region:?}: no \"{yours}\" over their own lines"
                ),
            }
            // A text line among them is used, not called (review66-ukie, K2).
            if offered.iter().any(|h| h.starts_with("sms:")) {
                let call = match locale {
                    Locale::En => "call",
                    Locale::Es => "llamar",
                    Locale::Fr => "appeler",
                };
                assert!(!share.contains(call), "{locale:?}: {share}");
            }
            let (said, not_said) = match lines.reach_out_supporter_now {
                Some(own) => (own.text(), vec![words.now, share]),
                None if one_serves_them => (words.now, vec![share]),
                None => (share, vec![words.now]),
            };
            // Read as the page reads: spaces squeezed (a no-break space too).
            let supporter = text(supporter);
            assert!(
                supporter.contains(&text(said)),
                "{locale:?}/{region:?}: {said}"
            );
            for words in not_said {
                assert!(
                    !supporter.contains(&text(words)),
                    "{locale:?}/{region:?}: {words}"
                );
            }
        }
    }
}

/// "What happens when I call?" as a region's readers read it.
fn calling_answer(locale: Locale, region: RegionCode) -> &'static content::Question {
    let all: &'static [content::Question] = content::guide(locale).questions.questions.all();
    all.iter()
        .find(|q| q.id == "calling" && q.shown_in(region.as_str()))
        .expect("a calling answer in every region")
}

/// Each region's emergency numbers, as the facts sheet gives them (CONTENT-FACTS.md).
fn emergency_numbers(region: RegionCode) -> &'static [&'static str] {
    match region {
        RegionCode::Us | RegionCode::Ca => &["911"],
        RegionCode::Uk => &["999"],
        RegionCode::Au => &["000"],
        RegionCode::Nz => &["111"],
        RegionCode::Ie => &["112", "999"],
    }
}

/// "What happens when I call?" is not the question to read in an overdose: each reader's answer (a
/// supporter is often the one who finds someone overdosing) starts with a warning to call the
/// region's emergency number, in every region and locale, so no helpline, however late it answers,
/// reads as the line for it.
#[test]
fn every_readers_calling_answer_starts_with_the_emergency_number() {
    for locale in Locale::ALL {
        for region in RegionCode::ALL {
            let calling = calling_answer(locale, region);
            let readers = [calling.answer.all(), calling.loved_one.all()];
            for blocks in readers.iter().filter(|blocks| !blocks.is_empty()) {
                let Some(content::Block::Warning { text }) = blocks.first() else {
                    panic!("{locale:?}/{region:?}: each reader's answer starts with a warning");
                };
                for number in emergency_numbers(region) {
                    assert!(
                        text.text().contains(number),
                        "{locale:?}/{region:?}: \"{}\" names {number}",
                        text.text()
                    );
                }
            }
        }
    }
}

/// Where the region's lines are the loved one's to call (the sheets do not say they serve
/// families), a supporter's "What happens when they call?" says what they can do: share the
/// lines (before the buttons), and, last, the groups for people in their situation (TOPICS §11:
/// Nar-Anon Family Groups, SMART Recovery Family & Friends), which the supporter's sources name,
/// and only theirs: the person's own answer does not rest on them. Ireland's
/// offers Samaritans to the supporter, so only the groups; the US answer is both readers' (SAMHSA
/// serves families).
#[test]
fn a_supporters_calling_answer_ends_with_their_next_step_where_the_lines_are_their_loved_ones() {
    for locale in Locale::ALL {
        for region in [
            RegionCode::Uk,
            RegionCode::Ca,
            RegionCode::Au,
            RegionCode::Nz,
            RegionCode::Ie,
        ] {
            let calling = calling_answer(locale, region);
            let blocks = calling.loved_one.all();
            let Some(content::Block::Paragraph { text }) = blocks.last() else {
                panic!("{locale:?}/{region:?}: the supporter's answer ends with a paragraph");
            };
            for group in ["Nar-Anon", "SMART Recovery Family & Friends"] {
                assert!(
                    text.text().contains(group),
                    "{locale:?}/{region:?}: \"{}\" names {group}",
                    text.text()
                );
                assert!(
                    calling
                        .loved_one_sources
                        .iter()
                        .any(|source| source.contains(group)),
                    "{locale:?}/{region:?}: {group} is among the supporter's sources"
                );
                assert!(
                    !calling.sources.iter().any(|source| source.contains(group)),
                    "{locale:?}/{region:?}: {group} is not among both readers' sources"
                );
            }
            if region == RegionCode::Ie {
                continue;
            }
            // The last buttons: the lines to share (Canada's overdose line comes first, a button
            // under the paragraph that names it).
            let before_buttons = blocks
                .iter()
                .rposition(|block| matches!(block, content::Block::Actions { .. }))
                .and_then(|at| at.checked_sub(1))
                .map(|at| &blocks[at]);
            let Some(content::Block::Paragraph { text }) = before_buttons else {
                panic!(
                    "{locale:?}/{region:?}: a paragraph before the buttons says to share the lines"
                );
            };
            let share = match locale.as_str() {
                "es" => "Comparte",
                "fr" => "Donnez à votre proche",
                _ => "Share",
            };
            assert!(
                text.text().starts_with(share),
                "{locale:?}/{region:?}: \"{}\"",
                text.text()
            );
        }
    }
}

/// New Zealand's answer offers the Māori Line and the Pasifika Line as buttons, to both readers:
/// the list says they exist, so their numbers must be a tap away (CONTENT-FACTS.md "Other regions").
#[test]
fn new_zealands_calling_answer_offers_the_maori_and_pasifika_lines() {
    for locale in Locale::ALL {
        let html = render_with(&[("locale", locale.as_str()), ("region", "nz")]);
        let question = questions(&html)
            .into_iter()
            .find(|q| id_of(q) == "calling")
            .expect("the calling question");
        let (own, supporter) = question
            .split_once(r#"<div class="rg-for-loved-one">"#)
            .expect("a supporter's answer of its own");
        for (reader, part) in [("self", own), ("supporter", supporter)] {
            let lines: Vec<String> = phone_links(part)
                .into_iter()
                .map(|(href, _)| href)
                .collect();
            for line in ["tel:0800787798", "tel:0800787799"] {
                assert!(
                    lines.iter().any(|href| href == line),
                    "{locale:?}/{reader}: {line} in {lines:?}"
                );
            }
        }
    }
}

/// A source only a supporter's answer rests on (`loved_one_sources`) is in every question's
/// sources list, after the rest, marked for a supporter only (`rg-for-loved-one`, hidden for the
/// person themself): the person's own "What happens when I call?" outside the US does not name
/// the groups for families, and must not cite them.
#[test]
fn a_supporters_own_sources_are_listed_for_a_supporter_only() {
    let mut marked = 0;
    for locale in Locale::ALL {
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            let rendered = questions(&html);
            for q in content::guide(locale).questions.questions.iter() {
                if !q.shown_in(region.as_str()) {
                    continue;
                }
                let markup = rendered
                    .iter()
                    .find(|m| id_of(m) == q.id)
                    .expect("the question is rendered");
                let list = slices(markup, r#"<ul class="rg-sources__list">"#, "</ul>")
                    .pop()
                    .expect("its sources list");
                let items = slices(list, "<li", "</li>");
                // With the sources of the region's phrases the answers say (how to get naloxone).
                let (shared, theirs_only) = phrase_sources(q, content::region(region, locale));
                let shared = q.sources.len() + shared.len();
                let expected = shared + q.loved_one_sources.len() + theirs_only.len();
                assert_eq!(items.len(), expected, "{locale:?}/{region:?}/{}", q.id);
                for (at, item) in items.iter().enumerate() {
                    let theirs = at >= shared;
                    assert_eq!(
                        item.starts_with(r#"<li class="rg-for-loved-one">"#),
                        theirs,
                        "{locale:?}/{region:?}/{}: {item}",
                        q.id
                    );
                    marked += usize::from(theirs);
                }
            }
        }
    }
    // The groups, in five regions' calling answers, in three languages.
    assert!(
        marked >= 2 * 5 * 3,
        "{marked} sources marked for a supporter"
    );
}

/// The sources of the region's phrases `q`'s answers say and of the "Reach out" lines they offer,
/// that `q` does not list itself: those the shared answer has, then those only a supporter's has.
fn phrase_sources(
    q: &content::Question,
    region: &content::Region,
) -> (Vec<&'static str>, Vec<&'static str>) {
    let texts = |blocks: &[content::Block]| -> Vec<&'static str> {
        blocks.iter().flat_map(|b| b.phrased_texts()).collect()
    };
    let mut shared: Vec<&'static str> = Vec::new();
    let offered = region.phrase_sources(texts(q.answer.all()));
    for source in offered
        .into_iter()
        .chain(region.reach_out_sources(q.answer.all()))
    {
        if !q.sources.contains(&source) && !shared.contains(&source) {
            shared.push(source);
        }
    }
    let mut theirs: Vec<&'static str> = Vec::new();
    let offered = region.phrase_sources(texts(q.loved_one.all()));
    for source in offered
        .into_iter()
        .chain(region.reach_out_sources(q.loved_one.all()))
    {
        let listed = shared.contains(&source) || q.sources.contains(&source);
        if !listed && !q.loved_one_sources.contains(&source) && !theirs.contains(&source) {
            theirs.push(source);
        }
    }
    (shared, theirs)
}

/// The lines these blocks' actions call.
fn called(blocks: &[content::Block]) -> Vec<&'static str> {
    blocks
        .iter()
        .flat_map(|block| match block {
            content::Block::Actions { actions } => actions.iter().map(|a| a.line).collect(),
            _ => Vec::new(),
        })
        .collect()
}

/// The reader has just seen the help bar's line: "What happens when I call?" speaks of it (by
/// name or number, or calls it), for both readers, in every region and locale. A clinical read
/// found Canada's answer only spoke of the provincial lines, not the one the help bar offers.
#[test]
fn what_happens_when_i_call_speaks_of_the_help_bars_line() {
    let plain = |t: &str| {
        t.replace(['\u{a0}', '\u{202f}'], " ")
            .replace('\u{2060}', "")
    };
    let mut missing = Vec::new();
    for locale in Locale::ALL {
        let guide = content::guide(locale);
        for code in RegionCode::ALL {
            let region = content::region(code, locale);
            let line = region.main_helpline();
            let name = plain(line.name.text());
            let name = name.split(" (").next().unwrap_or_default();
            let question = guide
                .questions
                .questions
                .iter()
                .find(|q| q.id == "calling" && q.shown_in(region.code))
                .expect("a calling question in every region");
            let theirs = if question.loved_one.is_empty() {
                &question.answer
            } else {
                &question.loved_one
            };
            for (reader, blocks) in [("self", &question.answer), ("loved one", theirs)] {
                let spoken = answer_texts(blocks.all())
                    .iter()
                    .map(|t| plain(t))
                    .any(|t| t.contains(name) || t.contains(&plain(line.display)));
                let called = called(blocks.all())
                    .iter()
                    .any(|l| *l == "main_helpline" || *l == line.id);
                if !(spoken || called) {
                    missing.push(format!("{locale:?} {} ({reader}): {name}", region.code));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "answers that leave out the help bar's line: {missing:#?}"
    );
}

/// A pregnant reader is told to talk with her doctor or midwife; one who has none yet is offered
/// her region's "Reach out" lines right there, as the journey's first step offers them, with the
/// region's note on them (South Australia's hours, Canada's other provinces, Ireland's HSE hours),
/// and so is a supporter (scenario read 62, S4: she had to go back up to the help bar).
#[test]
fn the_pregnancy_answer_offers_the_regions_lines_to_a_reader_without_a_care_team() {
    for locale in Locale::ALL {
        for region in RegionCode::ALL {
            let html = render_with(&[("locale", locale.as_str()), ("region", region.as_str())]);
            let lines = content::region(region, locale).reach_out();
            let region_words = content::region(region, locale);
            let note = region_words
                .reach_out_note
                .map(|n| region_words.with_phrases(n.text()));
            let answer = questions(&html)
                .into_iter()
                .find(|q| id_of(q) == "pregnancy")
                .expect("the pregnancy question is shown in every region");
            let (me, supporter) = answer
                .split_once(r#"<div class="rg-for-loved-one">"#)
                .expect("the answer has a supporter's words");
            for (reader, words) in [("self", me), ("supporter", supporter)] {
                let offered: Vec<String> = phone_links(words).into_iter().map(|l| l.0).collect();
                for line in &lines {
                    assert!(
                        offered.contains(&line.contact_href()),
                        "{locale:?}/{region:?}/{reader}: {} not offered in {offered:?}",
                        line.contact_href()
                    );
                }
                if let Some(note) = &note {
                    assert!(
                        text(words).contains(&text(note)),
                        "{locale:?}/{region:?}/{reader}: the region's note on its lines"
                    );
                }
            }
        }
    }
}

/// B.C.'s treatment access line answers from 9 a.m. to 4 p.m.; HealthLink BC answers any time
/// (CONTENT-FACTS-TOPICS.md §13.3). "Reach out", and the answers that offer its lines, give a B.C.
/// reader both, the second named as open any time (review63-pregnancy, P5: at night she had none),
/// and an Ontario reader ConnexOntario. The return-to-use answer says "a helpline" to each reader:
/// it offered only the line for using alone to an Ontario reader, or a B.C. one after 4 p.m.
/// (review66-usca, C2).
#[test]
fn a_bc_reader_is_offered_a_line_that_answers_any_time() {
    for locale in Locale::ALL {
        let any_time = match locale {
            Locale::En => "any time",
            Locale::Es => "a cualquier hora",
            Locale::Fr => "en tout temps",
        };
        let html = render_with(&[("locale", locale.as_str()), ("region", "ca")]);
        let (me, supporter) = reach_out_step(&html);
        let answer = |id: &str| {
            questions(&html)
                .into_iter()
                .find(|q| id_of(q) == id)
                .unwrap_or_else(|| panic!("the {id} question"))
        };
        let pregnancy = answer("pregnancy");
        let again = answer("started-again");
        for (part, words) in [
            ("step", me),
            ("step, supporter", supporter),
            ("pregnancy", pregnancy),
            ("started again", reader_html(again, "rg-for-self")),
            (
                "started again, supporter",
                reader_html(again, "rg-for-loved-one"),
            ),
        ] {
            let labels = phone_link_labels(words);
            assert!(
                labels
                    .iter()
                    .any(|(href, label)| href == "tel:811" && label.contains(any_time)),
                "{locale:?}/{part}: 8-1-1, named as open {any_time:?}, in {labels:?}"
            );
            assert!(
                labels.iter().any(|(href, _)| href == "tel:+18665312600"),
                "{locale:?}/{part}: no ConnexOntario in {labels:?}"
            );
        }
    }
}

/// Where the sheets give a helpline's text number (FRANK's 82111, New Zealand's 8681), "Reach
/// out" offers it beside the calls, to both readers, as a text link read aloud as one ("Text
/// FRANK text, 8 2 1 1 1"; a supporter's "They can text…"): a reader who cannot talk aloud where
/// they are, or who does not hear, has a way in too.
#[test]
fn reach_out_offers_a_text_number_where_the_sheets_give_one() {
    for locale in Locale::ALL {
        let journey = &content::guide(locale).journey;
        for (region, sms) in [("uk", "sms:82111"), ("nz", "sms:8681")] {
            let html = render_with(&[("locale", locale.as_str()), ("region", region)]);
            let (me, supporter) = reach_out_step(&html);
            for (reader, words, verb) in [
                ("self", me, journey.text),
                ("supporter", supporter, journey.they_can_text),
            ] {
                let labels = phone_link_labels(words);
                let texted: Vec<_> = labels.iter().filter(|(href, _)| href == sms).collect();
                assert_eq!(
                    texted.len(),
                    1,
                    "{locale:?}/{region}/{reader}: one link to text {sms} in {labels:?}"
                );
                assert!(
                    texted[0].1.starts_with(&text(verb)),
                    "{locale:?}/{region}/{reader}: {:?} starts with {verb:?}",
                    texted[0].1
                );
            }
        }
    }
}

/// The word a sentence names a line by: the first capitalized word of its name that is not a
/// kind of line ("FRANK" of "Línea FRANK", "Alcohol" of "National Alcohol and Other Drug
/// Hotline", "HSE" of "HSE Drugs and Alcohol Helpline").
fn naming_word(name: &str) -> &str {
    const KINDS: [&str; 6] = ["Línea", "Line", "Ligne", "National", "Nacional", "The"];
    name.split(|c: char| c.is_whitespace() || c == ',' || c == '(')
        .find(|w| w.chars().next().is_some_and(char::is_uppercase) && !KINDS.contains(w))
        .unwrap_or(name)
}

/// Whether a link's words are only a verb and the number ("Call 1800 250 015", "Tu ser querido
/// puede llamar al 0800 787 797"): nothing in them says whose line it is, where, or what for.
fn is_bare(label: &str, display: &str) -> bool {
    let words = label.replace(display, "");
    !words.contains([':', '?', ',']) && !words.chars().skip(1).any(char::is_uppercase)
}

/// A call or text button in an answer says whose line it is, or the answer has named the line
/// before it: "Call 0300 123 6600", under "get back in touch with your care team or a helpline",
/// left a UK reader who used again not knowing the number was FRANK's (review67-plain-uk, U6).
/// A button that says a place or a need ("Quebec: call …", "Using alone? Call …") is read with
/// the list beside it; an emergency number, or a line named by its number (988), needs no name.
#[test]
fn every_bare_call_in_an_answer_is_to_a_line_the_answer_has_named() {
    let mut unnamed = Vec::new();
    for locale in Locale::ALL {
        for region in RegionCode::ALL {
            let html = render_with(&[("region", region.as_str()), ("locale", locale.as_str())]);
            let lines = content::region(region, locale);
            for question in questions(&html) {
                let answer = question.split("rg-sources").next().unwrap_or(question);
                let parts: Vec<&str> = ["rg-for-self", "rg-for-loved-one"]
                    .iter()
                    .map(|reader| reader_html(answer, reader))
                    .filter(|part| !part.is_empty())
                    .collect();
                let parts = if parts.is_empty() {
                    vec![answer]
                } else {
                    parts
                };
                for part in parts {
                    for (at, href, label) in phone_links_at(part) {
                        let line = lines.lines.iter().find(|l| {
                            l.tel.is_some_and(|t| href == format!("tel:{t}"))
                                || l.sms.is_some_and(|s| href == format!("sms:{s}"))
                        });
                        let Some(line) = line else {
                            unnamed.push(format!("{locale:?}/{region:?}: {href} is no line"));
                            continue;
                        };
                        let name = text(line.name.text());
                        if line.id == lines.emergency
                            || name.contains(line.display)
                            || !is_bare(&label, line.display)
                        {
                            continue;
                        }
                        let word = naming_word(&name);
                        if !label.contains(word) && !text(&part[..at]).contains(word) {
                            unnamed.push(format!(
                                "{locale:?}/{region:?}/{}: \"{label}\" calls {name}, not named before it",
                                id_of(question)
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(unnamed.is_empty(), "{}", unnamed.join("\n"));
}
