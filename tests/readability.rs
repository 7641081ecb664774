//! Plain words, tested: every journey step, comparison grid, help tier and question reads at US
//! grade 8 or below (Flesch-Kincaid) in English, at 70 or above (Fernández-Huerta) in Spanish and
//! at 60 or above (Kandel-Moles) in French, and no stigmatising term from CONTENT-FACTS.md ("Words
//! Matter"), in any language, appears anywhere in the content. `cargo test --test readability --
//! --nocapture` prints each score.
//! Over 400 lines: the three readability formulas, their word lists and the groups they score
//! belong together.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
mod common;
#[path = "../src/content/schema.rs"]
#[allow(dead_code, unused_imports)]
mod schema;

use std::path::Path;
use std::sync::OnceLock;

const MAX_GRADE: f64 = 8.0;

/// Syllables by the usual English heuristic: vowel groups, less a silent ending.
fn syllables(word: &str) -> usize {
    let mut w: Vec<u8> = word
        .to_lowercase()
        .bytes()
        .filter(u8::is_ascii_lowercase)
        .collect();
    if w.len() <= 3 {
        return 1;
    }
    let soft = |c: u8| b"laeiouy".contains(&c);
    let n = w.len();
    if w.ends_with(b"ed") {
        w.truncate(n - 2);
    } else if w.ends_with(b"es") && !soft(w[n - 3]) {
        w.truncate(n - 3);
    } else if w.ends_with(b"e") && !soft(w[n - 2]) {
        w.truncate(n - 2);
    }
    if w.first() == Some(&b'y') {
        w.remove(0);
    }
    let mut groups = 0usize;
    let mut run = 0usize;
    for c in w.iter().chain(std::iter::once(&b' ')) {
        if b"aeiouy".contains(c) {
            run += 1;
        } else {
            groups += run.div_ceil(2);
            run = 0;
        }
    }
    groups.max(1)
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The sentences of a text. Only `.`, `!` and `?` end a sentence (a colon or a semicolon does
/// not), and only before a space or the end of the text: "988lifeline.org" is one word. A full
/// stop before a lowercase word is an abbreviation ("8:30 p. m."), and so is "EE." in "EE. UU.".
fn split_sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        // A phrase's name ("{not_stopping_suddenly} Tell your clinician…") stands for its own
        // sentences, read with the phrase put in (`journey_groups`, `tier_groups`).
        let phrase_ends = *c == '}' && chars.get(i + 1).is_some_and(|n| n.is_whitespace());
        if phrase_ends {
            out.push(current.trim().to_string());
            current.clear();
            continue;
        }
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next_word = chars[i + 1..].iter().find(|n| !n.is_whitespace());
        let at_end = next_word.is_none();
        let before_space = chars.get(i + 1).is_some_and(|n| n.is_whitespace());
        let abbreviation = *c == '.'
            && (next_word.is_some_and(|n| n.is_lowercase()) || current.trim_end().ends_with("EE."));
        if at_end || (before_space && !abbreviation) {
            if current.chars().any(char::is_alphanumeric) {
                out.push(current.trim().to_string());
            }
            current.clear();
        }
    }
    if current.chars().any(char::is_alphanumeric) {
        out.push(current.trim().to_string());
    }
    out
}

fn sentences(text: &str) -> usize {
    split_sentences(text).len().max(1)
}

/// Flesch-Kincaid grade level of several texts read together (each text is at least a sentence).
fn grade(texts: &[&str]) -> f64 {
    let (mut w, mut s, mut syl) = (0usize, 0usize, 0usize);
    for text in texts {
        let ws = words(text);
        w += ws.len();
        syl += ws.iter().map(|x| syllables(x)).sum::<usize>();
        s += sentences(text);
    }
    if w == 0 {
        return 0.0;
    }
    0.39 * w as f64 / s as f64 + 11.8 * syl as f64 / w as f64 - 15.59
}

/// The content as the build reads it (every region with every locale's words), read once.
fn content() -> &'static schema::Content {
    static CONTENT: OnceLock<schema::Content> = OnceLock::new();
    CONTENT.get_or_init(|| {
        schema::load(Path::new("src/content")).unwrap_or_else(|p| panic!("{}", p.join("\n")))
    })
}

/// A readability measure: its name, the formula, and whether a score is plain enough.
struct Measure {
    name: &'static str,
    score: fn(&[&str]) -> f64,
    plain: fn(f64) -> bool,
}

const FLESCH_KINCAID: Measure = Measure {
    name: "Flesch-Kincaid grade",
    score: grade,
    plain: |g| g <= MAX_GRADE,
};

/// Checks each named group of texts, printing every score, and fails listing those not plain.
fn assert_plain_by(measure: Measure, groups: Vec<(String, Vec<&str>)>) {
    let mut too_hard = Vec::new();
    for (name, texts) in &groups {
        let score = (measure.score)(texts);
        println!("{} {score:>5.1}  {name}", measure.name);
        if !(measure.plain)(score) {
            too_hard.push(format!("{name}: {score:.1}"));
        }
    }
    assert!(
        too_hard.is_empty(),
        "{} not plain enough: {too_hard:#?}",
        measure.name
    );
}

