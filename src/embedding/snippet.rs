//! What a partner pastes: the script tag with its options (or the element and the loader, or the
//! embed URL for a site builder that accepts only a URL), the theming rule and the CSP line.
//! The snippet builder (`builder.rs`) shows these; they are plain functions so they are tested
//! natively. Only values the guide's own option parser accepts ever reach a snippet.

use crate::options::{self, Warning};

/// The options a partner chose, as name/value pairs, split into those the guide accepts and the
/// warnings for the rest. Empty values mean "the default" and are left out.
pub fn accepted(raw: &[(String, String)]) -> (Vec<(String, String)>, Vec<Warning>) {
    let chosen: Vec<(String, String)> = raw
        .iter()
        .map(|(name, value)| (name.clone(), value.trim().to_string()))
        .filter(|(_, value)| !value.is_empty())
        .collect();
    let (_, warnings) = options::parse(&chosen, None);
    let kept = chosen
        .into_iter()
        .filter(|(name, _)| !warnings.iter().any(|w| w.option == name))
        .collect();
    (kept, warnings)
}

/// `<script src="…" data-region="uk"></script>`: the whole snippet, rendered in place. Not
/// `async`: the 4 KB loader runs where it stands, before the page after it is laid out, so nothing
/// on the page moves when the guide appears (an async script puts it in after the first paint).
pub fn script_tag(loader_url: &str, pairs: &[(String, String)]) -> String {
    let mut tag = format!("<script src=\"{}\"", attribute_text(loader_url));
    for (name, value) in pairs {
        tag.push_str(&format!(" data-{name}=\"{}\"", attribute_text(value)));
    }
    tag.push_str("></script>");
    tag
}

/// `<recovery-guide region="uk"></recovery-guide>` and the loader told to fill only such elements:
/// for pages that place the element themselves (a React or Vue app, a CMS block).
pub fn element_tag(loader_url: &str, pairs: &[(String, String)]) -> String {
    let mut tag = String::from("<recovery-guide");
    for (name, value) in pairs {
        tag.push_str(&format!(" {name}=\"{}\"", attribute_text(value)));
    }
    tag.push_str("></recovery-guide>\n");
    tag.push_str(&format!(
        "<script src=\"{}\" async data-mount=\"elements\"></script>",
        attribute_text(loader_url)
    ));
    tag
}

/// `https://…/recovery-guide-frame.html?region=uk`: the guide as a page of its own, for a site
/// builder that accepts only an embed URL (it scrolls inside the builder's frame).
pub fn embed_url(frame_url: &str, pairs: &[(String, String)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{}={}", url_text(name), url_text(value)))
        .collect();
    if query.is_empty() {
        frame_url.to_string()
    } else {
        format!("{frame_url}?{}", query.join("&"))
    }
}

/// A query value, percent-encoded: only letters, digits and `-_.~` stay as they are.
fn url_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The partner's brand colour through the documented token, for the partner's own stylesheet
/// (a stylesheet, not a `style=` attribute, so it passes a strict `style-src`).
pub fn theme_rule(accent: &str) -> Option<String> {
    is_hex_colour(accent).then(|| format!("recovery-guide {{ --rg-accent: {accent}; }}"))
}

/// The Content-Security-Policy sources the guide needs on a page that has a policy.
pub fn csp_line(guide_origin: &str) -> String {
    format!(
        "script-src 'self' {guide_origin} 'wasm-unsafe-eval'; connect-src 'self' {guide_origin}"
    )
}

/// `#1d5fa6`: six hex digits, the form a colour picker gives.
pub fn is_hex_colour(value: &str) -> bool {
    value.len() == 7 && value.starts_with('#') && value[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// Text inside a double-quoted attribute: the characters that could end it or start markup are
/// written as character references, so a partner's text stays text when pasted.
fn attribute_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_element_form_carries_each_option_as_an_attribute_and_the_loader_fills_only_elements() {
        let kept = pairs(&[("region", "uk"), ("helpline-name", "A \"B\" <C>")]);
        assert_eq!(
            element_tag("https://cdn.example/recovery-guide.js", &kept),
            "<recovery-guide region=\"uk\" helpline-name=\"A &quot;B&quot; &lt;C&gt;\"></recovery-guide>\n\
             <script src=\"https://cdn.example/recovery-guide.js\" async data-mount=\"elements\"></script>"
        );
    }

    #[test]
    fn the_embed_url_carries_each_option_percent_encoded() {
        let frame = "https://cdn.example/recovery-guide-frame.html";
        assert_eq!(embed_url(frame, &[]), frame);
        let kept = pairs(&[
            ("region", "uk"),
            ("helpline-name", "Acme & Co #1"),
            ("exit-url", "https://example.org/a?b=c"),
        ]);
        assert_eq!(
            embed_url(frame, &kept),
            format!("{frame}?region=uk&helpline-name=Acme%20%26%20Co%20%231&exit-url=https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc")
        );
        assert_eq!(
            embed_url(frame, &pairs(&[("helpline-name", "Café")])),
            format!("{frame}?helpline-name=Caf%C3%A9")
        );
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn good_options_are_kept_and_empty_ones_left_out() {
        let (kept, warnings) = accepted(&pairs(&[
            ("region", "uk"),
            ("locale", ""),
            ("quick-exit", "off"),
        ]));
        assert_eq!(kept, pairs(&[("region", "uk"), ("quick-exit", "off")]));
        assert!(warnings.is_empty());
    }

    #[test]
    fn bad_options_are_dropped_with_the_parser_warning() {
        let (kept, warnings) = accepted(&pairs(&[
            ("region", "mars"),
            ("helpline-url", "javascript:alert(1)"),
            ("theme", "dark"),
        ]));
        assert_eq!(kept, pairs(&[("theme", "dark")]));
        let named: Vec<&str> = warnings.iter().map(|w| w.option).collect();
        assert_eq!(named, ["helpline-url", "region"]);
    }

    #[test]
    fn the_script_tag_carries_each_option_as_data_attribute() {
        let tag = script_tag(
            "https://cdn.example.org/recovery-guide/recovery-guide.js",
            &pairs(&[("region", "ie"), ("audience", "loved-one")]),
        );
        assert_eq!(
            tag,
            "<script src=\"https://cdn.example.org/recovery-guide/recovery-guide.js\" \
             data-region=\"ie\" data-audience=\"loved-one\"></script>"
        );
    }

    #[test]
    fn partner_text_cannot_break_out_of_its_attribute() {
        let tag = script_tag(
            "/recovery-guide.js",
            &pairs(&[("helpline-name", "A \"B\" <b>& C</b>")]),
        );
        assert!(tag.contains("data-helpline-name=\"A &quot;B&quot; &lt;b&gt;&amp; C&lt;/b&gt;\""));
        assert_eq!(tag.matches('<').count(), 2, "{tag}");
    }

    #[test]
    fn only_a_hex_colour_becomes_a_theme_rule() {
        assert_eq!(
            theme_rule("#2f5d50").as_deref(),
            Some("recovery-guide { --rg-accent: #2f5d50; }")
        );
        for bad in ["red", "#2f5d5", "#2f5d50; color: red", "#zzzzzz", ""] {
            assert_eq!(theme_rule(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_csp_line_names_the_guide_origin_and_wasm() {
        assert_eq!(
            csp_line("https://cdn.example.org"),
            "script-src 'self' https://cdn.example.org 'wasm-unsafe-eval'; \
             connect-src 'self' https://cdn.example.org"
        );
    }
}
