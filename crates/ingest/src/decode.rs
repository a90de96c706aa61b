//! Bytes to UTF-8: a declared charset wins; otherwise UTF-8, and Polish text in the two legacy
//! encodings (Windows-1250, ISO-8859-2) is recognised by which bytes spell Polish letters.

use encoding_rs::{Encoding, ISO_8859_2, UTF_8, WINDOWS_1250};

use crate::{Error, Result};

/// Decoded text and the encoding it was read as.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's WHATWG name (`UTF-8`, `windows-1250`, `ISO-8859-2`, ...).
    pub encoding: &'static str,
}

/// Decodes `bytes`, honouring a byte-order mark, then a `declared` charset label, then UTF-8,
/// then Polish legacy encodings when the high bytes read as Polish letters in one of them.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<Decoded> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(with(encoding, &bytes[bom_len..]));
    }
    if let Some(label) = declared {
        let encoding = Encoding::for_label(label.trim().as_bytes())
            .ok_or_else(|| Error::UnsupportedEncoding(label.to_string()))?;
        // A page that declares UTF-8 but is not is common enough on old sites: fall through to
        // detection instead of decoding to replacement characters.
        if encoding != UTF_8 || std::str::from_utf8(bytes).is_ok() {
            return Ok(with(encoding, bytes));
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            encoding: UTF_8.name(),
        }),
        Err(err) => match detect_polish_legacy(bytes) {
            Some(encoding) => Ok(with(encoding, bytes)),
            None => Err(Error::UnknownEncoding {
                offset: err.valid_up_to(),
            }),
        },
    }
}

fn with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
    }
}

const POLISH_LETTERS: &str = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

/// Picks the legacy encoding in which at least 90% of the non-ASCII bytes are Polish letters.
fn detect_polish_legacy(bytes: &[u8]) -> Option<&'static Encoding> {
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    if high == 0 {
        return None;
    }
    let score = |encoding: &'static Encoding| {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        text.chars().filter(|c| POLISH_LETTERS.contains(*c)).count()
    };
    let (cp, iso) = (score(WINDOWS_1250), score(ISO_8859_2));
    let (best, encoding) = if cp >= iso {
        (cp, WINDOWS_1250)
    } else {
        (iso, ISO_8859_2)
    };
    (best * 10 >= high * 9).then_some(encoding)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Źródła: Szojgu przybył do Pjongjangu; Kim Dzong Un ściska dłoń ministra.";

    #[test]
    fn legacy_encodings_are_detected_without_declaration() {
        for encoding in [WINDOWS_1250, ISO_8859_2] {
            let (bytes, _, unmappable) = encoding.encode(SAMPLE);
            assert!(!unmappable);
            assert!(
                std::str::from_utf8(&bytes).is_err(),
                "sample must not be UTF-8"
            );
            let got = decode(&bytes, None).unwrap();
            assert_eq!(got.text, SAMPLE);
            assert_eq!(got.encoding, encoding.name());
        }
    }

    #[test]
    fn declared_label_wins() {
        let (bytes, _, _) = ISO_8859_2.encode(SAMPLE);
        assert_eq!(decode(&bytes, Some("iso-8859-2")).unwrap().text, SAMPLE);
        assert_eq!(
            decode(&bytes, Some("latin2")).unwrap().encoding,
            "ISO-8859-2"
        );
        assert!(matches!(
            decode(b"x", Some("no-such-charset")),
            Err(Error::UnsupportedEncoding(_))
        ));
    }

    #[test]
    fn utf8_with_bom_and_false_declaration() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(SAMPLE.as_bytes());
        assert_eq!(decode(&bytes, None).unwrap().text, SAMPLE);
        let (cp, _, _) = WINDOWS_1250.encode(SAMPLE);
        assert_eq!(decode(&cp, Some("utf-8")).unwrap().text, SAMPLE);
    }

    #[test]
    fn undeclared_non_polish_bytes_are_an_error() {
        let bytes = [b'a', 0xFF, 0xFE, 0x00, 0x81, 0x82, b'b'];
        assert!(matches!(
            decode(&bytes, None),
            Err(Error::UnknownEncoding { offset: 1 })
        ));
    }
}