fn assert_plain(groups: Vec<(String, Vec<&str>)>) {
    assert_plain_by(FLESCH_KINCAID, groups);
}

#[test]
fn the_formula_matches_known_values() {
    assert_eq!(syllables("cat"), 1);
    assert_eq!(syllables("medication"), 4);
    assert_eq!(syllables("naloxone"), 3);
    assert_eq!(syllables("helped"), 1);
    assert_eq!(sentences("One. Two? Three: four; five"), 3);
    assert_eq!(sentences("Chat at 988lifeline.org. Call 988!"), 2);
    assert_eq!(
        sentences("De 8:30 a. m. a 10 p. m. en EE. UU. y en casa."),
        1
    );
    assert_eq!(
        split_sentences("Call now. It is free: ask."),
        vec!["Call now.", "It is free: ask."]
    );
    assert_eq!(
        words("Call 1-800-662-HELP (4357) now."),
        vec!["Call", "1-800-662-HELP", "4357", "now"]
    );
    assert!(grade(&["The cat sat on the mat."]) < 2.0);
    assert!(grade(&["Pharmacological interventions necessitate individualized consideration of contraindications."]) > 16.0);
}

fn locale(content: &'static schema::Content, code: &str) -> &'static schema::Guide {
    content
        .guide(code)
        .unwrap_or_else(|| panic!("no {code} content"))
}

/// Each journey step's words, both audiences and its choices, as one group per region: each with
/// the region's own words put in for its `{phrases}` (how to get naloxone there), as a reader
/// there reads them.
fn journey_groups(guide: &'static schema::Guide) -> Vec<(String, Vec<&'static str>)> {
    let mut groups = Vec::new();
    for step in guide.journey.steps.iter() {
        for region in &content().regions {
            let texts = step.texts().into_iter();
            let texts = texts
                .map(|t| with_phrases(t, region, guide.locale))
                .collect();
            groups.push((format!("journey step {} ({})", step.id, region.code), texts));
        }
    }
    groups
}

/// `text` with `region`'s phrases put in, in `locale` (leaked: a test reads it to the end).
fn with_phrases(text: &'static str, region: &schema::Region, locale: &str) -> &'static str {
    if !text.contains('{') {
        return text;
    }
    Box::leak(region.with_phrases_in(text, locale).into_boxed_str())
}

/// Each comparison grid's words as one group.
fn grid_groups(guide: &'static schema::Guide) -> Vec<(String, Vec<&'static str>)> {
    guide
        .compare
        .grids
        .iter()
        .map(|g| {
            let mut texts = vec![g.title, g.caption];
            for row in g.rows.iter() {
                texts.push(row.question);
                texts.extend(row.cells.iter().copied());
            }
            (format!("comparison grid {}", g.id), texts)
        })
        .collect()
}

/// The words of blocks in one locale (list and step titles and items, paragraphs, warnings), and
/// their actions' notes last. A table's cells are data, not sentences.
fn block_texts(blocks: &[schema::Block], code: &str, whose: &str) -> Vec<&'static str> {
    let text = |l: &schema::Localized<schema::Text>| -> &'static str {
        l.get_in(code)
            .copied()
            .unwrap_or_else(|| panic!("{whose}: a text has no {code} text"))
    };
    let mut texts = Vec::new();
    let mut notes = Vec::new();
    for block in blocks {
        match block {
            schema::Block::Paragraph { text: t }
            | schema::Block::Warning { text: t }
            | schema::Block::ReachOut { text: t } => {
                texts.push(text(t));
            }
            schema::Block::List { title, items } | schema::Block::Steps { title, items } => {
                texts.extend(title.as_ref().map(text));
                let items = items
                    .get_in(code)
                    .unwrap_or_else(|| panic!("{whose}: a list has no {code} items"));
                texts.extend(items.all().iter().copied());
            }
            schema::Block::Actions { actions } => {
                notes.extend(actions.iter().filter_map(|a| a.note.as_ref().map(text)));
            }
            schema::Block::Table { .. } => {}
        }
    }
    texts.extend(notes);
    texts
}

/// Each help tier of each region, in one locale, as one group: its heading, body, the words of
/// its blocks and its actions' notes; and the region's own words in the journey's "Reach out" step
/// (its note and a supporter's words), as one more group.
fn tier_groups(content: &'static schema::Content, code: &str) -> Vec<(String, Vec<&'static str>)> {
    let mut groups = Vec::new();
    for region in &content.regions {
        let text = |l: &schema::Localized<schema::Text>| -> &'static str {
            l.get_in(code)
                .copied()
                .unwrap_or_else(|| panic!("{}: a tier text has no {code} text", region.code))
        };
        for (i, tier) in region.tiers.iter().enumerate() {
            let mut texts = vec![text(&tier.heading), text(&tier.body)];
            texts.extend(
                tier.actions
                    .iter()
                    .filter_map(|a| a.note.as_ref().map(text)),
            );
            texts.extend(block_texts(tier.blocks.all(), code, region.code));
            // As the reader reads them: a tier's words may name the region's phrases.
            let texts = texts
                .into_iter()
                .map(|t| with_phrases(t, region, code))
                .collect();
            groups.push((
                format!(
                    "help tier {} {} ({})",
                    region.code,
                    i + 1,
                    tier.kind.as_str()
                ),
                texts,
            ));
        }
        let reach_out: Vec<&str> = [&region.reach_out_note, &region.reach_out_supporter_now]
            .into_iter()
            .flatten()
            .map(|t| with_phrases(text(t), region, code))
            .collect();
        if !reach_out.is_empty() {
            groups.push((format!("\"Reach out\" {}", region.code), reach_out));
        }
    }
    groups
}

