//! Settings files a variable points a program at (`AWS_CONFIG_FILE`):
//! when the line wrote the file, the settings that hold command lines
//! (`credential_process = CMD`) are judged as those commands.

use super::*;

impl Walker<'_> {
    pub(super) fn settings_file(
        &mut self,
        keys: &[&str],
        value: &str,
        via: &str,
        site_text: &str,
        depth: usize,
    ) {
        let t = value.trim_matches('"');
        let Some(Generated { payload, .. }) = self.written(t) else {
            return;
        };
        for line in payload.lines().take(512) {
            let line = line.trim();
            let (k, v) = line
                .split_once('=')
                .or_else(|| line.split_once(char::is_whitespace))
                .unwrap_or((line, ""));
            if !keys.contains(&k.trim().to_ascii_lowercase().as_str()) {
                continue;
            }
            let v = v.trim();
            let before = self.out.findings.len();
            self.script(v, depth + 1);
            if self.out.findings.len() > before || self.spawns_program(v) {
                self.out.push(
                    Obf,
                    Medium,
                    format!("points {via} at settings it wrote that run a program ({k})"),
                    site_text,
                );
            }
        }
    }
}
