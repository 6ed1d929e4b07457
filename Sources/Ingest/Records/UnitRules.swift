import Storage

/// What a figure's unit says its numbers can be: bounds written in another unit, a censored
/// count in a unit that is not a count, negative counts, amounts and rates, shares above the
/// whole, more persons than live in the world, and counts that are not whole numbers (`1.234`
/// persons is most often 1,234 written the German way).
///
/// One set of rules for every figure tipdb writes, from a figures file (`FigureBuilder`) or a
/// bulk dataset (`FigureWriter`): a GLOTIP or Our World in Data file stored 150 percent, which a
/// figures file refuses and `tipdb check` then reported. `tipdb check` repeats these rules for rows
/// written with other tools (`FigureRules`, which holds the world's population both apply): change both.
struct UnitRules {
    let vocabulary: Vocabulary

    /// The problems of `number` (and its bounds) in `unit`, each with the field it is about
    /// (`value`, `low`, `high`).
    ///
    /// - Parameter text: the field as written, for messages and for dots that may group
    ///   thousands; nil when not given, or when the number was scaled from what was written.
    ///   - unitGiven: whether the row said its unit (a unit column, or `12%`); false when the
    ///     measure's default applies, which a value that is not whole then names.
    func problems(_ unit: String, number: ParsedNumber, low: ParsedNumber?, high: ParsedNumber?, unitGiven: Bool = true,
                  text: (String) -> String?) -> [(field: String, message: String)] {
        var found: [(field: String, message: String)] = []
        // Local functions, not arrays of pairs: this runs for every figure of a million-row file.
        func checkBoundUnit(_ name: String, _ bound: ParsedNumber?) {
            if let implied = bound?.impliedUnit, !FigureBuilder.agrees(implied, with: unit) {
                found.append((name, "\"\(text(name) ?? "")\" is written in \(implied) but the figure's unit is \(unit); expected them to agree"))
            }
        }
        if low?.impliedUnit != nil { checkBoundUnit("low", low) }
        if high?.impliedUnit != nil { checkBoundUnit("high", high) }
        // Most figures are positive counts: the unit's dimension is looked up only when it matters.
        func unusual(_ parsed: ParsedNumber?) -> Bool { parsed?.value.map { $0 < 0 || $0 > 100 || $0 != $0.rounded() } ?? false }
        // `10.000` is whole, but may be ten thousand written the German way.
        // `US$ 32.000 million` too: 32 million, or 32,000 million (32 billion) as Spanish and German write it.
        func dotted(_ name: String) -> Bool {
            text(name).map { $0.utf8.contains(0x2E) && (Self.looksLikeDotGrouping($0) || Self.scaledDotGrouping($0) != nil) } ?? false
        }
        guard number.isCensored || unusual(number) || unusual(low) || unusual(high) || dotted("value") || dotted("low") || dotted("high")
        else { return found }
        let dimension = vocabulary.dimension(of: unit)
        if let k = number.censoredBelow {
            if dimension != "count" {
                // Said how to store it: a range from 0 (review of session 50, where "expected a
                // number" left the analyst between two errors that each sent back to the other).
                let bound = FigureBuilder.format(k + 1)
                let written = text("value") ?? "<\(bound)"
                let what = switch dimension {
                case "share"?: "a share"
                case "rate"?: "a rate"
                case "money"?: "an amount of money"
                default: "a number in \(unit)"
                }
                let published = unit == "percent" ? "<\(bound)%" : "<\(bound) \(unit)"
                found.append(("value", "\"\(written)\" is censored, but \(unit) is not a count: "
                    + NumberParser.censoredShareAdvice(published: published, bound: bound, written: written, what: what)))
            }
            // The bounds of "<5" are 1 and 4 by definition; other bounds would be overwritten unseen.
            for name in ["low", "high"] where text(name) != nil {  // only for censored values: rare
                found.append((name, "a censored value \"\(text("value") ?? "")\" carries its own bounds (1 to \(FigureBuilder.format(k))); expected \(name) empty"))
            }
        }
        // A change in persons or cases is counted as they are: `-300,000` groups thousands, and 2.5 people is no count.
        let countLike = dimension == "count" || Measure.countChangeUnits.contains(unit)
        func checkRange(_ name: String, _ parsed: ParsedNumber?) {
            guard let value = parsed?.value else { return }
            // Quoted as written ("−500", "US$-2 billion"), as every message quotes a value.
            let written = text(name) ?? FigureBuilder.format(value)
            let earlier = found.count
            if value < 0, let what = Self.nonNegative[dimension ?? ""] {
                found.append((name, "\"\(written)\" is negative, but \(what) in \(unit) cannot be; expected 0 or more"))
            }
            if value > 100 && dimension == "share" {
                // `2,450` percent is most often 2.45 with a decimal comma, read here as thousands.
                let comma = Self.decimalCommaReading(written).map { "; if the comma is a decimal mark, write \($0)" } ?? ""
                found.append((name, "\"\(written)\" is more than the whole (100 percent); expected 0 to 100 (a change is in percent-change)\(comma)"))
            }
            if dimension == "rate", let base = FigureRules.rateBase(unit), value > base {
                let whole = NumberText.decimal(base, digits: 0)
                let comma = Self.decimalCommaReading(written).map { "; if the comma is a decimal mark, write \($0)" } ?? ""
                found.append((name, "\"\(written)\" is more than the whole population (\(whole) per \(whole)); expected 0 to \(whole) (a count goes in persons, a rate per 100,000 in per-100000)\(comma)"))
            }
            // Every measure counts something that cannot fall below nothing.
            if value < -100 && unit == "percent-change" {
                found.append((name, "\"\(written)\" is a fall of more than the whole (-100 percent); expected -100 or more"))
            }
            // 1.2 trillion persons is a scale word or a sum of money in the wrong column, never a count.
            if value > FigureRules.worldPopulation && unit == "persons" {
                found.append((name, "\"\(written)\" is more people than live in the world (\(FigureRules.worldPopulationText)); expected at most \(FigureRules.worldPopulationDigits) persons: check the number and its scale word (million, billion), and give a sum of money in USD"))
            }
            // From 2^53 on a double no longer holds every whole number: 12345678901234567 cases or
            // US dollars would be stored as 12345678901234568, and 9007199254740993 reads as 2^53
            // itself, numbers nobody wrote. Persons have the lower limit of the world's population.
            if abs(value) > Self.largestExact && unit != "persons" {
                let limit = (value > 0 ? "" : "-") + Self.largestExactDigits
                found.append((name, "\"\(written)\" is \(value > 0 ? "more" : "less") than \(limit) (2^53 - 1), beyond which numbers are not stored exactly "
                    + "(they are kept as 64-bit floating point, which rounds them); expected \(value > 0 ? "at most" : "at least") \(limit): "
                    + "check the number and its scale word (million, billion, trillion)"))
            }
            // `150.000` US$ is as likely 150,000 written the German way as a sum with three
            // decimals, which no source of the field gives; it read as US$150 unseen.
            if dimension == "money" && value.isFinite, case let number = Self.withoutCurrency(written), Self.looksLikeDotGrouping(number) {
                found.append((name, "\"\(written)\" reads as \(FigureBuilder.format(value)) here, but its dots may separate thousands; "
                    + "expected \(number.filter { $0 != "." }) if they do, or \(FigureBuilder.format(value))"))
            }
            // With a scale word the two readings differ a thousandfold whatever the unit, and both are whole.
            if dimension == "money" || countLike, (parsed?.scaleExponent ?? 0) > 0, value.isFinite,
               let (digits, word) = Self.scaledDotGrouping(Self.withoutCurrency(written)) {
                let decimal = digits.reversed().drop { $0 == "0" }.drop { $0 == "." }.reversed()
                found.append((name, "\"\(written)\" reads as \(String(decimal)) \(word) here, but its dots may separate thousands; "
                    + "expected \(digits.filter { $0 != "." }) \(word) (\(NumberText.scaled(value * 1_000))) if they do, or \(String(decimal)) \(word)"))
                return
            }
            // `2,450 million`: 2.45 million to a European colleague, read here as 2.45 billion.
            if dimension == "money" || dimension == "count" || dimension == "change", (parsed?.scaleExponent ?? 0) > 0, value.isFinite,
               found.count == earlier, let question = Self.scaledCommaQuestion(written, value: value) {
                found.append((name, question))
                return
            }
            // `2,450` or `2.450` per 100,000, an index or a change: asked as counts and shares are.
            if dimension == "rate" || dimension == "index" || (dimension == "change" && !countLike), (parsed?.scaleExponent ?? 0) == 0, value.isFinite,
               found.count == earlier, let question = Self.separatorQuestion(written, value: value, unit: unit) {
                found.append((name, question))
            }
            guard countLike && value.isFinite else { return }
            let grouped = Self.looksLikeDotGrouping(written)
            if value != value.rounded() {
                // A rate such as 5.3 per 1,000 typed without its unit reads as 5.3 persons.
                let hint = grouped ? " (\(written.filter { $0 != "." }) if the dots separate thousands)"
                    : !unitGiven && name == "value" ? "; the row gives no unit, so the measure's own (\(unit)) applies: if the number is a rate or a share, give its unit (per-1000, percent, ...) in a unit column"
                    : ""
                found.append((name, "\"\(written)\" is not a whole number, but \(unit) are counted in whole numbers; expected a whole number\(hint)"))
            } else if grouped {
                found.append((name, "\"\(written)\" reads as \(FigureBuilder.format(value)) here, but its dots may separate thousands; expected \(written.filter { $0 != "." }) if they do, or \(FigureBuilder.format(value))"))
            }
        }
        checkRange("value", number)
        checkRange("low", low)
        checkRange("high", high)
        return found
    }

