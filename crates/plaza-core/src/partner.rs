//! Partner organizations of a challenge: a library, a neighbourhood
//! association or a university lab that helps residents take part (the
//! intermediary role). Organizers give its name and how residents reach it;
//! the challenge page lists it as a place to get help.

use serde::{Deserialize, Serialize};

/// The longest organization name.
pub const MAX_ORGANIZATION: usize = 120;
/// The longest "how residents reach it" (address, hours, phone).
pub const MAX_HELP: usize = 500;

/// A partner organization as the challenge page names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub organization: String,
    /// Where and when residents get help there.
    pub help: String,
}

/// Checks a partner's name and help text: the name is required.
pub fn check_partner(organization: &str, help: &str) -> Result<Partner, String> {
    let organization = organization.split_whitespace().collect::<Vec<_>>().join(" ");
    if organization.is_empty() {
        return Err(plaza_i18n::tr("partner-organization-empty"));
    }
    if organization.chars().count() > MAX_ORGANIZATION {
        return Err(plaza_i18n::tr_with("partner-organization-too-long", &[("max", MAX_ORGANIZATION.into())]));
    }
    let help = help.trim().replace("\r\n", "\n");
    if help.chars().count() > MAX_HELP {
        return Err(plaza_i18n::tr_with("partner-help-too-long", &[("max", MAX_HELP.into())]));
    }
    Ok(Partner { organization, help })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partner_has_a_name_and_bounded_help() {
        let partner = check_partner("  Central   Library ", " Tuesdays 2-5 pm\r\n100 Queen St ");
        assert_eq!(
            partner,
            Ok(Partner { organization: "Central Library".into(), help: "Tuesdays 2-5 pm\n100 Queen St".into() })
        );
        assert!(check_partner("  ", "").is_err());
        assert!(check_partner(&"a".repeat(MAX_ORGANIZATION + 1), "").is_err());
        assert!(check_partner("Library", &"h".repeat(MAX_HELP + 1)).is_err());
    }
}
