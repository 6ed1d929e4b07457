import Foundation

extension OWIDIndicator {
    /// A censored cell `<k` of a column given in thousands or millions, as a count of persons:
    /// `<5` in thousands is fewer than 5,000 (high 4,999), and `<0.5` fewer than 500 (high 499).
    /// Nil for any other cell, and for every cell of a column in units, which `NumberParser`
    /// reads (`<0.5` persons is no count there, and stays refused).
    ///
    /// Why here: the censoring rule wants a whole number k of at least 2, and it is the count of
    /// persons that must be whole, not the number as written in thousands. `NumberParser` reads
    /// `<k` before any scaling, so it refused `<0.5`, which OWID writes for fewer than 500.
    ///
    /// - Throws: why the cell is no censored count once scaled (`<0.0005` in thousands is fewer
    ///   than 0.5 persons), or not a number at all.
    func censoredCount(_ text: String) throws(NumberParser.Failure) -> ParsedNumber? {
        guard let scale else { return nil }
        let written = text.replacingTypographicSpacesAndMinus().trimmingWhitespace()
        guard written.hasPrefix("<") else { return nil }
        let units = scale.singular
        let expected = "expected \"<k\" where k \(units) is a whole number of persons of at least 2, such as \"<5\" or \"<0.5\""
        let rest = written.dropFirst().trimmingWhitespace()
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || ".,' ".contains($0)) }),
              let k = try? NumberParser.parse(rest).value, k > 0
        else {
            throw NumberParser.Failure(message: "\"\(written)\" is not a censored count; \(expected)")
        }
        let persons = NumberParser.scaled(k, byPowerOfTen: multiplierExponent)
        guard persons == persons.rounded(), persons >= 2, persons <= Double(NumberParser.largestCensoredBound) else {
            throw NumberParser.Failure(message: "\"\(written)\" in \(units)s is fewer than \(FigureBuilder.format(persons)) persons, not a censored count; \(expected)")
        }
        return ParsedNumber(value: nil, censoredBelow: persons - 1)
    }
}
