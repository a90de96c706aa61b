//! Content hashes: the same article reached twice (two files, a feed and a crawl, a re-run) is
//! stored once.

use std::fmt;

use dyad_model::Article;

/// A 128-bit hash of an article's text with whitespace normalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ContentHash(pub u128);

impl ContentHash {
    /// The 16 bytes, big-endian (how the store keeps it).
    pub fn to_bytes(self) -> [u8; 16] {
        self.0.to_be_bytes()
    }

    /// From the store's 16 bytes.
    pub fn from_bytes(bytes: [u8; 16]) -> ContentHash {
        ContentHash(u128::from_be_bytes(bytes))
    }
}

impl fmt::Display for ContentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

/// Hashes the article text only: ids, URLs and titles differ between copies of one article
/// (syndication, a file saved twice), the text does not. Runs of whitespace count as one
/// space, so CRLF and re-wrapped copies hash alike.
pub fn content_hash(article: &Article) -> ContentHash {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for word in article.text.split_whitespace() {
        hasher.update(word.as_bytes());
        hasher.update(b" ");
    }
    ContentHash(hasher.digest128())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            text: text.into(),
            ..Article::default()
        }
    }

    #[test]
    fn whitespace_and_metadata_do_not_change_the_hash() {
        let a = content_hash(&article("a", "Kim Dzong Un\r\nprzybył do Rosji."));
        let b = content_hash(&article("b", "  Kim Dzong Un przybył\tdo Rosji.\n"));
        assert_eq!(a, b);
        assert_ne!(
            a,
            content_hash(&article("a", "Kim Dzong Un przybył do Chin."))
        );
        assert_eq!(ContentHash::from_bytes(a.to_bytes()), a);
        assert_eq!(a.to_string().len(), 32);
    }
}
