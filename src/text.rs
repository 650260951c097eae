//! Substring search without core's two-way searcher: the SDK looks for short
//! needles (`json`, `://`, `%2f`) in short texts (content types, paths,
//! messages), where a plain scan is as fast and a fraction of the code.

/// The byte offset of the first `needle` in `hay`.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `items` joined by `sep`, for messages (std's `join` is generic over the
/// items and the separator, and brings a larger copy routine into the wasm).
pub fn join(items: &[&str], sep: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item);
    }
    out
}

/// Whether `hay` holds `needle`.
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// `hay` with every `from` replaced by `to` (`from` not empty).
pub fn replace(hay: &str, from: &str, to: &str) -> String {
    if from.is_empty() {
        return hay.to_owned();
    }
    let mut out = String::with_capacity(hay.len());
    let mut rest = hay;
    while let Some(i) = find(rest, from) {
        out.push_str(&rest[..i]);
        out.push_str(to);
        rest = &rest[i + from.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Agrees with std's `join` on no item, one, several, and empty items.
    #[test]
    fn join_agrees_with_std() {
        let cases: [&[&str]; 5] = [&[], &["a"], &["a", "b", "c"], &["", "x", ""], &["é", "ü"]];
        for items in cases {
            for sep in [", ", " or ", ""] {
                assert_eq!(join(items, sep), items.join(sep), "{items:?} {sep:?}");
            }
        }
    }

    /// Agrees with `str`'s own search on hits, misses, overlaps and edges.
    #[test]
    fn agrees_with_str() {
        let cases = [
            ("application/json", "json"),
            ("application/xml", "json"),
            ("", "a"),
            ("abc", ""),
            ("aaa", "aa"),
            ("ééjsonü", "json"),
            ("/a/%2E%2e/b", "%2e"),
            ("~0~1~01", "~0"),
        ];
        for (hay, needle) in cases {
            assert_eq!(find(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
            assert_eq!(contains(hay, needle), hay.contains(needle));
            if !needle.is_empty() {
                assert_eq!(replace(hay, needle, "/"), hay.replace(needle, "/"));
            }
        }
    }
}
