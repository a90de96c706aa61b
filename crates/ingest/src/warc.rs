//! WARC files (plain or gzip-compressed, as news crawls such as CC-NEWS ship them), read
//! record by record: only the current record is in memory. `response` records carrying HTML
//! or text become documents; `resource` and `conversion` records (WET text) too; requests,
//! metadata, revisits and non-2xx responses are skipped.

use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use crate::date::parse_loose_date;
use crate::html::charset_from_content_type;
use crate::{Error, Failure, Hints, Origin, Payload, Position, RawDoc};

/// Records larger than this are skipped (streamed past, never buffered): no news page is this
/// big, a video or a PDF can be.
const MAX_RECORD_BYTES: u64 = 16 << 20;

/// Frames a WARC stream into documents.
pub struct Records<R> {
    reader: R,
    path: PathBuf,
    /// Bytes consumed so far in the decompressed stream: record positions are reported in it.
    offset: u64,
    /// Start of a version line already consumed while skipping damage.
    pending: Option<u64>,
    /// Set after a header without a length: the block that follows is skipped silently, its
    /// record was already reported.
    resyncing: bool,
    done: bool,
}

impl<R: BufRead> Records<R> {
    /// Frames `reader` (already decompressed), read from `path`.
    pub fn new(reader: R, path: &Path) -> Records<R> {
        Records {
            reader,
            path: path.to_path_buf(),
            offset: 0,
            pending: None,
            resyncing: false,
            done: false,
        }
    }

    fn fail(&self, offset: u64, msg: impl Into<String>) -> Failure {
        Failure {
            origin: Origin::new(&self.path, Position::Offset(offset)),
            error: Error::Warc(msg.into()),
        }
    }

    /// Reads one line (with its terminator); `Ok(None)` at the end of the stream.
    fn line(&mut self) -> Result<Option<Vec<u8>>, Failure> {
        let mut buf = Vec::new();
        let at = self.offset;
        let n = self
            .reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| self.io_fail(at, e))?;
        self.offset += n as u64;
        Ok((n > 0).then_some(buf))
    }

    fn io_fail(&self, at: u64, e: std::io::Error) -> Failure {
        Failure {
            origin: Origin::new(&self.path, Position::Offset(at)),
            error: Error::Io(e),
        }
    }

    /// Finds the next version line. Anything else between records is reported once and
    /// skipped, so one damaged record does not lose the rest of the file.
    fn next_version_line(&mut self) -> Result<Option<u64>, Failure> {
        if let Some(start) = self.pending.take() {
            return Ok(Some(start));
        }
        let report = !std::mem::take(&mut self.resyncing);
        let mut garbage_at = None;
        loop {
            let start = self.offset;
            let Some(line) = self.line()? else {
                return match garbage_at {
                    Some(at) => {
                        Err(self.fail(at, "data after the last record is not a WARC record"))
                    }
                    None => Ok(None),
                };
            };
            if line.starts_with(b"WARC/") {
                if let Some(at) = garbage_at {
                    self.pending = Some(start);
                    return Err(self.fail(
                        at,
                        "expected a WARC/1.x version line; skipped to the next record",
                    ));
                }
                return Ok(Some(start));
            }
            if report && !line.iter().all(u8::is_ascii_whitespace) && garbage_at.is_none() {
                garbage_at = Some(start);
            }
        }
    }

    /// Reads the next record; `Ok(None)` at a clean end of stream.
    fn next_doc(&mut self) -> Result<Option<RawDoc>, Failure> {
        loop {
            let Some(start) = self.next_version_line()? else {
                return Ok(None);
            };
            let mut headers = Vec::new();
            loop {
                let Some(line) = self.line()? else {
                    return Err(self.fail(start, "truncated in the record header"));
                };
                let line = String::from_utf8_lossy(&line);
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some((name, value)) = line.split_once(':') {
                    headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
                }
            }
            let header = |name: &str| {
                headers
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.as_str())
            };
            let Some(length) = header("content-length").and_then(|v| v.parse::<u64>().ok()) else {
                // Without a length the block cannot be skipped exactly: resynchronise on the
                // next version line.
                self.resyncing = true;
                return Err(self.fail(start, "missing or invalid Content-Length"));
            };
            let kind = header("warc-type").unwrap_or("").to_ascii_lowercase();
            let wanted = matches!(kind.as_str(), "response" | "resource" | "conversion");
            if !wanted || length > MAX_RECORD_BYTES {
                let skipped =
                    std::io::copy(&mut (&mut self.reader).take(length), &mut std::io::sink())
                        .map_err(|e| self.io_fail(start, e))?;
                self.offset += skipped;
                if skipped < length {
                    return Err(self.fail(start, format!("truncated: {skipped} of {length} bytes")));
                }
                continue;
            }
            let mut block = Vec::with_capacity(length as usize);
            (&mut self.reader)
                .take(length)
                .read_to_end(&mut block)
                .map_err(|e| self.io_fail(start, e))?;
            self.offset += block.len() as u64;
            if (block.len() as u64) < length {
                return Err(self.fail(
                    start,
                    format!("truncated: {} of {length} bytes", block.len()),
                ));
            }
            let hints = Hints {
                url: header("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string()),
                charset: None,
                fallback_date: header("warc-date").and_then(parse_loose_date),
            };
            let content_type = header("content-type").unwrap_or("").to_ascii_lowercase();
            let origin = Origin::new(&self.path, Position::Offset(start));
            let doc = if content_type.starts_with("application/http") {
                http_payload(&block)
                    .map_err(|msg| self.fail(start, msg))?
                    .map(|(payload, charset)| RawDoc {
                        origin,
                        payload,
                        hints: Hints { charset, ..hints },
                    })
            } else {
                payload_for(&content_type, block).map(|payload| RawDoc {
                    origin,
                    payload,
                    hints: Hints {
                        charset: charset_from_content_type(&content_type),
                        ..hints
                    },
                })
            };
            if let Some(doc) = doc {
                return Ok(Some(doc));
            }
        }
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Result<RawDoc, Failure>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_doc() {
            Ok(Some(doc)) => Some(Ok(doc)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(failure) => {
                // A cut-short record or a broken stream ends the file; a bad header or stray
                // bytes between records do not.
                let recoverable =
                    matches!(&failure.error, Error::Warc(m) if !m.starts_with("truncated"));
                self.done = !recoverable;
                Some(Err(failure))
            }
        }
    }
}

