import Foundation
import Storage

/// Parses numbers the way they appear in reports: `2450000`, `2,450,000`, `2.45 million`,
/// `150 billion`, `1.4e6`, `12%`, `US$236 billion` (`$236 billion`, `236 billion USD`), and
/// censored counts `<5`.
///
/// Anything else is an error naming the value: a number is never guessed. Another currency
/// (`€150`) or per mille (`3.2‰`) is refused with what to write instead (`ForeignNotation`).
public enum NumberParser {
    /// Why a text is not a number, for an error message.
    public struct Failure: Error, Equatable, Sendable {
        public let message: String
    }

    /// Each word's power of ten.
    /// The refusal of a count in lakh or crore (`2.4 lakh`), with the number it is, or nil.
    ///
    /// Why refused, not read: tipdb stores numbers in the form every reader of a brief shares, and
    /// asks for it, as it does for digits grouped by lakh (`1,16,200`); but the message does the
    /// sum, where "is not a number" left a South Asia team to do it (a user-review, session 39).
    private static func southAsianWord(_ word: String, digits: String, original: String) -> String? {
        let exponents = ["lakh": 5, "lakhs": 5, "lac": 5, "lacs": 5, "crore": 7, "crores": 7]
        guard let exponent = exponents[word], isPlainDecimal(digits), let value = decimal(digits, timesTenTo: exponent),
              value.isFinite, value > 0 else { return nil }
        let unit = exponent == 5 ? "a lakh is 100,000" : "a crore is 10,000,000"
        let number = value.rounded() == value ? NumberText.grouped(String(Int(value))) : String(value)
        return "\"\(original)\" counts in \(word), as South Asian statistics write numbers (\(unit)); "
            + "expected \(number.replacingOccurrences(of: ",", with: "")) or \(number)"
    }

    private static let multipliers: [String: Int] = [
        "thousand": 3, "k": 3,
        "million": 6, "millions": 6, "mn": 6, "m": 6,
        "billion": 9, "billions": 9, "bn": 9, "b": 9,
        "trillion": 12, "tn": 12,
    ]

    /// The scale word messages write for a power of ten (`million` for 6), or nil for none.
    static func scaleWord(exponent: Int) -> String? {
        switch exponent {
        case 3: "thousand"
        case 6: "million"
        case 9: "billion"
        case 12: "trillion"
        default: nil
        }
    }

    /// `value` × 10^`exponent` for a number already read (OWID's "(thousands)"), rounded from the
    /// shortest digits that read back as `value`: those of the published text whenever it had at
    /// most 15 significant digits, so 8.2 thousand is 8,200 and not 8,199.999999999999.
    public static func scaled(_ value: Double, byPowerOfTen exponent: Int) -> Double {
        guard exponent != 0, value.isFinite else { return value }
        return decimal("\(value)", timesTenTo: exponent) ?? value * pow(10, Double(exponent))
    }

