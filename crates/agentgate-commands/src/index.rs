//! A sorted index of every program row's names, built by the compiler.
//!
//! Claude Code starts a fresh hook process for every tool call, and the
//! risk engine looks a program's row up for most words of a command line.
//! A linear scan over every row reads every row of every table, so each
//! call paid for the whole table's pages (page faults, the larger share of
//! a hook call's time) and hundreds of comparisons per lookup. This index
//! is computed in `const` evaluation: the binary carries it sorted, a
//! lookup is a binary search that touches a dozen entries and one row, and
//! nothing is built when the hook starts. Written by hand because the
//! tables are Rust values, not a file a build script or a perfect-hash
//! macro could read; the tests check it against the linear scan.

use crate::{
    Program, AD_ATTACKS, DOTFILES, PROGRAMS, RUNNERS, SECURITY, SYSADMIN, SYSTEM_PACKAGES, WINDOWS,
};

/// The program tables in lookup order: when two rows share a name (the
/// invariant tests forbid it), the earlier table's row wins, as the scan
/// over [`crate::programs`] did.
pub(crate) const TABLES: [&[Program]; 8] = [
    PROGRAMS,
    SECURITY,
    RUNNERS,
    SYSADMIN,
    SYSTEM_PACKAGES,
    DOTFILES,
    WINDOWS,
    AD_ATTACKS,
];

/// One name of one row.
#[derive(Clone, Copy, Debug)]
struct Entry {
    name: &'static str,
    table: u8,
    row: u16,
}

const EMPTY: Entry = Entry {
    name: "",
    table: 0,
    row: 0,
};

/// How many names the tables hold.
const fn name_count() -> usize {
    let mut n = 0;
    let mut t = 0;
    while t < TABLES.len() {
        let mut r = 0;
        while r < TABLES[t].len() {
            n += TABLES[t][r].names.len();
            r += 1;
        }
        t += 1;
    }
    n
}

const COUNT: usize = name_count();

/// Byte order of two names (`str`'s `Ord`, which is not `const`).
const fn before_or_equal(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() <= b.len()
}

/// Every name in table order, then sorted by a stable bottom-up merge sort
/// (a few thousand comparisons: an insertion sort's quarter of a million
/// would be slow to evaluate at compile time). Stable, so equal names keep
/// table order and the lookup's first match is the scan's first match.
/// Indexing here is evaluated by the compiler: an index out of range is a
/// compile error, never a run-time panic.
const fn build() -> [Entry; COUNT] {
    let mut a = [EMPTY; COUNT];
    let mut n = 0;
    let mut t = 0;
    while t < TABLES.len() {
        let mut r = 0;
        while r < TABLES[t].len() {
            let names = TABLES[t][r].names;
            let mut k = 0;
            while k < names.len() {
                // Both fit: asserted by `tables_fit_the_index` below.
                a[n] = Entry {
                    name: names[k],
                    table: t as u8,
                    row: r as u16,
                };
                n += 1;
                k += 1;
            }
            r += 1;
        }
        t += 1;
    }
    let mut b = [EMPTY; COUNT];
    let mut width = 1;
    while width < COUNT {
        let mut lo = 0;
        while lo < COUNT {
            let mid = if lo + width < COUNT {
                lo + width
            } else {
                COUNT
            };
            let hi = if lo + 2 * width < COUNT {
                lo + 2 * width
            } else {
                COUNT
            };
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while k < hi {
                if i < mid && (j >= hi || before_or_equal(a[i].name, a[j].name)) {
                    b[k] = a[i];
                    i += 1;
                } else {
                    b[k] = a[j];
                    j += 1;
                }
                k += 1;
            }
            lo = hi;
        }
        a = b;
        width *= 2;
    }
    a
}

/// The tables must fit the index's narrow fields.
const _: () = assert!(TABLES.len() <= u8::MAX as usize);
const _: () = {
    let mut t = 0;
    while t < TABLES.len() {
        assert!(TABLES[t].len() <= u16::MAX as usize);
        t += 1;
    }
};

static INDEX: [Entry; COUNT] = build();

/// The row that lists `name` exactly.
pub(crate) fn row_named(name: &str) -> Option<&'static Program> {
    let at = INDEX.partition_point(|e| e.name < name);
    let e = INDEX.get(at).filter(|e| e.name == name)?;
    TABLES.get(usize::from(e.table))?.get(usize::from(e.row))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_is_sorted_and_holds_every_name_once() {
        assert!(INDEX.windows(2).all(|w| w[0].name <= w[1].name));
        let names: usize = crate::programs().map(|p| p.names.len()).sum();
        assert_eq!(INDEX.len(), names);
    }

    #[test]
    fn a_lookup_finds_what_the_scan_over_every_row_finds() {
        for p in crate::programs() {
            for name in p.names {
                let scanned = crate::programs().find(|q| q.names.contains(name));
                let found = row_named(name);
                // Rows are told apart by their names (no two rows share
                // one): a `const` table may be instantiated more than once
                // in a test build, so addresses can differ.
                assert_eq!(
                    scanned.map(|p| p.names),
                    found.map(|p| p.names),
                    "{name}: the index and the scan disagree"
                );
            }
        }
        for absent in ["", "no-such-program", "~", "zzzz", "\u{10ffff}"] {
            assert!(row_named(absent).is_none(), "{absent:?}");
        }
    }
}
