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
                    && !domain.contains("..")
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
    fn gstin_check_char_of_spec_example() {
        assert_eq!(gstin_check_char(b"29ABCDE1234F1Z"), Some(b'W'));
        assert!(gstin("gst_num", "29ABCDE1234F1ZW").is_ok());
        assert!(gstin("gst_num", "29ABCDE1234F1Z5").is_err());
        assert!(gstin("gst_num", "27AAPFU0939F1ZV").is_ok()); // a published real-format GSTIN
    }
}
