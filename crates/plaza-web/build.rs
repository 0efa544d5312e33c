//! Embeds every page template: each `.html.tera` file under the repository's
//! `templates/` folder (but not `email/`, which plaza-mail embeds), named by
//! its path without `.tera` (`pages/public/home.html`). Adding a page is
//! adding its file; nothing lists it by hand.

use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut found = Vec::new();
    collect(&root, &root, &mut found);
    found.sort();
    let mut out = String::from(
        "/// Every page template, by the name handlers use, with its source.\nconst SOURCES: &[(&str, &str)] = &[\n",
    );
    for (name, path) in &found {
        out.push_str(&format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    out.push_str("];\n");
    let target = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("page_templates.rs");
    fs::write(target, out).expect("write the template list");
}

fn collect(root: &Path, dir: &Path, found: &mut Vec<(String, PathBuf)>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        let relative = path.strip_prefix(root).expect("under templates/").to_string_lossy().replace('\\', "/");
        if path.is_dir() {
            if relative != "email" && relative != "static" {
                collect(root, &path, found);
            }
        } else if let Some(name) = relative.strip_suffix(".tera")
            && name.ends_with(".html")
        {
            found.push((name.to_owned(), path.canonicalize().expect("template path")));
        }
    }
}