/// Each question of one locale (each regional variant apart), as two groups: the question and its
/// answer for the person themself, and for someone who cares about them.
fn question_groups(guide: &'static schema::Guide) -> Vec<(String, Vec<&'static str>)> {
    let mut groups = Vec::new();
    for q in guide.questions.questions.iter() {
        // Each region that sees it, where it says the region's own words.
        let says_phrases = q
            .answer
            .iter()
            .chain(q.loved_one.iter())
            .any(|b| b.phrased_texts().iter().any(|t| t.contains('{')));
        let regions = content().regions.iter().filter(|r| q.shown_in(r.code));
        let regions: Vec<Option<&schema::Region>> = if says_phrases {
            regions.map(Some).collect()
        } else {
            vec![None]
        };
        for region in regions {
            let fill = |t: &'static str| region.map_or(t, |r| with_phrases(t, r, guide.locale));
            let name = match region {
                Some(r) => format!("question {} ({})", q.id, r.code),
                None => format!("question {} {:?}", q.id, q.regions.all()),
            };
            let mut texts = vec![q.question];
            texts.extend(
                block_texts(q.answer.all(), guide.locale, q.id)
                    .into_iter()
                    .map(fill),
            );
            groups.push((name.clone(), texts));
            if !q.loved_one.is_empty() {
                let mut texts: Vec<&str> = q.loved_one_question.into_iter().collect();
                let theirs = block_texts(q.loved_one.all(), guide.locale, q.id);
                texts.extend(theirs.into_iter().map(fill));
                groups.push((format!("{name}, for someone who cares"), texts));
            }
        }
    }
    groups
}

#[test]
fn every_question_reads_at_grade_8_or_below() {
    let content = content();
    assert_plain(question_groups(locale(content, "en")));
}

#[test]
fn every_spanish_question_reads_easily() {
    let content = content();
    assert_plain_spanish(question_groups(locale(content, "es")));
}

#[test]
fn every_sentence_of_every_question_is_under_20_words() {
    let content = content();
    let mut long = Vec::new();
    for code in ["en", "es", "fr"] {
        long.extend(long_sentences(&question_groups(locale(content, code))));
    }
    assert!(
        long.is_empty(),
        "sentences of 20 words or more (the writing rules ask for under 20): {long:#?}"
    );
}

#[test]
fn every_journey_step_reads_at_grade_8_or_below() {
    let content = content();
    assert_plain(journey_groups(locale(content, "en")));
}

#[test]
fn every_comparison_grid_reads_at_grade_8_or_below() {
    let content = content();
    assert_plain(grid_groups(locale(content, "en")));
}

#[test]
fn every_help_tier_reads_at_grade_8_or_below() {
    let content = content();
    assert_plain(tier_groups(content, "en"));
}

/// The writing rules ask for sentences under 20 words.
const MAX_SENTENCE_WORDS: usize = 19;

/// Every sentence of `texts` with more than `MAX_SENTENCE_WORDS` words, named by its group.
fn long_sentences(groups: &[(String, Vec<&str>)]) -> Vec<String> {
    let mut long = Vec::new();
    for (name, texts) in groups {
        for text in texts {
            for sentence in split_sentences(text) {
                let n = words(&sentence).len();
                if n > MAX_SENTENCE_WORDS {
                    long.push(format!("{name}: {n} words: \"{sentence}\""));
                }
            }
        }
    }
    long
}

/// Every prose string of one content file, as one group named by the file.
fn file_group(path: &str) -> (String, Vec<String>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value: toml::Value = toml::from_str(&text).expect("valid TOML");
    let mut strings = Vec::new();
    texts(&value, "", false, None, &mut strings);
    (path.to_string(), strings)
}

#[test]
fn the_sentence_length_check_catches_what_it_should() {
    let long = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.";
    let groups = vec![("test".to_string(), vec![long, "Short: one; two. Three."])];
    assert_eq!(long_sentences(&groups).len(), 1);
    let nineteen = long.replace(" twenty", "");
    assert!(long_sentences(&[("test".to_string(), vec![nineteen.as_str()])]).is_empty());
}

