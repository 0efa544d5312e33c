//! The tera functions templates translate with:
//!
//! - `{{ t(k="id", name=value) }}`: plain text, escaped like any value (safe
//!   in an attribute).
//! - `{{ t_html(k="id", name=value) }}`: a message written as HTML in the
//!   message file (`<strong>`, a link around words); its arguments are
//!   escaped before they are put in.
//!
//! The language is the context's `lang`, else [`current`](crate::current).
//! An unknown id, or a variable the message needs and was not given, is a
//! render error: the page tests render every page in every language.

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, Tera, TeraResult, Value};

/// The keyword naming the message.
const KEY: &str = "k";

struct Translate {
    html: bool,
}

impl tera::Function<TeraResult<Value>> for Translate {
    fn call(&self, kwargs: Kwargs, state: &State) -> TeraResult<Value> {
        let id: &str = kwargs.must_get(KEY)?;
        let lang: Option<String> = state.get::<String>("lang")?;
        let lang = lang.as_deref().unwrap_or_else(|| crate::current());
        let mut args = FluentArgs::new();
        for (key, value) in kwargs.iter() {
            let Some(name) = key.as_str() else { continue };
            if name == KEY || name.starts_with("__") {
                continue;
            }
            args.set(name.to_owned(), fluent_value(name, value, self.html, state)?);
        }
        let text = crate::message(lang, id, Some(&args))
            .ok_or_else(|| tera::Error::message(format!("no message {id:?} (or a variable it needs) in {lang}")))?;
        Ok(if self.html { Value::safe_string(&text) } else { Value::from(text) })
    }

    fn is_safe(&self) -> bool {
        self.html
    }
}

fn fluent_value(name: &str, value: &Value, html: bool, state: &State) -> TeraResult<FluentValue<'static>> {
    if let Some(number) = value.as_number() {
        return Ok(FluentValue::from(number.as_float()));
    }
    let text = match value.as_str() {
        Some(text) => text.to_owned(),
        None if value.is_none() || value.is_undefined() => {
            return Err(tera::Error::message(format!("the message argument {name} has no value")));
        }
        None => value.to_string(),
    };
    if html && !value.is_safe() {
        return Ok(FluentValue::from(state.escape(&text)?));
    }
    Ok(FluentValue::from(text))
}

/// Adds `t` and `t_html` to `tera`.
pub fn register(tera: &mut Tera) {
    tera.register_function("t", Translate { html: false });
    tera.register_function("t_html", Translate { html: true });
}
