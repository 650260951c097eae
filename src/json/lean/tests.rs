//! `lean` against `serde_json` (with `preserve_order`) on the same inputs.

use proptest::prelude::*;

use super::{from_str, to_value, write, Value};

fn text(v: &Value) -> String {
    let mut out = String::new();
    write(v, &mut out);
    out
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        (-1e20f64..1e20).prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::from),
        "[\\x00-\\x1f\"\\\\/a-zé😀]{0,8}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::vec(("[a-c]{1,2}", inner), 0..6)
                .prop_map(|kv| { serde_json::Value::Object(kv.into_iter().collect()) }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Text serde_json writes reads back, and writes out, byte for byte.
    #[test]
    fn reads_and_writes_as_serde_json(v in json_value()) {
        let expected = serde_json::to_string(&v).unwrap();
        let lean = from_str(&expected).unwrap();
        prop_assert_eq!(text(&lean), expected.clone());
        // The serde bridges agree too: to_value of serde_json's value, and
        // serde_json's view of ours.
        prop_assert_eq!(text(&to_value(&v).unwrap()), expected.clone());
        prop_assert_eq!(serde_json::to_string(&lean).unwrap(), expected);
    }

    /// Arbitrary text: accepted by both or refused by both, with the same value.
    #[test]
    fn same_verdict_on_any_text(s in "[\\[\\]{}\",:0-9eE.+\\-tfnrul \\\\a]{0,24}") {
        let ours = from_str(&s);
        let theirs = serde_json::from_str::<serde_json::Value>(&s);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?}", s);
        if let (Ok(a), Ok(b)) = (ours, theirs) {
            prop_assert_eq!(text(&a), serde_json::to_string(&b).unwrap());
        }
    }
}

#[test]
fn messages_name_the_place_as_serde_json_does() {
    for s in [
        "",
        " ",
        "{",
        "[1,",
        "{\"a\" 1}",
        "{1:2}",
        "[1 2]",
        "tru",
        "nul",
        "01",
        "1.",
        "-",
        "\"\\x\"",
        "\"a",
        "[1] x",
        "1e400",
        "\"\\ud800\"",
        "\"\\ud800\\n\"",
        "\"\\ud800\\u0041\"",
        "\"\\udc00\"",
        "\"\u{1}\"",
        "{\"a\":1,}",
        "[1,]",
        "[1,,]",
        "x",
    ] {
        let ours = from_str(s).unwrap_err().to_string();
        let theirs = serde_json::from_str::<serde_json::Value>(s)
            .unwrap_err()
            .to_string();
        let head = |m: &str| m.split(" at line").next().unwrap_or("").to_owned();
        assert_eq!(head(&ours), head(&theirs), "{s:?}: {ours} / {theirs}");
    }
}

#[test]
fn depth_is_bounded() {
    let deep = "[".repeat(100_000);
    assert!(from_str(&deep)
        .unwrap_err()
        .to_string()
        .starts_with("recursion limit exceeded"));
    let ok = format!("{}{}", "[".repeat(127), "]".repeat(127));
    assert!(from_str(&ok).is_ok());
}

#[test]
fn integers_and_floats_keep_their_kind() {
    for s in [
        "0",
        "-0",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1.0",
        "1e2",
        "-1.5E-3",
        "123456789012345678901234567890",
    ] {
        let ours = from_str(s).unwrap();
        let theirs: serde_json::Value = serde_json::from_str(s).unwrap();
        assert_eq!(text(&ours), serde_json::to_string(&theirs).unwrap(), "{s}");
        assert_eq!(ours.as_u64(), theirs.as_u64(), "{s}");
        assert_eq!(ours.as_i64(), theirs.as_i64(), "{s}");
        assert_eq!(
            ours.as_f64().map(f64::to_bits),
            theirs.as_f64().map(f64::to_bits),
            "{s}"
        );
    }
}
