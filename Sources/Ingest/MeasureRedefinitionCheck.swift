import Storage

/// Ingest's refusal of a measures row that gives a user's measure another definition while stored
/// figures state it, and its warning when `--correction` says the stored text was the slip.
///
/// Why: a measure's definition is where its user records the denominator, the weighting and the
/// reference period (people aged 15+, weighted, in the reference week). A later measures file, a
/// colleague's or an early draft, rewrote it with no word (review of session 54: 8.6 per 1,000
/// adults 15+, weighted, printed in a brief as "per 1,000 people aged 18+ (unweighted)"). What it
/// counts, its concept and its usual unit were already refused so (`Ingester.loadMeasure`); a
/// definition is refused the same way, so that the stored text, the one the figures were read
/// against, stays. `--correction` loads the new text for a rewording or a slip, and the warning
/// quotes the text it replaced and the batch that gave it; since m0064 `measure_revisions` keeps
/// that text, and `tipdb report lineage` names it under each figure of the measure.
enum MeasureRedefinitionCheck {
    /// Up to three keys of the figures stating `code`, and how many there are: `nfls-rate` or
    /// `f1, f2, f3 and 4 more`.
    static func figures(stating code: String, count: Int64, db: Database) throws -> String {
        let keys = try db.rows("SELECT key FROM figures WHERE measure = ? ORDER BY key LIMIT 3", [code]).compactMap { $0.string("key") }
        let more = count > Int64(keys.count) ? ["\(count - Int64(keys.count)) more"] : []
        return (count == 1 ? "1 stored figure (" : "\(count) stored figures (") + EnglishList.joined(keys + more) + ")"
    }

    /// The refusal at the `definition` cell, without `--correction`.
    static func refusal(code: String, stored: String, given: String, figures: String) -> String {
        "measure \"\(code)\" is stated by \(figures), whose numbers were read against its definition \"\(short(stored))\"; "
            + "this row gives it another (\"\(short(given))\"), which briefs would print for those figures; expected the definition "
            + "as stored, a new code for a measure defined otherwise (such as \(code)-2), or --correction if the stored text "
            + "was a slip and the figures are what this row's text says"
    }

    /// `text`, or its first 150 characters and an ellipsis: two definitions in full would pass the
    /// 600 characters after which a row's message is cut in the middle (`RowReader.shortened`).
    private static func short(_ text: String) -> String {
        text.count > 150 ? String(text.prefix(150)) + "…" : text
    }

    /// The warning at the `definition` cell with `--correction`: the text replaced, the batch that
    /// gave it, and where it is kept.
    static func warning(code: String, stored: String, figures: String, batch: Int64?, file: String?) -> String {
        let loaded = batch.map { " (batch \($0)\(file.map { ": \($0)" } ?? ""))" } ?? ""
        return "definition: measure \"\(code)\", stated by \(figures), was defined as \"\(stored)\"\(loaded), kept in measure_revisions; "
            + "loaded as written (--correction), so briefs print this row's definition for those figures, and tipdb report lineage KEY names the earlier one"
    }
}
