//! The guide's content: typed, checked at build time, and chosen by locale and region.
//!
//! Editors change the TOML files beside this module (`<locale>/*.toml`, `regions/*.toml`);
//! `build.rs` validates them and turns them into the statics below. A release wasm carries one
//! locale (`RG_LOCALES`); asked for another, it shows the one it has, marked with its own `lang`.

mod model;
mod spoken;
mod template;
pub mod values;

pub use model::*;
pub use spoken::read_digits;
pub use template::{
    around, compounds_held, fill, joined_to_number, named, optional_resolved, phone_numbers_in,
    short_numbers_held, units_held, without_number, HELD_NUMBER_CHARS,
};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The guide's copy in `locale`, or in the locale this build carries.
pub fn guide(locale: Locale) -> &'static Guide {
    GUIDES
        .iter()
        .find(|g| g.locale == locale.as_str())
        .unwrap_or(&GUIDES[0])
}

/// The guide's copy in `locale` as readers in `region` spell it ("counselling" in the UK, where
/// the files say "counseling"): the build bakes it once per spelling (`<locale>/spelling.toml`).
pub fn guide_for(locale: Locale, region: RegionCode) -> &'static Guide {
    let carried = guide(locale);
    RESPELT_GUIDES
        .iter()
        .find(|(codes, g)| g.locale == carried.locale && codes.contains(&region.as_str()))
        .map_or(carried, |(_, g)| g)
}

/// A region's lines and help tiers, worded in one locale. The release wasm carries no region
/// (`RG_EXTERNAL_REGIONS`): the build renders each region's lines and tiers into that region's
/// glue, and nothing the wasm does reads them.
#[cfg(not(rg_external_regions))]
pub fn region(code: RegionCode, locale: Locale) -> &'static Region {
    REGIONS
        .iter()
        .find(|r| r.code == code.as_str() && r.locale == locale.as_str())
        .or_else(|| REGIONS.iter().find(|r| r.code == code.as_str()))
        .unwrap_or(&REGIONS[0])
}

/// `2026-11-24` → "November 24, 2026" in the US, "24 November 2026" in the UK: the guide's own
/// words for months, in the order the region's readers write a date.
pub fn format_date(guide: &Guide, region: &Region, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let month_name = month
        .parse::<usize>()
        .ok()
        .and_then(|m| guide.ui.months.get(m.wrapping_sub(1)));
    match (month_name, day.parse::<usize>()) {
        (Some(name), Ok(day)) => fill(
            region
                .date_pattern
                .map_or(guide.ui.date_pattern, |p| p.text()),
            &[
                ("day", &day_of_month(guide, day)),
                ("month", name),
                ("year", year),
            ],
        ),
        _ => iso.to_string(),
    }
}

/// The day as a date writes it: the first of the month in the locale's own way ("1er").
fn day_of_month(guide: &Guide, day: usize) -> String {
    if day == 1 {
        guide.ui.first_day.to_string()
    } else {
        day.to_string()
    }
}
