//! Which language an article is written in, guessed from its text, so that suggestions read only
//! articles in a language they have a table for (English rules on a Spanish article would mark
//! nonsense). Arabic and Chinese are told by their scripts; the languages in Latin script by how
//! often their commonest function words occur, which a few hundred words settle.

/// The languages told apart, as BCP 47 tags, in the order a tie is settled.
pub const TAGS: &[&str] = &["en", "es", "fr", "de", "pt", "ar", "zh"];

/// Words read: enough to settle any article, little enough to stay instant on a book.
const WORDS_READ: usize = 3_000;
/// Letters read for the script count.
const LETTERS_READ: usize = 20_000;

/// The commonest function words of each language in Latin script; words shared between languages
/// ("de", "la", "que") count for each, the others settle it.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "that", "was", "for", "with", "said", "it", "on",
            "are", "by", "have", "has", "be", "this", "which", "would", "were", "from",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "de", "que", "y", "en", "del", "por", "con", "una", "para",
            "es", "se", "según", "fue", "su", "al", "lo", "más", "pero", "como",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "des", "et", "est", "que", "dans", "une", "du", "pour", "pas",
            "sur", "au", "qui", "selon", "été", "il", "ne", "aux", "avec", "ont", "mais",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "auf", "ein",
            "eine", "im", "dem", "sich", "wurde", "auch", "es", "für", "nach", "sagte", "des",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "as", "de", "que", "e", "não", "em", "uma", "para", "com", "do", "da",
            "dos", "das", "foi", "segundo", "ao", "mais", "mas", "seu", "sua",
        ],
    ),
];

/// The article's language, or `None` when the text is too short or too mixed to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    let (mut arabic, mut han, mut latin) = (0usize, 0usize, 0usize);
    for c in text
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(LETTERS_READ)
    {
        match c {
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' => {
                arabic += 1
            }
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            c if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => latin += 1,
            _ => {}
        }
    }
    let letters = arabic + han + latin;
    if letters < 20 {
        return None;
    }
    // Chinese takes fewer characters per word: a third of the letters in Han is Chinese text.
    if han * 3 >= letters {
        return Some("zh");
    }
    if arabic * 2 >= letters {
        return Some("ar");
    }
    let mut hits = [0usize; 5];
    let mut words = 0;
    for word in text
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .take(WORDS_READ)
    {
        words += 1;
        let lower = word.to_lowercase();
        // "l'enquête", "d'après": the word after the elided article.
        let word = lower.rsplit(['\'', '’']).next().unwrap_or(lower.as_str());
        for (i, (_, list)) in FUNCTION_WORDS.iter().enumerate() {
            if list.contains(&word) {
                hits[i] += 1;
            }
        }
    }
    let (best, &most) = hits
        .iter()
        .enumerate()
        .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
    let second = hits
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    // Function words are a third or more of running text in these languages; a tenth with a
    // clear lead over the runner-up is a safe call, anything less is a list, a table or a mix.
    (words >= 8 && most * 10 >= words && most * 4 >= second * 5).then_some(FUNCTION_WORDS[best].0)
}

/// The language's name in English, for messages: "Spanish".
pub fn name(tag: &str) -> &'static str {
    match tag {
        "en" => "English",
        "es" => "Spanish",
        "fr" => "French",
        "de" => "German",
        "pt" => "Portuguese",
        "ar" => "Arabic",
        "zh" => "Chinese",
        _ => "another language",
    }
}

/// The languages the suggestions read, for a sentence: "English, French and German".
pub fn readable_languages() -> String {
    let names: Vec<&str> = super::TABLES.iter().map(|t| name(t.tag)).collect();
    match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_in_each_language_is_told_apart() {
        let cases = [
            ("en", "The council said on Monday that the bridge would close for repairs, and that the ferry is expected to run more often."),
            ("es", "El ayuntamiento anunció el lunes que el puente se cerrará por obras, según fuentes municipales, y que el ferri tendrá más salidas."),
            ("fr", "La mairie a annoncé lundi que le pont sera fermé pour travaux, selon l'adjoint aux transports, et que le bac circulera plus souvent."),
            ("de", "Die Stadt hat am Montag angekündigt, dass die Brücke wegen Bauarbeiten gesperrt wird, sagte der Bürgermeister, und die Fähre öfter fährt."),
            ("pt", "A prefeitura anunciou na segunda-feira que a ponte será fechada para obras, segundo o secretário, e que a balsa terá mais viagens."),
            ("ar", "أعلن المجلس البلدي يوم الاثنين أن الجسر سيغلق للإصلاحات، وأن العبارة ستعمل بشكل أكثر انتظاما."),
            ("zh", "市议会周一宣布，这座桥将因维修而关闭，渡轮将更频繁地运行。官员表示，工程预计持续三个月。"),
        ];
        for (tag, text) in cases {
            assert_eq!(detect(text), Some(tag), "{text}");
        }
    }

    #[test]
    fn too_little_or_too_mixed_text_is_not_guessed() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("Brexit 2016"), None);
        assert_eq!(detect("12 345 678 — 9.5% · €3bn"), None);
        // A list of names says nothing of the language.
        assert_eq!(
            detect("Ana Lopez, Ben Okafor, Chen Wei, Dana Fischer, Emil Novak, Farah Haddad"),
            None
        );
    }

    #[test]
    fn the_languages_read_make_a_sentence() {
        let list = readable_languages();
        assert!(list.starts_with("English"), "{list}");
        if super::super::TABLES.len() > 1 {
            assert!(list.contains(" and "), "{list}");
        }
    }

    #[test]
    fn the_first_words_of_a_book_settle_it_quickly() {
        let book = "The mayor said the bridge will close. ".repeat(200_000);
        assert_eq!(detect(&book), Some("en"));
    }
}
