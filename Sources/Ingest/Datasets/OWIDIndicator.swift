import Foundation
import Storage

/// What one indicator column of an Our World in Data grapher file holds: measure, form of
/// exploitation, subgroup and unit, read from its title such as
/// `16.2.2 - Detected victims of human trafficking, by age and sex (number) - VC_HTF_DETV - under 18 years old - Female`.
///
/// The measure comes from `--measure` or from the title (`OWIDTitle`), else from the metadata's
/// long or short title when the column's own title names no concept (a column of short names);
/// a title that names none is an error rather than a guess. The unit comes from the metadata's
/// unit, else its short unit, else the titles (`OWIDUnit`), else the measure's own; one that
/// contradicts the others or the measure is an error (`statedUnit(of:title:words:metadata:measure:given:vocabulary:)`).
struct OWIDIndicator {
    let title: String
    let measure: Measure
    /// The purpose of exploitation of a trafficking count ("... for forced labour"), or nil.
    let form: String?
    let sex: String
    let ageGroup: String
    let unit: String
    /// The power of ten the published numbers are multiplied by: 3 for a title "(thousands)".
    let multiplierExponent: Int

    init(title: String, metadata: OWIDMetadata.Column?, measure given: Measure?, vocabulary: Vocabulary) throws(Vocabulary.Failure) {
        self.title = title
        let words = ([title, metadata?.titleShort, metadata?.titleLong].compactMap { $0 }).joined(separator: " | ").lowercased()
        let name = "column \"\(title)\""
        var reading: OWIDTitle
        var disagreement: String?
        do {
            reading = try OWIDTitle(title, name: name, given: given)
            if reading.measure == nil {
                for (field, alternative) in [("titleLong", metadata?.titleLong), ("titleShort", metadata?.titleShort)] {
                    guard let alternative else { continue }
                    let other = try OWIDTitle(alternative, name: "\(name) (\(field) \"\(alternative)\" in the metadata)", given: nil)
                    guard other.measure != nil else { continue }
                    // A column named by a code (VC_HTF_DETV_F) says nothing of its subgroup: the
                    // metadata's title does, and must not be dropped; a subgroup in both must agree.
                    if reading.sex == "total" && reading.ageGroup == "total" {
                        reading = other
                    } else if (other.sex != "total" && other.sex != reading.sex) || (other.ageGroup != "total" && other.ageGroup != reading.ageGroup) {
                        disagreement = "\(name) is for sex \(reading.sex), age \(reading.ageGroup), but the metadata's \(field) \"\(alternative)\" is for sex \(other.sex), age \(other.ageGroup); expected the two titles to name the same subgroup"
                    } else {
                        reading = OWIDTitle(measure: other.measure, form: other.form, subgroupOf: reading)
                    }
                    break
                }
            }
        } catch {
            throw Vocabulary.Failure(message: error.message)
        }
        if let disagreement { throw Vocabulary.Failure(message: disagreement) }
        if let code = reading.measure {
            measure = try vocabulary.measure(code)
        } else if let named = title.split(separator: "-").lazy.compactMap({ try? vocabulary.measure(String($0)) }).first {
            measure = named
        } else {
            throw Vocabulary.Failure(message: "cannot tell which measure column \"\(title)\" holds; pass --measure with a code from the measures table (tipdb sql 'SELECT code, label FROM measures')")
        }
        form = reading.form
        sex = reading.sex
        ageGroup = reading.ageGroup
        unit = try Self.statedUnit(of: name, title: title, words: words, metadata: metadata, measure: measure,
                                   given: given != nil, vocabulary: vocabulary)
        // The metadata's unit says so too ("thousand persons", short unit "k"): a count in
        // thousands read as persons is a thousand times too small.
        let titled = Self.exponent(ofTitle: words)
        let stated = Self.exponent(ofUnit: metadata)
        if let titled, let stated, titled != stated {
            throw Vocabulary.Failure(message: Self.scaleConflict(name, titled: titled, metadata: metadata))
        }
        multiplierExponent = titled ?? stated ?? 0
    }

    /// The power of ten a title gives its numbers in, "(thousands)" or "in millions" in the
    /// column's title or the metadata's short and long titles; nil when none says.
    static func exponent(ofTitle words: String) -> Int? {
        if words.contains("(thousands)") || words.contains("in thousands") { return 3 }
        if words.contains("(millions)") || words.contains("in millions") { return 6 }
        return nil
    }

    /// The power of ten the metadata's unit gives the numbers in: 3 for "thousand persons" or the
    /// short unit "k", 6 for "million ...", 0 for any other unit ("persons", "%"); nil when the
    /// metadata gives no unit.
    static func exponent(ofUnit metadata: OWIDMetadata.Column?) -> Int? {
        let unit = metadata?.unit?.trimmingWhitespace().lowercased() ?? ""
        let short = metadata?.shortUnit?.trimmingWhitespace().lowercased() ?? ""
        if unit.hasPrefix("thousand") || short == "k" { return 3 }
        if unit.hasPrefix("million") { return 6 }
        return unit.isEmpty && short.isEmpty ? nil : 0
    }

    /// Why a column whose title and metadata unit give its numbers different scales is refused,
    /// naming both and how to make them agree.
    ///
    /// Why refused: the title's "(thousands)" multiplied every value by 1,000 while the metadata's
    /// unit "persons" said they were people already, and only a note said which was believed; a
    /// figure a thousand times too large or too small is the worst slip a brief can repeat.
    static func scaleConflict(_ name: String, titled: Int, metadata: OWIDMetadata.Column?) -> String {
        let scale = titled == 3 ? "thousands" : "millions"
        let unit = [metadata?.unit.map { "unit \"\($0)\"" }, metadata?.shortUnit.map { "short unit \"\($0)\"" }]
            .compactMap { $0 }.joined(separator: " and ")
        let stated = switch exponent(ofUnit: metadata) {
        case 3: "in thousands"
        case 6: "in millions"
        default: "which counts them as written"
        }
        return "\(name) says its values are in \(scale), but its metadata gives the \(unit), \(stated); "
            + "tipdb cannot tell whether to multiply them by \(titled == 3 ? "1,000" : "1,000,000"): correct the unit in the metadata "
            + "(\"\(titled == 3 ? "thousand" : "million") persons\" if the title is right) or the column's title, then load the file again "
            + "(--metadata FILE reads a corrected copy)"
    }
}