/// Every sentence of 20 words or more in one locale's `files`, and in every region's help tiers
/// when `tiers`.
fn long_sentences_in(locale: &str, files: &[&str], tiers: bool) -> Vec<String> {
    let content = content();
    let files: Vec<(String, Vec<String>)> = files
        .iter()
        .map(|f| file_group(&format!("src/content/{locale}/{f}.toml")))
        .collect();
    let mut groups: Vec<(String, Vec<&str>)> = files
        .iter()
        .map(|(name, strings)| (name.clone(), strings.iter().map(String::as_str).collect()))
        .collect();
    if tiers {
        groups.extend(tier_groups(content, locale));
        // The journey as each region reads it: its phrases put in.
        let journey = journey_groups(self::locale(content, locale));
        groups.extend(journey);
    }
    long_sentences(&groups)
}

#[test]
fn every_english_sentence_in_the_journey_comparison_and_help_is_under_20_words() {
    let long = long_sentences_in("en", &["journey", "compare", "help"], true);
    assert!(
        long.is_empty(),
        "sentences of 20 words or more (the writing rules ask for under 20): {long:#?}"
    );
}

/// Spanish holds to the same limit, in the journey, the comparison, the help section's own words and
/// every region's help tiers.
#[test]
fn every_spanish_sentence_in_the_journey_comparison_and_help_tiers_is_under_20_words() {
    let long = long_sentences_in("es", &["journey", "compare", "help"], true);
    assert!(
        long.is_empty(),
        "oraciones de 20 palabras o más (las reglas piden menos de 20): {long:#?}"
    );
}

// ---------- Spanish: Fernández-Huerta ----------

/// Fernández-Huerta (1959), the Spanish adaptation of Flesch reading ease:
/// L = 206.84 - 0.60 P - 1.02 F, with P the syllables per 100 words and F the average sentence
/// length in words (the reading of F that Law, 2011, showed the formula intends: like Flesch, it
/// rewards short sentences). 70 and above reads as "bastante fácil", fairly easy.
const MIN_FERNANDEZ_HUERTA: f64 = 70.0;

/// Spanish syllables: one per vowel nucleus. Strong vowels (a, e, o, and an accented í or ú) are
/// each a nucleus; weak vowels (i, u, ü, y) join a neighbour (diphthong) and only count alone.
fn silabas(word: &str) -> usize {
    let strong = |c: char| "aeoáéóíú".contains(c);
    let weak = |c: char| "iuüy".contains(c);
    let lower = word.to_lowercase();
    let mut count = 0;
    let mut group = String::new();
    let flush = |group: &mut String, count: &mut usize| {
        if !group.is_empty() {
            let strongs = group.chars().filter(|c| strong(*c)).count();
            *count += strongs.max(1);
            group.clear();
        }
    };
    let chars: Vec<char> = lower.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        // "y" is a vowel only at the end of a word ("hoy", "y").
        let y_vowel = c == 'y' && i + 1 == chars.len();
        if strong(c) || (weak(c) && (c != 'y' || y_vowel)) {
            group.push(c);
        } else {
            flush(&mut group, &mut count);
        }
    }
    flush(&mut group, &mut count);
    count.max(1)
}

/// Words per sentence and syllables per word over `texts`, syllables counted by `syllables`
/// (None for no words): what a reading-ease formula reads.
fn per_sentence_and_word(texts: &[&str], syllables: fn(&str) -> usize) -> Option<(f64, f64)> {
    let (mut w, mut s, mut syl) = (0usize, 0usize, 0usize);
    for text in texts {
        let ws = words(text);
        w += ws.len();
        syl += ws.iter().map(|x| syllables(x)).sum::<usize>();
        s += sentences(text);
    }
    (w > 0).then(|| (w as f64 / s as f64, syl as f64 / w as f64))
}

fn fernandez_huerta(texts: &[&str]) -> f64 {
    let Some((words_per_sentence, syllables_per_word)) = per_sentence_and_word(texts, silabas)
    else {
        return 100.0;
    };
    206.84 - 0.60 * 100.0 * syllables_per_word - 1.02 * words_per_sentence
}

const FERNANDEZ_HUERTA: Measure = Measure {
    name: "Fernández-Huerta",
    score: fernandez_huerta,
    plain: |score| score >= MIN_FERNANDEZ_HUERTA,
};

fn assert_plain_spanish(groups: Vec<(String, Vec<&str>)>) {
    assert_plain_by(FERNANDEZ_HUERTA, groups);
}

#[test]
fn the_spanish_formula_matches_known_values() {
    assert_eq!(silabas("casa"), 2);
    assert_eq!(silabas("ciudad"), 2);
    assert_eq!(silabas("día"), 2);
    assert_eq!(silabas("cuidado"), 3);
    assert_eq!(silabas("creer"), 2);
    assert_eq!(silabas("agua"), 2);
    assert_eq!(silabas("hoy"), 1);
    assert_eq!(silabas("medicamento"), 5);
    assert!(fernandez_huerta(&["El gato está en la casa."]) > 90.0);
    assert!(
        fernandez_huerta(&[
            "La farmacoterapia individualizada requiere consideraciones interdisciplinarias."
        ]) < 30.0
    );
}

#[test]
fn every_spanish_journey_step_reads_easily() {
    let content = content();
    assert_plain_spanish(journey_groups(locale(content, "es")));
}

#[test]
fn every_spanish_comparison_grid_reads_easily() {
    let content = content();
    assert_plain_spanish(grid_groups(locale(content, "es")));
}

