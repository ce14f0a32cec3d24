//! Hedge suggestions: cue words and phrases of the language's table whose grammatical condition holds,
//! widened to what an annotator marks ("is believed to", "seems to").

use super::context::Doc;
use super::lexicon::Lexicon;
use super::why::{Before, Why};
use super::{make, Suggestion, HEDGE};
use crate::analysis::lang::{HedgeClass, When};

pub fn find(doc: &Doc, lex: &Lexicon, out: &mut Vec<Suggestion>) {
    let mut i = 0;
    while i < doc.len() {
        let found = doc.is_word(i).then(|| lex.hedge_at(doc, i)).flatten();
        let Some((cue, n)) = found else {
            if let Some(e) = doc.is_word(i).then(|| lex.ending_at(doc, i)).flatten() {
                let why = Why::Hedge {
                    class: e.class,
                    quote: doc.raw(i).to_string(),
                    before: None,
                };
                out.push(make(doc, HEDGE, (i, i + 1), e.class.rule(), why, None));
            }
            i += 1;
            continue;
        };
        let mut from = i;
        let mut to = i + n;
        if cue.when == When::Passive && doc.after_be(i) {
            while from > 0 && !doc.is(from - 1, doc.words().be_forms) {
                from -= 1;
            }
            from = from.saturating_sub(1);
        }
        if cue.takes_to && doc.is(to, &[doc.words().infinitive]) {
            to += 1;
        }
        let approximates = cue.class == HedgeClass::Approximator && cue.when != When::Always;
        let before = approximates.then(|| match doc.quantity_at(i + n) {
            Some(true) => Before::Number,
            _ => Before::Quantity,
        });
        let why = Why::Hedge {
            class: cue.class,
            quote: doc.slice(from, to).to_string(),
            before,
        };
        out.push(make(doc, HEDGE, (from, to), cue.class.rule(), why, None));
        i = to;
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{at, check};

    fn hedges(tagged: &str) {
        check("hedge", tagged);
    }

    #[test]
    fn modal_verbs_of_possibility() {
        hedges("Prices <hedge>may</hedge> rise and <hedge>might</hedge> fall; it <hedge>could</hedge> last.");
        hedges("It <hedge>may</hedge> not be enough, and it <hedge>might</hedge> not help.");
        hedges("<hedge>May</hedge> we ask? <hedge>Could</hedge> it spread?");
        hedges("Money that <hedge>may</hedge> never return; this <hedge>might</hedge> help.");
        assert_eq!(
            at("It may rain.", "hedge", "may").reason,
            "modal verb 'may'"
        );
    }

    #[test]
    fn may_the_month_and_may_the_name_are_not_hedges() {
        hedges("The vote is in May. It opened on 3 May and May 5 was quiet.");
        hedges("May 2021 was wet. In May, rents rose.");
        hedges("Councillor Daniel May said it <hedge>may</hedge> pass.");
    }

    #[test]
    fn could_not_is_inability_but_may_not_still_hedges() {
        hedges("He could not be reached and couldn't confirm it.");
        hedges("It <hedge>could</hedge> never work; it <hedge>may</hedge> not.");
    }

    #[test]
    fn nouns_that_look_like_modals_are_not_hedges() {
        hedges("The might of the army, and military might, were on show.");
        hedges("He bought a can of soup. You can go.");
    }

    #[test]
    fn epistemic_adverbs_and_adjectives() {
        hedges("It is <hedge>probably</hedge> true and <hedge>likely</hedge> to last, <hedge>perhaps</hedge> longer.");
        hedges("<hedge>Apparently</hedge> it was <hedge>unclear</hedge>; it is <hedge>not yet known</hedge> why.");
        let s = at("It is possibly true.", "hedge", "possibly");
        assert_eq!(
            (s.rule, s.reason.as_str()),
            ("hedge.adverb", "epistemic adverb 'possibly'")
        );
    }

    #[test]
    fn possible_hedges_a_statement_not_a_noun() {
        hedges(
            "It is <hedge>possible</hedge> that it fell, \"<hedge>possible</hedge> but unproven\".",
        );
        hedges("A possible fare cap, as soon as possible, made possible by grants.");
        hedges("It is possible to travel by boat.");
    }

    #[test]
    fn reporting_hedges() {
        hedges("The <hedge>so-called</hedge> fixer <hedge>reportedly</hedge> fled and <hedge>allegedly</hedge> lied.");
        hedges("The <hedge>alleged</hedge> attack and a <hedge>suspected</hedge> leak. Police suspected him.");
        assert_eq!(
            at("It reportedly fell.", "hedge", "reportedly").reason,
            "reporting hedge 'reportedly'"
        );
    }

    #[test]
    fn approximators_before_a_quantity() {
        hedges("<hedge>About</hedge> 300 came, <hedge>at least</hedge> 20 stayed and <hedge>more than</hedge> half left.");
        hedges("It took <hedge>more than</hedge> a decade and <hedge>up to</hedge> £3m, <hedge>around</hedge> midnight.");
        hedges("<hedge>An estimated</hedge> 3,000 and <hedge>some</hedge> 40 were <hedge>nearly</hedge> all fine.");
        let s = at("It cost at least 20 euros.", "hedge", "at least");
        assert_eq!(s.reason, "approximator 'at least' before a number");
        assert_eq!(
            s.why,
            super::Why::Hedge {
                class: super::HedgeClass::Approximator,
                quote: "at least".into(),
                before: Some(super::Before::Number)
            }
        );
        assert_eq!(s.rule, "hedge.approximator");
        assert_eq!(
            at("It took about a decade.", "hedge", "about").reason,
            "approximator 'about' before a quantity"
        );
    }

    #[test]
    fn about_around_and_more_than_without_a_quantity_are_not_hedges() {
        hedges("A book about the war, around the corner, more than ever, some people.");
        hedges("It was less than the recommended amount, and over the years it grew.");
    }

    #[test]
    fn exact_bounds_of_a_rule_are_not_hedges() {
        hedges("Firms can be fined up to 4% of turnover, and a herd needs at least 30 animals.");
        hedges("The rule requires a cut of at least 25 per cent.");
        hedges("Rents rose by <hedge>up to</hedge> 9% and <hedge>at least</hedge> 40 left.");
        hedges("It <hedge>could</hedge> flood <hedge>as often as</hedge> once every 25 years.");
    }

    #[test]
    fn could_of_perception_is_past_ability() {
        hedges("You could see the boats, and shots could be heard.");
        hedges("It <hedge>could</hedge> be seen as a snub; we <hedge>could</hedge> lose.");
    }

    #[test]
    fn cues_of_the_hedge_detection_literature() {
        hedges("The cause is <hedge>unknown</hedge>; the figure is <hedge>doubtful</hedge> and <hedge>unsubstantiated</hedge>.");
        hedges("The man <hedge>suspected</hedge> of arson <hedge>is accused</hedge> of fraud.");
        hedges("She <hedge>is alleged to</hedge> have paid; it <hedge>is claimed to</hedge> work.");
        hedges("It will <hedge>in all likelihood</hedge> take <hedge>upwards of</hedge> a year, with <hedge>little to no</hedge> warning.");
        hedges("It raises <hedge>questions over whether</hedge> it works; experts are <hedge>sceptical</hedge>.");
        hedges("An unknown artist painted it. Critics accused him of lying.");
    }

    #[test]
    fn over_after_a_quantity_is_a_duration() {
        hedges("It rose from 41% to 58% over four years; <hedge>over</hedge> 300 came.");
        hedges("It went from 41 per cent to 58 per cent over four years.");
    }

    #[test]
    fn epistemic_verbs_take_their_companions() {
        hedges("He <hedge>is believed to</hedge> be abroad and <hedge>seems to</hedge> hide.");
        hedges("It <hedge>is thought to</hedge> sit there; it <hedge>appears to</hedge> work.");
        hedges("The data <hedge>suggest</hedge> a link. It <hedge>seems</hedge> odd.");
        hedges("The minister suggested a plan. She appeared on TV. Nothing to suggest it.");
        hedges(
            "There is nothing to suggest that it failed, and no evidence to suggest that it did.",
        );
        hedges("The figures <hedge>indicated</hedge> a rise, <hedge>suggesting</hedge> that more came.");
        hedges("She said to reporters that she thought so.");
        assert_eq!(
            at("It is believed to work.", "hedge", "is believed to").reason,
            "epistemic verb 'is believed to'"
        );
    }
}
