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
                    if reading.sex == "total" && reading.ageGroup == "total" && reading.form == nil {
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
        // The metadata's unit says so too ("thousand persons", short unit "k", "billion US
        // dollars"): a count in thousands read as persons is a thousand times too small, and a sum
        // of money in billions read as dollars a billion times.
        let titled = try OWIDScale.titled(words, name: name)
        let stated = try OWIDScale.stated(metadata, name: name)
        if let titled, let stated, titled != stated {
            let unitWords = switch vocabulary.dimension(of: unit) {
            case "money"?: unit == "USD" ? "US dollars" : "US dollars per person"
            default: unit
            }
            throw Vocabulary.Failure(message: OWIDScale.conflict(name, titled: titled, stated: stated, metadata: metadata, unitWords: unitWords))
        }
        multiplierExponent = (titled ?? stated)?.exponent ?? 0
    }

    /// The scale the values are multiplied by, for messages: `thousands`, `billions`; nil for
    /// values counted as written.
    var scale: OWIDScale? {
        multiplierExponent == 0 ? nil : OWIDScale(exponent: multiplierExponent)
    }
}
