import Storage

/// The power of ten an Our World in Data column gives its numbers in, as its metadata's unit
/// (`thousand persons`, `billion US dollars`, short unit `k`) or its titles (`(thousands)`,
/// `in millions`, `(billion US$)`) state it: 3 for thousands, 6 for millions, 9 for billions.
///
/// Why one reading for every unit: only `thousand` and `million` at the start of a unit, and
/// `(thousands)` or `(millions)` in a title, were read, so a sum of money published in billions
/// (`billion US dollars`, `(billion US$)`) was stored as written, US$150 for 150 billion, while
/// counts in thousands were scaled. The same words scale a count and a sum of money here, and
/// statements that disagree (two scales in one unit, a unit and a short unit, two titles) are
/// refused rather than one of them believed.
struct OWIDScale: Equatable {
    let exponent: Int

    /// The scale words, by the power of ten they stand for.
    static let words: [String: Int] = [
        "thousand": 3, "thousands": 3, "million": 6, "millions": 6,
        "billion": 9, "billions": 9, "bn": 9, "trillion": 12, "trillions": 12,
    ]

    /// Words after which a scale word scales a sum of money in a title (`billion US$`, `US$ billions`).
    private static let moneyWords: Set<String> = ["us", "usd", "dollar", "dollars"]

    /// `thousand`, `million`, `billion`: what a message and a corrected unit call the scale.
    var singular: String {
        switch exponent {
        case 3: "thousand"
        case 6: "million"
        case 9: "billion"
        case 12: "trillion"
        default: "10^\(exponent)"
        }
    }

    /// `thousands`, `millions`, `billions`.
    var plural: String { singular + "s" }

    /// `1,000`, `1,000,000`: what the values are multiplied by, as a message writes it.
    var factor: String {
        "1" + String(repeating: ",000", count: exponent / 3) + String(repeating: "0", count: exponent % 3)
    }

    /// The scales `text` writes, each once in the order written; `inTitle` reads only those a
    /// title gives its values in.
    ///
    /// A scale word after `per` is a rate (`per thousand`), and one after a number is a number
    /// written out (`2.4 million people`), not the unit of the column's values. In a title, a
    /// scale word counts only inside a parenthesis (`(thousands)`, `(billion US$)`), after `in`
    /// (`in millions`) or beside money (`billion US dollars`, `US$ billions`): a title such as
    /// `Estimated million-strong ...` names no unit.
    static func written(in text: String, inTitle: Bool) -> [OWIDScale] {
        let read = OWIDTitleWords(text).words
        var found: [OWIDScale] = []
        for (index, word) in read.enumerated() {
            guard let exponent = words[word.text] else { continue }
            let before = index > 0 && read[index - 1].clause == word.clause ? read[index - 1].text : nil
            if before == "per" || before?.first?.isNumber == true { continue }
            if inTitle {
                var after = index + 1 < read.count && read[index + 1].clause == word.clause ? read[index + 1].text : nil
                if after == "of", index + 2 < read.count, read[index + 2].clause == word.clause { after = read[index + 2].text }
                let money = before.map { moneyWords.contains($0) } == true || after.map { moneyWords.contains($0) } == true
                guard word.inParentheses || before == "in" || money else { continue }
            }
            let scale = OWIDScale(exponent: exponent)
            if !found.contains(scale) { found.append(scale) }
        }
        return found
    }

    /// The scale the column's titles give its values in (`words`: the column's title and the
    /// metadata's short and long titles, lower-cased and joined), or nil when they give none.
    ///
    /// - Throws: when they give two.
    static func titled(_ words: String, name: String) throws(Vocabulary.Failure) -> OWIDScale? {
        let found = written(in: words, inTitle: true)
        guard found.count < 2 else {
            throw Vocabulary.Failure(message: "\(name): its titles give the values in \(found.map(\.plural).joined(separator: " and in ")); "
                + "tipdb cannot tell what to multiply them by: correct the column's title or the metadata's titles, then load the file again "
                + "(--metadata FILE reads a corrected copy)")
        }
        return found.first
    }

    /// The scale the metadata's unit gives the values in: `thousand persons` or the short unit
    /// `k` 3, `billion US dollars` 9, any other unit (`persons`, `%`) 0; nil when the metadata
    /// gives no unit.
    ///
    /// - Throws: when the unit names two scales (`thousand million US dollars`: billions in one
    ///   usage, a typing slip in another), or the unit and the short unit name different ones.
    static func stated(_ metadata: OWIDMetadata.Column?, name: String) throws(Vocabulary.Failure) -> OWIDScale? {
        let unit = metadata?.unit?.trimmingWhitespace() ?? ""
        let short = metadata?.shortUnit?.trimmingWhitespace() ?? ""
        let inUnit = written(in: unit, inTitle: false)
        guard inUnit.count < 2 else {
            throw Vocabulary.Failure(message: "\(name): its metadata's unit \"\(unit)\" names \(inUnit.count == 2 ? "two" : "\(inUnit.count)") scales, \(inUnit.map(\.singular).joined(separator: " and ")); "
                + "tipdb cannot tell what to multiply the values by: correct the unit in the metadata, then load the file again "
                + "(--metadata FILE reads a corrected copy)")
        }
        let inShort = short.lowercased() == "k" ? OWIDScale(exponent: 3) : nil
        if let unitScale = inUnit.first, let inShort, unitScale != inShort {
            throw Vocabulary.Failure(message: "\(name): its metadata's unit \"\(unit)\" gives the values in \(unitScale.plural), but its short unit \"\(short)\" "
                + "in \(inShort.plural); expected the two to agree: correct the metadata, then load the file again (--metadata FILE reads a corrected copy)")
        }
        if let found = inUnit.first ?? inShort { return found }
        return unit.isEmpty && short.isEmpty ? nil : OWIDScale(exponent: 0)
    }

    /// Why a column whose title and metadata unit give its numbers different scales is refused,
    /// naming both and how to make them agree.
    ///
    /// Why refused: the title's "(thousands)" multiplied every value by 1,000 while the metadata's
    /// unit "persons" said they were people already, and only a note said which was believed; a
    /// figure a thousand times too large or too small is the worst slip a brief can repeat.
    ///
    /// - Parameter unitWords: what the values are counted in, for the corrected unit the message
    ///   offers (`persons`, `US dollars`).
    static func conflict(_ name: String, titled: OWIDScale, stated: OWIDScale, metadata: OWIDMetadata.Column?, unitWords: String) -> String {
        let unit = [metadata?.unit.map { "unit \"\($0)\"" }, metadata?.shortUnit.map { "short unit \"\($0)\"" }]
            .compactMap { $0 }.joined(separator: " and ")
        let reading = stated.exponent == 0 ? "which counts them as written" : "in \(stated.plural)"
        return "\(name) says its values are in \(titled.plural), but its metadata gives the \(unit), \(reading); "
            + "tipdb cannot tell whether to multiply them by \(titled.factor): correct the unit in the metadata "
            + "(\"\(titled.singular) \(unitWords)\" if the title is right) or the column's title, then load the file again "
            + "(--metadata FILE reads a corrected copy)"
    }
}