/// The document type for a content type, or `None` for anything that is not an article.
fn payload_for(content_type: &str, body: Vec<u8>) -> Option<Payload> {
    if content_type.starts_with("text/html") || content_type.starts_with("application/xhtml") {
        Some(Payload::Html(body))
    } else if content_type.starts_with("text/plain") {
        Some(Payload::Text(body))
    } else {
        None
    }
}

/// Splits an HTTP response into its payload and declared charset; `Ok(None)` for responses
/// that are not a 2xx page of HTML or text.
fn http_payload(block: &[u8]) -> Result<Option<(Payload, Option<String>)>, String> {
    let Some(split) = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| {
            block
                .windows(2)
                .position(|w| w == b"\n\n")
                .map(|p| (p, p + 2))
        })
    else {
        return Err("HTTP response without a header end".into());
    };
    let head = String::from_utf8_lossy(&block[..split.0]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code = status.split_whitespace().nth(1).unwrap_or("");
    if !code.starts_with('2') {
        return Ok(None);
    }
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = value,
            "transfer-encoding" => chunked = value.contains("chunked"),
            "content-encoding" => encoding = value,
            _ => {}
        }
    }
    let mut body = block[split.1..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or("bad chunked transfer encoding")?;
    }
    if encoding == "gzip" || encoding == "x-gzip" {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&body[..])
            .read_to_end(&mut out)
            .map_err(|e| format!("gzip body: {e}"))?;
        body = out;
    } else if encoding == "deflate" {
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(&body[..])
            .read_to_end(&mut out)
            .map_err(|e| format!("deflate body: {e}"))?;
        body = out;
    }
    let charset = charset_from_content_type(&content_type);
    Ok(payload_for(&content_type, body).map(|p| (p, charset)))
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let eol = data.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..eol]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data.strip_prefix(b"\r\n").unwrap_or(data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n").as_deref(),
            Some(&b"Wikipedia"[..])
        );
        assert_eq!(dechunk(b"ff\r\nshort"), None);
    }

    #[test]
    fn non_2xx_and_non_html_are_skipped() {
        assert_eq!(
            http_payload(b"HTTP/1.1 301 Moved\r\nLocation: x\r\n\r\n").unwrap(),
            None
        );
        assert_eq!(
            http_payload(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG").unwrap(),
            None
        );
        let (payload, charset) = http_payload(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-2\r\n\r\n<p>x</p>",
        )
        .unwrap()
        .unwrap();
        assert_eq!(payload, Payload::Html(b"<p>x</p>".to_vec()));
        assert_eq!(charset.as_deref(), Some("iso-8859-2"));
        assert!(http_payload(b"HTTP/1.1 200 OK").is_err());
    }
}
