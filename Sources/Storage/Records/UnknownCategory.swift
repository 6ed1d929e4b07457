/// The words that say a subgroup's category was not recorded (`unknown`, `not stated`, `Unknown
/// age`, `sex not recorded`, `form of exploitation not known`): one list for every reader, a
/// figures file's `sex`, `age_group` and `form`, a GLOTIP export's Sex, Age and Category, and an
/// Our World in Data column title.
///
/// Why one list: each reader kept its own, so a figures file refused `sex not recorded` while an
/// Our World in Data column titled with the same words was stored as both sexes, and a column of
/// victims of "Unknown age" became a country's total (7 in place of 41), although a figures file
/// stored `age unknown` as the unknown age group and refused `Unknown age` (a national
/// statistician's review, session 53).
///
/// What a reader does with an unknown category is its dimension's: an age group and a form can be
/// `unknown` (`AgeGroup.unknown`, `ExploitationForm.unknown`), a sex cannot (the schema's CHECK on
/// `figures.sex`), so an unknown sex is refused.
public enum UnknownCategory {
    /// The part of a subgroup whose category is unknown.
    public enum Dimension: Sendable, CaseIterable {
        case sex
        case age
        case form

        /// How texts name the dimension, beside a word of `marks`: `age` in `age unknown`.
        var names: [String] {
            switch self {
            case .sex: ["sex", "gender"]
            case .age: ["age", "ages", "age group"]
            case .form:
                ["form", "forms", "form of exploitation", "forms of exploitation", "type of exploitation", "purpose",
                 "purpose of exploitation", "exploitation"]
            }
        }

        /// The dimension as messages name it: `sex`, `age`, `form`.
        public var word: String {
            switch self {
            case .sex: "sex"
            case .age: "age"
            case .form: "form"
            }
        }
    }

    /// Words that say a category is not known, alone or before or after the dimension's name.
    public static let marks = [
        "unknown", "not known", "not recorded", "not stated", "not reported", "not specified", "unspecified",
        "not identified", "unidentified", "undetermined", "not determined",
    ]

    /// The phrases that say `dimension`'s category is unknown, lower case, one space between
    /// words: each mark before or after each name (`unknown age`, `age not stated`), or after it
    /// with `is` or `was` between (`age is unknown`).
    public static func phrases(for dimension: Dimension) -> [String] {
        switch dimension {
        case .sex: sexPhrases
        case .age: agePhrases
        case .form: formPhrases
        }
    }

    private static let sexPhrases = build(.sex)
    private static let agePhrases = build(.age)
    private static let formPhrases = build(.form)
    private static let texts: [Dimension: Set<String>] = Dictionary(
        uniqueKeysWithValues: Dimension.allCases.map { ($0, Set(marks + phrases(for: $0))) })

    private static func build(_ dimension: Dimension) -> [String] {
        dimension.names.flatMap { name in
            marks.flatMap { mark in ["\(mark) \(name)", "\(name) \(mark)", "\(name) is \(mark)", "\(name) was \(mark)"] }
        }
    }

    /// True when `text`, a cell of a column for `dimension`, says its category is unknown: a
    /// mark alone (`unknown`, `not stated`) or a phrase of `phrases(for:)` (`Unknown age`); case,
    /// spaces, hyphens, underscores and Unicode dashes aside (`age-not-recorded`).
    public static func isUnknown(_ text: String, in dimension: Dimension) -> Bool {
        texts[dimension]?.contains(folded(text)) ?? false
    }

    /// The dimension whose category `text` says is unknown when it names one (`sex not
    /// recorded` is sex), nil for a mark alone or any other text: for a cell written in another
    /// dimension's column (`sex unknown` as an age group).
    public static func dimension(namedBy text: String) -> Dimension? {
        let key = folded(text)
        return Dimension.allCases.first { phrases(for: $0).contains(key) }
    }

    /// Lower case, words separated by one space (hyphens and underscores as spaces).
    static func folded(_ text: String) -> String {
        Dashes.folded(text.lowercased())
            .split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "_" })
            .joined(separator: " ")
    }
}
