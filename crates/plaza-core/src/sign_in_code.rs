//! The short codes that let a person finish signing in on another device:
//! the code in the sign-in email, typed into the page that asked, and the
//! code that page shows, typed where the link was opened. Both are eight
//! digits, shown as two groups of four, and read back whatever the person
//! put between the digits.

use sha2::{Digest, Sha256};

/// Digits in a code.
pub const CODE_DIGITS: usize = 8;
/// Codes (of either kind) that may be tried against one sign-in link; at
/// the limit the link is used up.
pub const MAX_CODE_ATTEMPTS: i32 = 5;
/// Longest text read as a code: spaces and dashes between the digits fit.
const MAX_CODE_INPUT: usize = 32;

/// The digits of a code as the person typed it ("1234 5678", "1234-5678"),
/// or `None` when it cannot be a code.
pub fn normalize_code(input: &str) -> Option<String> {
    if input.len() > MAX_CODE_INPUT {
        return None;
    }
    let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '\u{a0}')).collect();
    (digits.len() == CODE_DIGITS && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// A code as people read it: "1234 5678".
pub fn format_code(digits: &str) -> String {
    let (first, second) = digits.split_at(digits.len() / 2);
    format!("{first} {second}")
}

/// Eight digits drawn from a hash (uniform enough: 2^64 values folded into 10^8).
pub fn digits_from(bytes: &[u8]) -> String {
    let hash = Sha256::digest(bytes);
    let mut first = [0u8; 8];
    first.copy_from_slice(&hash[..8]);
    format!("{:08}", u64::from_be_bytes(first) % 100_000_000)
}

/// "Firefox on Windows", "Safari on an iPhone": which kind of browser and
/// device sent a request, in plain words, from its User-Agent header. It
/// helps a person recognise their own request; it proves nothing.
pub fn describe_device(user_agent: &str) -> String {
    let ua: String = user_agent.chars().take(512).collect();
    let has = |needle: &str| ua.contains(needle);
    let browser = if has("Edg/") {
        "Edge"
    } else if has("OPR/") || has("Opera") {
        "Opera"
    } else if has("SamsungBrowser/") {
        "Samsung Internet"
    } else if has("Firefox/") || has("FxiOS/") {
        "Firefox"
    } else if has("Chrome/") || has("CriOS/") || has("Chromium/") {
        "Chrome"
    } else if has("Safari/") {
        "Safari"
    } else {
        ""
    };
    let device = if has("iPhone") {
        "an iPhone"
    } else if has("iPad") {
        "an iPad"
    } else if has("Android") {
        if has("Mobile") { "an Android phone" } else { "an Android tablet" }
    } else if has("Windows") {
        "Windows"
    } else if has("Mac OS X") || has("Macintosh") {
        "a Mac"
    } else if has("CrOS") {
        "a Chromebook"
    } else if has("Linux") {
        "Linux"
    } else {
        ""
    };
    match (browser, device) {
        ("", "") => "an unknown browser".to_owned(),
        ("", device) => format!("a browser on {device}"),
        (browser, "") => browser.to_owned(),
        (browser, device) => format!("{browser} on {device}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_whatever_is_typed_between_the_digits() {
        assert_eq!(normalize_code("1234 5678").as_deref(), Some("12345678"));
        assert_eq!(normalize_code(" 1234-5678 ").as_deref(), Some("12345678"));
        assert_eq!(normalize_code("12345678").as_deref(), Some("12345678"));
        for bad in ["", "1234567", "123456789", "1234 567a", "１２３４５６７８", &"1".repeat(1000)] {
            assert_eq!(normalize_code(bad), None, "{bad}");
        }
        assert_eq!(format_code("12345678"), "1234 5678");
    }

    #[test]
    fn digits_are_eight_and_depend_on_every_byte() {
        let a = digits_from(b"browser-a token-1");
        let b = digits_from(b"browser-b token-1");
        assert_eq!(a.len(), CODE_DIGITS);
        assert!(a.bytes().all(|c| c.is_ascii_digit()));
        assert_ne!(a, b);
        assert_eq!(a, digits_from(b"browser-a token-1"));
    }

    #[test]
    fn devices_are_named_in_plain_words() {
        let cases = [
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                "Safari on an iPhone",
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
                "Chrome on an Android phone",
            ),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0", "Firefox on Windows"),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 Edg/124.0",
                "Edge on Windows",
            ),
            (
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
                "Safari on a Mac",
            ),
            ("curl/8.5.0", "an unknown browser"),
            ("", "an unknown browser"),
        ];
        for (ua, expected) in cases {
            assert_eq!(describe_device(ua), expected, "{ua}");
        }
    }
}
