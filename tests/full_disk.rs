//! A write that runs out of room (issue "Hardening", item 6): when the new
//! file fits but the backup of the previous one does not, the file and the
//! previous good backup are left whole and no temporary file is left.
//!
//! Two ways to run out of room: a file-size limit (`ulimit -f`, which any
//! user may set, so this test always runs), and a real full filesystem (a
//! small tmpfs, which only runs where mounting is allowed, as root in CI).

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::*;

/// The old output is large, the new one small, the old backup distinct.
fn prepare(dir: &Path) -> (Vec<u8>, Vec<u8>) {
    let old: Vec<u8> = b"the previous output, large\n".repeat(1500); // ~40 KB
    let bak: Vec<u8> = b"the previous good backup\n".to_vec();
    fs::write(dir.join("out.txt"), &old).unwrap();
    fs::write(dir.join("out.txt.bak"), &bak).unwrap();
    (old, bak)
}

fn assert_whole(dir: &Path, old: &[u8], bak: &[u8], said: &str) {
    assert_eq!(fs::read(dir.join("out.txt")).unwrap(), old, "{said}");
    assert_eq!(fs::read(dir.join("out.txt.bak")).unwrap(), bak, "{said}");
    let left: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
    assert!(
        said.contains("out.txt") && !said.contains(".out.txt."),
        "the message names the file asked for: {said}"
    );
}

fn render_into(dir: &Path, limit_kb: Option<u32>) -> std::process::Output {
    let bin = env!("CARGO_BIN_EXE_rogatory");
    let case = example(COMPLETE);
    let out = dir.join("out.txt");
    // SIGXFSZ ignored, so an oversize write fails with EFBIG instead of
    // killing the program, as a full disk fails with ENOSPC.
    let limit = limit_kb.map_or(String::new(), |k| format!("ulimit -f {k}; "));
    let script =
        format!("trap '' XFSZ; {limit}exec \"$0\" --today {TODAY} render \"$1\" --text -o \"$2\"");
    Command::new("bash")
        .args(["-c", &script, bin])
        .arg(&case)
        .arg(&out)
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("LANG", "C")
        .output()
        .expect("run bash")
}

#[test]
fn a_backup_that_does_not_fit_leaves_the_file_and_the_old_backup_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (old, bak) = prepare(dir.path());
    // 16 KB: the new output (~9 KB) fits, the backup of the old (~40 KB) not.
    let o = render_into(dir.path(), Some(16));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_whole(dir.path(), &old, &bak, &stderr(&o));
    // With room, the same command writes and keeps the old output as .bak.
    let o = render_into(dir.path(), None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(fs::read(dir.path().join("out.txt.bak")).unwrap(), old);
}

#[test]
fn a_full_filesystem_leaves_the_file_and_the_old_backup_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("small");
    fs::create_dir(&mnt).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&mnt)
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        eprintln!("no tmpfs could be mounted here (not root?); the ulimit test covers this path");
        return;
    }
    let result = std::panic::catch_unwind(|| {
        let (old, bak) = prepare(&mnt);
        // Fill what is left but ~12 KB: the new output fits, the backup not.
        let free = || {
            let o = Command::new("df")
                .args(["--output=avail", "-B1"])
                .arg(&mnt)
                .output()
                .unwrap();
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .nth(1)
                .and_then(|l| l.trim().parse::<usize>().ok())
                .unwrap()
        };
        let fill = free().saturating_sub(12 * 1024);
        fs::write(mnt.join("filler"), vec![0u8; fill]).unwrap();
        let o = render_into(&mnt, None);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("No space left"),
            "the system's reason is given: {}",
            stderr(&o)
        );
        fs::remove_file(mnt.join("filler")).unwrap();
        assert_whole(&mnt, &old, &bak, &stderr(&o));
    });
    let _ = Command::new("umount").arg(&mnt).status();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}
