import Storage

/// Turns an input record into a validated `Study`, or the list of everything wrong with it.
struct StudyBuilder {
    let vocabulary: Vocabulary

    func build(_ row: inout RowReader) -> Study? {
        let key = row.required("key", what: "a stable study key")
        if let key, let problem = ComposedText.problem(key) ?? (KeyRules.isValid(key) ? nil : KeyRules.message(key)) { row.fail("key", problem) }
        let title = row.required("title", what: "the title of the study")
        let method = row.parse("method") { (t: String) throws(Terms.Failure) in try Terms.studyMethod(t) } ?? nil
        let period = row.parse("period") { (t: String) throws(PeriodParser.Failure) in try PeriodParser.parse(t) }
        var places: [String] = []
        for (index, name) in row.list("places").enumerated() {
            do { places.append(try vocabulary.typedPlace(name, for: .study)) } catch {
                row.fail("places", element: index, error.message + Self.separatorHint(name, vocabulary: vocabulary))
            }
        }
        let sampleSize = row.parse("sample_size") { (t: String) throws(NumberParser.Failure) -> Int64 in
            let number = try NumberParser.parse(t)
            if let implied = number.impliedUnit {
                throw NumberParser.Failure(message: "\"\(t)\" is written in \(implied); expected a whole number of people, cases or records")
            }
            guard let value = number.value, value >= 0, value == value.rounded() else {
                throw NumberParser.Failure(message: "\"\(t)\" is not a sample size; expected a whole number of people, cases or records")
            }
            // Read as a double, as every number is: from 2^53 on not every whole number is one, and
            // "is not a whole number" hid that limit behind a false reason (a review, session 48).
            guard value <= UnitRules.largestExact else {
                throw NumberParser.Failure(message: "\"\(t)\" is more than \(UnitRules.largestExactDigits) (2^53 - 1), beyond which numbers are not "
                    + "read exactly; expected a sample size of at most \(UnitRules.largestExactDigits) people, cases or records")
            }
            return Int64(value)
        }
        guard row.issues.isEmpty, let key, let title else { return nil }
        return Study(
            key: key, title: title, source: ComposedText.composed(row.text("source")), method: method, periodStart: period?.start,
            periodEnd: period?.end, population: row.text("population"), sampleSize: sampleSize,
            summary: row.text("summary"), places: Array(Set(places)).sorted(), extra: row.extraJSON())
    }

    /// For places separated by commas (`France, Germany`), each of which names a place: how to
    /// separate them; else nothing.
    ///
    /// Why: a list is `;`-separated (a name may hold a comma, `Korea, Rep.`), and "unknown place
    /// "France, Germany"" alone reads as if tipdb did not know France.
    static func separatorHint(_ name: String, vocabulary: Vocabulary) -> String {
        let parts = name.split(separator: ",").map { $0.trimmingWhitespace() }
        guard parts.count > 1, parts.allSatisfy({ (try? vocabulary.place($0)) != nil }) else { return "" }
        return "; places are separated by semicolons, as in \"\(parts.joined(separator: "; "))\""
    }
}
