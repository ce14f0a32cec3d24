//! Why a file, a link or an edit is refused, in the interface's language. The core says why in
//! English (its errors' `Display`, which the command line shows, and the worker's answers); the
//! app says the same with messages whose English is the core's words, a variable in the place of
//! each value (an index, an id, a nested reason). So an error is read against the English of the
//! messages that may say it, and said with the one that matches, in the interface's language; a
//! value that is free text (a JSON parser's or a library's words) is kept as it is. The tests
//! check that English reads word for word as the core's `Display`, and that every phrase the core
//! writes is matched.

use words::Conv;

/// The converters a table (`words::phrases!`) may name, each by a letter: `conv_letter!(number)`
/// is `"n"` (a converter not listed does not compile), and [`conv`] reads a letter back. Made
/// before the modules, whose tables use `conv_letter!`.
macro_rules! converters {
    ($($letter:literal => $name:ident = $f:path,)*) => {
        macro_rules! conv_letter {
            $(($name) => { $letter };)*
        }

        /// The converter of a letter of `conv_letter!`.
        fn conv(letter: &str) -> Option<Conv> {
            Some(match letter {
                $($letter => $f,)*
                _ => return None,
            })
        }
    };
}

converters! {
    "n" => number = words::number,
    "j" => json_arg = file::json_arg,
    "l" => limit = file::limit,
    "d" => damage = file::damage,
    "b" => labels = file::labels,
    "k" => link_detail = file::link_detail,
    "h" => threads = file::threads,
    "w" => journal_why = file::journal_why,
    "c" => character = file::character,
    "a" => annotation_arg = edits::annotation_arg,
    "i" => link_arg = edits::link_arg,
    "s" => assignment_arg = classroom::assignment_arg,
    "r" => rubric_arg = classroom::rubric_arg,
    "p" => key_span_arg = items::key_span_arg,
    "t" => thread_arg = items::thread_arg,
    "u" => structure_arg = items::structure_arg,
    "m" => message_arg = items::message_arg,
    "g" => large = article::large,
    "f" => what_it_is = article::what_it_is,
    "o" => json_shape = article::json_shape,
    "e" => article_damage = article::article_damage,
    "x" => xml = article::xml,
}

mod article;
mod classroom;
mod edits;
mod file;
mod items;
mod words;

#[cfg(test)]
mod tests;

pub use article::from_worker;
pub use classroom::rubric;
pub use edits::{comment, edit, label_set, link};
pub use file::{journal, link_code, load};
