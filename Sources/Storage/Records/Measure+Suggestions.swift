extension Measure {
    /// `text` spelled as a measure's code is: lower case, its words joined by hyphens
    /// (`forced_labour`, `Forced Labour` and ` forced labour ` are `forced-labour`).
    ///
    /// Why one function: ingest reads a measure so in a file and a report's `--measure` on the
    /// command line; `--measure forced_labour` was a usage error for a spelling a figures file loads.
    public static func codeSpelling(of text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" || $0.isWhitespace || Dashes.isHyphenLike($0) }).joined(separator: "-")
    }

    /// The codes to offer for `text`, a measure that named none: the measures whose code or
    /// label has all its words, in any order or spelling (`detected victims`, `forced labor`),
    /// then those a few letters from it (`forced-labor`).
    ///
    /// Why one function: ingest reads a measure in a file and a report's `--measure` reads one on
    /// the command line; the same slip gets the same answer in both.
    ///
    /// A measure found by its words is followed by its counterpart that counts the other way
    /// (`detectedCounterparts`), and when neither words nor letters find one, the measures
    /// whose code, label or definition share the text's word stems are offered
    /// (`convictions` → persons-convicted).
    public static func suggestions(for text: String, among measures: [Measure], limit: Int = 3) -> [String] {
        // A measure's name with a question's words (`forced labour victims`, `people in modern
        // slavery`) is that measure alone: by letters, `forced labour victims` was offered
        // forced-labour-profits, a brief about US dollars (parliamentary review of session 51).
        let asked = text.split(whereSeparator: \.isWhitespace).filter { !QuestionWords.asks(String($0)) && !QuestionWords.countsPeople(String($0)) }
        let named = asked.count < text.split(whereSeparator: \.isWhitespace).count
            ? Self.named(byWords: asked.joined(separator: " "), among: measures).map { [$0.code] } ?? [] : []
        if !named.isEmpty { return named }
        let byWords = Suggestions.sharingWords(with: text, among: measures.map { ($0.code, [$0.code, $0.label]) }, limit: limit)
        let counterparts = detectedCounterparts(of: byWords, for: text, among: measures)
        let byLetters = Suggestions.closest(to: text, among: measures.map(\.code), limit: limit)
        var found = byWords + counterparts + byLetters
        if found.isEmpty { found = sharingStems(with: text, among: measures, limit: limit) }
        var seen = Set<String>()
        return Array(found.filter { seen.insert($0).inserted }.prefix(limit))
    }

    /// The one measure whose code or label has exactly the words of `text`, in any order, case or
    /// spelling (`forced labor`, `labour forced`), as search reads a measure's name; nil for none
    /// or more than one.
    ///
    /// Why: `tipdb search forced labor` found forced labour, and `report brief --measure "forced
    /// labor"` refused it with "did you mean forced-labour?" (parliamentary review of session 51).
    public static func named(byWords text: String, among measures: [Measure]) -> Measure? {
        let wanted = Set(Suggestions.foldedWords(text))
        guard !wanted.isEmpty else { return nil }
        let found = measures.filter { Set(Suggestions.foldedWords($0.code)) == wanted || Set(Suggestions.foldedWords($0.label)) == wanted }
        return found.count == 1 ? found.first : nil
    }

    /// For each of `found`, the measures of its concept that count the other way (a prevalence
    /// estimate and a count of detected cases) and whose code or label holds all of `text`'s words
    /// too: `Victims of trafficking` names trafficking-victims (the estimate) and, one word longer,
    /// detected-trafficking-victims (the count most NGOs have).
    ///
    /// Why: the words alone offered only the estimate, which a count of identified victims filed
    /// under it would be read as by every brief.
    static func detectedCounterparts(of found: [String], for text: String, among measures: [Measure]) -> [String] {
        let wanted = Set(Suggestions.foldedWords(text))
        let kinds: Set<String> = ["prevalence-estimate", "detected-count"]
        return found.flatMap { code -> [String] in
            guard let measure = measures.first(where: { $0.code == code }), kinds.contains(measure.counts) else { return [] }
            return measures.filter { other in
                other.concept == measure.concept && other.counts != measure.counts && kinds.contains(other.counts)
                    && [other.code, other.label].contains { Set(Suggestions.foldedWords($0)).isSuperset(of: wanted) }
            }.map(\.code)
        }
    }

    /// The words of a measure's gloss when suggestions count in more than one way: `estimated
    /// prevalence` and `detected count`, so that the user picks by what the source counted.
    public static func glosses(for found: [String], among measures: [Measure]) -> [String: String] {
        let chosen = found.compactMap { code in measures.first { $0.code == code } }
        guard Set(chosen.map(\.counts)).count > 1 else { return [:] }
        var glosses: [String: String] = [:]
        for measure in chosen {
            glosses[measure.code] = switch measure.counts {
            case "prevalence-estimate": "estimated prevalence: all people in the situation, detected or not"
            case "detected-count": "detected count: the victims authorities or organisations identified"
            case "criminal-justice-count": "criminal-justice count"
            case "money": "an amount of money"
            default: measure.counts
            }
        }
        return glosses
    }

    /// The measures whose code, label or definition hold a stem of each of `text`'s words
    /// (`conviction` and `convicted` are both `convict`), fewest other words in the code and label first.
    static func sharingStems(with text: String, among measures: [Measure], limit: Int) -> [String] {
        let wanted = Set(Suggestions.foldedWords(text).map(stem))
        guard !wanted.isEmpty else { return [] }
        func stems(_ text: String) -> Set<String> { Set(Suggestions.foldedWords(text).map(stem)) }
        let named = measures.filter { stems($0.code).union(stems($0.label)).isSuperset(of: wanted) }
        let described = named.isEmpty ? measures.filter { stems($0.definition).isSuperset(of: wanted) } : named
        return Array(described.sorted { (stems($0.code).count, $0.code) < (stems($1.code).count, $1.code) }.map(\.code).prefix(limit))
    }

    /// `word` without an English ending that changes with its grammar (`convictions`, `convicted`
    /// → `convict`), when at least four letters remain.
    static func stem(_ word: String) -> String {
        for ending in ["ions", "ion", "ings", "ing", "ed", "es", "e", "s"] where word.hasSuffix(ending) && word.count - ending.count >= 4 {
            return String(word.dropLast(ending.count))
        }
        return word
    }
}
