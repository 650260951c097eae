//! Reading JSON text into a [`Value`], as serde_json reads it: the same values,
//! the same messages for malformed text, the same 128-level depth limit.

use std::fmt;

use super::{parse_float, Map, Number, Value, N};

/// Malformed JSON text, or a value JSON cannot hold; worded as serde_json's.
#[derive(Debug, Clone, PartialEq)]
pub struct Error(String);

impl Error {
    pub(crate) fn msg(m: impl Into<String>) -> Error {
        Error(m.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Nesting deeper than this is refused (serde_json's limit).
const MAX_DEPTH: usize = 128;

/// Parse JSON text into a [`Value`].
pub fn from_str(text: &str) -> Result<Value, Error> {
    from_slice(text.as_bytes())
}

/// Parse JSON bytes (UTF-8) into a [`Value`].
pub fn from_slice(bytes: &[u8]) -> Result<Value, Error> {
    let mut r = Reader { b: bytes, i: 0 };
    r.skip_ws();
    let value = r.value(0)?;
    r.skip_ws();
    if r.i < r.b.len() {
        return Err(r.err("trailing characters"));
    }
    Ok(value)
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn err(&self, what: &str) -> Error {
        let upto = &self.b[..self.i.min(self.b.len())];
        let line = 1 + upto.iter().filter(|&&c| c == b'\n').count();
        let column = upto.iter().rev().take_while(|&&c| c != b'\n').count();
        let column = if self.i >= self.b.len() {
            column
        } else {
            column + 1
        };
        Error(format!("{what} at line {line} column {column}"))
    }
    fn eof(&self, what: &str) -> Error {
        self.err(&format!("EOF while parsing {what}"))
    }
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }
    fn literal(&mut self, word: &[u8], value: Value) -> Result<Value, Error> {
        for &c in word {
            match self.peek() {
                None => return Err(self.eof("a value")),
                Some(x) if x == c => self.i += 1,
                Some(_) => {
                    self.i += 1;
                    return Err(self.err("expected ident"));
                }
            }
        }
        Ok(value)
    }
    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        match self.peek() {
            None => Err(self.eof("a value")),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'"') => {
                self.i += 1;
                self.string().map(Value::String)
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => {
                if depth >= MAX_DEPTH {
                    return Err(self.err("recursion limit exceeded"));
                }
                self.i += 1;
                self.array(depth + 1)
            }
            Some(b'{') => {
                if depth >= MAX_DEPTH {
                    return Err(self.err("recursion limit exceeded"));
                }
                self.i += 1;
                self.object(depth + 1)
            }
            Some(_) => {
                self.i += 1;
                Err(self.err("expected value"))
            }
        }
    }
    fn array(&mut self, depth: usize) -> Result<Value, Error> {
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            if self.eat(b']') {
                return Err(self.err("trailing comma"));
            }
            items.push(self.value(depth)?);
            if self.next_or_close(b']', "a list", "expected `,` or `]`")? {
                return Ok(Value::Array(items));
            }
        }
    }
    /// Skip whitespace, then consume `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_ws();
        let found = self.peek() == Some(byte);
        if found {
            self.i += 1;
        }
        found
    }
    /// After an item of a list or an object: `,` (false: more to come) or
    /// `close` (true: done).
    fn next_or_close(&mut self, close: u8, what: &str, expected: &str) -> Result<bool, Error> {
        self.skip_ws();
        match self.peek() {
            None => Err(self.eof(what)),
            Some(b',') => {
                self.i += 1;
                Ok(false)
            }
            Some(c) if c == close => {
                self.i += 1;
                Ok(true)
            }
            Some(_) => {
                self.i += 1;
                Err(self.err(expected))
            }
        }
    }
    fn object(&mut self, depth: usize) -> Result<Value, Error> {
        let mut map = Map::new();
        if self.eat(b'}') {
            return Ok(Value::Object(map));
        }
        let mut first = true;
        loop {
            self.skip_ws();
            match self.peek() {
                None => return Err(self.eof("an object")),
                Some(b'}') if !first => {
                    self.i += 1;
                    return Err(self.err("trailing comma"));
                }
                Some(b'"') => self.i += 1,
                Some(_) => {
                    self.i += 1;
                    return Err(self.err("key must be a string"));
                }
            }
            first = false;
            let key = self.string()?;
            self.skip_ws();
            match self.peek() {
                None => return Err(self.eof("an object")),
                Some(b':') => self.i += 1,
                Some(_) => {
                    self.i += 1;
                    return Err(self.err("expected `:`"));
                }
            }
            self.skip_ws();
            let value = self.value(depth)?;
            map.insert(key, value);
            if self.next_or_close(b'}', "an object", "expected `,` or `}`")? {
                return Ok(Value::Object(map));
            }
        }
    }
    /// A string's text after its opening quote.
    fn string(&mut self) -> Result<String, Error> {
        let mut out = Vec::new();
        loop {
            let start = self.i;
            while let Some(c) = self.peek() {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            out.extend_from_slice(&self.b[start..self.i]);
            match self.peek() {
                None => return Err(self.eof("a string")),
                Some(b'"') => {
                    self.i += 1;
                    return String::from_utf8(out)
                        .map_err(|_| self.err("invalid unicode code point"));
                }
                Some(b'\\') => {
                    self.i += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => {
                    self.i += 1;
                    return Err(self
                        .err("control character (\\u0000-\\u001F) found while parsing a string"));
                }
            }
        }
    }
    fn escape(&mut self, out: &mut Vec<u8>) -> Result<(), Error> {
        let Some(c) = self.peek() else {
            return Err(self.eof("a string"));
        };
        self.i += 1;
        let simple = match c {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xDC00..0xE000).contains(&first) {
                    return Err(self.err("lone leading surrogate in hex escape"));
                }
                let code = if (0xD800..0xDC00).contains(&first) {
                    if self.b.get(self.i..self.i + 2) != Some(b"\\u") {
                        return Err(self.err("unexpected end of hex escape"));
                    }
                    self.i += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.err("lone leading surrogate in hex escape"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                let ch =
                    char::from_u32(code).ok_or_else(|| self.err("invalid unicode code point"))?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                return Ok(());
            }
            _ => return Err(self.err("invalid escape")),
        };
        out.push(simple);
        Ok(())
    }
    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0;
        for _ in 0..4 {
            let Some(c) = self.peek() else {
                return Err(self.eof("a string"));
            };
            self.i += 1;
            let d = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ => return Err(self.err("invalid escape")),
            };
            n = n * 16 + u32::from(d);
        }
        Ok(n)
    }
    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }
    /// At least one digit (of a fraction or an exponent).
    fn need_digits(&mut self) -> Result<(), Error> {
        if self.digits() > 0 {
            return Ok(());
        }
        Err(match self.peek() {
            None => self.eof("a value"),
            Some(_) => {
                self.i += 1;
                self.err("invalid number")
            }
        })
    }
    fn number(&mut self) -> Result<Value, Error> {
        let start = self.i;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        let int_start = self.i;
        match self.peek() {
            Some(b'0') => {
                self.i += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    self.i += 1;
                    return Err(self.err("invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            None => return Err(self.eof("a value")),
            Some(_) => {
                self.i += 1;
                return Err(self.err("invalid number"));
            }
        }
        let int_end = self.i;
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.i += 1;
            float = true;
            self.need_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            float = true;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            self.need_digits()?;
        }
        let text = std::str::from_utf8(&self.b[start..self.i]).unwrap_or("");
        if !float {
            let digits = &self.b[int_start..int_end];
            let mut n: u64 = 0;
            let fits = digits.iter().all(|&d| {
                match n
                    .checked_mul(10)
                    .and_then(|m| m.checked_add(u64::from(d - b'0')))
                {
                    Some(m) => {
                        n = m;
                        true
                    }
                    None => false,
                }
            });
            if fits {
                if !negative {
                    return Ok(Value::Number(Number(N::PosInt(n))));
                }
                let neg = (n as i64).wrapping_neg();
                if n != 0 && neg < 0 && n <= 1 << 63 {
                    return Ok(Value::Number(Number(N::NegInt(neg))));
                }
                if n == 0 {
                    return Ok(Value::Number(Number(N::Float(-0.0))));
                }
            }
        }
        let f = parse_float(text);
        Number::from_f64(f)
            .map(Value::Number)
            .ok_or_else(|| self.err("number out of range"))
    }
}
