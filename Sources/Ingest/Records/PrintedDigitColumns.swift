import Storage

/// The `value_last_digit`, `low_last_digit` and `high_last_digit` columns of a figures file: the
/// printed digits of a figure's numbers (`Figure.valueLastDigit`), as `tipdb sql` exports them from
/// `figures`, read back and checked against their numbers.
///
/// Why: `tipdb sql` writes a REAL in its shortest form (`12.0`, `2500000.0`, `9.5`), which keeps no
/// zero a source printed after the point (`NumberParser.isProgramWhole`), so a figures export
/// cleaned in R or pandas and loaded back turned `12.0%` into `12%` and `2.50 million` into
/// `2.5 million`, as "2 updated", and the columns that hold those digits were refused as unknown
/// (a meta-analyst's review, session 51). With them the export loads back unchanged. A digit is
/// checked against its number, so one an edit of the value left behind is refused at its cell
/// rather than printed as digits the source never gave.
enum PrintedDigitColumns {
    /// The columns, in the order of the numbers they belong to.
    static let names = ["value_last_digit", "low_last_digit", "high_last_digit"]

    /// Whether `name` is one of ``names``, in any case. Cheap on a JSON object's every member: only
    /// a name of their lengths (14 to 16 bytes) is compared.
    static func isOne(_ name: String) -> Bool {
        (14...16).contains(name.utf8.count) && names.contains(name.lowercased())
    }

    /// The most significant digits a printed number may have: a double tells no more apart, and a
    /// mistyped `-1000000` would otherwise print a million zeros in every brief.
    static let mostSignificantDigits = 17

    /// The printed digits of `number`, the figure's `field` (`value`, `low` or `high`): as the row's
    /// column for it gives them, checked, or as the number's own text gives them (`parsed`) when
    /// that cell is empty. A problem is listed at the column's cell, and `parsed` returned.
    ///
    /// - Parameters:
    ///   - censored: the figure is a censored count, whose value, low and high are how `<k` is
    ///     stored, not numbers a source printed.
    ///   - countUnit: the figure's unit, when it is a count (persons, cases), counted in whole numbers.
    static func digit(
        of field: String, number: Double?, parsed: Int?, censored: Bool, countUnit: String?, row: inout RowReader
    ) -> Int? {
        let column = field + "_last_digit"
        guard let text = row.text(column) else { return parsed }
        guard let digit = integer(text) else {
            row.fail(column, "\"\(text)\" is not a power of ten; expected the whole number tipdb sql exports from figures, the power of ten of the last "
                + "digit the source printed \(field) with (4 for 2.50 million, -1 for 12.0%), or an empty cell")
            return parsed
        }
        if censored {
            row.fail(column, "\(digit) given for a censored count, whose value, low and high are how <k is stored, not numbers a source printed; "
                + "expected an empty cell")
            return nil
        }
        guard let number else {
            // A number given but refused has its own error; one not given has no digits to print.
            if row.text(field) == nil { row.fail(column, "\(digit) given without a \(field); expected an empty cell, as \(field) is") }
            return parsed
        }
        let exact = NumberText.exact(number)
        let (leading, last) = powers(of: number)
        if digit >= last {
            let lower = NumberText.published(NumberText.scaled(abs(number)), value: abs(number), lastDigit: last - 1)
            row.fail(column, "\(digit) is not the place of a zero that \(field) \(exact) drops: its digits end at 10^\(last) "
                + "(\(NumberText.scaled(abs(number)))); expected a power of ten below \(last) (\(last - 1) prints \(lower)), or an empty cell")
            return parsed
        }
        if leading - digit + 1 > mostSignificantDigits {
            row.fail(column, "\(digit) would print \(field) \(exact) with \(leading - digit + 1) significant digits, more than the "
                + "\(mostSignificantDigits) a stored number holds; expected \(leading - mostSignificantDigits + 1) or more, or an empty cell")
            return parsed
        }
        if digit < 0, let countUnit {
            row.fail(column, "\(digit) puts printed digits after the point of a count of \(countUnit), which are counted in whole numbers "
                + "(such zeros are not kept); expected 0 or more, or an empty cell")
            return parsed
        }
        if let parsed, parsed != digit, let written = row.text(field) {
            row.fail(column, "\(digit) disagrees with \(field) \"\(written)\", printed to 10^\(parsed); expected \(parsed), or an empty cell")
            return parsed
        }
        return digit
    }

    /// A whole number as a CSV cell or a JSON number writes one: `4`, `-1`, and `4.0` as pandas
    /// writes an integer column with an empty cell (a float column); nil for anything else.
    static func integer(_ text: String) -> Int? {
        var body = Substring(text)
        if let point = body.firstIndex(of: "."), body.index(after: point) < body.endIndex,
           body[body.index(after: point)...].allSatisfy({ $0 == "0" }) {
            body = body[..<point]
        }
        return Int(body)
    }

    /// The powers of ten of the first and last significant digits of `number` in its shortest
    /// form (Swift's `description`, which reads back as the same double): 2,500,000 → (6, 5),
    /// 12.25 → (1, -2); 0 → (0, 0).
    static func powers(of number: Double) -> (leading: Int, last: Int) {
        guard number != 0, number.isFinite else { return (0, 0) }
        var text = Substring(abs(number).description)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        let whole = text.prefix { $0 != "." }
        let digits = Array(whole) + Array(text.dropFirst(whole.count).dropFirst())
        guard let first = digits.firstIndex(where: { $0 != "0" }), let final = digits.lastIndex(where: { $0 != "0" }) else { return (0, 0) }
        return (whole.count - 1 - first + exponent, whole.count - 1 - final + exponent)
    }
}
