import Storage

/// The warning for a figure written for `EU` or `European Union` whose period starts before
/// 1 February 2020: those names are EU27, the Union of 27 since the United Kingdom left, and the
/// figure is most likely for the Union of its own time.
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
        guard figure.place == "EU27", figure.periodStart < twentySeven, let text = row.text("place"),
              unspecific.contains(text.lowercased()), let field = row.field("place") else { return nil }
        let year = figure.periodStart.prefix(4)
        let advice = figure.periodStart >= twentyEight
            ? "; for the Union of that time write EU28 (the 27 and the United Kingdom, July 2013 to January 2020), or EU27 when the source gives the figure for today's 27"
            : ", when the Union had other members (tipdb holds EU28, July 2013 to January 2020, and EU27, no earlier Union); check which members the source counts, and write EU27 when it gives the figure for today's 27"
        return IngestIssue(
            file: row.file, line: field.line, column: field.column,
            message: "place: \"\(text)\" is read as EU27, the European Union of 27 since the United Kingdom left on 1 February 2020, "
                + "and this figure's period starts in \(year)\(advice); loaded as EU27")
    }
}
