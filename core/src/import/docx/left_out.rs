//! What a Word document holds that an article leaves out (pictures, equations, comments, a table
//! of contents), the elements whose content is dropped on sight, and the words `left_out` says.

/// What was met and left out, for the article's `left_out`.
#[derive(Default)]
pub struct Skipped {
    pub pictures: usize,
    pub comments: usize,
    pub equations: usize,
    pub contents: bool,
}

/// How an element left out entirely is counted.
#[derive(Clone, Copy)]
pub enum Skip {
    Picture,
    Equation,
    Silently,
}

/// Elements whose content never reaches the article: deleted and moved-away text, the old
/// properties of tracked changes, drawings, equations, the VML copies of drawings.
pub fn skipped(n: &str) -> Option<Skip> {
    Some(match n {
        "w:drawing" | "w:pict" | "w:object" => Skip::Picture,
        "m:oMath" | "m:oMathPara" => Skip::Equation,
        "w:del" | "w:moveFrom" | "w:delText" | "w:delInstrText" | "mc:Fallback" | "w:sectPr"
        | "w:pPrChange" | "w:rPrChange" | "w:tblPr" | "w:tcPr" | "w:trPr" | "w:footnotePr"
        | "w:endnotePr" | "w:tblGrid" => Skip::Silently,
        _ => return None,
    })
}

pub fn words(s: &Skipped) -> Vec<String> {
    let mut out = Vec::new();
    let count = |n: usize, one: &str, many: &str| match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {many}")),
    };
    out.extend(count(s.pictures, "picture", "pictures"));
    out.extend(count(s.equations, "equation", "equations"));
    out.extend(count(s.comments, "comment", "comments"));
    if s.contents {
        out.push("the table of contents".to_string());
    }
    out
}
