//! The one CSV writer of the analysis' spreadsheets (the gradebook and the LMS grade files):
//! RFC 4180 rows ending in CRLF, a field holding a comma, a double quote, CR or LF quoted with
//! its quotes doubled, and a cell a spreadsheet would run as a formula (starting with `=`, `+`,
//! `-`, `@`, a tab or CR) given a leading apostrophe, as OWASP advises against CSV injection.

/// One row of fields, each defused and quoted as needed, then CRLF.
pub(crate) fn push_row(out: &mut String, fields: &[String]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

/// True when a spreadsheet would read the cell as a formula.
pub(crate) fn is_formula_like(field: &str) -> bool {
    field.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// One field, defused against formulas, then quoted if RFC 4180 needs it.
fn push_field(out: &mut String, field: &str) {
    let defused;
    let field = if is_formula_like(field) {
        defused = format!("'{field}");
        &defused
    } else {
        field
    };
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}
