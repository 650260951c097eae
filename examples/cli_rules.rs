//! Writes each operation's field rules, as declared with `#[check(...)]`, as JSON
//! (`{ api: { operation: { field: rule } } }`) for the command line's `--help`.
//! `scripts/build-pkg.sh` runs it into `pkg/cli-rules.json`; the wasm does not carry them.

use serde_json::{Map, Value};
use telepartner::wire::Field;
use telepartner::Api;

fn rules<A: Api>(out: &mut Map<String, Value>) {
    let mut ops = Map::new();
    for op in A::OPERATIONS {
        let fields: Map<String, Value> = Field::flat(op.fields)
            .into_iter()
            .filter(|f| !f.rule.is_empty())
            .map(|f| (f.name.to_owned(), Value::from(f.rule)))
            .collect();
        ops.insert(op.js_name.to_owned(), Value::Object(fields));
    }
    out.insert(A::ID.to_owned(), Value::Object(ops));
}

fn main() {
    let mut out = Map::new();
    rules::<telepartner::ivrsolutions::IvrSolutionsApi>(&mut out);
    rules::<telepartner::rhystalk::RhysTalkApi>(&mut out);
    rules::<telepartner::toku::TokuApi>(&mut out);
    println!("{}", Value::Object(out));
}
