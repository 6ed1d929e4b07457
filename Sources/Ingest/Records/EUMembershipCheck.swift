import Storage

/// The warning for a figure written for `EU` or `European Union` whose period starts before
/// 1 February 2020, or a study with such a name among its places: those names are EU27, the Union
/// of 27 since the United Kingdom left, and the figure or study is most likely of the Union of its
/// own time.
///
/// Why a warning, not an error: a source may give a figure for today's 27 over earlier years, as
/// Eurostat's EU27_2020 series does; only the source tells. Not for a code (`EU27`, `EU28`) or a
/// name that says which (`European Union (27)`): the file chose. Without the warning, a 2016
/// figure for the 28 was stored for the 27 and briefs compared it with the 27's later figures.
enum EUMembershipCheck {
    /// The day the United Kingdom left, from which EU27 is the Union.
    static let twentySeven = "2020-02-01"
    /// The day Croatia joined, from which until `twentySeven` EU28 is the Union.
    static let twentyEight = "2013-07-01"
    /// Names of EU27 that do not say which Union they mean, folded to lower case.
    private static let unspecific: Set<String> = ["eu", "european union"]

    /// The warning for `figure`, read from `row`, or nil.
    static func warning(for figure: Figure, row: RowReader) -> IngestIssue? {
        guard figure.place == "EU27", let text = row.text("place"), let field = row.field("place") else { return nil }
        return warning(text: text, periodStart: figure.periodStart, record: .figure, field: "place", file: row.file, line: field.line, column: field.column)
    }

    /// The warnings for `study`, read from `row`: one at each element of its `places` that is an
    /// unspecific name of EU27, when its period starts before `twentySeven`.
    ///
    /// Why studies too: a study's places say where its evidence comes from, and a 2016 survey of
    /// `EU` was stored for today's 27 without the word a figures file got for the same cell.
    static func warnings(for study: Study, row: RowReader) -> [IngestIssue] {
        guard study.places.contains("EU27"), let start = study.periodStart else { return [] }
        return row.list("places").enumerated().compactMap { index, text in
            guard unspecific.contains(text.lowercased()), let at = row.position(of: "places", element: index) else { return nil }
            return warning(text: text, periodStart: start, record: .study, field: "places", file: row.file, line: at.line, column: at.column)
        }
    }

    /// The warning for `text`, written in `field` at `line` and `column` for a record of kind
    /// `record` whose period starts on `periodStart`, or nil when `text` says which Union it
    /// means or the period starts in today's.
    private static func warning(
        text: String, periodStart: String, record: PlacedRecord, field: String, file: String, line: Int, column: Int
    ) -> IngestIssue? {
        guard periodStart < twentySeven, unspecific.contains(text.lowercased()) else { return nil }
        let year = periodStart.prefix(4)
        // A figure's words as they were before studies were warned too; a study's own.
        let (counted, todays, todaysAgain) = record == .figure
            ? ("the source counts", "the source gives the figure for today's 27", "it gives the figure for today's 27")
            : ("the study covers", "the study covers today's 27", "the study covers today's 27")
        let advice = periodStart >= twentyEight
            ? "; for the Union of that time write EU28 (the 27 and the United Kingdom, July 2013 to January 2020), or EU27 when \(todays)"
            : ", when the Union had other members (tipdb holds EU28, July 2013 to January 2020, and EU27, no earlier Union); check which members \(counted), and write EU27 when \(todaysAgain)"
        return IngestIssue(
            file: file, line: line, column: column,
            message: "\(field): \"\(text)\" is read as EU27, the European Union of 27 since the United Kingdom left on 1 February 2020, "
                + "and this \(record == .figure ? "figure" : "study")'s period starts in \(year)\(advice); loaded as EU27")
    }
}
