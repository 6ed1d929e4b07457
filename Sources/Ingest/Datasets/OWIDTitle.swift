import Storage

/// What an Our World in Data indicator title says its column counts: the measure, the form of
/// exploitation of a trafficking count, and the subgroup.
///
/// Trafficking, forced labour, forced marriage and modern slavery are different concepts that a
/// brief must never compare as one (see the measures table), so a title is read as a whole and
/// never by the first phrase that happens to match:
/// - a title naming several concepts is read by the one outside a parenthesis, which in Our
///   World in Data's titles lists the components of the other ("modern slavery (forced labour
///   and forced marriage)"); one that still names several, or leaves one out ("excluding forced
///   marriage"), is refused, and `--measure` decides;
/// - a trafficking count names the purpose of exploitation as its form ("detected victims of
///   trafficking for forced labour" is a count of trafficking victims, form forced-labour);
/// - sex and age words set the subgroup (UNODC's women and men are adults, girls and boys
///   children), or refuse the title when tipdb cannot tell which subgroup they mean; a negated
///   one ("not children") is read as the other age group, never as itself;
/// - an age or form said to be unknown ("Unknown age", "form of exploitation not known") is the
///   age group or form `unknown`, as in a figures file, and a sex not recorded is refused
///   (`OWIDUnknownCategory`).
struct OWIDTitle {
    struct Refusal: Error {
        let message: String
    }

    private(set) var measure: String?
    private(set) var form: String?
    private(set) var sex = "total"
    private(set) var ageGroup = "total"

    /// - Parameters:
    ///   - text: the title read.
    ///   - name: how messages name the column ("column \"...\"").
    ///   - given: the `--measure`: the title then decides only the form and the subgroup.
    init(_ text: String, name: String, given: Measure?) throws(Refusal) {
        let words = OWIDTitleWords(text)
        let matches = Self.matches(in: words)
        if let given {
            measure = given.code
            if given.concept == "trafficking" { form = try Self.form(of: matches, name: name) }
        } else {
            (measure, form) = try Self.concept(words, matches: matches, name: name)
        }
        let unknown = try OWIDUnknownCategory(words, name: name)
        if unknown.form {
            if let form {
                throw Refusal(message: "\(name) names a form of exploitation (\(form)) and a form not known; a figure has one form: expected a column for each")
            }
            form = ExploitationForm.unknown
        }
        (sex, ageGroup) = try OWIDSubgroup.read(words, name: name, unknown: unknown)
    }

    /// The subgroup of `reading` with the measure and form read from another title of the same
    /// column (the metadata's, when the column's own title names no concept).
    /// A form not known (`form of exploitation not known`) is part of the subgroup, and kept.
    init(measure: String?, form: String?, subgroupOf reading: OWIDTitle) {
        self.measure = measure
        self.form = reading.form == ExploitationForm.unknown ? reading.form : form
        sex = reading.sex
        ageGroup = reading.ageGroup
    }

    /// Phrases naming a concept: the measure it is when a title is about it, and the form of
    /// exploitation it is when a trafficking count is for it. A longer phrase wins over the
    /// shorter one inside it (state-imposed forced labour over forced labour).
    private static let concepts: [(phrase: String, measure: String?, form: String?)] = [
        ("modern slavery", "modern-slavery", nil),
        ("forced labour", "forced-labour", "forced-labour"),
        ("forced marriage", "forced-marriage", "forced-marriage"),
        ("state imposed forced labour", "state-imposed-forced-labour", "forced-labour"),
        ("forced commercial sexual exploitation", "forced-commercial-sexual-exploitation", "sexual-exploitation"),
        ("forced labour in the private economy", "forced-labour-private-economy", "forced-labour"),
        ("privately imposed forced labour", "forced-labour-private-economy", "forced-labour"),
        ("forced labour exploitation", "forced-labour-private", "forced-labour"),
        ("privately imposed forced labour exploitation", "forced-labour-private", "forced-labour"),
        ("sexual exploitation", nil, "sexual-exploitation"),
        ("removal of organ", nil, "organ-removal"),
        ("organ removal", nil, "organ-removal"),
        ("other purposes", nil, "other-exploitation"),
        ("other forms of exploitation", nil, "other-exploitation"),
    ]

    private struct Match {
        var range: Range<Int>
        var phrase: String
        var measure: String?
        var form: String?
        var inParentheses: Bool
        var negation: String?
    }

