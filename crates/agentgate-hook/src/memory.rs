//! The hook's memory budget (`hook.memory_budget_mb`).
//!
//! A parser pathology can make the analysis allocate without end (the
//! session 9 here-document hang grew to 632 MB in one second). An address
//! space rlimit would make the allocation fail, and Rust aborts on a failed
//! allocation: exit by SIGABRT, which Claude Code treats as a non-blocking
//! error, so the call would run unchecked. Instead the watchdog thread that
//! already holds the time budget looks at the process's resident size every
//! [`POLL`] and answers with the failure answer (deny, or ask per
//! `hook.on_error`) once it is over the budget, the same way it answers a
//! decision over its time budget.
//!
//! Why polling and not a counting global allocator: the workspace forbids
//! unsafe code, and a `GlobalAlloc` needs it; a counter on every allocation
//! would also cost every hook call, while a poll costs nothing for the
//! decisions that finish within one interval (almost all of them).

use std::io::Read;
use std::time::Duration;

/// How often the watchdog looks at the resident size. At the fastest growth
/// seen (about 630 MB/s) this overshoots the budget by a few megabytes.
pub const POLL: Duration = Duration::from_millis(5);

/// The resident set size of this process in KiB, from `/proc/self/status`
/// (`VmRSS`); `None` where there is no such file (not Linux) or it cannot
/// be read. Reads into a stack buffer: the watchdog must not allocate,
/// because the first allocation on a second thread makes glibc map a new
/// arena, and because it runs when memory is what is running out.
pub fn resident_kib() -> Option<u64> {
    let mut file = std::fs::File::open("/proc/self/status").ok()?;
    let mut buf = [0u8; 4096];
    let mut len = 0;
    while len < buf.len() {
        let n = file.read(buf.get_mut(len..)?).ok()?;
        if n == 0 {
            break;
        }
        len += n;
    }
    vm_rss_kib(buf.get(..len)?)
}

/// The `VmRSS:` value of a `/proc/PID/status` text, in KiB.
fn vm_rss_kib(status: &[u8]) -> Option<u64> {
    let line = status
        .split(|&b| b == b'\n')
        .find(|l| l.starts_with(b"VmRSS:"))?;
    let rest = line.get(b"VmRSS:".len()..)?;
    let digits = rest
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take_while(|b| b.is_ascii_digit());
    let mut kib: u64 = 0;
    let mut any = false;
    for d in digits {
        kib = kib.checked_mul(10)?.checked_add(u64::from(*d - b'0'))?;
        any = true;
    }
    any.then_some(kib)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_vm_rss() {
        let status =
            b"Name:\tagentgate-hook\nVmPeak:\t  9000 kB\nVmRSS:\t    5120 kB\nThreads:\t2\n";
        assert_eq!(vm_rss_kib(status), Some(5120));
        assert_eq!(vm_rss_kib(b"VmRSS:\t kB\n"), None);
        assert_eq!(vm_rss_kib(b"Name: x\n"), None);
        assert_eq!(vm_rss_kib(b"VmRSS: 99999999999999999999999 kB\n"), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn this_process_has_a_resident_size() {
        let before = resident_kib().unwrap_or(0);
        assert!(before > 0);
        // Touch 64 MiB; the resident size must grow by most of it.
        let big = vec![1u8; 64 << 20];
        let after = resident_kib().unwrap_or(0);
        assert!(after >= before + 32 * 1024, "{before} -> {after}");
        drop(big);
    }
}
