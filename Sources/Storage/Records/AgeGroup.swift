/// The age groups a figure may be stored with, and the one rule that reads them: ingest (figure
/// files, GLOTIP exports) stores what `read(_:)` returns, and `tipdb check` warns about a stored
/// age group that `read(_:)` would not return as it is (`isStored(_:)`).
///
/// Why a closed set: free text (`under 18 years old`, `teenagers`, `age 18-20`) was stored as
/// written, so one band became several subgroups, and several figure keys, that no brief could
/// compare, and a typo became a subgroup of its own.
public enum AgeGroup {
    /// What the age groups accepted are, for messages and `--help`.
    public static let accepted =
        "total, children, adults, unknown, or an age band in whole years: 18-20 (also 18 to 20, 18-20 years), "
        + "65+ (also 65 and over, 65 or older, over 65), under 5 (stored as 0-4); 0-17 and under 18 are children, 18+ adults, 0+ total"

    /// The age group of people whose age was not recorded (`Unknown age`, `age not stated`:
    /// `UnknownCategory`).
    public static let unknown = "unknown"

    /// The oldest age a band may name: a larger number is a slip.
    static let oldest = 120

    /// Why a text is not an age group.
    public enum Failure: Error, Equatable, Sendable {
        /// Not one of the accepted forms.
        case notAnAgeGroup(String)
        /// A band whose first age is above its last (`20-18`).
        case backwards(String, from: Int, to: Int)
        /// An age above `oldest`.
        case tooOld(String)

        public var message: String {
            switch self {
            case .notAnAgeGroup(let text):
                "\"\(text)\" is not an age group; expected \(AgeGroup.accepted)"
            case .backwards(let text, let from, let to):
                "age band \"\(text)\" runs backwards; expected the younger age first, such as \(to)-\(from)"
            case .tooOld(let text):
                "age band \"\(text)\" names an age above \(AgeGroup.oldest); expected ages from 0 to \(AgeGroup.oldest)"
            }
        }
    }

    /// The stored form of an age group: `total`, `children`, `adults`, `unknown`, `N-M` or `N+`.
    ///
    /// Each band has one stored form whatever its spelling: `18 - 20`, `18 to 20 years` and CTDC's
    /// `18--20` are `18-20`; `65 +`, `65+ years`, `65 and over` and `over 65` are `65+` (as tables
    /// mean "over 65"); `under 5` is `0-4`; and a band that is a word's is that word: `0-17`,
    /// `under 18`, `under 18 years old` and `<18` are `children`, `18+` and `18 years or over`
    /// are `adults` (what OWID's "under 18" and GLOTIP's "0 to 17 years" columns store too);
    /// `unknown` is any wording of `UnknownCategory` for age (`Unknown age`, `age not stated`); a
    /// band up to the oldest age has no upper end (`65-120` is `65+`), and `0+` is everyone, `total`.
    /// Case, spaces and Unicode dashes (`Dashes`) do not matter.
    public static func read(_ text: String) throws(Failure) -> String {
        // The stored words as written, as nearly every row of a file gives them: lower-casing,
        // splitting and folding dashes cost some 6,000 instructions a row.
        switch text {
        case "total", "children", "adults", "unknown": return text
        default: break
        }
        let k = Dashes.folded(text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
        switch k {
        case "", "total", "all", "all ages": return "total"
        case "children", "child", "minors", "minor": return "children"
        case "adults", "adult": return "adults"
        default: break
        }
        // `Unknown age`, `age not stated`, `not recorded`: the words every reader shares
        // (`UnknownCategory`), so that one accepted `age unknown` and refused `Unknown age`.
        if UnknownCategory.isUnknown(k, in: .age) { return unknown }
        guard let band = band(k) else { throw .notAnAgeGroup(text) }
        if band.from > oldest || (band.to ?? 0) > oldest { throw .tooOld(text) }
        if let to = band.to, band.from > to { throw .backwards(text, from: band.from, to: to) }
        // A band up to the oldest age has no upper end: `18-120` is `18+`, adults.
        let written = band.to.flatMap { $0 == oldest ? nil : "\(band.from)-\($0)" } ?? "\(band.from)+"
        switch written {
        case "0+": return "total"
        case "0-17": return "children"
        case "18+": return "adults"
        default: return written
        }
    }

    /// True when `stored` is an age group as ingest stores it: what `tipdb check` asks of rows
    /// written by older versions or by hand.
    public static func isStored(_ stored: String) -> Bool {
        (try? read(stored)) == stored
    }

    /// The words around a band's ages, one list for every reader: a figures file's age_group, a
    /// GLOTIP export's Age and the bands of an Our World in Data column title (`OWIDSubgroup`),
    /// which once kept lists of its own and refused "over 18" that a figures file read as adults.
    enum Spellings {
        /// After the ages, dropped: `18-20 years`, `under 18 years of age`.
        static let units = [" years of age", " years old", " of age", " years", " year", " yrs", " yr", "years", "yrs"]
        /// Before an age that is the first not in the band: `under 18` is 0-17.
        static let below = ["under ", "below ", "younger than ", "less than ", "<"]
        /// Before the band's first age, which has no last: `over 65` is 65+, as tables mean it.
        static let over = ["over ", "above "]
        /// After the band's first age, which has no last: `65 and over`.
        static let andOver = [
            " and over", " or over", " and older", " or older", " and above", " or above", " and more", " or more", "+",
        ]
    }

    /// The first and last ages of a band (`to` nil for "and over"), or nil when `text`
    /// (lower-cased, spaces collapsed, dashes as hyphens) is not written as one of the accepted
    /// band forms.
    private static func band(_ text: String) -> (from: Int, to: Int?)? {
        var rest = Substring(text)
        func drop(_ suffixes: [String]) -> Bool {
            for suffix in suffixes where rest.hasSuffix(suffix) {
                rest = rest.dropLast(suffix.count)
                while rest.last == " " { rest = rest.dropLast() }
                return true
            }
            return false
        }
        func number(_ text: Substring) -> Int? {
            guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(text)
        }
        _ = drop(Spellings.units)
        for prefix in Spellings.below where rest.hasPrefix(prefix) {
            guard let below = number(rest.dropFirst(prefix.count).drop(while: { $0 == " " })), below > 0 else { return nil }
            return (0, below - 1)
        }
        for prefix in Spellings.over where rest.hasPrefix(prefix) {
            return number(rest.dropFirst(prefix.count)).map { ($0, nil) }
        }
        if drop(Spellings.andOver) {
            _ = drop(Spellings.units)
            return number(rest).map { ($0, nil) }
        }
        var bounds: [Substring]
        if let range = rest.range(of: " to ") {
            bounds = [rest[..<range.lowerBound], rest[range.upperBound...]]
        } else {
            bounds = rest.split(separator: "-", omittingEmptySubsequences: false)
            if bounds.count == 3, bounds[1].isEmpty || bounds[1] == " " { bounds = [bounds[0], bounds[2]] }  // CTDC's 18--20
        }
        guard bounds.count == 2 else { return nil }
        func trim(_ text: Substring) -> Substring {
            var text = text
            while text.first == " " { text = text.dropFirst() }
            while text.last == " " { text = text.dropLast() }
            return text
        }
        guard let from = number(trim(bounds[0])), let to = number(trim(bounds[1])) else { return nil }
        return (from, to)
    }
}
