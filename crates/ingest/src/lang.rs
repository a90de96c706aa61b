//! Language id for articles whose source does not declare one.

use dyad_model::Lang;

/// Enough text for a confident guess; detection cost grows with length and news is not
/// multilingual within an article.
const SAMPLE_BYTES: usize = 2000;

/// Detects Polish or English; `None` for any other language or too little text.
pub fn detect_lang(text: &str) -> Option<Lang> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    match info.lang() {
        whatlang::Lang::Pol => Some(Lang::Pl),
        whatlang::Lang::Eng => Some(Lang::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_english_other() {
        let pl = "Przywódca Korei Północnej Kim Dzong Un przybył we wtorek do Rosji, gdzie spotka się z prezydentem.";
        let en = "North Korean leader Kim Jong Un arrived in Russia on Tuesday, where he will meet the president.";
        let de = "Der nordkoreanische Machthaber Kim Jong Un ist am Dienstag in Russland eingetroffen, wo er den Präsidenten treffen wird.";
        assert_eq!(detect_lang(pl), Some(Lang::Pl));
        assert_eq!(detect_lang(en), Some(Lang::En));
        assert_eq!(detect_lang(de), None);
        assert_eq!(detect_lang(""), None);
    }
}