#[test]
fn every_spanish_help_tier_reads_easily() {
    let content = content();
    assert_plain_spanish(tier_groups(content, "es"));
}

/// Terms the NIDA "Words Matter" guidance (CONTENT-FACTS.md writing rules) asks us not to use.
const STIGMATISING: &[&str] = &[
    "addict",
    "addicts",
    "abuser",
    "abusers",
    "abuse",
    "junkie",
    "junkies",
    "clean",
    "dirty",
    "druggie",
    "druggies",
    "user",
    "users",
    "replacement therapy",
    "substitution therapy",
    "medication-assisted",
    "dopesick",
    // Spanish (the same guidance, in the words Spanish health writing uses).
    "adicto",
    "adicta",
    "adictos",
    "adictas",
    "drogadicto",
    "drogadicta",
    "drogadictos",
    "drogadictas",
    "toxicómano",
    "toxicómana",
    "toxicómanos",
    "yonqui",
    "yonquis",
    "abuso",
    "abusador",
    "abusadora",
    "abusadores",
    "vicioso",
    "viciosos",
    "limpio",
    "limpia",
    "sucio",
    "sucia",
    "usuario de drogas",
    "usuarios de drogas",
    "terapia de sustitución",
    "terapia de reemplazo",
    "tratamiento de sustitución",
    // More Spanish equivalents of the facts sheet's list (user, clean/dirty, junkie,
    // medication-assisted): say "medicamentos para el trastorno por consumo de opioides".
    "consumidor de drogas",
    "consumidora de drogas",
    "consumidores de drogas",
    "consumidoras de drogas",
    "usuaria de drogas",
    "usuarias de drogas",
    "asistido con medicamentos",
    "asistida con medicamentos",
    "asistido por medicamentos",
    "asistida por medicamentos",
    "tratamiento asistido",
    "limpios",
    "limpias",
    "sucios",
    "sucias",
    "toxicómanas",
    "drogata",
    "drogatas",
    "tecato",
    "tecatos",
    "heroinómano",
    "heroinómana",
    "heroinómanos",
    "abusar",
    "abusa",
    // French (issue 18): say "personne qui consomme des drogues", "trouble lié à l'utilisation
    // d'opioïdes", "résultat négatif", "traitement par agonistes opioïdes".
    "toxicomane",
    "toxicomanes",
    "drogué",
    "droguée",
    "drogués",
    "droguées",
    "accro",
    "accros",
    "camé",
    "camée",
    "camés",
    "camées",
    "héroïnomane",
    "héroïnomanes",
    "sale",
    "sales",
    "urine propre",
    "test propre",
    "résultat propre",
    "analyse propre",
    "rester propre",
    "resté propre",
    "restée propre",
    "propre depuis",
    "substitution",
    "substitutif",
    "abuseur",
    "abuseurs",
    "abus de drogues",
    "abus de substances",
    "abus d'opioïdes",
    "usager de drogues",
    "usagers de drogues",
];

/// Keys whose strings are not words to read: ids, numbers, addresses and dates.
const NOT_WORDS: &[&str] = &[
    "id",
    "type",
    "tel",
    "sms",
    "url",
    "last_reviewed",
    "last_verified",
    "next_review",
    "line",
    "via",
    "kind",
    "code",
    "main_helpline",
    "emergency",
    "reach_out",
];

/// Keys of citation names: a publication's own title may use a word the guide does not
/// ("Substance Abuse and Mental Health Services Administration").
const CITATIONS: &[&str] = &["source", "sources"];

/// Every string in a TOML value but ids, numbers, addresses and dates, and citation names unless
/// `citations`. With a `locale`, a table of texts per language (`{ en = "...", es = "..." }`)
/// gives only that language's text, as its key's (so a source named per language is still a
/// citation).
fn texts(
    value: &toml::Value,
    key: &str,
    citations: bool,
    locale: Option<&str>,
    out: &mut Vec<String>,
) {
    let skip = NOT_WORDS.contains(&key) || (!citations && CITATIONS.contains(&key));
    match value {
        toml::Value::String(s) if !skip => out.push(s.clone()),
        toml::Value::Array(items) => items
            .iter()
            .for_each(|v| texts(v, key, citations, locale, out)),
        toml::Value::Table(table) => match locale {
            Some(locale)
                if !table.is_empty()
                    && table
                        .keys()
                        .all(|k| content().locales.contains(&k.as_str())) =>
            {
                if let Some(text) = table.get(locale) {
                    texts(text, key, citations, Some(locale), out);
                }
            }
            _ => table
                .iter()
                .for_each(|(k, v)| texts(v, k, citations, locale, out)),
        },
        _ => {}
    }
}

fn stigmatising_terms_in(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let tokens: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .collect();
    STIGMATISING
        .iter()
        .copied()
        .filter(|term| {
            if term.contains(' ') {
                lower.contains(term)
            } else {
                tokens.contains(term)
            }
        })
        .collect()
}

