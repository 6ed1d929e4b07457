import Foundation

/// An estimate written with its uncertainty in one cell, as papers print it: with a margin
/// (`12.5 ± 2.7`, `12.5 +/- 2.7`, `12.5% ± 2.7%`) or with its interval (`12.5% (95% CI 9.8-15.2%)`,
/// `12.5 (95% CI: 9.8–15.2)`, `12.5 (9.8, 15.2)`, `12.5 [9.8-15.2]`).
///
/// Refused, never read: the cell holds three numbers for three columns (value, low, high) and a
/// level for a fourth, and a margin may be a standard error rather than the interval's
/// half-width, which only the source can say. The generic errors sent the analyst the wrong way:
/// the margin was refused for its "scale words", and the interval called "a range" with no word
/// of ci_level (review of session 50). Only on the way to an error: a number never gets here.
enum IntervalNotation {
    /// The message refusing `text`, or nil when it is neither form.
    static func refusal(for text: String) -> String? {
        let normal = text.replacingTypographicSpacesAndMinus().trimmingWhitespace()
        return margin(text, normal) ?? standardError(text, normal) ?? interval(text, normal)
    }

    /// `48,000 (SE 5,000)`: the estimate and its standard error, which tipdb has no column for.
    ///
    /// Why a message of its own: it was "not a number", and a standard error is not an interval's
    /// half-width: 48,000 ± 1.96 × 5,000 is a 95 % interval only under a normal approximation,
    /// which a multiple systems estimate's skewed interval often is not (a statistician's review,
    /// session 54), so tipdb does not work the bounds out.
    private static func standardError(_ text: String, _ normal: String) -> String? {
        guard let close = normal.last, close == ")" || close == "]",
              let open = normal.lastIndex(of: close == ")" ? "(" : "[") else { return nil }
        let estimate = normal[..<open].trimmingWhitespace()
        let inside = normal[normal.index(after: open)..<normal.index(before: normal.endIndex)].trimmingWhitespace()
        let lowered = inside.lowercased()
        guard let words = ["standard error", "s.e.", "se"].first(where: { lowered.hasPrefix($0) }) else { return nil }
        let error = inside.dropFirst(words.count).drop { $0 == " " || $0 == ":" || $0 == "=" || $0 == "," }.trimmingWhitespace()
        guard let value = try? NumberParser.parse(estimate), value.value != nil,
              let margin = try? NumberParser.parse(error), margin.value != nil else { return nil }
        return "\"\(text)\" gives a standard error: expected \(estimate) in value; low and high only for an interval the source "
            + "states, with its level in ci_level (\(estimate) ± 1.96 × \(error) is a 95% interval only under a normal approximation), "
            + "and the standard error in notes"
    }

    /// `12.5 ± 2.7`: the estimate and its margin, the bounds worked out when both are plain
    /// numbers in the same unit and scale.
    private static func margin(_ text: String, _ normal: String) -> String? {
        guard let sign = ["±", "+/-", "+/−", "+-"].compactMap({ normal.range(of: $0) }).first else { return nil }
        let estimate = normal[..<sign.lowerBound].trimmingWhitespace()
        let margin = normal[sign.upperBound...].trimmingWhitespace()
        guard let value = try? NumberParser.parse(estimate), value.value != nil, !margin.isEmpty else { return nil }
        var bounds = "\(estimate) minus and plus the margin"
        if let (lower, upper) = minusAndPlus(estimate, margin) {
            bounds = "\(lower) and \(upper), \(estimate) minus and plus \(margin)"
        }
        return "\"\(text)\" is an estimate with a margin: expected \(estimate) in value and its bounds in low and high (\(bounds), "
            + "if the margin is the interval's half-width — the source must say: ± is often a standard error), with the level in ci_level"
    }

