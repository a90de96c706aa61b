//! A small tag stripper for HTML fragments (feed descriptions) and the fallback when the
//! `html` feature is off: block elements become line breaks, entities are decoded, scripts and
//! styles are dropped.

/// Elements whose end (or start) separates paragraphs.
const BLOCKS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "hr",
];

/// Elements whose content is never text.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "head"];

/// Text of an HTML fragment, one paragraph per line.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skipping: Option<String> = None;
    while let Some(lt) = rest.find('<') {
        if skipping.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |end| &rest[end + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            // A tag cut short at the end of a broken page: nothing more to read.
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(skipped) = &skipping {
            if closing && *skipped == name {
                skipping = None;
            }
            continue;
        }
        if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            skipping = Some(name);
        } else if BLOCKS.contains(&name.as_str()) && !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    if skipping.is_none() {
        push_text(&mut out, rest);
    }
    let lines: Vec<&str> = out
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

/// Appends text with entities decoded and runs of whitespace collapsed.
fn push_text(out: &mut String, text: &str) {
    let decoded = decode_entities(text);
    for (i, word) in decoded.split_whitespace().enumerate() {
        if (i > 0 || decoded.starts_with(char::is_whitespace))
            && !out.is_empty()
            && !out.ends_with([' ', '\n'])
        {
            out.push(' ');
        }
        out.push_str(word);
    }
    if decoded.ends_with(char::is_whitespace) && !out.is_empty() && !out.ends_with([' ', '\n']) {
        out.push(' ');
    }
}

/// Decodes the entities news pages use; unknown ones are kept as written.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.as_bytes()[..rest.len().min(12)]
            .iter()
            .position(|&b| b == b';');
        let decoded = end.and_then(|end| entity(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "bdquo" => '„',
        "rdquo" => '”',
        "ldquo" => '“',
        "laquo" => '«',
        "raquo" => '»',
        "oacute" => 'ó',
        "Oacute" => 'Ó',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments() {
        for (html, want) in [
            (
                "<p>Kim <b>przybył</b> do Rosji.</p><p>Drugi&nbsp;akapit &amp; koniec.</p>",
                "Kim przybył do Rosji.\nDrugi akapit & koniec.",
            ),
            ("Tekst<br/>nowa linia", "Tekst\nnowa linia"),
            ("<script>var x = '<p>';</script><p>Widoczny</p>", "Widoczny"),
            (
                "<!-- komentarz --><div>A &#261;&#x119; &bogus; B</div>",
                "A ąę &bogus; B",
            ),
            ("<p>urwany <a href=\"x", "urwany"),
            ("", ""),
        ] {
            assert_eq!(html_to_text(html), want, "{html:?}");
        }
    }
}
