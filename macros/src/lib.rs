//! `#[operation(...)]` and `#[params]`: the one declaration of an API operation.
//!
//! An operation is a plain params struct (rustfmt formats it) with one
//! attribute that states the rest: API, method, path, spec id, JS name, retry
//! class, auth scheme, reply type and paging. From it this crate derives
//!
//! - the struct's TypeScript type (tsify; `Option` fields optional, `#[flatten]`
//!   groups as intersections),
//! - its params codec (`telepartner::wire::Params`: a static field table read by
//!   one generic decoder; field groups compose),
//! - `telepartner::Endpoint` with the static [`Operation`] record that the
//!   registry, sans-IO, proxy, paging, sandbox and docs read,
//! - in the wasm build, the JS method on the API's class (name, doc comment,
//!   param and reply types) and, for paged operations, the async iterator's type.
//!
//! Validation is declared: `#[check(...)]` on a field names its rules (run when
//! it is present); `check = f` on the declaration names the rules across fields,
//! an ordinary function over the checked wire fields (`telepartner::wire::Fields`).

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::{format_ident, quote};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{
    Attribute, Expr, ExprLit, Fields, GenericArgument, ItemStruct, Lit, Meta, PathArguments, Token,
    Type,
};

/// One API as the macro sees it.
struct ApiFacts {
    /// The JS class's path.
    class_path: Tokens,
    /// The JS class's name.
    class_name: &'static str,
    /// How the JS result wraps the typed reply (`{}` is the reply).
    wrap: &'static str,
    /// The reply type when a declaration names none (the API's open envelope).
    default_reply: Option<&'static str>,
}

/// The APIs, by marker type.
fn api_facts(api: &str) -> Option<ApiFacts> {
    let (class_path, class_name, wrap, default_reply) = match api {
        "IvrSolutionsApi" => (
            quote!(crate::wasm::ivrsolutions::IvrSolutions),
            "IvrSolutions",
            "{}",
            Some("IvrResponse<OpenData>"),
        ),
        "TokuApi" => (
            quote!(crate::wasm::toku::Toku),
            "Toku",
            "{}",
            Some("TokuReply"),
        ),
        "RhysTalkApi" => (
            quote!(crate::wasm::rhystalk::RhysTalk),
            "RhysTalk",
            "RhysTalkReply<{}>",
            None,
        ),
        _ => return None,
    };
    Some(ApiFacts {
        class_path,
        class_name,
        wrap,
        default_reply,
    })
}

#[derive(Default)]
struct Args {
    api: Option<syn::Path>,
    method: Option<String>,
    path: Option<String>,
    id: Option<String>,
    js: Option<String>,
    retry: Option<syn::Ident>,
    auth: Option<syn::Ident>,
    accept: Option<String>,
    body: Option<String>,
    alias: Vec<(String, String)>,
    reply: Option<Type>,
    reply_ts: Option<String>,
    paging: Option<String>,
    total: Option<String>,
    rows: Option<String>,
    journey: Option<String>,
    check: Option<syn::Path>,
    rewrite: Option<syn::Path>,
}

fn lit_str(expr: &Expr) -> syn::Result<String> {
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Str(s), ..
        }) => Ok(s.value()),
        other => Err(syn::Error::new_spanned(other, "expected a string literal")),
    }
}

fn expr_path(expr: &Expr) -> syn::Result<syn::Path> {
    match expr {
        Expr::Path(p) => Ok(p.path.clone()),
        other => Err(syn::Error::new_spanned(other, "expected a name")),
    }
}