    /// The decimal `digits` (`8.2`, `1.4e6`) × 10^`exponent`, rounded once.
    ///
    /// Why not `Double(digits) * 1e6`: 8.2 is stored as the double nearest to it, and that times a
    /// million is 8,199,999.999999999, so "8.2 million" would differ from "8,200,000" in the
    /// database (and fail `high >= value`, and count as a change on every re-import). Reading the
    /// digits with the exponent added rounds the exact decimal product instead.
    static func decimal(_ digits: String, timesTenTo exponent: Int) -> Double? {
        if let e = digits.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let written = Int(digits[digits.index(after: e)...]) else { return nil }
            return Double("\(digits[..<e])e\(written + exponent)")
        }
        return Double("\(digits)e\(exponent)")
    }

    /// 2^53: a double (SQLite's REAL, in which figures are stored) holds every whole number up to
    /// it exactly, and not every one above it (`UnitRules` refuses it and larger values, since
    /// 2^53 + 1 reads as 2^53).
    static let largestExactWhole = 9_007_199_254_740_992

    /// The largest k of a censored count `<k`: its bounds (1 and k - 1) are stored as doubles,
    /// exact for whole numbers up to 2^53.
    static let largestCensoredBound = largestExactWhole

    /// Parses `text`, or throws a `Failure` whose message names the value and the accepted forms.
    public static func parse(_ text: String) throws(Failure) -> ParsedNumber {
        if let plain = plainNumber(text) ?? groupedNumber(text) {
            // Most numbers end in another digit: only a final 0 pays for the second walk.
            return ParsedNumber(value: plain, lastDigit: text.utf8.last == 0x30 ? fastLastDigit(text) : nil)
        }
        return try parseFully(text)
    }

    /// `parse` for a column that must hold a number (a figure's `value`): a mark for a missing
    /// number (`NA`, `..`, `x`) is refused saying that such a figure cannot be stored, where
    /// `parse` tells an optional column's cell to be left empty (`MissingMark`).
    static func parse(_ text: String, in column: MissingMark.Column) throws(Failure) -> ParsedNumber {
        do throws(Failure) {
            return try parse(text)
        } catch {
            guard column != .optional, let mark = MissingMark(text) else { throw error }
            throw Failure(message: mark.message(in: column))
        }
    }

    /// `parse` without the fast paths: every form, and the wording of every error.
    static func parseFully(_ text: String) throws(Failure) -> ParsedNumber {
        var rest = Substring(text.replacingTypographicSpacesAndMinus().trimmingWhitespace())
        guard !rest.isEmpty else { throw Failure(message: "empty value; expected a number") }
        // `12.5 ± 2.7`, `12.5% (95% CI 9.8-15.2%)`: said before the scale-word and range errors,
        // which would send the analyst the wrong way.
        if rest.last == ")" || rest.last == "]" || rest.unicodeScalars.contains("±")
            || (rest.utf8.contains(UInt8(ascii: "+")) && (rest.contains("+/") || rest.contains("+-"))),
           let message = IntervalNotation.refusal(for: text) {
            throw Failure(message: message)
        }
        var result = ParsedNumber()
        if let censored = wordedCensoredCount(rest) { rest = censored }

        if rest.hasPrefix("<") {
            rest = rest.dropFirst().drop(while: { $0 == " " })
            // Grouped as any count is: <1,000 and <1 000 alike.
            if rest.utf8.contains(0x20), let grouped = try spaceGrouped(rest, original: text) { rest = grouped }
            let digits = rest.utf8.contains(UInt8(ascii: ",")) ? try removeGroupSeparators(rest, original: text) : String(rest)
            guard let k = Int(digits), k >= 2, k <= Self.largestCensoredBound else {
                if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.contains(where: { $0 != "0" }),
                   Int(digits).map({ $0 > Self.largestCensoredBound }) ?? true {
                    throw Failure(message: "\"\(text)\" is a censored count too large to store exactly; expected \"<k\" with k at most 2^53 (9007199254740992)")
                }
                throw Failure(message: censoredNonCount(text, bound: rest)
                    ?? "\"\(text)\" is not a censored count; expected \"<k\" with a whole number k of at least 2, such as \"<5\"")
            }
            result.censoredBelow = Double(k - 1)
            return result
        }
        // A sign may come before the currency (-US$5 billion) or stand for a rise (+25%).
        var sign = ""
        if let first = rest.first, first == "+" || first == "-" {
            let after = rest.dropFirst()
            guard after.first != "+" && after.first != "-" else {
                throw Failure(message: "\"\(text)\" has two signs; expected one, as in -5 or +5")
            }
            if first == "+" || ["US$", "USD", "$"].contains(where: { after.uppercased().hasPrefix($0) }) {
                sign = first == "-" ? "-" : ""
                rest = after
            }
        }
        for prefix in ["US$", "USD", "$"] where rest.uppercased().hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count).drop(while: { $0 == " " })
            result.impliedUnit = "USD"
            break
        }
        if rest.hasSuffix("%") {
            if result.impliedUnit != nil {
                throw Failure(message: "\"\(text)\" is written both in US dollars and in percent; expected one of them")
            }
            rest = rest.dropLast().trimmingTrailingSpaces()
            result.impliedUnit = "percent"
        } else if let suffix = trailingCurrency(rest) {
            // "236 billion USD" as "USD 236 billion": the currency on either side, once.
            if result.impliedUnit != nil {
                throw Failure(message: "\"\(text)\" names its currency twice; expected it once, as in US$236 billion or 236 billion USD")
            }
            rest = rest.dropLast(suffix).trimmingTrailingSpaces()
            result.impliedUnit = "USD"
        }
        if rest.utf8.contains(0x20) {
            if let grouped = try spaceGrouped(rest, original: text) { rest = grouped }
        }
        let numericEnd = rest.firstIndex { !($0.isASCII && ($0.isNumber || ",.-+eE".contains($0))) } ?? rest.endIndex
        let word = rest[numericEnd...].trimmingWhitespace().lowercased()
        rest = rest[..<numericEnd]
        var exponent = 0
        if !word.isEmpty {
            guard let m = multipliers[word] else {
                try refuseRecognisedMistake(text)
                if let message = southAsianWord(word, digits: String(rest), original: text) { throw Failure(message: message) }
                throw Failure(message: "\"\(text)\" is not a number; expected digits with an optional thousand (k), million (m, mn), billion (b, bn) or trillion (tn), e.g. 2.45 million")
            }
            exponent = m
        }
        let digits = try sign + removeGroupSeparators(rest, original: text)
        guard let number = Double(digits), isPlainDecimal(digits) else {
            try refuseRecognisedMistake(text)
            throw Failure(message: "\"\(text)\" is not a number; expected e.g. 2450000, 2,450,000, 2.45 million, 1.4e6 or <5")
        }
        let value = exponent == 0 ? number : decimal(digits, timesTenTo: exponent) ?? scaled(number, byPowerOfTen: exponent)
        // 1e-400 reads as 0: refuse it like 1e400 rather than store a zero nobody wrote.
        guard value.isFinite, value != 0 || !digits.prefix(while: { $0 != "e" && $0 != "E" }).contains(where: { ("1"..."9").contains($0) }) else {
            throw Failure(message: "\"\(text)\" is out of range (too large or too small to store); expected a number such as 1.4e6")
        }
        try refuseUnstorableDigits(digits, timesTenTo: exponent, value: value, text: text)
        result.value = value
        result.scaleExponent = exponent
        result.lastDigit = printedLastDigit(digits, timesTenTo: exponent, programWhole: exponent == 0 && result.impliedUnit == nil && isProgramWhole(text))
        return result
    }

    /// `fewer than 5`, `less than 5`, `≤4` and `<=4` as tipdb writes them, `<5`; nil for any other
    /// text. `less than 0.5%` becomes `<0.5%`, which is then refused with its advice for shares.
    ///
    /// Why: the UK's NRM tables note small cells as "fewer than 5", and an analyst who typed the
    /// notes' words was told they were "not a number", with no word of `<5` (a government
    /// statistician's review, session 55). A count at most 4 is a count below 5: one censored
    /// count, whichever way it is written.
    static func wordedCensoredCount(_ text: Substring) -> Substring? {
        let lowered = text.lowercased()
        for words in ["fewer than", "less than"] where lowered.hasPrefix(words + " ") {
            return "<" + text.dropFirst(words.count).drop(while: { $0 == " " })
        }
        for mark in ["\u{2264}", "<="] where text.hasPrefix(mark) {
            let bound = text.dropFirst(mark.count).drop(while: { $0 == " " })
            guard let most = Int(bound), most >= 1, most < largestCensoredBound else { return nil }
            return Substring("<\(most + 1)")
        }
        return nil
    }

    /// The refusal of `<0.5%` or `<0.1` (`bound` is what follows the `<`): a share or rate
    /// published below a number, which tipdb's censoring (for counts: `<5`) cannot hold; nil when
    /// `bound` is no number.
    ///
    /// Why: the error said to write `<5`, which the next error refused because percent is not a
    /// count, and neither said how to store the figure (review of session 50): as a range from 0.
    private static func censoredNonCount(_ text: String, bound: Substring) -> String? {
        let percent = bound.hasSuffix("%")
        let number = (percent ? bound.dropLast() : bound).trimmingWhitespace()
        guard !number.isEmpty, Double(number) != nil, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        let published = "<\(number)\(percent ? "%" : "")"
        let store = censoredShareAdvice(published: published, bound: number, written: text.trimmingWhitespace())
        return percent
            ? "\"\(text)\" is a share below \(number)%, not a censored count: \(store)"
            : "\"\(text)\" is not a censored count; expected \"<k\" with a whole number k of at least 2, such as \"<5\"; \(store)"
    }

    /// How to store a share or rate published as `published` (`<0.5%`): a range from 0 to its
    /// bound, which is what the source says, with its words in notes.
    static func censoredShareAdvice(published: String, bound: String, written: String, what: String = "a share or rate") -> String {
        "censoring (<k) is for counts; for \(what) published as \(published), leave value empty, put 0 in low and \(bound) in high, and say '\(written)' in notes"
    }

    /// `ParsedNumber.lastDigit` for `digits` (`-2.50`, `1.20e6`, no separators) × 10^`exponent`:
    /// the power of ten of the last digit when it is a 0 after the point, else nil; nil too for
    /// `programWhole`, a text as a program writes a whole number of a float column (`5.0`).
    static func printedLastDigit(_ digits: String, timesTenTo exponent: Int, programWhole: Bool) -> Int? {
        guard !programWhole else { return nil }
        var mantissa = Substring(digits)
        var written = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let power = Int(mantissa[mantissa.index(after: e)...]) else { return nil }
            written = power
            mantissa = mantissa[..<e]
        }
        guard mantissa.last == "0", let point = mantissa.firstIndex(of: ".") else { return nil }
        return written + exponent - mantissa.distance(from: point, to: mantissa.endIndex) + 1
    }

    /// `printedLastDigit` for a text a fast path read (digits, commas, at most one point), from
    /// its bytes: no string is made.
    private static func fastLastDigit(_ text: String) -> Int? {
        var fraction = -1  // digits after the point; -1 before it
        var grouped = false
        for byte in text.utf8 {
            if byte == 0x2E { fraction = 0 } else if byte == 0x2C { grouped = true } else if fraction >= 0 { fraction += 1 }
        }
        // `5.0` is a program's whole number (`isProgramWhole`); `1,234.0` was typed.
        guard fraction > 0, grouped || fraction > 1 else { return nil }
        return -fraction
    }

    /// True for a whole number followed by a single `.0` and nothing else (`2450000.0`, `-3.0`):
    /// what pandas and Python write for every whole number of a float column (one with an empty
    /// cell), so its zero is no claim of precision, where `12.0%` or `2.0 million` was typed.
    static func isProgramWhole(_ text: String) -> Bool {
        let bytes = Array(text.trimmingWhitespace().utf8)
        let digits = bytes.first == 0x2D ? bytes.dropFirst() : bytes[...]
        return digits.count >= 3 && digits.suffix(2).elementsEqual([0x2E, 0x30])
            && digits.dropLast(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Refuses a number whose digits the stored double does not give back: `12345678901234567891`
    /// would read back as 12345678901234567000, `0.123456789012345678` as 0.12345678901234568.
    ///
    /// Why this rule and not a count of digits alone: a double keeps any 15 significant digits and
    /// some of 16 or 17 (`0.1234567890123456` reads back as written), so the test is whether the
    /// shortest digits that read back as the stored value (Swift's `description`) are the digits
    /// given, trailing zeros aside. A whole number from 2^53 on is left to `UnitRules`, which
    /// refuses those in every unit with its own words.
    static func refuseUnstorableDigits(_ digits: String, timesTenTo exponent: Int, value: Double, text: String) throws(Failure) {
        // Any 15 significant digits of a normal double read back as written (DBL_DIG), so only
        // longer ones, or a subnormal's, pay for formatting the value: most slow-path values
        // (`2.45 million`) have few digits. They are counted on the bytes first: a text of at most
        // 15 digits in all has at most 15 significant ones, and `significand`, generic over
        // substrings, cost some 14,000 instructions a value (131M of the reading thread's 2,117M
        // over the bench's first 20,000 figures, nearly half of whose values are `37.36 million`).
        let subnormal = value != 0 && abs(value) < Double.leastNormalMagnitude
        guard abs(value) < Double(largestExactWhole), subnormal || digitCount(digits) > 15 else { return }
        guard let given = significand(digits), given.digits.count > 15 || subnormal,
              let stored = significand("\(value)") else { return }
        guard given.digits != stored.digits || (given.exponent + exponent != stored.exponent && !given.digits.isEmpty) else { return }
        throw Failure(message: "\"\(text)\" has \(given.digits.count) significant digits, more than a stored number keeps "
            + "(a double: any 15, some 16 or 17), and would read back as \(value); expected it rounded to at most 15 significant digits")
    }

    /// How many ASCII digits `text` holds, anywhere in it: at least its significant digits.
    private static func digitCount(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 { count += 1 }
        return count
    }

    /// The significant digits of a decimal (`-0.0120e3`: `12`, no leading or trailing zeros) and
    /// the power of ten of the point before them (`-0.0120e3` is 0.12 × 10^2: 2), or nil for a text
    /// that is not one.
    static func significand(_ text: String) -> (digits: String, exponent: Int)? {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let written = Int(mantissa[mantissa.index(after: e)...]) else { return nil }
            exponent = written
            mantissa = mantissa[..<e]
        }
        if mantissa.first == "-" || mantissa.first == "+" { mantissa = mantissa.dropFirst() }
        let point = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        let whole = mantissa[..<point]
        let fraction = point == mantissa.endIndex ? "" : mantissa[mantissa.index(after: point)...]
        let all = whole + fraction
        guard all.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let leading = all.prefix { $0 == "0" }.count
        let significant = all.dropFirst(leading).reversed().drop { $0 == "0" }.reversed()
        return (String(significant), exponent + whole.count - leading)
    }

    /// The power of ten of the last significant digit of `value` as Swift prints it shortest (5 for
    /// 27,600,000, -2 for 0.35), or nil for 0 or a value not finite.
    public static func lastSignificantDigit(of value: Double) -> Int? {
        guard value != 0, value.isFinite, let parts = significand("\(value)"), !parts.digits.isEmpty else { return nil }
        return parts.exponent - parts.digits.count
    }

    /// The common case, digits with at most one point (`41`, `2450000`, `5.4`), parsed without
    /// building substrings.
    static func plainNumber(_ text: String) -> Double? {
        var points = 0
        var count = 0
        for byte in text.utf8 {
            count += 1
            if byte == 0x2E { points += 1 } else if byte < 0x30 || byte > 0x39 { return nil }
        }
        // Beyond 15 digits a number may not read back as written: the full parser decides.
        guard count > 0, count - points <= 15, points <= 1, text.utf8.first != 0x2E, text.utf8.last != 0x2E else { return nil }
        return Double(text)
    }

    /// The next most common case, digits grouped by commas in threes with an optional fraction
    /// (`2,450,000`, `1,234.5`), read from the bytes; nil sends anything else to the full parser.
    static func groupedNumber(_ text: String) -> Double? {
        var group = 0  // digits since the last comma (or the start)
        var groups = 0  // commas seen
        var inFraction = false
        // Checked before anything is built: most texts that get here are not grouped at all.
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39:
                group += 1
            case 0x2C where !inFraction:
                // `0,500` is a decimal comma, never a thousand: left to the full parser to refuse.
                guard groups == 0 ? (1...3).contains(group) && text.utf8.first != 0x30 : group == 3 else { return nil }
                groups += 1
                group = 0
            case 0x2E where !inFraction:
                guard groups > 0, group == 3 else { return nil }
                inFraction = true
                group = 0
            default:
                return nil
            }
        }
        // Beyond 15 digits a number may not read back as written: the full parser decides.
        guard groups > 0, inFraction ? group > 0 : group == 3, text.utf8.count - groups - (inFraction ? 1 : 0) <= 15 else { return nil }
        return Double(String(decoding: text.utf8.lazy.filter { $0 != 0x2C }, as: UTF8.self))
    }

    /// The length of a currency written after the number (`236 billion USD`, `5 US$`,
    /// `2 million US dollars`), or nil. Only on the full path: a plain number never gets here.
    private static func trailingCurrency(_ text: Substring) -> Int? {
        let lowered = text.lowercased()
        return [" us dollars", " dollars", "usd", "us$", "$"].first { lowered.hasSuffix($0) }?.count
    }

    /// `1 234 567` (no-break and narrow no-break spaces read as spaces before this), the way
    /// French and SI style group thousands, written with commas for `removeGroupSeparators`, so
    /// that spaces and commas follow one rule: every group after the first is exactly three
    /// digits. Nil when no space stands between two digits of the number (`2.45 million`).
    private static func spaceGrouped(_ text: Substring, original: String) throws(Failure) -> Substring? {
        var result = ""
        var index = text.startIndex
        if let first = text.first, first == "-" || first == "+" {
            result.append(first)
            index = text.index(after: index)
        }
        var grouped = false
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isASCII && (character.isNumber || character == ",") {
                result.append(character)
            } else if character == " ", result.last?.isNumber == true, next < text.endIndex, text[next].isASCII && text[next].isNumber {
                result.append(",")
                grouped = true
            } else {
                break
            }
            index = next
        }
        guard grouped else { return nil }
        // One separator throughout: "1,234 567" mixes them.
        let valid = !text.utf8.contains(UInt8(ascii: ",")) && isGroupedInThrees(result)
        guard valid else {
            try refuseRecognisedMistake(original)
            // `1 234,5`: spaces grouping thousands before a decimal comma, as French tables write it.
            if let message = DecimalComma.refusal(text[..<index], original: original) { throw Failure(message: message) }
            throw Failure(message: "\"\(original)\" has misplaced thousands separators; expected groups of three digits such as 2 450 000 or 2,450,000, one separator throughout")
        }
        return Substring(result + text[index...])
    }

    /// True when `digits` (`1,234,567`, an optional sign first) groups every part after the first
    /// in threes, after a first group that does not start with 0 (`0 500` is no thousands).
    private static func isGroupedInThrees(_ digits: String) -> Bool {
        let groups = digits.split(separator: ",", omittingEmptySubsequences: false)
        let first = groups[0].drop(while: { $0 == "-" || $0 == "+" })
        return (1...3).contains(first.count) && first.first != "0" && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Throws the specific message for a value written in a way tipdb recognises but does not
    /// store: a currency other than the US dollar or per mille (`ForeignNotation`), or a range in
    /// one cell (`2.1-2.7 million`, `2.1–2.7`, `2 to 3`), which belongs in low and high; returns
    /// for anything else, which then gets the generic message. Only on the way to an error.
    private static func refuseRecognisedMistake(_ text: String) throws(Failure) {
        if let message = ForeignNotation.refusal(for: text) { throw Failure(message: message) }
        if let mark = MissingMark(text) { throw Failure(message: mark.message(in: .optional)) }
        if let message = accountingNegative(text) { throw Failure(message: message) }
        try refuseMinimum(text)
        if let message = ApproximateWording.refusal(for: text) { throw Failure(message: message) }
        // `50,000+`: a lower bound, as tables write "50,000 or more".
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasSuffix("+"), let bound = try? parse(String(trimmed.dropLast())), let value = bound.value, !bound.isCensored {
            let number = String(trimmed.dropLast()).trimmingWhitespace()
            throw Failure(message: "\"\(text)\" is a lower bound (\(number) or more); expected one number in value (the value as published), "
                + "and \(value < 0 ? "the bound" : number) in low when the source calls it a minimum")
        }
        // `1.234.567`, as a spreadsheet set to German or Spanish writes 1,234,567: one dot alone
        // reads as a decimal point (`UnitRules` asks about `1.234` persons), two or more cannot.
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        if unsigned.utf8.filter({ $0 == UInt8(ascii: ".") }).count > 1, UnitRules.looksLikeDotGrouping(unsigned) {
            let digits = text.filter { $0 != "." }
            throw Failure(message: "\"\(text)\" has dots separating thousands, as a spreadsheet set to German or Spanish writes them; "
                + "expected \(digits) or the thousands separated by commas (a point is the decimal mark)")
        }
        let normal = text.replacingTypographicSpacesAndMinus()
        var sawDigit = false
        var previous: Character = " "
        var index = normal.startIndex
        while index < normal.endIndex {
            let character = normal[index]
            if character.isNumber {
                sawDigit = true
            } else if sawDigit, character == "-" || character == "\u{2013}" || character == "\u{2014}" || normal[index...].hasPrefix(" to "),
                      previous != "e" && previous != "E" {
                let after = normal[normal.index(after: index)...].drop(while: { $0 == " " || $0 == "-" || $0 == "t" || $0 == "o" })
                if after.drop(while: { $0 == "$" || $0 == "U" || $0 == "S" }).first?.isNumber == true {
                    // `20-40 million`: the word belongs to both bounds, and copied once low read 20.
                    let first = String(normal[..<index]).trimmingWhitespace(), second = String(after).trimmingWhitespace()
                    var each = ""
                    if let bound = try? parse(second), let word = scaleWord(exponent: bound.scaleExponent),
                       (try? parse(first))?.scaleExponent == 0 {
                        each = ", each with its scale word (\(first) \(word) and \(second))"
                    }
                    throw Failure(message: "\"\(text)\" is a range; expected its bounds in low and high\(each), and value left empty (or the central estimate in value, when the source publishes one)")
                }
            }
            previous = character
            index = normal.index(after: index)
        }
    }

    /// The words and signs that make a number a minimum, each with whether the number itself is
    /// included (`at least 5` is 5 or more, `more than 5` is above it), longest first.
    private static let minimumPrefixes: [(prefix: String, inclusive: Bool)] = [
        ("at least ", true), ("more than ", false), ("over ", false), (">=", true), ("\u{2265}", true), (">", false),
    ]

    /// Refuses a minimum written in the value (`at least 1.4 million`, `more than 40 million`,
    /// `over 10,000`, `>10000`, `>=5`, `\u{2265}5`), saying how tipdb stores one: the number in
    /// `value` and again in `low`, the bound that marks it a minimum (README, Values; the Fixtures
    /// store the ILO's "at least 1.4 million" so). Only when what follows the words is a number.
    ///
    /// Why: the plain "is not a number" left the user to guess, where a range (`2-3 million`) and
    /// a trailing plus (`50,000+`) already said where their bounds go (user walkthrough, session 33).
    private static func refuseMinimum(_ text: String) throws(Failure) {
        let trimmed = text.replacingTypographicSpacesAndMinus().trimmingWhitespace()
        let lowered = trimmed.lowercased()
        guard let form = minimumPrefixes.first(where: { lowered.hasPrefix($0.prefix) }) else { return }
        let number = String(trimmed.dropFirst(form.prefix.count)).trimmingWhitespace()
        guard let bound = try? parse(number), bound.value != nil, !bound.isCensored else { return }
        throw Failure(message: "\"\(text)\" is a minimum (\(form.inclusive ? "\(number) or more" : "more than \(number)")); "
            + "expected \(number) in value (the number as published) and again in low, which marks it a minimum")
    }

    /// Removes thousands separators, which must group exactly three digits (`2,450,000`).
    private static func removeGroupSeparators(_ text: Substring, original: String) throws(Failure) -> String {
        guard text.utf8.contains(UInt8(ascii: ",")) else { return String(text) }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        let first = groups[0].hasPrefix("-") ? groups[0].dropFirst() : groups[0]
        // A thousands separator never follows a leading 0: `0,500` per 1,000 is a half, written
        // with a decimal comma, and read as grouped it would be stored a thousand times too large.
        if first.first == "0", groups.count == 2, parts.count == 1, groups[1].allSatisfy({ $0.isASCII && $0.isNumber }) {
            throw Failure(message: "\"\(original)\" has a decimal comma (no thousands separator follows a leading 0); "
                + "expected a point as the decimal mark, such as \(groups[0]).\(groups[1])")
        }
        let valid = (1...3).contains(first.count) && first.first != "0" && groups.dropFirst().allSatisfy { $0.count == 3 }
            && groups.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") } }
            && (parts.count == 1 || !parts[1].utf8.contains(UInt8(ascii: ",")))
        guard valid else {
            // `100,000-300,000` and `50,000+` fail the grouping too: said for what they are first.
            try refuseRecognisedMistake(original)
            // South Asian statistics group by lakh and crore: 1,00,000 is a hundred thousand.
            if parts.count == 1, groups.count >= 3, (1...2).contains(first.count), first.first != "0",
               groups.last?.count == 3, groups.dropFirst().dropLast().allSatisfy({ $0.count == 2 }),
               first.allSatisfy({ $0.isASCII && $0.isNumber }), groups.dropFirst().allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
                let digits = String(groups.joined().drop { $0 == "-" }), sign = groups[0].hasPrefix("-") ? "-" : ""
                throw Failure(message: "\"\(original)\" groups its digits by lakh and crore, as Indian statistics write them; "
                    + "expected \(sign)\(digits) or groups of three digits, such as \(sign)\(NumberText.grouped(digits))")
            }
            if let message = DecimalComma.refusal(text, original: original) { throw Failure(message: message) }
            throw Failure(message: "\"\(original)\" has misplaced thousands separators; expected groups of three digits such as 2,450,000 (a decimal comma is not accepted: use a point)")
        }
        return groups.joined() + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// True for `-12`, `3.5`, `1.4e6`: no `nan`, `inf`, hex or leading `+`.
    private static func isPlainDecimal(_ text: String) -> Bool {
        var sawDigit = false
        var previous: Unicode.Scalar?
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9": sawDigit = true
            case "-" where offset == 0: break
            case "-", "+": if previous != "e" && previous != "E" { return false }
            case ".", "e", "E": break
            default: return false
            }
            previous = scalar
        }
        return sawDigit
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks, the no-break spaces
    /// (U+00A0, U+202F) and the other Unicode spaces word processors and spreadsheets write
    /// (U+2000 to U+200A, U+3000).
    ///
    /// Works on UTF-8 bytes: this runs for every field of every row, and walking `Character`s
    /// (grapheme clusters) from both ends costs more than the rest of validation together.
    func trimmingWhitespace() -> String {
        let text = Substring(self)
        let bytes = text.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end {
            let length = Self.spaceLength(startingAt: start, in: bytes, before: end)
            if length == 0 { break }
            start = bytes.index(start, offsetBy: length)
        }
        while end > start {
            let length = Self.spaceLength(endingAt: end, in: bytes, after: start)
            if length == 0 { break }
            end = bytes.index(end, offsetBy: -length)
        }
        return String(text[start..<end])
    }

    /// The length in bytes of the space that starts at `index`, or 0.
    private static func spaceLength(startingAt index: Substring.UTF8View.Index, in bytes: Substring.UTF8View, before end: Substring.UTF8View.Index) -> Int {
        let first = bytes[index]
        if first.isTrimmedSpace { return 1 }
        guard first == 0xC2 || first == 0xE2 || first == 0xE3 else { return 0 }
        let available = bytes.distance(from: index, to: end)
        func byte(_ offset: Int) -> UInt8 { bytes[bytes.index(index, offsetBy: offset)] }
        if first == 0xC2 { return available >= 2 && byte(1) == 0xA0 ? 2 : 0 }
        guard available >= 3 else { return 0 }
        return isWideSpace(first, byte(1), byte(2)) ? 3 : 0
    }

    /// The length in bytes of the space that ends just before `index`, or 0.
    private static func spaceLength(endingAt index: Substring.UTF8View.Index, in bytes: Substring.UTF8View, after start: Substring.UTF8View.Index) -> Int {
        let available = bytes.distance(from: start, to: index)
        func byte(_ offset: Int) -> UInt8 { bytes[bytes.index(index, offsetBy: -offset)] }
        let last = byte(1)
        if last.isTrimmedSpace { return 1 }
        if last == 0xA0 && available >= 2 && byte(2) == 0xC2 { return 2 }
        guard available >= 3 else { return 0 }
        return isWideSpace(byte(3), byte(2), last) ? 3 : 0
    }

    /// U+2000 to U+200A, U+202F and U+3000, as UTF-8.
    private static func isWideSpace(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        (a == 0xE2 && b == 0x80 && ((0x80...0x8A).contains(c) || c == 0xAF)) || (a == 0xE3 && b == 0x80 && c == 0x80)
    }
}

