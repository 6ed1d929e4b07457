/// Normalises the small closed vocabularies analysts type in many ways: sex, age group, form of
/// exploitation, method, confidence level, source kind.
import Storage

public enum Terms {
    public struct Failure: Error, Equatable, Sendable {
        public let message: String
    }

    static func key(_ text: String) -> String {
        // Most values are already trimmed lower-case ASCII: skip the copies for them.
        if text.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || ($0 >= 0x30 && $0 <= 0x39) }) { return text }
        return text.trimmingWhitespace().lowercased().replacingEnDashes()
    }

    /// `total`, `female`, `male` or `other`.
    public static func sex(_ text: String) throws(Failure) -> String {
        switch key(text) {
        case "", "total", "all", "both", "both sexes", "t": return "total"
        case "female", "f", "women", "woman", "girls", "women and girls", "females": return "female"
        case "male", "m", "men", "man", "boys", "men and boys", "males": return "male"
        case "other", "x", "non-binary", "trans/transgender/nonconforming": return "other"
        default:
            throw Failure(message: "unknown sex \"\(text)\"; expected total, female, male or other")
        }
    }

    /// `total`, `children`, `adults`, or an age band, lower-cased, with its spaces collapsed and
    /// numeric bands written one way: `18 - 20`, `18 to 20`, `18-20 years` and CTDC's `18--20` are
    /// all `18-20`; `65 +`, `65+ years` and `65 and over` are `65+`; and a band that is a word's
    /// (`0 - 17`, `18 +`) is that word, as `0 to 17 years` (GLOTIP) always was. Written two ways,
    /// one band became two subgroups (and two figure keys) that a brief could not compare.
    public static func ageGroup(_ text: String) throws(Failure) -> String {
        var k = key(text)
        if k.contains("  ") { k = k.split(separator: " ").joined(separator: " ") }
        switch k {
        case "", "total", "all", "all ages": return "total"
        case "children", "child", "minors", "minor", "under 18", "<18": return "children"
        case "adults", "adult": return "adults"
        default:
            guard k.count <= 40, k.allSatisfy({ $0.isLetter || $0.isNumber || " -+<>\u{2010}\u{2011}".contains($0) }) else {
                throw Failure(message: "\"\(text)\" is not an age group; expected total, children, adults or a band such as 18-20")
            }
            guard let band = ageBand(k) else { return k }
            if let from = band.from, let to = band.to, from > to {
                throw Failure(message: "age band \"\(text)\" runs backwards; expected the younger age first, such as \(to)-\(from)")
            }
            let written = band.to.map { "\(band.from ?? 0)-\($0)" } ?? "\(band.from ?? 0)+"
            switch written {
            case "0-17": return "children"
            case "18+": return "adults"
            default: return written
            }
        }
    }

    /// The ages of a band written `18-20`, `18 to 20 years` or `65 and over` (`to` nil), or nil
    /// when `text` (lower-cased, spaces collapsed) is not written as a band.
    private static func ageBand(_ text: String) -> (from: Int?, to: Int?)? {
        var band = text.replacingOccurrences(of: "\u{2010}", with: "-").replacingOccurrences(of: "\u{2011}", with: "-")
            .replacingOccurrences(of: "--", with: "-")
        func dropUnit() {
            for unit in [" years old", " years", " year", " yrs", " yr", "years", "yrs"] where band.hasSuffix(unit) {
                band = String(band.dropLast(unit.count)).trimmingWhitespace()
                return
            }
        }
        dropUnit()
        for over in [" and over", " or over", " and older", " or older", " and above", " or above", "+"] where band.hasSuffix(over) {
            band = String(band.dropLast(over.count)).trimmingWhitespace()
            dropUnit()
            return Int(band).map { ($0, nil) }
        }
        let bounds = band.replacingOccurrences(of: " to ", with: "-").split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmingWhitespace() }
        guard bounds.count == 2, let from = Int(bounds[0]), let to = Int(bounds[1]) else { return nil }
        return (from, to)
    }

    /// A form of exploitation as its code (`Sexual exploitation` → `sexual-exploitation`,
    /// `forced labor` → `forced-labour`), a form outside the vocabulary as a lower-case slug, or
    /// nil for none (empty, `total`, `all`). For bulk loaders, which store what a publisher wrote
    /// (`tipdb check` warns about forms outside the vocabulary); files go through
    /// `exploitationForm`, which refuses them.
    public static func form(_ text: String) -> String? {
        let k = key(text)
        guard !k.isEmpty, k != "total", k != "all" else { return nil }
        return ExploitationForm.code(for: k) ?? ExploitationForm.slug(k)
    }

    /// A form of exploitation from `ExploitationForm`'s vocabulary, by code, label or common
    /// spelling (case-insensitive); nil for none (empty, `total`, `all`).
    public static func exploitationForm(_ text: String) throws(Failure) -> String? {
        let k = key(text)
        guard !k.isEmpty, k != "total", k != "all" else { return nil }
        if let code = ExploitationForm.code(for: k) { return code }
        // "forced labour; sexual exploitation": a list, whose nearest single form would mislead.
        let parts = k.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "/" || $0 == "|" }).map { $0.trimmingWhitespace() }
        if parts.count > 1, case let codes = parts.compactMap(ExploitationForm.code(for:)), codes.count == parts.count {
            throw Failure(message: "\"\(text)\" names several forms (\(codes.joined(separator: ", "))); expected one form per figure: sexual-and-labour-exploitation or mixed-forms for a figure of several, or one figure per form")
        }
        throw Failure(message: Suggestions.message(
            "unknown form of exploitation \"\(text)\"", for: ExploitationForm.slug(k), among: ExploitationForm.codes,
            expected: "expected one form per figure, by code or label: \(ExploitationForm.codes.joined(separator: ", "))"))
    }

    /// A figure method from the schema's list: `estimated`, `detected`, `reported` or `derived`.
    ///
    /// nil for an empty text: the figure then takes its measure's (`Measure.defaultMethod`).
    public static func figureMethod(_ text: String) throws(Failure) -> String? {
        let k = key(text)
        if k.isEmpty { return nil }
        if Figure.methods.contains(k) { return k }
        throw Failure(message: Suggestions.message(
            "unknown method \"\(text)\"", for: text, among: Figure.methods, expected: "expected estimated, detected, reported or derived"))
    }

    /// A study method from the schema's list.
    public static func studyMethod(_ text: String) throws(Failure) -> String? {
        let k = key(text)
        if k.isEmpty { return nil }
        let slug = k.split(separator: " ").joined(separator: "-")
        if Study.methods.contains(slug) { return slug }
        throw Failure(message: Suggestions.message(
            "unknown study method \"\(text)\"", for: text, among: Study.methods,
            expected: "expected one of \(Study.methods.joined(separator: ", "))"))
    }

    /// A confidence level as a fraction: `95`, `95%` and `0.95` all give 0.95.
    public static func ciLevel(_ text: String) throws(Failure) -> Double? {
        var k = key(text)
        if k.isEmpty { return nil }
        let percentSign = k.hasSuffix("%")
        if percentSign { k = String(k.dropLast()).trimmingWhitespace() }
        guard let number = Double(k), number.isFinite else {
            throw Failure(message: "\"\(text)\" is not a confidence level; expected a percentage such as 95 or 95% (or a fraction such as 0.95)")
        }
        // 95 and 95% are percentages, 0.95 a fraction. Rounded to nine places: 99.9 / 100 is
        // 0.9990000000000001 in binary, and the stored level should read as written.
        let fraction = percentSign || number >= 1 ? (number / 100 * 1e9).rounded() / 1e9 : number
        guard fraction >= 0.5 && fraction < 1 else {
            // Published levels are 50 % or more; 0.05 is a significance level, 1 % a slip.
            throw Failure(message: "confidence level \"\(text)\" is out of range; expected at least 50 and less than 100 percent, such as 95, 95% or 0.95 (not a significance level such as 0.05)")
        }
        return fraction
    }

    /// A source kind from the schema's list, accepting CSL-JSON types too.
    public static func sourceKind(_ text: String) throws(Failure) -> String {
        let k = key(text)
        if k.isEmpty { return "report" }
        let aliases: [String: String] = [
            "journal article": "journal-article", "blog": "blog-post", "web page": "webpage", "web": "webpage",
            "press release": "statement",
        ]
        if let mapped = Source.kindOfCSLType[k] ?? aliases[k] { return mapped }
        if Source.kinds.contains(k) { return k }
        throw Failure(message: Suggestions.message(
            "unknown source kind \"\(text)\"", for: text, among: Source.kinds,
            expected: "expected one of \(Source.kinds.joined(separator: ", "))"))
    }
}