fn parse_args(attr: TokenStream) -> syn::Result<Args> {
    let metas = Punctuated::<Meta, Token![,]>::parse_terminated.parse(attr)?;
    let mut a = Args::default();
    for meta in metas {
        let Meta::NameValue(nv) = &meta else {
            return Err(syn::Error::new_spanned(meta, "expected key = value"));
        };
        let key = nv
            .path
            .get_ident()
            .map(|i| i.to_string())
            .unwrap_or_default();
        let v = &nv.value;
        match key.as_str() {
            "api" => a.api = Some(expr_path(v)?),
            "method" => a.method = Some(lit_str(v)?),
            "path" => a.path = Some(lit_str(v)?),
            "id" => a.id = Some(lit_str(v)?),
            "js" => a.js = Some(lit_str(v)?),
            "retry" => a.retry = expr_path(v)?.get_ident().cloned(),
            "auth" => a.auth = expr_path(v)?.get_ident().cloned(),
            "accept" => a.accept = Some(lit_str(v)?),
            "body" => a.body = Some(lit_str(v)?),
            "alias" => {
                let s = lit_str(v)?;
                let (from, to) = s
                    .split_once("=>")
                    .ok_or_else(|| syn::Error::new_spanned(v, "expected \"alias => wire_name\""))?;
                a.alias.push((from.trim().to_owned(), to.trim().to_owned()));
            }
            "reply" => a.reply = Some(syn::parse_str(&lit_str(v)?)?),
            "reply_ts" => a.reply_ts = Some(lit_str(v)?),
            "paging" => a.paging = Some(lit_str(v)?),
            "total" => a.total = Some(lit_str(v)?),
            "rows" => a.rows = Some(lit_str(v)?),
            "journey" => a.journey = Some(lit_str(v)?),
            "check" => a.check = Some(expr_path(v)?),
            "rewrite" => a.rewrite = Some(expr_path(v)?),
            _ => return Err(syn::Error::new_spanned(&nv.path, "unknown operation key")),
        }
    }
    Ok(a)
}

fn doc_of(attrs: &[Attribute]) -> String {
    let mut lines = Vec::new();
    for attr in attrs {
        if let Meta::NameValue(nv) = &attr.meta {
            if nv.path.is_ident("doc") {
                if let Ok(s) = lit_str(&nv.value) {
                    lines.push(s.trim().to_owned());
                }
            }
        }
    }
    lines.join("\n").trim().to_owned()
}

/// `Option<T>` -> Some(T).
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else { return None };
    let seg = p.path.segments.last()?;
    if seg.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &seg.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    }
}

/// The wire name of a field ident (`r#type` -> `type`).
fn wire_name(ident: &syn::Ident) -> String {
    let s = ident.to_string();
    s.strip_prefix("r#").map(str::to_owned).unwrap_or(s)
}

struct Parsed {
    item: ItemStruct,
    table: Vec<Tokens>,
    take: Vec<Tokens>,
    put: Vec<Tokens>,
    /// Compile-time checks of `#[flatten(optional)]`.
    asserts: Vec<Tokens>,
    /// Wire names of required plain fields; `None` when a group is flattened in.
    required: Option<Vec<String>>,
}

