/// A mark written where a number is missing: a program's (`NA`, `NaN`, `#N/A`, `null`, `None`), or
/// the one an official table prints for a figure it does not give (`..`, `...`, `…`, `-`, `–`, `x`,
/// `n.d.`, `n/a`, Eurostat's `:`), refused saying what it is and what to write in its column.
///
/// Why per column: `value` is required, and "leave the cell empty" there led to the next refusal,
/// `no value given` (a national statistics office's review, session 48); a figure the source does
/// not give cannot be stored, whereas `low`, `high` or a sample size can be left empty. A GLOTIP
/// row's `txtVALUE` is required too, and was told "the cell empty" until session 53. Why the
/// tables' marks by name: they are the commonest non-numbers of a typed yearbook, and the generic
/// message offered `<5`, which typed for a suppressed cell stores a count of 1 to 4 the table never
/// gave. A suppressed cell's message offers `<5` only where the table's notes define the mark as
/// a count below a threshold: the UK's NRM tables suppress "fewer than 5" as `[c]`, and "leave the
/// row out" threw away that 1 to 4 people were referred (a government statistician's review,
/// session 55). The UK Government Statistical Service's bracketed marks (`[c]`, `[x]`, `[z]`)
/// are named as such.
struct MissingMark {
    /// Whether the column the mark stands in must hold a number.
    enum Column {
        /// A figure's `value`: a row without a number (or a range) is no figure.
        case required
        /// A bulk export's value (GLOTIP's `txtVALUE`): a row without a number is no figure, and
        /// the export has no `low` and `high` for a range.
        case exportRow
        /// `low`, `high`, a study's `sample_size`, an Our World in Data cell: may be left empty.
        case optional
    }

    /// What the mark is, after the quoted text: `marks a missing number`, `is the mark ...`.
    private let meaning: String
    /// Said of a program's mark: how to make that program write an empty cell instead.
    private let writer: String
    /// Whether the mark may stand for zero (`-`, as IBGE prints a true zero).
    private let mayBeZero: Bool
    /// Whether the mark stands for a figure suppressed for confidentiality, which a table's notes
    /// often define as a count below a threshold (`<5`).
    private let suppressed: Bool
    private let text: String

    /// The mark `text` is (spaces around it aside), or nil for any other text.
    init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        // Every mark is short: a longer text is not looked at.
        guard (1...6).contains(trimmed.utf8.count) else { return nil }
        let program = "marks a missing number"
        let found: (meaning: String, writer: String, zero: Bool)
        var confidential = false
        switch trimmed.lowercased() {
        case "na": found = (program, " (R writes NA for a missing value: write.csv(..., na = \"\") writes empty cells instead)", false)
        case "nan": found = (program, " (R and pandas write NaN for a missing value: in pandas, to_csv(..., na_rep=\"\") writes empty cells)", false)
        case "#n/a": found = (program, " (Excel's #N/A: copy the column and paste it as values, with the #N/A cells cleared)", false)
        case "null", "none": found = (program, "", false)
        case "..": found = ("is the mark statistical tables (UN, OECD, Eurostat, World Bank) print for a figure not available", "", false)
        case "...", "\u{2026}": found = ("is the mark statistical tables (IBGE and others) print for a figure not available", "", false)
        case "x":
            found = ("is the mark statistical tables (Statistics Canada, IBGE) print for a figure suppressed for confidentiality", "", false)
            confidential = true
        // The UK Government Statistical Service's symbols, in every UK official table.
        case "[c]":
            found = ("is the UK Government Statistical Service's mark for a figure suppressed as confidential", "", false)
            confidential = true
        case "[x]": found = ("is the UK Government Statistical Service's mark for a figure not available", "", false)
        case "[z]": found = ("is the UK Government Statistical Service's mark for a figure not applicable", "", false)
        case "[low]": found = ("is the UK Government Statistical Service's mark for a figure that rounds to zero but is not zero", "", false)
        case "[w]": found = ("is the UK Government Statistical Service's mark for a figure of no cases or too few to show", "", false)
        case "-", "\u{2013}", "\u{2014}": found = ("is the mark statistical tables print for a figure that is nil or not available", "", true)
        case "n.d.", "n.d", "n/d": found = ("is the mark tables print for a figure not available (no disponible, non disponible, não disponível)", "", false)
        case "n/a", "n.a.", "n.a": found = ("is the mark tables print for a figure not available", "", false)
        case ":": found = ("is Eurostat's mark for a figure not available", "", false)
        case ":c", ": c":
            found = ("is Eurostat's mark for a confidential figure", "", false)
            confidential = true
        default: return nil
        }
        self.text = text
        meaning = found.meaning
        writer = found.writer
        mayBeZero = found.zero
        suppressed = confidential
    }

    /// The refusal, with what to write in `column`.
    ///
    /// A mark that may stand for zero is written 0 only where the table defines it so: "if the
    /// table uses - for zero, write 0" read, beside a figure not available, as advice to turn a
    /// missing count into 0 (a statistician's review, session 53).
    func message(in column: Column) -> String {
        let mark = text.trimmingWhitespace()
        let zero = mayBeZero ? "; write 0 only where the table's notes define \(mark) as nil (a true zero), never for a figure not available" : ""
        // A count suppressed below a threshold the notes state is a censored count, which tipdb stores.
        let censored = suppressed
            ? "; where the table's notes define \(mark) as a count below a threshold (the UK's NRM statistics: fewer than 5), write it as <5 (<k for a threshold k), which tipdb stores as a censored count (1 to 4 for <5)"
            : ""
        switch column {
        case .required:
            return "\"\(text)\" \(meaning), not a number; a figure the source does not give cannot be stored: expected the row "
                + "left out, or value empty with both low and high when the source publishes only a range\(censored)\(zero)\(writer)"
        case .exportRow:
            return "\"\(text)\" \(meaning), not a number; a figure the source does not give cannot be stored: expected the row "
                + "left out\(censored)\(zero)\(writer)"
        case .optional:
            return "\"\(text)\" \(meaning), not a number; expected the cell empty when the source gives none\(zero)\(writer)"
        }
    }
}
