//! What an import left out of a page, counted as it goes and said in words for the preview
//! ("navigation", "comments", "3 images", "an advertisement", "a cookie banner").

/// A kind of thing left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Navigation,
    Comments,
    CookieBanner,
    Advertisement,
    ShareButtons,
    RelatedStories,
    Newsletter,
    Sidebar,
    PageHeader,
    PageFooter,
    Popup,
    EmbeddedFrame,
    Video,
    Audio,
    Formula,
    Image,
    LinkList,
}

impl What {
    /// The words for one of it and for `n` (`None` when a count reads no better than one).
    fn words(self) -> (&'static str, Option<&'static str>) {
        match self {
            What::Navigation => ("navigation", None),
            What::Comments => ("comments", None),
            What::CookieBanner => ("a cookie banner", Some("cookie banners")),
            What::Advertisement => ("an advertisement", Some("advertisements")),
            What::ShareButtons => ("share buttons", None),
            What::RelatedStories => ("related stories", None),
            What::Newsletter => ("a newsletter sign-up", Some("newsletter sign-ups")),
            What::Sidebar => ("a sidebar", Some("sidebars")),
            What::PageHeader => ("the page header", None),
            What::PageFooter => ("the page footer", None),
            What::Popup => ("a pop-up", Some("pop-ups")),
            What::EmbeddedFrame => ("an embedded frame", Some("embedded frames")),
            What::Video => ("a video", Some("videos")),
            What::Audio => ("an audio clip", Some("audio clips")),
            What::Formula => ("a formula", Some("formulas")),
            What::Image => ("an image", Some("images")),
            What::LinkList => ("a list of links", Some("lists of links")),
        }
    }
}

/// Things left out, in the order first met, with their counts.
#[derive(Default, Debug)]
pub struct LeftOut {
    counts: Vec<(What, usize)>,
    /// Words of other text of the page outside the article (not counted as any kind above).
    other_words: usize,
}

impl LeftOut {
    pub fn add(&mut self, what: What) {
        match self.counts.iter_mut().find(|(w, _)| *w == what) {
            Some((_, n)) => *n += 1,
            None => self.counts.push((what, 1)),
        }
    }

    pub fn add_other_words(&mut self, n: usize) {
        self.other_words += n;
    }

    pub fn words(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .counts
            .iter()
            .map(|&(what, n)| match what.words() {
                (_, Some(many)) if n > 1 => format!("{n} {many}"),
                (one, _) => one.to_string(),
            })
            .collect();
        if self.other_words > 0 {
            let s = if self.other_words == 1 { "" } else { "s" };
            out.push(format!(
                "{} word{s} of other text on the page",
                self.other_words
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_said_in_words() {
        let mut l = LeftOut::default();
        l.add(What::Navigation);
        l.add(What::Image);
        l.add(What::Navigation);
        l.add(What::Image);
        l.add(What::Image);
        l.add(What::Advertisement);
        l.add_other_words(12);
        assert_eq!(
            l.words(),
            [
                "navigation",
                "3 images",
                "an advertisement",
                "12 words of other text on the page"
            ]
        );
    }
}
