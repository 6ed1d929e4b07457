/// A field of a figure as a correction fixes it: a column, or the columns that only mean
/// something together (the number with its bounds and censoring, the period's two ends).
///
/// Why grouped: a kept corrected value beside a newly given bound could break `low <= value`,
/// and a number is one statement of the source's, corrected or taken whole.
///
/// The fields that make a figure another figure, when a load changes them under its key, are
/// `FigureIdentity`'s: a kept correction never reaches past such a load (`Database.keepingCorrections`).
struct FigureField: Sendable {
    let name: String
    let same: @Sendable (Figure, Figure) -> Bool
    let copy: @Sendable (Figure, inout Figure) -> Void
    let text: @Sendable (Figure) -> String

    private static func column<T: Equatable & Sendable>(_ name: String, _ path: WritableKeyPath<Figure, T> & Sendable, text: @escaping @Sendable (T) -> String) -> FigureField {
        FigureField(
            name: name, same: { $0[keyPath: path] == $1[keyPath: path] }, copy: { $1[keyPath: path] = $0[keyPath: path] },
            text: { text($0[keyPath: path]) })
    }

    private static func quoted(_ text: String?) -> String {
        text.map { "\"\($0)\"" } ?? "nothing"
    }

    /// The number with its bounds, censoring and printed digits, as one field.
    static let number = FigureField(
        name: "value",
        // The digits it was printed with are part of the number: a kept correction of
        // "2.5 million" to "2.50 million" keeps both.
        same: {
            $0.value == $1.value && $0.valueLastDigit == $1.valueLastDigit && $0.censored == $1.censored && $0.low == $1.low
                && $0.high == $1.high && $0.ciLevel == $1.ciLevel && $0.lowLastDigit == $1.lowLastDigit
                && $0.highLastDigit == $1.highLastDigit
        },
        copy: { from, to in
            (to.value, to.valueLastDigit, to.censored, to.low, to.high, to.ciLevel)
                = (from.value, from.valueLastDigit, from.censored, from.low, from.high, from.ciLevel)
            (to.lowLastDigit, to.highLastDigit) = (from.lowLastDigit, from.highLastDigit)
        },
        text: { $0.numberText })

    static let all: [FigureField] = [
        number,
        FigureField(
            name: "period", same: { $0.periodStart == $1.periodStart && $0.periodEnd == $1.periodEnd },
            copy: { from, to in (to.periodStart, to.periodEnd) = (from.periodStart, from.periodEnd) },
            text: { $0.periodStart == $0.periodEnd ? $0.periodStart : "\($0.periodStart) to \($0.periodEnd)" }),
        column("measure", \.measure, text: quoted),
        column("unit", \.unit, text: quoted),
        column("place", \.place, text: quoted),
        column("period_basis", \.periodBasis, text: quoted),
        column("sex", \.sex, text: quoted),
        column("age_group", \.ageGroup, text: quoted),
        column("form", \.form, text: quoted),
        column("source", \.source, text: quoted),
        column("study", \.study, text: quoted),
        column("locator", \.locator, text: quoted),
        column("quote", \.quote, text: quoted),
        column("cites", \.cites, text: quoted),
        column("method", \.method, text: quoted),
        column("notes", \.notes, text: quoted),
        column("tags", \.tags, text: { $0.isEmpty ? "no tags" : "\"" + $0.joined(separator: "; ") + "\"" }),
        column("extra", \.extra, text: quoted),
        column("price_year", \.priceYear, text: { $0.map(String.init) ?? "nothing" }),
    ]
}
