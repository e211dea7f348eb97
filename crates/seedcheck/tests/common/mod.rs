//! What the test files share.

use std::fmt::Display;

/// The value, or a panic that lists every error, one a line.
pub fn or_list<T, E: Display>(result: Result<T, Vec<E>>) -> T {
    result.unwrap_or_else(|e| {
        panic!(
            "{}",
            e.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}