    /// Every concept phrase of the title, a phrase inside a longer one left out.
    private static func matches(in words: OWIDTitleWords) -> [Match] {
        var found: [Match] = []
        for concept in concepts {
            let length = concept.phrase.split(separator: " ").count
            for start in words.starts(of: concept.phrase) {
                found.append(Match(
                    range: start..<(start + length), phrase: concept.phrase, measure: concept.measure, form: concept.form,
                    inParentheses: words.words[start].inParentheses, negation: words.negation(before: start)))
            }
        }
        var kept: [Match] = []
        for match in found.sorted(by: { $0.range.count > $1.range.count }) where !kept.contains(where: { $0.range.overlaps(match.range) }) {
            kept.append(match)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let pass = "pass --measure with the one this column counts (tipdb sql 'SELECT code, label FROM measures')"

    /// The measure and form a title is about, or nil when it names no concept.
    private static func concept(_ words: OWIDTitleWords, matches: [Match], name: String) throws(Refusal) -> (String?, String?) {
        if let left = matches.first(where: { $0.negation != nil }) {
            throw Refusal(message: "\(name) leaves out \(left.phrase) (\"\(left.negation ?? "") \(left.phrase)\"): tipdb cannot tell which measure is left; \(pass)")
        }
        let trafficking = words.contains(["trafficking", "trafficked", "traffickers"])
        let measured = matches.filter { $0.measure != nil }
        if words.contains(["profits"]) {
            if trafficking { return ("trafficking-profits", nil) }
            if measured.contains(where: { $0.measure != "modern-slavery" && $0.measure != "forced-marriage" }) {
                return ("forced-labour-profits", nil)
            }
        }
        var counts: [String] = []
        if words.contains(["prosecuted", "prosecution", "prosecutions"]) { counts.append("persons-prosecuted") }
        if words.contains(["convicted", "conviction", "convictions"]) { counts.append("persons-convicted") }
        if !words.starts(of: "formal contact").isEmpty { counts.append("persons-formal-contact") }
        if trafficking && words.contains(["offences"]) { counts.append("trafficking-offences") }
        let victims = words.contains(["victims"])
        if victims && words.contains(["detected", "identified", "detection"]) {
            counts.append("detected-trafficking-victims")
        } else if victims && trafficking && words.contains(["estimated", "estimate", "estimates"]) {
            counts.append("trafficking-victims")
        }
        if counts.count > 1 {
            throw Refusal(message: "\(name) names more than one measure (\(counts.joined(separator: ", "))); \(pass)")
        }
        if let count = counts.first {
            if measured.contains(where: { $0.measure == "modern-slavery" }) {
                throw Refusal(message: "\(name) names more than one concept (\(count), modern-slavery), which tipdb keeps apart; \(pass)")
            }
            return (count, try form(of: matches, name: name))
        }
        if victims && trafficking {
            throw Refusal(message: "\(name) counts victims of trafficking but does not say whether they were detected or estimated; pass --measure detected-trafficking-victims (victims identified by authorities) or --measure trafficking-victims (estimates)")
        }
        let outside = measured.filter { !$0.inParentheses }
        var chosen: [String] = []
        for match in outside.isEmpty ? measured : outside {
            if let code = match.measure, !chosen.contains(code) { chosen.append(code) }
        }
        // Trafficking, or a purpose of trafficking, beside another concept: a title about both.
        if trafficking, !chosen.isEmpty { chosen.insert("trafficking", at: 0) }
        if !chosen.isEmpty, let purpose = matches.first(where: { $0.measure == nil }) { chosen.append(purpose.phrase) }
        guard chosen.count <= 1 else {
            throw Refusal(message: "\(name) names more than one concept (\(chosen.joined(separator: ", "))), which tipdb keeps apart; \(pass)")
        }
        return (chosen.first, nil)
    }

    /// The form of exploitation a trafficking count is for, nil for all forms.
    private static func form(of matches: [Match], name: String) throws(Refusal) -> String? {
        var forms: [String] = []
        for match in matches {
            if let form = match.form, !forms.contains(form) { forms.append(form) }
        }
        if let left = matches.first(where: { $0.negation != nil }) {
            throw Refusal(message: "\(name) leaves out \(left.phrase) (\"\(left.negation ?? "") \(left.phrase)\"), which is not a form of exploitation tipdb keeps; expected a column for one form, or for all")
        }
        guard forms.count <= 1 else {
            throw Refusal(message: "\(name) names more than one form of exploitation (\(forms.joined(separator: ", "))); a figure has one form: expected a column for each")
        }
        return forms.first
    }
}
