//! The README's operation tables (method, path, retry class, spec id, paging,
//! journey) are generated from the registry: this test fails when they drift.
//! `TELEPARTNER_BLESS=1 cargo test --test readme` rewrites them.

use telepartner::endpoint::{Api, Operation, PageStyle, Retry};
use telepartner::{ivrsolutions, rhystalk, toku};

const BEGIN: &str = "<!-- operations:begin (generated from the registry by tests/readme.rs) -->";
const END: &str = "<!-- operations:end -->";

fn retry(op_retry: Retry) -> &'static str {
    match op_retry {
        Retry::Safe => "read: retried",
        Retry::Keyed => "keyed write: retried, same key",
        Retry::Never => "write: never retried",
    }
}

fn table<A: Api>(out: &mut String) {
    let ops: &[Operation<A>] = A::OPERATIONS;
    out.push_str(&format!(
        "\n**{}** ({} operations)\n\n| method | HTTP | retry | spec | notes |\n| --- | --- | --- | --- | --- |\n",
        A::NAME,
        ops.len()
    ));
    for op in ops {
        let mut notes = Vec::new();
        if let Some(p) = &op.paging {
            let style = match p.style {
                PageStyle::Offset => "limit/offset",
                PageStyle::Page => "page/limit",
            };
            notes.push(format!("`{}` ({style})", p.iterator));
        }
        if let Some(j) = op.journey {
            notes.push(format!("{j} step"));
        }
        if op.binary() {
            notes.push(format!("bytes (`{}`)", op.accept));
        }
        out.push_str(&format!(
            "| `{}` | `{} {}` | {} | `{}` | {} |\n",
            op.js_name,
            op.method.as_str(),
            op.path,
            retry(op.retry),
            op.operation_id,
            notes.join(", ")
        ));
    }
}

fn generated() -> String {
    let mut out = String::from(BEGIN);
    out.push('\n');
    table::<ivrsolutions::IvrSolutionsApi>(&mut out);
    table::<toku::TokuApi>(&mut out);
    table::<rhystalk::RhysTalkApi>(&mut out);
    out.push('\n');
    out.push_str(END);
    out
}

#[test]
fn readme_operation_tables_match_the_registry() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let (Some(start), Some(end)) = (readme.find(BEGIN), readme.find(END)) else {
        panic!("README.md has no generated operations block ({BEGIN} ... {END})");
    };
    let current = &readme[start..end + END.len()];
    let expected = generated();
    if current != expected {
        if std::env::var_os("TELEPARTNER_BLESS").is_some() {
            let updated = readme.replace(current, &expected);
            std::fs::write(path, updated).unwrap();
            return;
        }
        panic!("README.md's operation tables differ from the registry: run TELEPARTNER_BLESS=1 cargo test --test readme");
    }
    assert_eq!(
        expected.matches("\n| `").count(),
        80,
        "80 operations listed"
    );
}
