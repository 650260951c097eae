//! Shared local checks. Each returns a [`Error::Validation`] naming the field and
//! the rule; none echoes the checked value (it may be a secret).

use crate::error::Error;

type Check = Result<(), Error>;

fn fail(field: &str, reason: &str) -> Check {
    Err(Error::validation(field, reason))
}

/// A required string: present and not blank.
pub fn required(field: &str, value: &str) -> Check {
    if value.trim().is_empty() {
        return fail(field, "is required and must not be empty");
    }
    Ok(())
}

/// A string of at most `max` characters.
pub fn max_len(field: &str, value: &str, max: usize) -> Check {
    if value.chars().count() > max {
        return Err(Error::validation(
            field,
            format!("must be at most {max} characters"),
        ));
    }
    Ok(())
}

/// An identifier: required, at most 128 characters, no control characters.
pub fn id(field: &str, value: &str) -> Check {
    required(field, value)?;
    max_len(field, value, 128)?;
    if value.chars().any(char::is_control) {
        return fail(field, "must not contain control characters");
    }
    Ok(())
}

/// Printable ASCII (space to `~`), 1 to `max` characters (header values).
pub fn printable_ascii(field: &str, value: &str, max: usize) -> Check {
    if value.is_empty() || value.len() > max || !value.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
        return Err(Error::validation(
            field,
            format!("expected 1 to {max} printable ASCII characters"),
        ));
    }
    Ok(())
}

/// An e-mail address of the usual `local@domain.tld` shape.
pub fn email(field: &str, value: &str) -> Check {
    required(field, value)?;
    let ok = value.len() <= 254
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        && match value.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !crate::text::contains(domain, "..")
            }
            None => false,
        };
    if !ok {
        return fail(field, "expected an e-mail address like name@example.com");
    }
    Ok(())
}

/// A country calling code: `+` and 1 to 4 digits (`+91`).
pub fn country_code(field: &str, value: &str) -> Check {
    let digits = value.strip_prefix('+').unwrap_or("");
    if digits.is_empty() || digits.len() > 4 || !all_digits(digits) || digits.starts_with('0') {
        return fail(field, "expected '+' and 1-4 digits, e.g. +91");
    }
    Ok(())
}

/// A national mobile number: for `+91`, 10 digits starting 6-9; elsewhere 4-14 digits.
pub fn mobile(field: &str, value: &str, country_code: &str) -> Check {
    if country_code == "+91" {
        let ok =
            value.len() == 10 && all_digits(value) && matches!(value.as_bytes()[0], b'6'..=b'9');
        if !ok {
            return fail(
                field,
                "expected 10 digits starting with 6, 7, 8 or 9 for country_code +91",
            );
        }
    } else if !(4..=14).contains(&value.len()) || !all_digits(value) {
        return fail(field, "expected 4 to 14 digits without the country code");
    }
    Ok(())
}

/// A one-time password: 4 to 8 digits.
pub fn otp(field: &str, value: &str) -> Check {
    if !(4..=8).contains(&value.len()) || !all_digits(value) {
        return fail(field, "expected 4 to 8 digits");
    }
    Ok(())
}

/// An Indian PAN: 5 letters, 4 digits, 1 letter (upper case).
pub fn pan(field: &str, value: &str) -> Check {
    if !is_pan(value.as_bytes()) {
        return fail(
            field,
            "expected 5 letters, 4 digits, 1 letter (e.g. ABCDE1234F)",
        );
    }
    Ok(())
}

fn is_pan(b: &[u8]) -> bool {
    b.len() == 10
        && b[..5].iter().all(u8::is_ascii_uppercase)
        && b[5..9].iter().all(u8::is_ascii_digit)
        && b[9].is_ascii_uppercase()
}

/// An Aadhaar number: 12 digits with a valid Verhoeff check digit.
pub fn aadhaar(field: &str, value: &str) -> Check {
    if value.len() != 12 || !all_digits(value) {
        return fail(field, "expected 12 digits");
    }
    if !verhoeff_valid(value) {
        return fail(field, "failed the Verhoeff checksum (mistyped digit?)");
    }
    Ok(())
}

/// Verhoeff checksum over a string of ASCII digits (the last one is the check digit).
pub fn verhoeff_valid(digits: &str) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    if digits.is_empty() || !all_digits(digits) {
        return false;
    }
    let mut c = 0u8;
    for (i, b) in digits.bytes().rev().enumerate() {
        c = D[c as usize][P[i % 8][(b - b'0') as usize] as usize];
    }
    c == 0
}

const GST_CHARS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The GSTIN check character for the first 14 characters, if they are all valid.
pub fn gstin_check_char(first14: &[u8]) -> Option<u8> {
    if first14.len() != 14 {
        return None;
    }
    let mut sum = 0u32;
    for (i, c) in first14.iter().enumerate() {
        let v = GST_CHARS.iter().position(|x| x == c)? as u32;
        let p = v * if i % 2 == 0 { 1 } else { 2 };
        sum += p / 36 + p % 36;
    }
    Some(GST_CHARS[((36 - sum % 36) % 36) as usize])
}

