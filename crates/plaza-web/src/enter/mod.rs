//! What entrants do: form a team, upload predictions or a program, choose
//! final entries, write ideas and attach files to them, and confirm an idea
//! staff entered on their behalf.

pub(crate) mod confirm;
pub(crate) mod idea_files;
pub(crate) mod idea_form;
pub(crate) mod ideas;
pub(crate) mod submissions;
pub(crate) mod teams;
