import Storage

/// Turns a row of a measures file into a validated `Measure`, or the list of everything wrong
/// with it: a measure a user defines for figures tipdb's vocabulary has no place for.
///
/// Why a file, not `tipdb sql`: a national referral mechanism's count of potential victims of
/// modern slavery, or a survey's measure of its own, was stored under the nearest measure tipdb
/// had, and briefs then printed that measure's definition and legal basis for it (an expert
/// witness's review, session 53). A measures file checks what the schema's CHECKs would refuse
/// with a message per cell, and records which batch defined the measure.
struct MeasureBuilder {
    let vocabulary: Vocabulary

    /// A measure code: lower-case letters and digits, in words joined by single hyphens.
    static func isCode(_ text: String) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return !words.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
        }
    }

    func build(_ row: inout RowReader) -> Measure? {
        let code = row.required("code", what: "a measure code of your own, such as nrm-referrals")
        if let code, !Self.isCode(code) {
            row.fail("code", "\"\(code)\" is not a measure code; expected lower-case letters and digits in words joined by hyphens, such as \(Measure.codeSpelling(of: code.lowercased()))")
        }
        let label = row.required("label", what: "the measure's name as briefs print it")
        let counts = row.required("counts", what: "what it counts: " + Self.or(Measure.countsKinds))
        if let counts, !Measure.countsKinds.contains(counts) {
            row.fail("counts", "\"\(counts)\" is not what a measure counts; expected " + Self.or(Measure.countsKinds))
        }
        let concept = row.required("concept", what: "its concept: " + Self.or(Measure.concepts))
        if let concept, !Measure.concepts.contains(concept) {
            row.fail("concept", "\"\(concept)\" is not a concept; expected " + Self.or(Measure.concepts))
        }
        // Briefs print the definition as a sentence, the legal basis after it: one without its full stop ran into it.
        let definition = row.required("definition", what: "what exactly is counted, in a sentence a reader understands (briefs print it)")
            .map { text in text.last.map { ".?!".contains($0) } == true ? text : text + "." }
        let parent = row.text("parent")
        if let parent, parent == code {
            row.fail("parent", "a measure cannot be part of itself; expected the code of a broader measure, or the cell empty")
        }
        var unit = row.text("default_unit")
        if let given = unit {
            do { unit = try vocabulary.unit(given) } catch { row.fail("default_unit", error.message) }
        }
        if let counts, Measure.countsKinds.contains(counts) {
            let fitting = Self.fitting(counts, vocabulary)
            if let chosen = unit ?? Self.usualUnit(counts) {
                if !fitting.contains(chosen) {
                    row.fail("default_unit", "unit \(chosen) does not fit a measure that counts \(counts); expected " + Self.or(fitting))
                }
                unit = chosen
            } else {
                row.fail("default_unit", "no default_unit given, and a measure that counts \(counts) has no usual unit; expected " + Self.or(fitting))
            }
        }
        guard row.issues.isEmpty, let code, let label, let counts, let concept, let definition, let unit else { return nil }
        return Measure(
            code: code, label: label, counts: counts, concept: concept, definition: definition,
            legalBasis: row.text("legal_basis"), parent: parent, defaultUnit: unit)
    }

    /// The unit a measure counting `counts` is taken to be in when its file gives none: persons
    /// for people, US dollars for money, an index score for an index; nil for a rate, whose base
    /// (per 1,000 or per 100,000) only its source can say.
    static func usualUnit(_ counts: String) -> String? {
        switch counts {
        case "money": "USD"
        case "index": "index"
        case "rate": nil
        default: "persons"
        }
    }

    /// The units a measure counting `counts` may take as its usual unit (`Measure.fits`), of the
    /// kind of quantity it counts: a rate for a rate, money for money, an index for an index, a
    /// count or a share for people or cases; no change between periods.
    static func fitting(_ counts: String, _ vocabulary: Vocabulary) -> [String] {
        var dimensions: [String: String] = [:]
        for code in vocabulary.unitCodes { dimensions[code] = vocabulary.dimension(of: code) }
        let usual: Set<String> = switch counts {
        case "rate": ["rate"]
        case "money": ["money"]
        case "index": ["index"]
        default: ["count", "share"]
        }
        return vocabulary.unitCodes.filter { unit in
            guard let dimension = dimensions[unit], usual.contains(dimension) else { return false }
            let measure = Measure(code: "", label: "", counts: counts, concept: "", definition: "", defaultUnit: unit)
            return measure.fits(unit: unit, dimensions: dimensions)
        }
    }

    /// `a, b or c`.
    static func or(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + (items.last ?? "")
    }
}