/// A GSTIN: 15 characters, a real state code, an embedded PAN, entity digit,
/// `Z`, and a valid check character.
pub fn gstin(field: &str, value: &str) -> Check {
    let b = value.as_bytes();
    if b.len() != 15
        || !b
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    {
        return fail(field, "expected 15 upper-case letters and digits");
    }
    let state = if b[0].is_ascii_digit() && b[1].is_ascii_digit() {
        (b[0] - b'0') * 10 + (b[1] - b'0')
    } else {
        0
    };
    if !matches!(state, 1..=38 | 97 | 99) {
        return fail(
            field,
            "characters 1-2 must be a GST state code (01-38, 97 or 99)",
        );
    }
    if !is_pan(&b[2..12]) {
        return fail(
            field,
            "characters 3-12 must be a PAN (5 letters, 4 digits, 1 letter)",
        );
    }
    if b[12] == b'0' {
        return fail(field, "character 13 (entity number) must be 1-9 or A-Z");
    }
    if b[13] != b'Z' {
        return fail(field, "character 14 must be 'Z'");
    }
    if gstin_check_char(&b[..14]) != Some(b[14]) {
        return fail(
            field,
            "check character (15th) does not match (mistyped GSTIN?)",
        );
    }
    Ok(())
}

/// A phone number in E.164: `+`, a non-zero digit, 7 to 15 digits in all.
pub fn e164(field: &str, value: &str) -> Check {
    let digits = value.strip_prefix('+').unwrap_or("");
    if !(7..=15).contains(&digits.len()) || !all_digits(digits) || digits.starts_with('0') {
        return fail(field, "expected an E.164 number: '+', country code and number, 7-15 digits (e.g. +911143104501)");
    }
    Ok(())
}

/// Every ISO 3166-1 alpha-2 code officially assigned.
const ISO_3166_ALPHA2: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS \
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG \
MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB \
SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT \
ZA ZM ZW";

/// An ISO 3166-1 alpha-2 country code (upper case, assigned), e.g. `IN`.
pub fn country(field: &str, value: &str) -> Check {
    let assigned = value.len() == 2 && ISO_3166_ALPHA2.split_ascii_whitespace().any(|c| c == value);
    if !assigned {
        return fail(
            field,
            "expected an ISO 3166-1 alpha-2 country code in upper case (e.g. IN)",
        );
    }
    Ok(())
}

