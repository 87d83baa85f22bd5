//! RFC 6962 (Certificate Transparency) Merkle tree hashing over journal lines,
//! kept as a compact frontier so that a checkpoint costs the records since the
//! last one, not the whole history.
//!
//! Written by hand because it is twenty lines: the hash rules are fixed by
//! RFC 6962 §2.1 (leaf = H(0x00 || data), node = H(0x01 || left || right)),
//! and the crates that implement them bring a whole transparency-log client.

use sha2::{Digest, Sha256};

/// A 32-byte SHA-256 hash.
pub type Hash = [u8; 32];

/// The hash of a leaf (one journal line, without its newline).
pub fn leaf_hash(data: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(data);
    h.finalize().into()
}

fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The roots of the perfect subtrees that make up a tree of `size` leaves,
/// largest first (one per set bit of `size`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frontier {
    size: u64,
    roots: Vec<Hash>,
}

impl Frontier {
    /// An empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// Rebuilds a frontier from its parts; None when they do not fit
    /// together (the number of roots must be the number of set bits).
    pub fn from_parts(size: u64, roots: Vec<Hash>) -> Option<Self> {
        (roots.len() == size.count_ones() as usize).then_some(Self { size, roots })
    }

    /// Number of leaves.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The subtree roots, largest first.
    pub fn roots(&self) -> &[Hash] {
        &self.roots
    }

    /// Adds one leaf.
    pub fn push(&mut self, leaf: Hash) {
        let mut carry = leaf;
        // Merge equal-sized subtrees, as in binary addition of 1.
        let mut n = self.size;
        while n & 1 == 1 {
            let Some(left) = self.roots.pop() else {
                break;
            };
            carry = node_hash(&left, &carry);
            n >>= 1;
        }
        self.roots.push(carry);
        self.size += 1;
    }

    /// The tree's root hash (RFC 6962 MTH); SHA-256 of nothing when empty.
    pub fn root(&self) -> Hash {
        let mut iter = self.roots.iter().rev();
        let Some(last) = iter.next() else {
            return Sha256::digest([]).into();
        };
        iter.fold(*last, |acc, left| node_hash(left, &acc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The recursive definition of RFC 6962 §2.1, for comparison.
    fn mth(leaves: &[Hash]) -> Hash {
        match leaves.len() {
            0 => Sha256::digest([]).into(),
            1 => leaves[0],
            n => {
                // The largest power of two smaller than n.
                let mut k = 1;
                while k * 2 < n {
                    k *= 2;
                }
                node_hash(&mth(&leaves[..k]), &mth(&leaves[k..]))
            }
        }
    }

    #[test]
    fn frontier_root_matches_the_recursive_definition() {
        let mut f = Frontier::new();
        let mut leaves = Vec::new();
        assert_eq!(f.root(), mth(&leaves));
        for i in 0..70u32 {
            let l = leaf_hash(&i.to_le_bytes());
            leaves.push(l);
            f.push(l);
            assert_eq!(f.root(), mth(&leaves), "size {}", i + 1);
            assert_eq!(f.roots().len(), f.size().count_ones() as usize);
        }
        let again = Frontier::from_parts(f.size(), f.roots().to_vec()).unwrap();
        assert_eq!(again, f);
        assert!(Frontier::from_parts(3, vec![[0; 32]]).is_none());
    }

    #[test]
    fn known_answer_for_empty_and_single_leaf() {
        // RFC 6962 test vectors (certificate-transparency-go merkle tests).
        assert_eq!(
            hex::encode(Frontier::new().root()),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let mut f = Frontier::new();
        f.push(leaf_hash(b""));
        assert_eq!(
            hex::encode(f.root()),
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
        );
    }
}