#[test]
fn the_words_test_catches_what_it_should() {
    assert_eq!(
        stigmatising_terms_in("Tests came back clean."),
        vec!["clean"]
    );
    assert_eq!(stigmatising_terms_in("He is an addict."), vec!["addict"]);
    assert_eq!(
        stigmatising_terms_in("It is a replacement therapy."),
        vec!["replacement therapy"]
    );
    assert!(stigmatising_terms_in(
        "A person with opioid use disorder, testing negative, in recovery."
    )
    .is_empty());
    assert_eq!(
        stigmatising_terms_in("Salió limpio en la prueba."),
        vec!["limpio"]
    );
    assert_eq!(
        stigmatising_terms_in("No es una terapia de sustitución."),
        vec!["terapia de sustitución"]
    );
    assert!(stigmatising_terms_in(
        "Una persona con trastorno por consumo de opioides, con resultado negativo."
    )
    .is_empty());
    assert_eq!(
        stigmatising_terms_in("Il est toxicomane depuis deux ans."),
        vec!["toxicomane"]
    );
    assert_eq!(
        stigmatising_terms_in("Un traitement de substitution."),
        vec!["substitution"]
    );
    assert_eq!(stigmatising_terms_in("Son test était sale."), vec!["sale"]);
    assert_eq!(
        stigmatising_terms_in("Elle est restée propre depuis un an."),
        vec!["restée propre", "propre depuis"]
    );
    assert!(stigmatising_terms_in(
        "Votre propre médecin, une personne qui consomme des drogues, un résultat négatif."
    )
    .is_empty());
}