    /// `estimate` minus and plus `margin`, written with the estimate's unit or scale word, when
    /// the margin is a plain number or has the same one; nil otherwise.
    private static func minusAndPlus(_ estimate: String, _ margin: String) -> (String, String)? {
        let (digits, suffix) = split(estimate)
        let (marginDigits, marginSuffix) = split(margin)
        guard marginSuffix.isEmpty || marginSuffix == suffix,
              let e = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")),
              let m = Decimal(string: marginDigits, locale: Locale(identifier: "en_US_POSIX")),
              !digits.contains(","), !marginDigits.contains(","), m > 0 else { return nil }
        let join = suffix.isEmpty || suffix == "%" ? suffix : " " + suffix
        return ("\(e - m)" + join, "\(e + m)" + join)
    }

    /// The digits of a number as written and what follows them (`%`, `million`), or an empty suffix.
    private static func split(_ number: String) -> (String, String) {
        let end = number.firstIndex { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == ",")) } ?? number.endIndex
        return (String(number[..<end]), number[end...].trimmingWhitespace())
    }

    /// `12.5% (95% CI 9.8-15.2%)`: the estimate, then its bounds and level in brackets.
    private static func interval(_ text: String, _ normal: String) -> String? {
        guard let close = normal.last, close == ")" || close == "]",
              let open = normal.lastIndex(of: close == ")" ? "(" : "[") else { return nil }
        let estimate = normal[..<open].trimmingWhitespace()
        var inside = normal[normal.index(after: open)..<normal.index(before: normal.endIndex)].trimmingWhitespace()
        guard let value = try? NumberParser.parse(estimate), value.value != nil else { return nil }
        // The level and the words that say what the interval is, before its bounds.
        var level: String?
        let pattern = #"^(?:(\d{2}(?:\.\d+)?)\s?%\s*)?(?:confidence interval|uncertainty interval|credible interval|CI|UI|CrI)?\s*[:,]?\s*"#
        if let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
           let match = expression.firstMatch(in: inside, range: NSRange(inside.startIndex..<inside.endIndex, in: inside)),
           let whole = Range(match.range, in: inside), !whole.isEmpty {
            if let digits = Range(match.range(at: 1), in: inside) { level = String(inside[digits]) }
            // A bare `95%` is the level only when bounds follow it.
            inside = String(inside[whole.upperBound...])
        }
        guard let (low, high) = bounds(inside) else { return nil }
        // `9.8-15.2%`: the unit or scale word written once belongs to both bounds, and to the estimate's.
        let (_, valueSuffix) = split(estimate)
        let (_, highSuffix) = split(high)
        let shared = highSuffix.isEmpty ? valueSuffix : highSuffix
        func withUnit(_ bound: String) -> String {
            guard split(bound).1.isEmpty, !shared.isEmpty else { return bound }
            return bound + (shared == "%" ? "%" : " " + shared)
        }
        let levelText = level.map { ", \($0) in ci_level" } ?? ", and its level in ci_level if the source states one"
        return "\"\(text)\" is an estimate with its confidence interval: expected \(estimate) in value, \(withUnit(low)) and \(withUnit(high)) in low and high\(levelText)"
    }

    /// The two bounds of `9.8-15.2`, `9.8–15.2`, `9.8 to 15.2`, `9.8, 15.2` or `9.8; 15.2`, each a number.
    private static func bounds(_ text: String) -> (String, String)? {
        for separator in [" to ", ", ", "; ", ",", ";", " - ", "-", "–", "—"] {
            var from = text.startIndex
            // The first character may be a minus sign of the lower bound.
            if separator == "-", text.first == "-" { from = text.index(after: from) }
            guard let range = text.range(of: separator, range: from..<text.endIndex) else { continue }
            let low = text[..<range.lowerBound].trimmingWhitespace(), high = text[range.upperBound...].trimmingWhitespace()
            guard !low.isEmpty, !high.isEmpty, (try? NumberParser.parse(high))?.value != nil,
                  (try? NumberParser.parse(low))?.value != nil || (try? NumberParser.parse(low + split(high).1))?.value != nil
            else { continue }
            return (low, high)
        }
        return nil
    }
}
