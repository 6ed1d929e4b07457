import Foundation
import Storage

/// What one indicator column of an Our World in Data grapher file holds: measure, subgroup and
/// unit, read from its title such as
/// `16.2.2 - Detected victims of human trafficking, by age and sex (number) - VC_HTF_DETV - under 18 years old - Female`.
///
/// The measure comes from `--measure` or from words in the title that name one measure only;
/// a title that names none is an error rather than a guess.
struct OWIDIndicator {
    let title: String
    let measure: Measure
    let sex: String
    let ageGroup: String
    let unit: String
    /// The power of ten the published numbers are multiplied by: 3 for a title "(thousands)".
    let multiplierExponent: Int
    /// Whether the unit counts people or cases: such a number is whole and never negative.
    let isCount: Bool

    /// Phrases in a title → measure code, most specific first.
    private static let phrases: [(String, String)] = [
        ("detected victims", "detected-trafficking-victims"), ("victims detected", "detected-trafficking-victims"),
        ("prosecuted", "persons-prosecuted"), ("convicted", "persons-convicted"),
        ("formal contact", "persons-formal-contact"), ("offences of trafficking", "trafficking-offences"),
        ("forced marriage", "forced-marriage"), ("forced labour", "forced-labour"), ("forced labor", "forced-labour"),
        ("modern slavery", "modern-slavery"),
    ]

    init(title: String, metadata: OWIDMetadata.Column?, measure given: Measure?, vocabulary: Vocabulary) throws(Vocabulary.Failure) {
        self.title = title
        let words = ([title, metadata?.titleShort, metadata?.titleLong].compactMap { $0 }).joined(separator: " | ").lowercased()
        if let given {
            measure = given
        } else if let code = Self.phrases.first(where: { words.contains($0.0) })?.1 {
            measure = try vocabulary.measure(code)
        } else if let named = title.split(separator: "-").lazy.compactMap({ try? vocabulary.measure(String($0)) }).first {
            measure = named
        } else {
            throw Vocabulary.Failure(message: "cannot tell which measure column \"\(title)\" holds; pass --measure with a code from the measures table (tipdb sql 'SELECT code, label FROM measures')")
        }
        let segments = title.components(separatedBy: " - ").map { $0.trimmingWhitespace().lowercased() }
        sex = segments.compactMap { segment in
            switch segment {
            case "female", "females", "women", "girls": "female"
            case "male", "males", "men", "boys": "male"
            default: nil
            }
        }.last ?? "total"
        if words.contains("under 18") || words.contains("0-17") || words.contains("children") {
            ageGroup = "children"
        } else if words.contains("18 years old and over") || words.contains("18 and over") || words.contains("adults") {
            ageGroup = "adults"
        } else {
            ageGroup = "total"
        }
        let unitWords = words + " " + [metadata?.unit, metadata?.shortUnit].compactMap { $0?.lowercased() }.joined(separator: " ")
        if unitWords.contains("per 100,000") || unitWords.contains("per 100 000") || unitWords.contains("per 100000") {
            unit = "per-100000"
        } else if unitWords.contains("per 1,000") || unitWords.contains("per 1000") {
            unit = "per-1000"
        } else if unitWords.contains("(%)") || metadata?.shortUnit == "%" || unitWords.contains("share of") {
            unit = "percent"
        } else {
            unit = measure.defaultUnit
        }
        try vocabulary.check(unit: unit, fits: measure)
        isCount = vocabulary.dimension(of: unit) == "count"
        // The metadata's unit says so too ("thousand persons", short unit "k"): a count in
        // thousands read as persons is a thousand times too small.
        let metadataUnit = metadata?.unit?.lowercased() ?? ""
        if words.contains("(thousands)") || words.contains("in thousands") || metadataUnit.hasPrefix("thousand")
            || metadata?.shortUnit?.lowercased() == "k" {
            multiplierExponent = 3
        } else if words.contains("(millions)") || words.contains("in millions") || metadataUnit.hasPrefix("million") {
            multiplierExponent = 6
        } else {
            multiplierExponent = 0
        }
    }
}
