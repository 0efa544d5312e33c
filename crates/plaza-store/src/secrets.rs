//! Random secrets (session ids, link tokens) and their stored hashes. Only
//! hashes reach the database, so a leaked backup signs nobody in.

use sha2::{Digest, Sha256};

/// 256 random bits, hex encoded.
pub fn new_secret() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}