/// Every string of the content files (as `texts` finds them), named by file: every language, or
/// only `locale`'s (its own folder's files and its texts in the region files).
fn content_strings(citations: bool, locale: Option<&str>) -> Vec<(String, String)> {
    let files = common::content_files(Path::new("src/content"));
    let mut out = Vec::new();
    for file in files {
        // The locale folder is the first under src/content (a question file sits one deeper).
        let folder = file
            .strip_prefix("src/content")
            .ok()
            .and_then(|p| p.components().next())
            .map(|c| c.as_os_str());
        let other_language = folder.and_then(|f| f.to_str()).is_some_and(|f| {
            content().locales.contains(&f) && locale.is_some_and(|locale| locale != f)
        });
        if other_language {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("read content file");
        let value: toml::Value = toml::from_str(&text).expect("valid TOML");
        let mut strings = Vec::new();
        texts(&value, "", citations, locale, &mut strings);
        out.extend(strings.into_iter().map(|s| (file.display().to_string(), s)));
    }
    out
}

#[test]
fn no_stigmatising_words_anywhere_in_the_content() {
    let mut found = Vec::new();
    for (file, s) in content_strings(false, None) {
        for term in stigmatising_terms_in(&s) {
            found.push(format!("{file}: \"{term}\" in \"{s}\""));
        }
    }
    assert!(found.is_empty(), "stigmatising words: {found:#?}");
}

// ---------- Spanish: the guide's own words (issue 12) ----------

/// Words Spanish text must not use, as whole words, and what the guide says instead.
const SPANISH_WORDS: &[(&str, &str)] = &[
    ("medicina", "medicamento"),
    ("medicinas", "medicamentos"),
    ("medicación", "medicamentos"),
    ("medicaciones", "medicamentos"),
    // The guide says "tú" throughout.
    ("usted", "tú"),
];

/// Phrases Spanish text must not contain (case-insensitive), and what the guide says instead.
const SPANISH_PHRASES: &[(&str, &str)] = &[
    // "Escribe" reads as writing a letter.
    ("escribe al", "Envía un mensaje al"),
    // No English left: the product name is translated or explained.
    ("recovery guide", "the guide's Spanish name"),
    // "Médico" is a doctor; the person who treats you is a "profesional de salud".
    ("tu médico", "tu profesional de salud"),
    ("su médico", "su profesional de salud"),
    ("tus médicos", "tus profesionales de salud"),
    ("sus médicos", "sus profesionales de salud"),
    // The plain-language read of us-es (review67-plain-uses): calques and words a reader from
    // Mexico or Central America reads another way.
    // "¿Ya bebes…?" copies "Already drinking…?" and reads as "have you started drinking yet?".
    ("¿ya bebes", "¿También bebes"),
    // "En la mejilla" is the outside of the face; "película" is a movie.
    ("en la mejilla", "por dentro de la mejilla"),
    ("(película)", "tira"),
    // "La intensiva" alone is the hospital's intensive care unit.
    ("la intensiva", "el tratamiento ambulatorio intensivo"),
    // "Euforia" is great joy; the question is whether it gets you high.
    ("euforia", "no hace sentir drogada a una persona"),
    // The name US workplaces use for an EAP in Spanish.
    ("ayuda al empleado", "asistencia al empleado"),
    // "En su lugar" can be read as a place, or "in his place".
    ("en su lugar", "en vez de eso"),
    // "Apoyo tranquilo" describes the support, not the person.
    ("apoyo tranquilo", "tu calma y tu apoyo"),
    // A step's heading fits both readers: a supporter reads what it asks of their loved one.
    ("qué te pide", "qué pide este paso"),
    // "You and X" takes a plural verb: "ustedes" in Latin America, the formal plural in Spain, so a
    // reader spoken to as "tú" heard the guide turn formal (review67-plain-ukes, E3).
    (
        "tú y tu profesional",
        "eliges junto con tu profesional de salud",
    ),
    (
        "tú y un profesional",
        "las decisiones las tomas tú con un profesional de salud",
    ),
    ("tú y tu equipo", "eliges con tu equipo"),
    ("hagan un plan", "planéalo con tu equipo"),
    // "Un video" is a recorded clip; the service stays with the reader live (review67-plain-caes, S2).
    ("por teléfono o video", "por teléfono o por videollamada"),
    // "El precio normal" reads as the full price; the PBS charges a co-payment (review67-plain-aues, P1; §7.4).
    ("precio normal del pbs", "el copago del PBS"),
    // "Tú o X" with a plural verb turns the guide formal, as "tú y X" did; here in the seizure
    // warning (review68-plain-iees, IS3; -nzes, NS1).
    (
        "tú o tu ser querido ya",
        "¿Acabas de dejarlos? ¿O acaba de dejarlos tu ser querido?",
    ),
    // "Una cantidad que antes consumías" copies "an amount you used before"; the overdose warning
    // says "la cantidad de antes" everywhere (review68-plain-iees, IS5).
    ("una cantidad que antes", "la cantidad de antes"),
    // Spain and Latin America's first-aid courses teach the "posición lateral de seguridad"; "de
    // recuperación" copies the English (IS7, NS8).
    ("posición de recuperación", "posición lateral de seguridad"),
    // "Con atención" reads as "attentively"; residential care is care day and night (NS10).
    (
        "con atención y una rutina",
        "con cuidados y una rutina de día y de noche",
    ),
    // A calque that buried the two therapies with the best evidence (NS13).
    (
        "son las que mejor han demostrado",
        "dos terapias tienen el mayor respaldo científico",
    ),
    // A question to ask a service, with no one for "los" to be (review68-plain-iees, IS10).
    (
        "¿los financia",
        "¿Este servicio está financiado por el HSE?",
    ),
];

/// Where a Spanish text departs from the guide's words, each as "what it says → what to say".
fn spanish_wording_problems(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut problems = Vec::new();
    // "Abstinencia" alone reads as abstaining: always "síntomas de abstinencia" (or the clinical
    // name a reader can tell a clinician, "síndrome de abstinencia precipitado").
    for (at, _) in lower.match_indices("abstinencia") {
        if !lower[..at].ends_with("síntomas de ") && !lower[..at].ends_with("síndrome de ") {
            problems.push("\"abstinencia\" → \"síntomas de abstinencia\"".to_string());
        }
    }
    let tokens: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
    for (word, instead) in SPANISH_WORDS {
        if tokens.contains(word) {
            problems.push(format!("\"{word}\" → \"{instead}\""));
        }
    }
    for (phrase, instead) in SPANISH_PHRASES {
        for (at, _) in lower.match_indices(phrase) {
            // "Tu médico de cabecera" or "de familia" is a family doctor (a GP), not "a clinician".
            let after = &lower[at + phrase.len()..];
            let gp = phrase.contains("médico")
                && (after.starts_with(" de cabecera") || after.starts_with(" de familia"));
            if !gp {
                problems.push(format!("\"{phrase}\" → \"{instead}\""));
            }
        }
    }
    problems
}

#[test]
fn the_spanish_words_test_catches_what_it_should() {
    let found = |text: &str| spanish_wording_problems(text).len();
    assert_eq!(found("¿Calma la abstinencia al empezar?"), 1);
    assert_eq!(found("¿Calma los síntomas de abstinencia al empezar?"), 0);
    assert_eq!(found("Síntomas de abstinencia. La abstinencia pasa."), 1);
    assert_eq!(found("Se llama síndrome de abstinencia precipitado."), 0);
    assert_eq!(found("Las medicinas bajan el riesgo."), 1);
    assert_eq!(found("La medicación ayuda."), 1);
    assert_eq!(found("Los medicamentos ayudan."), 0);
    assert_eq!(found("Pregunte usted."), 1);
    assert_eq!(found("Llama o escribe al 988."), 1);
    assert_eq!(found("Escribe al 988."), 1);
    assert_eq!(found("Llama o envía un mensaje al 988."), 0);
    assert_eq!(found("El equipo de Recovery Guide"), 1);
    assert_eq!(found("Pregunta a tu médico."), 1);
    assert_eq!(found("Su médico lo puede explicar."), 1);
    assert_eq!(
        found("Pregunta a tu profesional de salud o a un médico."),
        0
    );
    assert_eq!(found("Llama a tu médico de cabecera (GP)."), 0);
    assert_eq!(found("Pregunta a tu médico de familia (GP)."), 0);
}

/// Every Spanish text: the es files and the Spanish of every region file, source names too (the
/// guide translates them: they are its own words).
#[test]
fn spanish_says_it_the_guides_way() {
    let mut found = Vec::new();
    for (file, s) in content_strings(true, Some("es")) {
        for problem in spanish_wording_problems(&s) {
            found.push(format!("{file}: {problem} in \"{s}\""));
        }
    }
    // "TTY" explained beside it: tests/safe_words.rs, which reads the texts shown together.
    assert!(found.is_empty(), "Spanish wording: {found:#?}");
}

// ---------- French: Kandel-Moles, "vous", sentence length (issue 18) ----------

/// Kandel and Moles (1958), Flesch reading ease adapted to French:
/// L = 207 - 1.015 (words per sentence) - 73.6 (syllables per word). Like Flesch, 60 and above
/// reads as "standard" and 70 as "fairly easy"; the guide asks 60 of each group (French words are
/// longer than English ones, and the guide's own terms, "méthadone", "buprénorphine", count).
const MIN_KANDEL_MOLES: f64 = 60.0;

/// French syllables: one per group of vowels, less a silent final "e" or "es" ("personne",
/// "drogues") after a consonant (or the "u" of "gu", "qu") in a word of more than one group.
fn syllabes(word: &str) -> usize {
    let vowel = |c: char| "aeiouyàâäéèêëîïôöùûüœæ".contains(c);
    let lower = word.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut groups = 0;
    let mut in_group = false;
    for &c in &chars {
        if vowel(c) && !in_group {
            groups += 1;
        }
        in_group = vowel(c);
    }
    let stem = lower.strip_suffix("es").or_else(|| lower.strip_suffix('e'));
    let silent_e = stem.is_some_and(|s| {
        s.chars().last().is_some_and(|c| !vowel(c)) || s.ends_with("gu") || s.ends_with("qu")
    });
    if groups > 1 && silent_e {
        groups -= 1;
    }
    groups.max(1)
}

fn kandel_moles(texts: &[&str]) -> f64 {
    let Some((words_per_sentence, syllables_per_word)) = per_sentence_and_word(texts, syllabes)
    else {
        return 100.0;
    };
    207.0 - 1.015 * words_per_sentence - 73.6 * syllables_per_word
}

const KANDEL_MOLES: Measure = Measure {
    name: "Kandel-Moles",
    score: kandel_moles,
    plain: |score| score >= MIN_KANDEL_MOLES,
};

fn assert_plain_french(groups: Vec<(String, Vec<&str>)>) {
    assert_plain_by(KANDEL_MOLES, groups);
}

#[test]
fn the_french_formula_matches_known_values() {
    assert_eq!(syllabes("personne"), 2);
    assert_eq!(syllabes("drogues"), 1);
    assert_eq!(syllabes("méthadone"), 3);
    assert_eq!(syllabes("appelez"), 3);
    assert_eq!(syllabes("oui"), 1);
    // Short words, short sentences: very easy; long words in one long sentence: hard.
    assert!(kandel_moles(&["Le chat est sur le lit."]) > 90.0);
    assert!(
        kandel_moles(&[
            "L'administration intraveineuse d'antagonistes opioïdergiques nécessite \
            systématiquement une surveillance cardiorespiratoire prolongée et méticuleusement \
            documentée par l'équipe hospitalière spécialisée."
        ]) < 30.0
    );
}

#[test]
fn every_french_journey_step_reads_easily() {
    assert_plain_french(journey_groups(locale(content(), "fr")));
}

#[test]
fn every_french_comparison_grid_reads_easily() {
    assert_plain_french(grid_groups(locale(content(), "fr")));
}

#[test]
fn every_french_help_tier_reads_easily() {
    assert_plain_french(tier_groups(content(), "fr"));
}

#[test]
fn every_french_question_reads_easily() {
    assert_plain_french(question_groups(locale(content(), "fr")));
}

/// French holds to the same limit as English and Spanish.
#[test]
fn every_french_sentence_in_the_journey_comparison_and_help_tiers_is_under_20_words() {
    let long = long_sentences_in("fr", &["journey", "compare", "help"], true);
    assert!(
        long.is_empty(),
        "phrases de 20 mots ou plus (les règles en demandent moins de 20) : {long:#?}"
    );
}

/// The guide says "vous" to its French reader, never "tu" (CONTENT.md).
fn says_tu(text: &str) -> Vec<&'static str> {
    const TU: [&str; 6] = ["tu", "toi", "ton", "ta", "tes", "t'"];
    let lower = text.to_lowercase().replace('’', "'");
    let tokens: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .collect();
    TU.into_iter()
        .filter(|tu| {
            tokens
                .iter()
                .any(|t| t == tu || (tu.ends_with('\'') && t.starts_with(tu)))
        })
        .collect()
}

#[test]
fn the_tu_test_catches_what_it_should() {
    assert_eq!(says_tu("Appelle ton médecin."), vec!["ton"]);
    assert_eq!(says_tu("Si tu consommes, t'es pas seul."), vec!["tu", "t'"]);
    assert!(says_tu("Appelez votre médecin. Tout est gratuit.").is_empty());
}

#[test]
fn french_says_vous() {
    let mut found = Vec::new();
    for (file, s) in content_strings(true, Some("fr")) {
        for tu in says_tu(&s) {
            found.push(format!("{file}: \"{tu}\" in \"{s}\""));
        }
    }
    assert!(found.is_empty(), "French says \"vous\": {found:#?}");
}