/// Digits only, `min..=max` of them (extensions, number patterns).
pub fn digits(field: &str, value: &str, min: usize, max: usize) -> Check {
    if !(min..=max).contains(&value.len()) || !all_digits(value) {
        return Err(Error::validation(
            field,
            format!("expected {min} to {max} digits"),
        ));
    }
    Ok(())
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn number(s: &str) -> Option<u32> {
    if all_digits(s) {
        s.parse().ok()
    } else {
        None
    }
}

/// `(year, month, day)` of a real calendar date written `YYYY-MM-DD`.
pub fn parse_date(value: &str) -> Option<(u32, u32, u32)> {
    let b = value.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (
        number(&value[..4])?,
        number(&value[5..7])?,
        number(&value[8..])?,
    );
    (y >= 1 && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some((y, m, d))
}

/// A real calendar date written `YYYY-MM-DD`.
pub fn date(field: &str, value: &str) -> Check {
    if parse_date(value).is_none() {
        return fail(
            field,
            "expected a real calendar date as YYYY-MM-DD (e.g. 2025-08-15)",
        );
    }
    Ok(())
}

/// Minutes since midnight of a time written `HH:MM` (00:00 to 23:59).
pub fn parse_hhmm(value: &str) -> Option<u32> {
    let (h, m) = value.split_once(':')?;
    let (h, m) = (
        number(h).filter(|_| h.len() == 2)?,
        number(m).filter(|_| m.len() == 2)?,
    );
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// A date and time written `YYYY-MM-DD HH:MM:SS` (PHP's `Y-m-d H:i:s`).
pub fn datetime(field: &str, value: &str) -> Check {
    let ok = value.len() == 19
        && value.as_bytes()[10] == b' '
        && parse_date(&value[..10]).is_some()
        && parse_hhmm(&value[11..16]).is_some()
        && value.as_bytes()[16] == b':'
        && number(&value[17..]).is_some_and(|s| s < 60 && value[17..].len() == 2);
    if !ok {
        return fail(
            field,
            "expected a real date and time as YYYY-MM-DD HH:MM:SS (e.g. 2025-12-31 23:59:59)",
        );
    }
    Ok(())
}

/// A decimal amount written as a string, greater than zero (`500`, `99.50`).
pub fn positive_amount(field: &str, value: &str) -> Check {
    let (int, frac) = value.split_once('.').unwrap_or((value, "0"));
    let ok = value.len() <= 20
        && all_digits(int)
        && all_digits(frac)
        && value.bytes().any(|b| (b'1'..=b'9').contains(&b));
    if !ok {
        return fail(
            field,
            "expected a decimal number greater than 0, as a string (e.g. \"500\")",
        );
    }
    Ok(())
}

/// An IANA time zone name such as `Asia/Kolkata` or `UTC`.
pub fn timezone(field: &str, value: &str) -> Check {
    let ok = !value.is_empty()
        && value.len() <= 64
        && value.split('/').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'))
        })
        && value.as_bytes()[0].is_ascii_uppercase();
    if !ok {
        return fail(field, "expected an IANA time zone name (e.g. Asia/Kolkata)");
    }
    Ok(())
}

/// An absolute URL with the given scheme (`https`, `wss`) and a host.
pub fn url_with_scheme(field: &str, value: &str, scheme: &str) -> Check {
    let ok = value
        .strip_prefix(scheme)
        .and_then(|r| r.strip_prefix("://"))
        .is_some_and(|rest| {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !host.starts_with(':') && !host.contains('@')
        })
        && value.len() <= 2048
        && !value.chars().any(|c| c.is_whitespace() || c.is_control());
    if !ok {
        return Err(Error::validation(
            field,
            format!("expected an absolute {scheme}:// URL with a host"),
        ));
    }
    Ok(())
}

/// A non-empty string of ASCII digits.
pub fn all_digits(value: &str) -> bool {
    !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verhoeff_known_values() {
        assert!(verhoeff_valid("2363")); // textbook example: 236 -> check digit 3
        assert!(!verhoeff_valid("2364"));
        assert!(verhoeff_valid("123412341234")); // the spec's Aadhaar example
    }

    #[test]
    fn iso_list_is_complete() {
        assert_eq!(ISO_3166_ALPHA2.split_ascii_whitespace().count(), 249);
        assert!(country("country", "IN").is_ok());
        assert!(country("country", "XX").is_err());
    }

    #[test]
    fn calendar_rules() {
        assert!(date("d", "2024-02-29").is_ok());
        assert!(date("d", "2023-02-29").is_err());
        assert!(date("d", "1900-02-29").is_err());
        assert!(date("d", "2000-02-29").is_ok());
        assert!(datetime("t", "2025-12-31 23:59:59").is_ok());
        assert!(datetime("t", "2025-12-31 24:00:00").is_err());
        assert_eq!(parse_hhmm("09:30"), Some(570));
    }

    #[test]
    fn gstin_check_char_of_spec_example() {
        assert_eq!(gstin_check_char(b"29ABCDE1234F1Z"), Some(b'W'));
        assert!(gstin("gst_num", "29ABCDE1234F1ZW").is_ok());
        assert!(gstin("gst_num", "29ABCDE1234F1Z5").is_err());
        assert!(gstin("gst_num", "27AAPFU0939F1ZV").is_ok()); // a published real-format GSTIN
    }
}

/// A page number or size: an integer from 1.
pub fn positive(field: &str, value: &u32) -> Check {
    if *value == 0 {
        return Err(Error::validation(
            field,
            "expected a positive integer (from 1)",
        ));
    }
    Ok(())
}

/// Not `end` before `start`, when both are present and written alike (texts of
/// one format and length sort as their dates and times do): a rule across
/// fields, for dates already checked one by one.
pub fn in_order(f: crate::wire::Fields<'_>, start: &str, end: &str) -> Check {
    if let (Some(s), Some(e)) = (f.str(start), f.str(end)) {
        if s.len() == e.len() && e < s {
            return Err(Error::validation(
                end,
                format!("must not be before {start}"),
            ));
        }
    }
    Ok(())
}

/// An integer from `min` to `max`; `reason` words the rule (`expected 1 to 86400 seconds`).
pub fn within<T: Into<u64> + Copy>(
    field: &str,
    value: &T,
    min: u64,
    max: u64,
    reason: &str,
) -> Check {
    if !(min..=max).contains(&(*value).into()) {
        return fail(field, reason);
    }
    Ok(())
}

/// A phone number as agents have it: 6 to 15 digits, optionally after `+`.
pub fn phone(field: &str, value: &str) -> Check {
    digits(field, value.strip_prefix('+').unwrap_or(value), 6, 15)
        .map_err(|_| Error::validation(field, "expected 6 to 15 digits, optionally after '+'"))
}

/// What a field rule (`#[check(...)]` in a declaration) reads: the text of a
/// string or secret field, or the value of a typed one.
pub trait RuleInput {
    /// What the rule function takes.
    type Input: ?Sized;
    /// The value as the rule reads it.
    fn rule_input(&self) -> &Self::Input;
}

impl RuleInput for String {
    type Input = str;
    fn rule_input(&self) -> &str {
        self
    }
}

impl RuleInput for &str {
    type Input = str;
    fn rule_input(&self) -> &str {
        self
    }
}

/// Numbers reach their rules as they are.
macro_rules! rule_input_as_is {
    ($($ty:ty),*) => {$(
        impl RuleInput for $ty {
            type Input = $ty;
            fn rule_input(&self) -> &$ty {
                self
            }
        }
    )*};
}
rule_input_as_is!(u32, u8, f64);

impl RuleInput for &[crate::json::Value] {
    type Input = [crate::json::Value];
    fn rule_input(&self) -> &[crate::json::Value] {
        self
    }
}

impl RuleInput for crate::secret::Secret {
    type Input = str;
    fn rule_input(&self) -> &str {
        self.expose()
    }
}
