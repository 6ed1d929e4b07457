import Storage

extension OWIDIndicator {
    /// What an Our World in Data column says about itself, besides its measure: its unit, where
    /// that was read, and whether its titles call it detected or estimated.
    struct Statement {
        /// The unit the column states, or nil when neither its metadata nor its titles state one.
        var unit: OWIDUnit?
        /// Where `unit` was read, for messages: `its metadata's unit "%"`, `its title's "(number)"`.
        var origin = ""
        /// `detected` or `estimated` as its titles (or metadata unit) write it, nil when they say neither or both.
        var detected: String?
        var estimated: String?
    }

    /// The unit code of the column `name` for `measure`, from what the metadata's unit, its short
    /// unit and the titles state (`OWIDUnit`), else the measure's own unit.
    ///
    /// Why each refusal: every one of them was a column stored in a unit it does not hold. A
    /// metadata unit `%` with an empty short unit, or `US dollars` under a count of victims, was
    /// stored as persons; `--measure trafficking-profits` made 45 detected victims US$45, and
    /// `--measure forced-marriage` made a count of detected victims a prevalence estimate. The
    /// message names the column, what it states and what would fit, so that the metadata (or the
    /// `--measure`) can be corrected.
    ///
    /// - Parameters:
    ///   - words: the column's title and the metadata's short and long titles, lower-cased.
    ///   - given: whether `measure` came from `--measure` rather than from the titles.
    /// - Throws: why the column's unit cannot be stored under `measure`.
    static func statedUnit(of name: String, title: String, words: String, metadata: OWIDMetadata.Column?, measure: Measure,
                     given: Bool, vocabulary: Vocabulary) throws(Vocabulary.Failure) -> String {
        let statement = try state(name, title: title, words: words, metadata: metadata, measure: measure, given: given, vocabulary: vocabulary)
        let measureNamed = given ? "--measure \(measure.code)" : "measure \"\(measure.code)\" (read from its title)"
        guard let stated = statement.unit else {
            if given { try checkCounting(name, statement: statement, measure: measure, vocabulary: vocabulary) }
            return measure.defaultUnit
        }
        let code = stated.isCount && vocabulary.dimension(of: measure.defaultUnit) == "count" ? measure.defaultUnit : stated.code
        if !vocabulary.fits(unit: code, measure: measure) {
            if given {
                let fitting = fittingMeasures(statement, vocabulary: vocabulary)
                throw Vocabulary.Failure(message: "\(name): --measure \(measure.code), \(described(measure)), does not fit the column's unit: \(statement.origin) is \(stated.described); "
                    + (fitting.isEmpty ? "expected a measure that fits it (none does: correct the metadata)" : "expected a measure that fits it: \(fitting.joined(separator: ", "))"))
            }
            throw Vocabulary.Failure(message: "\(name): \(statement.origin) is \(stated.described), which does not fit \(measureNamed), \(described(measure)); "
                + "expected one of \(vocabulary.units(fitting: measure).joined(separator: ", ")) for it: " + correct)
        }
        if given { try checkCounting(name, statement: statement, measure: measure, vocabulary: vocabulary) }
        return code
    }

    /// How every refusal of a column's unit ends.
    private static let correct = "correct the unit in the metadata or the column's title, then load the file again (--metadata FILE reads a corrected copy)"

