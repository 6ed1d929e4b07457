import Foundation

/// A column of an Our World in Data grapher file that holds a bound of another indicator's
/// estimate: its title is the indicator's followed by ` - lower bound` or ` - upper bound` (also
/// `(lower bound)`, `(upper)`, ` - lower limit`, `(95% CI, upper bound)`), as OWID titles the
/// interval of a modelled estimate such as Walk Free's prevalence.
///
/// Why: the reader took its measure and unit from the title and ignored the words, so a file
/// with an estimate and its bounds was refused as "the same figures" twice, with the advice to
/// load the columns from separate files; doing so stored each bound as the estimate under the
/// same key, with a revision history nobody published. A bound is read as the `low` or `high`
/// of the estimate on its row, and never as an estimate of its own.
struct OWIDBoundColumn {
    enum Side {
        case low, high

        /// `lower` or `upper`, for messages.
        var word: String { self == .low ? "lower" : "upper" }
        /// The figures table's column it fills.
        var field: String { self == .low ? "low" : "high" }
    }

    let side: Side
    /// The indicator's title as the bound's title names it (the part before ` - lower bound`).
    let indicatorTitle: String
    /// The level the title states (`95% CI`), as a fraction, or nil.
    let level: Double?

    /// Reads `title` as a bound's, or nil when it names no lower or upper bound at its end.
    init?(title: String) {
        let trimmed = title.trimmingWhitespace()
        var base: Substring
        var qualifier: Substring
        if trimmed.hasSuffix(")"), let open = trimmed.range(of: "(", options: .backwards) {
            base = trimmed[..<open.lowerBound]
            qualifier = trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]
        } else if let dash = [" - ", " – ", " — ", ", "].compactMap({ trimmed.range(of: $0, options: .backwards) })
            .max(by: { $0.lowerBound < $1.lowerBound }) {
            base = trimmed[..<dash.lowerBound]
            qualifier = trimmed[dash.upperBound...]
        } else {
            return nil
        }
        while let last = base.last, last == " " || last == "-" || last == "–" || last == "—" || last == "," { base = base.dropLast() }
        guard !base.isEmpty else { return nil }
        let words = qualifier.lowercased()
        let stated = Self.levels(in: words)
        // What is left once the level (`95% CI`, `95% uncertainty interval`) is set aside.
        let kept = words.split(whereSeparator: { " ,:;%".contains($0) })
            .filter { !Self.levelWords.contains(String($0)) && !$0.allSatisfy { $0.isNumber || $0 == "." } }
            .joined(separator: " ")
        switch kept {
        case "lower bound", "lower", "lower limit", "lower estimate", "low estimate", "lower bound estimate": side = .low
        case "upper bound", "upper", "upper limit", "upper estimate", "high estimate", "upper bound estimate": side = .high
        default: return nil
        }
        indicatorTitle = String(base)
        level = stated.count == 1 ? stated.first : nil
    }

    /// Words around a level that say it is one (`95% confidence interval`, `90% UI`).
    private static let levelWords: Set<String> = ["confidence", "uncertainty", "credible", "prediction", "interval", "ci", "ui", "cri"]

    /// Whether the estimate column titled `estimate` is the indicator this bound names: the same
    /// title, ignoring case, or with ` (central estimate)`, `(best estimate)`, `(point estimate)`
    /// or ` - estimate` after it, as OWID titles the estimate beside its bounds.
    func bounds(_ estimate: String) -> Bool {
        Self.indicator(estimate).caseInsensitiveCompare(Self.indicator(indicatorTitle)) == .orderedSame
    }

    /// `title` without the words that say it is the estimate of an interval.
    private static func indicator(_ title: String) -> String {
        let trimmed = title.trimmingWhitespace()
        let lowered = trimmed.lowercased()
        for suffix in [" (central estimate)", " (best estimate)", " (point estimate)", " (estimate)", " - central estimate",
                       " - best estimate", " - point estimate", " - estimate"] where lowered.hasSuffix(suffix) {
            return String(trimmed.dropLast(suffix.count)).trimmingWhitespace()
        }
        return trimmed
    }

    /// The distinct confidence levels `text` states (`95% CI`, `95% confidence interval`,
    /// `90% uncertainty interval`), as fractions: a bound's level is read only when one is stated.
    static func levels(in text: String) -> Set<Double> {
        let pattern = #"(\d{2}(?:\.\d+)?)\s?%\s*(?:confidence interval|uncertainty interval|credible interval|prediction interval|interval|CI|UI|CrI)\b"#
        // The pattern is a constant; it compiles, or no level is read.
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        var found = Set<Double>()
        for match in expression.matches(in: text, range: range) {
            guard let digits = Range(match.range(at: 1), in: text), let percent = Double(text[digits]), percent > 0, percent < 100 else { continue }
            found.insert(percent / 100)
        }
        return found
    }
}