extension String {
    /// The text without the spaces `trimmingWhitespace` removes; the string itself, without a
    /// copy, when it has none (nearly every field of a clean file).
    func trimmingWhitespace() -> String {
        guard let (first, last) = utf8Ends,
              first.isTrimmedSpace || last.isTrimmedSpace || first >= 0xC2 || last >= 0x80 else { return self }
        return Substring(self).trimmingWhitespace()
    }

    /// The first and last bytes of the text's UTF-8; nil when it is empty.
    ///
    /// Why not `utf8.first` and `utf8.last`: `last` steps back through the checks of String's
    /// indices, and `trimmingWhitespace` asks it of nearly every field of every row, which was
    /// 2 % of a figures load's reading thread (`callgrind`, session 63). The bytes read directly
    /// cost about half.
    var utf8Ends: (first: UInt8, last: UInt8)? {
        let direct: (first: UInt8, last: UInt8)?? = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.isEmpty ? nil : (bytes[0], bytes[bytes.count - 1])
        }
        if let direct { return direct }
        guard let first = utf8.first, let last = utf8.last else { return nil }
        return (first, last)
    }
}

extension UInt8 {
    /// A space, tab or line break: the ASCII bytes `trimmingWhitespace` removes.
    var isTrimmedSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while result.last == " " { result = result.dropLast() }
        return result
    }
}