/// The params part shared by `#[operation]` and `#[params]`.
fn params_part(mut item: ItemStruct) -> syn::Result<Parsed> {
    let Fields::Named(fields) = &mut item.fields else {
        return Err(syn::Error::new_spanned(
            &item,
            "expected a struct with named fields",
        ));
    };
    let (mut table, mut take, mut put) = (Vec::new(), Vec::new(), Vec::new());
    let mut asserts = Vec::new();
    let mut required = Some(Vec::new());
    for field in fields.named.iter_mut() {
        let ident = field.ident.clone().expect("named field");
        let ty = field.ty.clone();
        let flatten = field
            .attrs
            .iter()
            .find(|a| a.path().is_ident("flatten"))
            .cloned();
        field.attrs.retain(|a| !a.path().is_ident("flatten"));
        if let Some(flatten) = flatten {
            // `#[flatten(optional)]`: the group has no required field (checked at compile time).
            let optional_group =
                matches!(&flatten.meta, Meta::List(l) if l.tokens.to_string() == "optional");
            field
                .attrs
                .push(syn::parse_quote!(#[cfg_attr(target_arch = "wasm32", serde(flatten))]));
            table.push(quote!(crate::wire::Field::group(
                <#ty as crate::wire::Params>::TABLE,
                <#ty as crate::wire::Params>::CHECK,
            )));
            take.push(quote!(#ident: <#ty as crate::wire::Params>::take_fields(map)?));
            put.push(quote!(crate::wire::Params::to_fields(&self.#ident, out);));
            if optional_group {
                asserts.push(quote!(
                    const _: () = assert!(
                        !crate::wire::Field::any_required(<#ty as crate::wire::Params>::TABLE),
                        "#[flatten(optional)] on a group with a required field"
                    );
                ));
            } else {
                required = None;
            }
            continue;
        }
        let wire = wire_name(&ident);
        let rule_text = rule_text(field)?;
        let rules = field_rules(field)?;
        // The field's rules as one small function of its wire value (a table entry).
        let rules = if rules.is_empty() {
            quote!(None)
        } else {
            let inner = option_inner(&ty).unwrap_or(&ty);
            quote!(Some({
                fn rules(
                    field: &str,
                    value: &crate::json::Value,
                    map: &crate::json::Map<String, crate::json::Value>,
                ) -> Result<(), crate::error::Error> {
                    let _ = map;
                    let owned = <#inner as crate::wire::View>::view(value);
                    let value = crate::validate::RuleInput::rule_input(&owned);
                    #(#rules)*
                    Ok(())
                }
                rules as crate::wire::Rules
            }))
        };
        if option_inner(&ty).is_some() {
            field
                .attrs
                .push(syn::parse_quote!(#[cfg_attr(target_arch = "wasm32", tsify(optional))]));
        } else if let Some(r) = required.as_mut() {
            r.push(wire.clone());
        }
        table.push(quote!(crate::wire::Field {
            name: #wire,
            kind: <#ty as crate::wire::FromWire>::KIND,
            required: <#ty as crate::wire::FromWire>::REQUIRED,
            rules: #rules,
            #[cfg(not(target_arch = "wasm32"))]
            rule: #rule_text,
        }));
        take.push(
            quote!(#ident: crate::wire::FromWire::from_wire(#wire, map.shift_remove(#wire))?),
        );
        put.push(quote!(
            if let Some(value) = crate::wire::ToWire::to_wire(&self.#ident) {
                out.insert(#wire.to_owned(), value);
            }
        ));
    }
    item.attrs
        .push(syn::parse_quote!(#[derive(Clone, Debug, PartialEq)]));
    item.attrs
        .push(syn::parse_quote!(#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]));
    Ok(Parsed {
        item,
        table,
        take,
        put,
        asserts,
        required,
    })
}

/// The field's `#[check(...)]` rules as declared (`id, digits(1, 10)`), for help texts.
fn rule_text(field: &syn::Field) -> syn::Result<String> {
    let mut out = Vec::new();
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("check")) {
        let list = attr.parse_args_with(Punctuated::<Expr, Token![,]>::parse_terminated)?;
        for rule in list {
            // A rule that words itself (`within(1, 86_400, "expected 1 to 86400 seconds")`) is shown by its words.
            if let Expr::Call(c) = &rule {
                if let Some(Expr::Lit(ExprLit { lit: Lit::Str(s), .. })) = c.args.last() {
                    out.push(s.value());
                    continue;
                }
            }
            let text: String = quote!(#rule).to_string().chars().filter(|c| !c.is_whitespace()).collect();
            out.push(
                text.replace("&self.", "")
                    .replace("super::", "")
                    .replace("self::", "")
                    .replace(',', ", "),
            );
        }
    }
    Ok(out.join(", "))
}

/// `#[check(id, digits(1, 10))]` on a field: calls of `crate::validate::<rule>(field, value, args..)`
/// (`field` the wire name the table passes in),
/// in order. The attribute is removed from the struct.
fn field_rules(field: &mut syn::Field) -> syn::Result<Vec<Tokens>> {
    let mut rules = Vec::new();
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("check")) {
        let list = attr.parse_args_with(Punctuated::<Expr, Token![,]>::parse_terminated)?;
        for rule in list {
            // A bare name is a shared rule of `crate::validate`; a path (`self::x`) is local.
            let resolve = |f: &Expr| match f {
                Expr::Path(p) if p.path.segments.len() == 1 => quote!(crate::validate::#p),
                other => quote!(#other),
            };
            rules.push(match rule {
                Expr::Path(_) => {
                    let f = resolve(&rule);
                    quote!(#f(field, value)?;)
                }
                Expr::Call(c) => {
                    let f = resolve(&c.func);
                    // `&self.other` reads another string field of the params.
                    let args = c.args.iter().map(|arg| match arg {
                        Expr::Reference(r) => match &*r.expr {
                            Expr::Field(fe) if matches!(&*fe.base, Expr::Path(p) if p.path.is_ident("self")) => {
                                let name = match &fe.member {
                                    syn::Member::Named(i) => wire_name(i),
                                    syn::Member::Unnamed(i) => i.index.to_string(),
                                };
                                quote!(crate::wire::str_arg(map, #name))
                            }
                            _ => quote!(#arg),
                        },
                        _ => quote!(#arg),
                    });
                    quote!(#f(field, value, #(#args),*)?;)
                }
                other => {
                    return Err(syn::Error::new_spanned(
                        other,
                        "expected a rule: name or name(args)",
                    ))
                }
            });
        }
    }
    field.attrs.retain(|a| !a.path().is_ident("check"));
    Ok(rules)
}

fn params_impl(p: &Parsed, check: Option<&syn::Path>) -> Tokens {
    let name = &p.item.ident;
    let (table, take, put, asserts) = (&p.table, &p.take, &p.put, &p.asserts);
    let check = check.map(|f| {
        quote!(
            const CHECK: Option<crate::wire::GroupCheck> = Some(#f);
        )
    });
    quote! {
        #(#asserts)*
        impl crate::wire::Params for #name {
            const TABLE: &'static [crate::wire::Field] = &[#(#table),*];
            #check
            fn take_fields(
                map: &mut crate::json::Map<String, crate::json::Value>,
            ) -> Result<Self, crate::error::Error> {
                Ok(#name { #(#take),* })
            }
            #[allow(unused_variables)]
            fn to_fields(&self, out: &mut crate::json::Map<String, crate::json::Value>) {
                #(#put)*
            }
        }
    }
}

/// A group of params shared by several operations (`#[flatten]` it into them).
/// Its field rules, and with `#[params(check = f)]` its rules across fields,
/// run wherever it is flattened in.
#[proc_macro_attribute]
pub fn params(attr: TokenStream, item: TokenStream) -> TokenStream {
    let check = match Punctuated::<Meta, Token![,]>::parse_terminated.parse(attr) {
        Ok(metas) => {
            let mut check = None;
            for meta in metas {
                match &meta {
                    Meta::NameValue(nv) if nv.path.is_ident("check") => match expr_path(&nv.value) {
                        Ok(p) => check = Some(p),
                        Err(e) => return e.to_compile_error().into(),
                    },
                    _ => {
                        return syn::Error::new_spanned(meta, "#[params] takes only check = f")
                            .to_compile_error()
                            .into()
                    }
                }
            }
            check
        }
        Err(e) => return e.to_compile_error().into(),
    };
    let item = syn::parse_macro_input!(item as ItemStruct);
    match params_part(item) {
        Ok(p) => {
            let imp = params_impl(&p, check.as_ref());
            let item = &p.item;
            quote!(#item #imp).into()
        }
        Err(e) => e.to_compile_error().into(),
    }
}

/// One API operation, declared once. See the crate docs.
#[proc_macro_attribute]
pub fn operation(attr: TokenStream, item: TokenStream) -> TokenStream {
    let item = syn::parse_macro_input!(item as ItemStruct);
    match operation_impl(attr, item) {
        Ok(t) => t.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn snake(js: &str) -> String {
    let mut out = String::new();
    for c in js.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `getCallHistories` -> `iterCallHistories`, `listOutboundCallerIds` -> `iterOutboundCallerIds`.
fn iterator_name(js: &str) -> String {
    let rest = ["get", "list"]
        .iter()
        .find_map(|p| {
            js.strip_prefix(p)
                .filter(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
        })
        .map(str::to_owned)
        .unwrap_or_else(|| {
            let mut c = js.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        });
    format!("iter{rest}")
}

/// The TypeScript spelling of a reply type: open JSON is `JsonValue`.
fn ts_of(ty: &Type) -> String {
    let s = quote!(#ty).to_string().replace(' ', "");
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let w = match word.as_str() {
            "OpenData" | "Value" | "TokuReply" => "JsonValue",
            "Vec" => "Array",
            other => other,
        };
        out.push_str(w);
        word.clear();
    };
    for c in s.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else if c == ':' {
            word.clear(); // drop path prefixes
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn operation_impl(attr: TokenStream, item: ItemStruct) -> syn::Result<Tokens> {
    let a = parse_args(attr)?;
    let span = item.ident.span();
    let need = |what: &str| syn::Error::new(span, format!("#[operation] needs `{what} = ...`"));
    let api = a.api.clone().ok_or_else(|| need("api"))?;
    let method = a.method.clone().ok_or_else(|| need("method"))?;
    let path = a.path.clone().ok_or_else(|| need("path"))?;
    let id = a.id.clone().ok_or_else(|| need("id"))?;
    let js = a.js.clone().ok_or_else(|| need("js"))?;
    let retry = a.retry.clone().ok_or_else(|| need("retry"))?;
    let api_name = api
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default();
    let facts =
        api_facts(&api_name).ok_or_else(|| syn::Error::new_spanned(&api, "unknown API marker"))?;
    let reply: Type = match (&a.reply, facts.default_reply) {
        (Some(reply), _) => reply.clone(),
        (None, Some(default)) => syn::parse_str(default)?,
        (None, None) => return Err(need("reply")),
    };
    let auth = a.auth.clone().unwrap_or_else(|| format_ident!("Default"));
    let accept = a
        .accept
        .clone()
        .unwrap_or_else(|| "application/json".into());
    let method_ident = match method.as_str() {
        "GET" => format_ident!("Get"),
        "POST" => format_ident!("Post"),
        "PUT" => format_ident!("Put"),
        "PATCH" => format_ident!("Patch"),
        "DELETE" => format_ident!("Delete"),
        _ => {
            return Err(syn::Error::new(
                span,
                "method: expected GET, POST, PUT, PATCH or DELETE",
            ))
        }
    };
    let body = match (a.body.as_deref(), method.as_str()) {
        (Some("form"), _) => format_ident!("Form"),
        (Some("json"), _) => format_ident!("Json"),
        (Some(_), _) => return Err(syn::Error::new(span, "body: expected \"form\" or \"json\"")),
        (None, "GET") => format_ident!("Query"),
        (None, _) => format_ident!("Json"),
    };
    let doc = doc_of(&item.attrs);
    let p = params_part(item)?;
    let name = p.item.ident.clone();
    let params_ts = name.to_string();
    // Params may be omitted when no field is required.
    let optional = p.required.as_ref().is_some_and(|r| r.is_empty());
    let aliases = a.alias.iter().map(|(f, t)| quote!((#f, #t)));
    let paging = match (a.paging.as_deref(), &a.total) {
        (None, None) => quote!(None),
        (Some(style), total) => {
            let style = match style {
                "offset" => quote!(crate::endpoint::PageStyle::Offset),
                "page" => quote!(crate::endpoint::PageStyle::Page),
                _ => {
                    return Err(syn::Error::new(
                        span,
                        "paging: expected \"offset\" or \"page\"",
                    ))
                }
            };
            let total = total.clone().unwrap_or_default();
            let rows = a.rows.clone().unwrap_or_default();
            let iter = iterator_name(&js);
            quote!(Some(crate::endpoint::Paging { iterator: #iter, style: #style, total: #total, rows: #rows }))
        }
        (None, Some(_)) => return Err(syn::Error::new(span, "total needs paging")),
    };
    let journey = match &a.journey {
        Some(j) => quote!(Some(#j)),
        None => quote!(None),
    };
    let (class_path, class_name, wrap) = (&facts.class_path, facts.class_name, facts.wrap);
    let class_ident = format_ident!("{}", class_name);
    let reply_ts = a.reply_ts.clone().unwrap_or_else(|| ts_of(&reply));
    let js_reply = wrap.replace("{}", &reply_ts);
    let promise = format!("Promise<{js_reply}>");
    let params_impl = params_impl(&p, a.check.as_ref());
    let item = &p.item;

    // The JS method and iterator (wasm build only): declarations merged into the class; the
    // method itself is installed from the registry (`pkg-template/methods.js`) and
    // calls the class's one `__call` export, so an operation adds no wasm export.
    let q = if optional { "?" } else { "" };
    let doc_lines: String = if doc.is_empty() {
        js.clone()
    } else {
        doc.clone()
    }
    .lines()
    .map(|l| format!("     * {}\n", l.trim_end()).replace("     * \n", "     *\n"))
    .collect();
    let method_member = format!(
        "    /**\n{doc_lines}     */\n    {js}(params{q}: {params_ts}, options?: CallOptions): {promise};\n"
    );
    let method_konst = format_ident!("__TS_METHOD_{}", name);
    let method_fn = format_ident!("{}", snake(&js));
    let params_arg = if optional {
        quote!(params: Option<tsify::Ts<#name>>)
    } else {
        quote!(params: tsify::Ts<#name>)
    };
    let params_value = if optional {
        quote!(params
            .map(|p| p.js_value())
            .unwrap_or(wasm_bindgen::JsValue::UNDEFINED))
    } else {
        quote!(params.js_value())
    };
    let rust_doc =
        format!("`{js}` from Rust in wasm (JS calls the method `methods.js` installs). {doc}");
    // The rows an iterator yields: the `Row` of a `Vec<Row>` in the reply type.
    let row_ts = {
        let t = ts_of(&reply);
        t.rfind("Array<")
            .map(|i| t[i + 6..].trim_end_matches('>').to_owned())
            .unwrap_or_else(|| "JsonValue".to_owned())
    };
    // Its `iter...` member, for paged operations.
    let iter_member = a.paging.as_deref().map_or(String::new(), |style| {
        let iter = iterator_name(&js);
        let keys = if style == "offset" {
            "'limit' | 'offset'"
        } else {
            "'page' | 'limit'"
        };
        let opt_keys = if style == "offset" {
            "limit?: number; offset?: number"
        } else {
            "page?: number; limit?: number"
        };
        let non_paging_required = p.required.as_ref().map_or(true, |r| {
            r.iter()
                .any(|f| !matches!(f.as_str(), "limit" | "offset" | "page"))
        });
        let q = if non_paging_required { "" } else { "?" };
        format!(
            "    /** Every row of `{js}`, following {style} paging to the last page (`maxItems` caps the rows). */\n    {iter}(params{q}: Omit<{params_ts}, {keys}> & {{ {opt_keys} }}, options?: PageOptions): AsyncGenerator<{row_ts}, void, undefined>;\n"
        )
    });
    let method_ts = format!("export interface {class_name} {{\n{method_member}{iter_member}}}");
    // A journey step: the same operation as a method of the journey's session, declared
    // here (merged into the class) and installed from the registry by `methods.js`
    // (its one `__step` export, like the API classes' `__call`).
    let journey_step = match a.journey.as_deref() {
        None => None,
        Some("onboarding") => {
            let step_konst = format_ident!("__TS_STEP_{}", name);
            let step_ts = format!(
                "export interface OnboardingSession {{\n    /**\n{doc_lines}     *\n     * The ids of earlier steps are carried: leave them out.\n     */\n    {js}(params: Record<string, unknown>): {promise};\n}}"
            );
            Some(quote! {
                #[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
                const #step_konst: &'static str = #step_ts;
            })
        }
        Some(_) => return Err(syn::Error::new(span, "journey: expected \"onboarding\"")),
    };
    let rewrite = match &a.rewrite {
        Some(f) => quote!(Some(#f)),
        None => quote!(None),
    };
    Ok(quote! {
        #item
        #params_impl

        impl crate::endpoint::Endpoint for #name {
            type Api = #api;
            type Response = #reply;
            const OPERATION: crate::endpoint::Operation<#api> = crate::endpoint::Operation {
                js_name: #js,
                operation_id: #id,
                method: crate::http::Method::#method_ident,
                path: #path,
                body: crate::endpoint::BodyKind::#body,
                retry: crate::endpoint::Retry::#retry,
                auth: crate::endpoint::Auth::#auth,
                accept: #accept,
                aliases: &[#(#aliases),*],
                doc: #doc,
                params: #params_ts,
                params_optional: #optional,
                reply: #js_reply,
                fields: <#name as crate::wire::Params>::TABLE,
                paging: #paging,
                journey: #journey,
                check: <#name as crate::wire::Params>::CHECK,
                rewrite: #rewrite,
                api: std::marker::PhantomData,
                #[cfg(not(target_arch = "wasm32"))]
                decode: crate::endpoint::decode_json_reply::<#name>,
                shape: <#reply as crate::shape::HasShape>::SHAPE,
                #[cfg(not(target_arch = "wasm32"))]
                serde_accepts: crate::endpoint::serde_accepts::<#name>,
            };
        }

        #[cfg(target_arch = "wasm32")]
        const _: () = {
            #[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
            const #method_konst: &'static str = #method_ts;
            use #class_path;
            impl #class_ident {
                #[doc = #rust_doc]
                pub fn #method_fn(
                    &self,
                    #params_arg,
                    options: Option<tsify::Ts<crate::wasm::options::CallOptions>>,
                ) -> js_sys::Promise {
                    crate::wasm::call::call(
                        &self.inner,
                        &<#name as crate::endpoint::Endpoint>::OPERATION,
                        #params_value,
                        options.map(|o| o.js_value()),
                    )
                }
            }
            #journey_step
        };
    })
}

/// The name serde gives `ident` under a struct's `rename_all` (the cases the replies use).
fn renamed(ident: &syn::Ident, rename_all: Option<&str>) -> String {
    let s = wire_name(ident);
    match rename_all {
        Some("camelCase") => {
            let mut out = String::new();
            let mut upper = false;
            for c in s.chars() {
                if c == '_' {
                    upper = true;
                } else if upper {
                    out.push(c.to_ascii_uppercase());
                    upper = false;
                } else {
                    out.push(c);
                }
            }
            out
        }
        Some("lowercase") => s.to_lowercase(),
        _ => s,
    }
}

/// `key = "value"` inside a `#[serde(...)]` attribute, if there.
fn serde_value(attrs: &[Attribute], key: &str) -> Option<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .filter_map(|a| {
            a.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                .ok()
        })
        .flatten()
        .find_map(|m| match m {
            Meta::NameValue(nv) if nv.path.is_ident(key) => lit_str(&nv.value).ok(),
            _ => None,
        })
}

fn has_serde_flag(attrs: &[Attribute], flag: &str) -> bool {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .any(|a| {
            a.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                .map(|list| list.iter().any(|m| m.path().is_ident(flag)))
                .unwrap_or(false)
        })
}

fn has_tsify(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("tsify")
            || (a.path().is_ident("cfg_attr") && quote!(#a).to_string().contains("tsify"))
    })
}

/// A reply type, declared once: on a plain struct, `#[reply]` derives its
/// serde and TypeScript types (an `Option` field is optional, absent when
/// `None`; a `#[serde(flatten)]` field holds the undocumented fields, typed as
/// an index signature) and its reply-shape table (`telepartner::shape::HasShape`),
/// which checks a parsed reply in the wasm as the serde types do natively.
/// A field is required exactly when its type is not an `Option`.
#[proc_macro_attribute]
pub fn reply(attr: TokenStream, item: TokenStream) -> TokenStream {
    if !attr.is_empty() {
        return syn::Error::new(Span::call_site(), "#[reply] takes no arguments")
            .to_compile_error()
            .into();
    }
    let item = syn::parse_macro_input!(item as ItemStruct);
    match reply_impl(item) {
        Ok(t) => t.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn reply_impl(mut item: ItemStruct) -> syn::Result<Tokens> {
    let rename_all = serde_value(&item.attrs, "rename_all");
    let Fields::Named(fields) = &mut item.fields else {
        return Err(syn::Error::new_spanned(&item, "expected named fields"));
    };
    let mut props = Vec::new();
    for field in fields.named.iter_mut() {
        let ident = field.ident.clone().expect("named field");
        let ty = field.ty.clone();
        if has_serde_flag(&field.attrs, "flatten") {
            // The undocumented fields: kept, unchecked.
            if !has_tsify(&field.attrs) {
                field.attrs.push(syn::parse_quote!(
                    #[cfg_attr(target_arch = "wasm32", tsify(type = "{ [key: string]: JsonValue | undefined }"))]
                ));
            }
            continue;
        }
        if option_inner(&ty).is_some() {
            if !has_serde_flag(&field.attrs, "default") {
                field.attrs.push(syn::parse_quote!(
                    #[serde(default, skip_serializing_if = "Option::is_none")]
                ));
            }
            if !has_tsify(&field.attrs) {
                field
                    .attrs
                    .push(syn::parse_quote!(#[cfg_attr(target_arch = "wasm32", tsify(optional))]));
            }
        }
        let name = serde_value(&field.attrs, "rename")
            .unwrap_or_else(|| renamed(&ident, rename_all.as_deref()));
        props.push(quote!(crate::shape::Prop {
            name: #name,
            shape: <#ty as crate::shape::HasShape>::SHAPE,
            required: <#ty as crate::shape::HasShape>::REQUIRED,
        }));
    }
    item.attrs.insert(
        0,
        syn::parse_quote!(#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]),
    );
    item.attrs.insert(
        1,
        syn::parse_quote!(#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]),
    );
    let name = &item.ident;
    let mut generics = item.generics.clone();
    for param in generics.type_params_mut() {
        param.bounds.push(syn::parse_quote!(crate::shape::HasShape));
    }
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = item.generics.split_for_impl();
    Ok(quote! {
        #item
        impl #impl_generics crate::shape::HasShape for #name #ty_generics #where_clause {
            const SHAPE: &'static crate::shape::Shape = &crate::shape::Shape::Object(&[#(#props),*]);
        }
    })
}