    /// 2^53 - 1: a double (values are stored as SQLite REAL) holds every whole number up to it
    /// exactly, and 2^53 too, but 2^53 + 1 reads as 2^53, so 2^53 is refused with what is above it.
    /// The largest sum of money published in the field, the ILO's US$236 billion of illegal
    /// profits a year, is far below it.
    static let largestExact = Double(NumberParser.largestExactWhole - 1)

    /// `largestExact` as messages write it.
    static let largestExactDigits = "9,007,199,254,740,991"

    /// Unit dimensions whose numbers cannot be negative, as a message names them.
    private static let nonNegative = ["count": "a count", "money": "an amount of money", "share": "a share", "rate": "a rate"]

    /// `2.450` for `2,450` or `2,450%`: a number with one comma and three digits after it, which
    /// reads as thousands here but may be a decimal comma; nil for any other text.
    static func decimalCommaReading(_ text: String) -> String? {
        var number = Substring(text)
        if number.last == "%" { number = number.dropLast() }
        while number.last == " " { number = number.dropLast() }
        let parts = number.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...3).contains(parts[0].count), parts[1].count == 3,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return "\(parts[0]).\(parts[1])"
    }

    /// `text` without the currency written around a sum of money (`US$ 1.500`, `USD 150.000`,
    /// `150.000 US$`): what is left is the number whose dots `looksLikeDotGrouping` reads. A scale
    /// word stays (`150.000 million`), for `scaledDotGrouping` to read.
    static func withoutCurrency(_ text: String) -> String {
        // Most numbers neither start nor end with a byte of these characters, and then with none
        // of them: returned as they are, without a set made and characters compared for every
        // value (3 % of a figures load's reading thread, `callgrind`, session 62).
        func isMark(_ byte: UInt8?) -> Bool { byte.map { Self.currencyBytes.contains($0) } ?? false }
        guard isMark(text.utf8.first) || isMark(text.utf8.last) else { return text }
        var number = Substring(text)
        while let first = number.first, Self.currencyMarks.contains(first) { number = number.dropFirst() }
        while let last = number.last, Self.currencyMarks.contains(last) { number = number.dropLast() }
        return String(number)
    }

    /// The characters `withoutCurrency` takes off, and their bytes: each is one ASCII byte.
    private static let currencyMarks: Set<Character> = ["U", "S", "D", "$", " "]
    private static let currencyBytes: [UInt8] = Array("USD$ ".utf8)

    /// The digits and the scale word of `text` (`32.000 million`: `32.000` and `million`) when
    /// its digits are grouped in threes by dots and end in 0, or nil: `US$ 32.000 million`, copied
    /// from a Spanish or German report, is 32,000 million (32 billion), and was stored as 32 million.
    ///
    /// Why only a final 0: a decimal before a scale word is written without trailing zeros in
    /// English (`1.5 million`, not `1.500 million`), and tipdb's own briefs print `1.995 million`,
    /// which must load again as written; grouped thousands end in 0 nearly always.
    static func scaledDotGrouping(_ text: String) -> (digits: Substring, word: Substring)? {
        let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let word = text[digits.endIndex...].drop { $0 == " " }
        guard digits.last == "0", !word.isEmpty, word.allSatisfy(\.isLetter), looksLikeDotGrouping(String(digits)) else { return nil }
        return (digits, word)
    }

    /// Whether `text` is digits grouped in threes by dots (`1.234`, `12.345.678`): the German way of
    /// writing thousands, which reads as a decimal here.
    ///
    /// Read as bytes: it runs for nearly every count of a figures file, and splitting the text
    /// into substrings and asking each `Character` whether it is a number cost some 7,000
    /// instructions a figure.
    static func looksLikeDotGrouping(_ text: String) -> Bool {
        var digits = 0
        var dots = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
            } else if byte == UInt8(ascii: ".") {
                // The first group has one to three digits, every later one three.
                guard dots == 0 ? (1...3).contains(digits) : digits == 3 else { return false }
                dots += 1
                digits = 0
            } else {
                return false
            }
        }
        return dots > 0 && digits == 3
    }
}
