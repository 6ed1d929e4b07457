import Storage

/// The SHA-256 of the figures a brief reports, as stored: one JSON array per figure, in key order
/// (byte order), each `[key, measure, value, censored, low, high, ciLevel, unit, place,
/// periodStart, periodEnd, sex, ageGroup, form, source, study, locator, cites]` followed by a line
/// feed; numbers written as `tipdb sql` writes them plainly (`2450000`, `12.5`), absent values as
/// `null`.
///
/// Why: a brief's batch numbers and load times are those of one database, so a database rebuilt
/// from the provenance's files elsewhere lists other ones; the digest is what a rebuild can be
/// checked against. It reads stored values, not the brief's words, and sorts by key, so that a
/// build that words or orders a brief otherwise gives the same digest for the same figures.
enum FiguresDigest {
    static func sha256(of groups: [FigureGroup]) -> String {
        var entries = groups.flatMap(\.figures)
        entries.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var text = ""
        for figure in entries {
            text += line(figure)
        }
        return Checksum.sha256(Array(text.utf8))
    }

    /// One figure's JSON array and its line feed.
    static func line(_ figure: FigureEntry) -> String {
        func string(_ value: String?) -> String { value.map(JSONString.literal) ?? "null" }
        func number(_ value: Double?) -> String {
            guard let value else { return "null" }
            // JSON has no infinity: written as the brief's JSON writes it, a string.
            return value.isFinite ? NumberText.plain(value) : JSONString.literal(value > 0 ? "Infinity" : "-Infinity")
        }
        let fields = [
            string(figure.key), string(figure.measure), number(figure.value), figure.censored ? "true" : "false",
            number(figure.low), number(figure.high), number(figure.ciLevel), string(figure.unit), string(figure.place),
            string(figure.periodStart), string(figure.periodEnd), string(figure.sex), string(figure.ageGroup),
            string(figure.form), string(figure.source), string(figure.study), string(figure.locator), string(figure.cites),
        ]
        return "[" + fields.joined(separator: ",") + "]\n"
    }
}
