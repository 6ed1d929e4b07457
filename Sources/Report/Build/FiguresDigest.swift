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
    ///
    /// Each figure's line is made once and sorted with its key's bytes, not the figures
    /// themselves: copying and sorting 100,000 entries took a quarter of a brief's time and 75 MB.
    static func sha256(of groups: [FigureGroup]) -> String {
        var lines: [(key: [UInt8], line: String)] = []
        lines.reserveCapacity(groups.reduce(0) { $0 + $1.figures.count })
        for group in groups {
            for figure in group.figures { lines.append((Array(figure.key.utf8), line(figure))) }
        }
        lines.sort { $0.key.lexicographicallyPrecedes($1.key) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.line.utf8.count })
        for entry in lines { bytes.append(contentsOf: entry.line.utf8) }
        return Checksum.sha256(bytes)
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
