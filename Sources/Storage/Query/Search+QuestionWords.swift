import Foundation

extension Search {
    /// The query's words as `namedScopes` reads them (quotes and trailing commas trimmed), each with
    /// whether it was typed inside double quotes (`"people"`, or any word of `"modern slavery"`).
    ///
    /// Why: a word in double quotes is matched as typed, never read as a question's word
    /// (`QuestionWords`), so that a search for the word itself stays possible.
    static func typedWords(_ query: String) -> [(word: String, quoted: Bool)] {
        var inQuotes = false
        var words: [(word: String, quoted: Bool)] = []
        for part in query.split(whereSeparator: \.isWhitespace) {
            let quoted = inQuotes || part.hasPrefix("\"")
            if part.filter({ $0 == "\"" }).count % 2 == 1 { inQuotes.toggle() }
            let word = part.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).trimmingCharacters(in: CharacterSet(charactersIn: ",;!?"))
            if !word.isEmpty { words.append((word, quoted)) }
        }
        return words
    }

    /// The words at `indices` of `typed` split into those that ask (`QuestionWords.asking`), those
    /// that ask for a count of people (`QuestionWords.people`) and the indices of the rest, which
    /// narrow the figures as before. A quoted word is always of the rest. A word of `people` that
    /// is a word of some measure's name (`victims`, `persons`) is read so only when the query names
    /// a measure whole (`modern slavery victims`): alone with a place (`nigeria victims`) it still
    /// asks for every measure with victims in its name, as README says.
    static func questionWords(
        at indices: [Int], of typed: [(word: String, quoted: Bool)], namesMeasure: Bool, inMeasureName: (String) -> Bool
    ) -> (asking: [String], people: [String], rest: [Int]) {
        var asking: [String] = []
        var people: [String] = []
        var rest: [Int] = []
        for index in indices {
            let (word, quoted) = typed[index]
            if !quoted, QuestionWords.asks(word) {
                asking.append(word)
            } else if !quoted, QuestionWords.countsPeople(word), namesMeasure || !inMeasureName(word) {
                people.append(word)
            } else {
                rest.append(index)
            }
        }
        return (asking, people, rest)
    }

    /// The codes of the measures whose code or label holds a word with the stem of `word`
    /// (`Measure.stem`: `trafficked` and `trafficking` are both `traffick`), in their order.
    ///
    /// Why: `people trafficked in the world` found only figures whose text held "trafficked"
    /// (UNODC 2012's repeat of 2.4 million), not ILO 2005's figure it repeats nor the counts of
    /// detected victims, whose measures say "trafficking" (parliamentary review of session 51).
    static func sharingStem(of word: String, among measures: [Measure]) -> [String] {
        let wanted = Set(Suggestions.foldedWords(word).map(Measure.stem))
        guard wanted.count == 1 else { return [] }
        return measures.filter { measure in
            Set((Suggestions.foldedWords(measure.code) + Suggestions.foldedWords(measure.label)).map(Measure.stem)).isSuperset(of: wanted)
        }.map(\.code)
    }

    /// The note for figures found with a question's words read as such: which words narrowed
    /// nothing, which asked for a count of persons, and how to match such a word as typed; nil
    /// when the query had none.
    static func questionNote(asking: [String], people: [String]) -> String? {
        guard let example = people.first ?? asking.first else { return nil }
        func quoted(_ words: [String]) -> String { EnglishList.joined(words.map { "\"\($0)\"" }) }
        var parts: [String] = []
        if !asking.isEmpty { parts.append("\(quoted(asking)) narrow\(asking.count == 1 ? "s" : "") nothing") }
        if !people.isEmpty {
            parts.append("\(quoted(people)) ask\(people.count == 1 ? "s" : "") for figures counted in \(QuestionWords.peopleUnit)")
        }
        return "read as a question: " + parts.joined(separator: ", and ")
            + "; put a word in double quotes ('\"\(example)\"') to match it in the text instead"
    }

    /// `scope` with its words asking for people read as other words again: matched by the text
    /// and by the measures whose names hold them, as before such words were read as a unit.
    static func peopleAsWords(_ scope: NamedScope, measures: [Measure]) -> NamedScope {
        var wider = scope
        let candidates = measures.map { (value: $0.code, names: [$0.code, $0.label]) }
        wider.others += scope.people.map { word in
            (word, false, Suggestions.sharingWords(with: word, among: candidates, limit: candidates.count))
        }
        wider.people = []
        return wider
    }
}
