//! Embeds every Fluent message file: `templates/locales/<lang>/*.ftl`, one
//! folder per language. Adding a language is adding its folder; nothing
//! lists it by hand.

use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut found = Vec::new();
    let mut languages: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("read {}: {e}", root.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.is_dir())
        .collect();
    languages.sort();
    for dir in languages {
        let lang = dir.file_name().expect("folder name").to_string_lossy().into_owned();
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
            .map(|entry| entry.expect("directory entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let name = file.file_name().expect("file name").to_string_lossy().into_owned();
            found.push((lang.clone(), name, file.canonicalize().expect("message file path")));
        }
    }
    let mut out = String::from(
        "/// Every message file, as (language folder, file name, source).\nconst FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (lang, name, path) in &found {
        out.push_str(&format!("    ({lang:?}, {name:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    out.push_str("];\n");
    let target = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("message_files.rs");
    fs::write(target, out).expect("write the message file list");
}
