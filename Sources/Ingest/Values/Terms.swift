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
        // A Unicode dash is a hyphen, as in place names (`Dashes`): `forced‑labour`, `18–20`.
        return Dashes.folded(text.trimmingWhitespace().lowercased())
    }

    /// `total`, `female`, `male` or `other`. Words that carry an age too (`girls`, `women`) give
    /// theirs through `ageGroup(impliedBySex:)`.
    ///
    /// `unknown` is refused with what to write, where the age group takes it: the schema's CHECK
    /// on `figures.sex` allows only these four, and a count of people whose sex was not recorded
    /// is no subgroup of them (CTDC's derived figures keep it as a breakdown, which a file cannot give).
    public static func sex(_ text: String) throws(Failure) -> String {
        switch key(text) {
        case "", "total", "all", "both", "both sexes", "t": return "total"
        case "female", "f", "women", "woman", "girls", "girl", "women and girls", "females": return "female"
        case "male", "m", "men", "man", "boys", "boy", "men and boys", "males": return "male"
        case "other", "x", "non-binary", "trans/transgender/nonconforming": return "other"
        default:
            if UnknownCategory.isUnknown(text, in: .sex) {
                throw Failure(message: unknownSex(text) + "; for a figure of everyone, whatever their sex, leave sex empty (total); a count of only "
                    + "the people whose sex was not recorded is not a subgroup tipdb stores: give it in the notes of the total")
            }
            throw Failure(message: "unknown sex \"\(text)\"; expected total, female, male or other (girls, boys, women and men set the age group too)")
        }
    }

    /// Why a sex written as unknown (`UnknownCategory`: `not recorded`, `Sex not recorded`) is
    /// refused, before what the reader says to do: a figures file's row or an Our World in Data
    /// column title, which the same words must not turn into both sexes.
    static func unknownSex(_ text: String) -> String {
        "sex \"\(text.trimmingWhitespace())\" cannot be stored: the database records sex as total, female, male or other, and has no unknown "
            + "(an age group or a form can be unknown)"
    }

    /// The age group a sex word carries: `children` for girls and boys, `adults` for women and
    /// men, nil for the others (`female`, `women and girls`).
    ///
    /// Why: "girls" stored as female of every age put a count of girls beside, and under the same
    /// subgroup as, a count of all women and girls.
    public static func ageGroup(impliedBySex text: String) -> String? {
        switch key(text) {
        case "girls", "girl", "boys", "boy": "children"
        case "women", "woman", "men", "man": "adults"
        default: nil
        }
    }

    /// Whether a stored age group fits the age a sex word carries (`ageGroup(impliedBySex:)`):
    /// the same group, or a band inside it or crossing 18 (`women` aged 15-49, as surveys count
    /// them); not a group wholly on the other side (`girls` aged 18-20, `women` among children).
    public static func ageGroup(_ ageGroup: String, fits implied: String) -> Bool {
        if ageGroup == implied || ageGroup == "total" || ageGroup == "unknown" { return true }
        if ageGroup == "children" || ageGroup == "adults" { return false }
        let bounds = ageGroup.split(separator: ageGroup.hasSuffix("+") ? "+" : "-").compactMap { Int($0) }
        guard let from = bounds.first else { return true }
        let to = ageGroup.hasSuffix("+") ? nil : bounds.last
        return implied == "children" ? from < 18 : (to.map { $0 >= 18 } ?? true)
    }

    /// `total`, `children`, `adults`, `unknown` or an age band (`18-20`, `65+`), one stored form
    /// for each however it is written (`AgeGroup.read`, the rule `tipdb check` applies to stored
    /// rows); anything else is refused, naming the accepted forms, or saying that Excel turned
    /// the band into a date (`excelDateAgeBand`).
    public static func ageGroup(_ text: String) throws(Failure) -> String {
        do {
            return try AgeGroup.read(text)
        } catch {
            if case .notAnAgeGroup = error, let excel = excelDateAgeBand(text) { throw Failure(message: excel) }
            throw Failure(message: error.message)
        }
    }

    /// A form of exploitation as its code (`Sexual exploitation` → `sexual-exploitation`,
    /// `forced labor` → `forced-labour`), a form outside the vocabulary as a lower-case slug, or
    /// nil for none (empty, `total`, `all`). For bulk loaders, which store what a publisher wrote
    /// (`tipdb check` warns about forms outside the vocabulary); files go through
    /// `exploitationForm`, which refuses them.
    ///
    /// - Parameter forms: the database's forms (`Vocabulary.forms`).
    public static func form(_ text: String, among forms: FormVocabulary) -> String? {
        let k = key(text)
        guard !k.isEmpty, k != "total", k != "all" else { return nil }
        if let code = forms.code(for: k) { return code }
        return UnknownCategory.isUnknown(k, in: .form) ? ExploitationForm.unknown : ExploitationForm.slug(k)
    }

    /// A form of exploitation from the database's `forms` table, by code, label or alias
    /// (case-insensitive), or `unknown` for a form the source does not identify (any wording of
    /// `UnknownCategory`); nil for none (empty, `total`, `all`).
    ///
    /// - Parameter forms: the database's forms (`Vocabulary.forms`), so a form added to the
    ///   table with SQL is accepted and suggested like the seeded ones.
    public static func exploitationForm(_ text: String, among forms: FormVocabulary) throws(Failure) -> String? {
        let k = key(text)
        guard !k.isEmpty, k != "total", k != "all" else { return nil }
        if let code = forms.code(for: k) { return code }
        // A form not identified (`not known`, `Unknown form`) is `unknown`, never a real form
        // through an alias (`ExploitationForm.unknown`).
        if UnknownCategory.isUnknown(k, in: .form) { return ExploitationForm.unknown }
        if let codes = forms.claimants(of: k) {
            throw Failure(message: "form of exploitation \"\(text)\" is a spelling of \(codes.count) forms in the forms tables (\(codes.joined(separator: ", "))); expected one of their codes (and the wrong form_aliases row deleted)")
        }
        // "forced labour; sexual exploitation": a list, whose nearest single form would mislead.
        let parts = k.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "/" || $0 == "|" }).map { $0.trimmingWhitespace() }
        if parts.count > 1, case let codes = parts.compactMap(forms.code(for:)), codes.count == parts.count {
            throw Failure(message: "\"\(text)\" names several forms (\(codes.joined(separator: ", "))); expected one form per figure: sexual-and-labour-exploitation or mixed-forms for a figure of several, or one figure per form")
        }
        let slug = ExploitationForm.slug(k)
        // Words that name different forms depending on what the figure counts: both, with when.
        if let choice = ExploitationForm.namedTwoWays[slug] {
            throw Failure(message: "form of exploitation \"\(text)\" names different forms depending on what the figure counts; expected \(choice)")
        }
        throw Failure(message: Suggestions.message(
            "unknown form of exploitation \"\(text)\"", for: slug, among: forms.codes,
            // `unknown` (m0062's row) is said last, with what it means, not listed among the forms named.
            expected: "expected one form per figure, by code or label: "
                + "\(forms.codes.filter { $0 != ExploitationForm.unknown }.joined(separator: ", ")), "
                + "or unknown when the source does not identify the form"))
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

    /// What a figure's period stands for (`Figure.periodBases`): `stated`, or `publication` when
    /// the source does not say which period its number describes and the period given is its
    /// publication year. nil for an empty text: the period is then the one the source states.
    public static func periodBasis(_ text: String) throws(Failure) -> String? {
        let k = key(text)
        if k.isEmpty { return nil }
        if Figure.periodBases.contains(k) { return k }
        throw Failure(message: Suggestions.message(
            "unknown period basis \"\(text)\"", for: text, among: Figure.periodBases,
            expected: "expected stated (the source states the period the number describes) or publication (it does not, and the period is the source's publication year standing in for it)"))
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

    /// The refusal of a level written with the name of its interval (`90% CI`, `95% credible`,
    /// `95% UI`), saying where the level and the name go; nil for any other text.
    ///
    /// Why: "90% CI" was told it "is not a confidence level", which it plainly is, and a Bayesian
    /// estimate's "95% credible" had nowhere to go: tipdb keeps one level for confidence,
    /// credible and uncertainty intervals alike (the brief writes "95% interval"), so the name is
    /// kept in notes, where a reader of the figure finds it (a statistician's review, session 54).
    private static func intervalWords(_ text: String, key: String) -> String? {
        let names: [(words: String, name: String?)] = [
            ("confidence interval", nil), ("confidence", nil), ("ci", nil),
            ("credible interval", "credible interval"), ("credible", "credible interval"), ("cri", "credible interval"),
            ("uncertainty interval", "uncertainty interval"), ("uncertainty", "uncertainty interval"), ("ui", "uncertainty interval"),
        ]
        var level = key
        var found: (words: String, name: String?)?
        for form in names where level.hasSuffix(form.words) {
            level = String(level.dropLast(form.words.count)).trimmingWhitespace()
            found = form
            break
        }
        guard let found else { return nil }
        if level.hasSuffix("%") { level = String(level.dropLast()).trimmingWhitespace() }
        guard let number = Double(level), number.isFinite, number > 0 else { return nil }
        // The words as the cell wrote them (`CI`, `CrI`): lowercasing keeps an ASCII text's length.
        let words = String(text.trimmingWhitespace().suffix(found.words.count))
        guard let name = found.name else {
            return "\"\(text)\" names the interval as well as its level; expected \(level) in ci_level (the words \"\(words)\" go nowhere)"
        }
        return "\"\(text)\" is the level of a \(name); expected \(level) in ci_level, which holds the level of any interval, "
            + "and \"\(name)\" in notes, so that readers know what kind of interval it is"
    }

    /// A confidence level as a fraction: `95`, `95%` and `0.95` all give 0.95.
    public static func ciLevel(_ text: String) throws(Failure) -> Double? {
        var k = key(text)
        if k.isEmpty { return nil }
        let percentSign = k.hasSuffix("%")
        if percentSign { k = String(k.dropLast()).trimmingWhitespace() }
        guard let number = Double(k), number.isFinite else {
            if let message = intervalWords(text, key: k) { throw Failure(message: message) }
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

    /// A figure's `censored` flag as tipdb writes it (`1` and `0` in CSV and `sql`, `true` and
    /// `false` in JSON), or as pandas writes an integer column with blanks (`1.0`); nil for empty.
    public static func censored(_ text: String) throws(Failure) -> Bool? {
        switch key(text) {
        case "": return nil
        case "1", "1.0", "true": return true
        case "0", "0.0", "false": return false
        default:
            throw Failure(message: "\"\(text)\" is not a censored flag; expected 1 (or true) for a count published as <k, "
                + "0 (or false) or an empty cell for any other figure")
        }
    }

    /// A source kind from the schema's list, accepting CSL-JSON types too.
    /// - Parameter csl: whether `text` is a CSL-JSON item's `type`, where `article` is CSL's preprint or
    ///   working paper (a report); a sources file's `kind` column has long read `article` as a journal article.
    public static func sourceKind(_ text: String, csl: Bool = false) throws(Failure) -> String {
        let k = key(text)
        if k.isEmpty { return "report" }
        if k == "article" && !csl { return "journal-article" }
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