    /// Reads what the column states, refusing a metadata unit tipdb does not read and statements that disagree.
    private static func state(_ name: String, title: String, words: String, metadata: OWIDMetadata.Column?, measure: Measure,
                              given: Bool, vocabulary: Vocabulary) throws(Vocabulary.Failure) -> Statement {
        var statement = Statement()
        let written = metadata?.unit?.trimmingWhitespace() ?? ""
        let stored = given ? "--measure \(measure.code)" : "measure \"\(measure.code)\" (read from its title)"
        var stated: OWIDUnit?
        switch OWIDUnit.reading(unit: written, vocabulary: vocabulary) {
        case .unstated: break
        case .read(let unit):
            stated = unit
            statement.origin = "its metadata's unit \"\(written)\""
        case .unknown(let otherCurrency):
            let why = otherCurrency
                ? "is money in another currency than the US dollar, which tipdb keeps every sum of money in: convert the values (say the rate in the source's notes) and"
                : "is not a unit tipdb reads (a count such as persons, victims or number; %, percent; per 100,000 or per 1,000; US dollars; index); \(stored) would store the values in \(measure.defaultUnit) unseen:"
            throw Vocabulary.Failure(message: "\(name): its metadata's unit \"\(written)\" \(why) correct the unit in the metadata, then load the file again (--metadata FILE reads a corrected copy)")
        }
        if let short = OWIDUnit.reading(shortUnit: metadata?.shortUnit, vocabulary: vocabulary) {
            if let unit = stated, !unit.agrees(with: short) {
                throw Vocabulary.Failure(message: "\(name): its metadata's unit \"\(written)\" is \(unit.described), but its short unit \"\(short.written)\" is \(short.described); "
                    + "expected the two to agree: correct the metadata, then load the file again (--metadata FILE reads a corrected copy)")
            }
            if stated == nil {
                stated = short
                statement.origin = "its metadata's short unit \"\(short.written)\""
            }
        }
        if let titled = OWIDUnit.titled(words, vocabulary: vocabulary) {
            let whose = OWIDUnit.titled(title.lowercased(), vocabulary: vocabulary) == nil ? "the metadata's title" : "its title"
            if let unit = stated, !unit.agrees(with: titled) {
                throw Vocabulary.Failure(message: "\(name): \(statement.origin) is \(unit.described), but \(whose) says \"\(titled.written)\", \(titled.described); "
                    + "tipdb cannot tell which the values are: " + correct)
            }
            if stated == nil {
                stated = titled
                statement.origin = "\(whose)'s \"\(titled.written)\""
            }
        }
        statement.unit = stated
        let read = OWIDTitleWords(words + " " + written.lowercased()).words.map(\.text)
        let detected = read.first { ["detected", "identified", "detection"].contains($0) }
        let estimated = read.first { ["estimated", "estimate", "estimates", "prevalence"].contains($0) }
        // "Estimated number of detected victims" says both: nothing to check a --measure against.
        if (detected == nil) != (estimated == nil) {
            statement.detected = detected
            statement.estimated = estimated
        }
        return statement
    }

    /// Kinds of measure (`measures.counts`) a column whose titles say detected may be, and one whose titles say estimated.
    private static let detectedKinds: Set<String> = ["detected-count", "criminal-justice-count"]
    private static let estimatedKinds: Set<String> = ["prevalence-estimate", "money", "index", "rate"]

    /// Refuses a `--measure` that counts otherwise than the column: a prevalence estimate (or a
    /// sum of money) for a column of detected victims, a count of detected cases for an estimate.
    private static func checkCounting(_ name: String, statement: Statement, measure: Measure, vocabulary: Vocabulary) throws(Vocabulary.Failure) {
        let fitting = fittingMeasures(statement, vocabulary: vocabulary)
        if let word = statement.detected, !detectedKinds.contains(measure.counts) {
            throw Vocabulary.Failure(message: "\(name): --measure \(measure.code), \(described(measure)), does not fit the column: its titles say \"\(word)\", "
                + "a count of the cases an authority detected, which is not \(measure.counts == "prevalence-estimate" ? "an estimate of how many people are in the situation" : described(measure)); "
                + "expected a measure of detected cases that fits it: \(fitting.joined(separator: ", "))")
        }
        if let word = statement.estimated, detectedKinds.contains(measure.counts) {
            throw Vocabulary.Failure(message: "\(name): --measure \(measure.code), \(described(measure)), does not fit the column: its titles say \"\(word)\", "
                + "an estimate, which is not a count of the cases an authority detected; expected an estimate that fits it: \(fitting.joined(separator: ", "))")
        }
    }

    /// The measures a column fits: in a unit of the kind it states, and counting as its titles say (detected or estimated).
    private static func fittingMeasures(_ statement: Statement, vocabulary: Vocabulary) -> [String] {
        vocabulary.allMeasures.filter { measure in
            if statement.detected != nil && measure.counts != "detected-count" { return false }
            if statement.estimated != nil && measure.counts != "prevalence-estimate" && statement.unit?.dimension != "money" { return false }
            guard let unit = statement.unit else { return true }
            if unit.isCount { return vocabulary.dimension(of: measure.defaultUnit) == "count" }
            return vocabulary.fits(unit: unit.code, measure: measure)
        }.map(\.code)
    }

    /// What a message calls a measure: `a sum of money in USD`, `a prevalence estimate counted in persons`.
    private static func described(_ measure: Measure) -> String {
        switch measure.counts {
        case "prevalence-estimate": "a prevalence estimate counted in \(measure.defaultUnit)"
        case "detected-count": "a count of detected cases in \(measure.defaultUnit)"
        case "criminal-justice-count": "a criminal-justice count in \(measure.defaultUnit)"
        case "money": "a sum of money in \(measure.defaultUnit)"
        case "index": "an index"
        default: "counted in \(measure.defaultUnit)"
        }
    }
}
