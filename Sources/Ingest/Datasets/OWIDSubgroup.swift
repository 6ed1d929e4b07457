import Storage

/// The subgroup (sex, age group) an Our World in Data indicator title names.
///
/// Every sex or age word sets the subgroup or refuses the title: a figure for girls stored as
/// all victims would be compared with totals. Words follow UNODC's use: women and men are
/// adults, girls and boys children; words naming both sexes or both age groups ("women and
/// girls", "boys and girls") leave that part of the subgroup total. A negated age group ("not
/// children", "excluding adults") is the other one; any other negated word is refused, since
/// what is left is no subgroup tipdb keeps.
enum OWIDSubgroup {
    private static let sexWords = [
        "female": "female", "females": "female", "women": "female", "woman": "female", "girls": "female", "girl": "female",
        "male": "male", "males": "male", "men": "male", "man": "male", "boys": "male", "boy": "male",
        "transgender": "other",
    ]
    private static let ageWords = [
        "children": "children", "child": "children", "minors": "children", "minor": "children",
        "girls": "children", "girl": "children", "boys": "children", "boy": "children",
        "adults": "adults", "adult": "adults", "women": "adults", "woman": "adults", "men": "adults", "man": "adults",
    ]
    /// Age words that name no age group tipdb can tell (youth is 15 to 24 for the UN, other
    /// ages elsewhere).
    private static let unclearAges: Set<String> = [
        "youth", "youths", "young", "adolescents", "adolescent", "teenagers", "teenage", "teens", "elderly", "older",
        "juveniles", "juvenile",
    ]
    private static let yearWords: Set<String> = ["years", "year", "yrs", "yr", "old", "of", "age", "aged"]
    private static let edit = "edit the column title (or leave the column out), since storing it as another subgroup would mix subgroups"
    private static let expected = "expected female, male, women, men, girls, boys, children, adults, under 18, 18 years old and over or a band such as 15 to 24 years"

    /// - Parameter unknown: what the title says is unknown, whose words are read already: an
    ///   unknown age is the age group `unknown`, and one more age group beside any other.
    static func read(_ title: OWIDTitleWords, name: String, unknown: OWIDUnknownCategory) throws(OWIDTitle.Refusal) -> (sex: String, ageGroup: String) {
        let words = title.words
        var sexes = Set<String>()
        var ages: [String] = unknown.age ? [AgeGroup.unknown] : []
        var used = unknown.used
        func use(_ range: Range<Int>) { used.formUnion(range) }
        func addAge(_ age: String, at start: Int, written: String) throws(OWIDTitle.Refusal) {
            if let negation = title.negation(before: start) {
                guard let other = ["children": "adults", "adults": "children"][age] else {
                    throw OWIDTitle.Refusal(message: "\(name) leaves out \(written) (\"\(negation) \(written)\"), which is no age group tipdb keeps; \(expected): \(edit)")
                }
                if !ages.contains(other) { ages.append(other) }
                return
            }
            if !ages.contains(age) { ages.append(age) }
        }
        func integer(_ index: Int) -> Int? {
            index < words.count ? Int(words[index].text) : nil
        }
        func text(_ index: Int) -> String {
            index < words.count ? words[index].text : ""
        }
        /// The index after the year words following `index` ("years old").
        func afterYears(_ index: Int) -> Int {
            var next = index
            while next < words.count && yearWords.contains(words[next].text) { next += 1 }
            return next
        }
        /// The end of the longest run of words from `start`, within its clause and with a number
        /// among them, that `AgeGroup.read` reads as an age band, with what it read: the stored
        /// group, or why such a band cannot be stored (`20 to 18`, `over 150`); nil when none is.
        func ageBand(startingAt start: Int) -> (end: Int, reading: Result<String, AgeGroup.Failure>)? {
            let limit = min(words.count, start + 6)
            var end = start
            while end < limit && words[end].clause == words[start].clause && !used.contains(end) { end += 1 }
            while end > start {
                let run = words[start..<end]
                if run.contains(where: { Int($0.text) != nil }) {
                    do throws(AgeGroup.Failure) {
                        let age = try AgeGroup.read(run.map(\.text).joined(separator: " "))
                        if !["total", "unknown"].contains(age) { return (end, .success(age)) }
                    } catch .notAnAgeGroup {
                        // Not a band: try a shorter run.
                    } catch {
                        return (end, .failure(error))
                    }
                }
                end -= 1
            }
            return nil
        }

        for phrase in ["both sexes", "all sexes", "all ages", "all age ranges", "all age groups"] {
            for start in title.starts(of: phrase) { use(start..<(start + phrase.split(separator: " ").count)) }
        }
        for start in title.starts(of: "non binary") {
            sexes.insert("other")
            use(start..<(start + 2))
        }
        // Ages written with numbers (under 18, 0 to 17, 18 years old and over, over 18, 65+) are
        // read by the rule a figures file's age_group is (`AgeGroup.read`), on the longest run of
        // words of one clause from here that it takes as a band: one list of spellings for both,
        // so that a band one accepts the other does not refuse ("over 18" was adults in a file
        // and refused in a title).
        for index in words.indices where !used.contains(index) {
            if let (end, reading) = ageBand(startingAt: index) {
                let written = (index..<end).map { words[$0].text }.joined(separator: " ")
                switch reading {
                case .success(let age): try addAge(age, at: index, written: written)
                case .failure(let failure): throw OWIDTitle.Refusal(message: "\(name): \(failure.message)")
                }
                use(index..<afterYears(end))
                continue
            }
            guard let from = integer(index) else { continue }
            if afterYears(index + 1) > index + 1 && ["years", "year", "yrs", "yr"].contains(text(index + 1)) {
                throw OWIDTitle.Refusal(message: "\(name): cannot tell the age group from \"\(from) \(text(index + 1))\"; \(expected): \(edit)")
            }
        }
        for (index, word) in words.enumerated() where !used.contains(index) {
            let sex = sexWords[word.text]
            let age = ageWords[word.text]
            if sex == nil && age == nil {
                if unclearAges.contains(word.text) {
                    throw OWIDTitle.Refusal(message: "\(name): \"\(word.text)\" is no age group tipdb can tell; \(expected): \(edit)")
                }
                continue
            }
            if let sex {
                if let negation = title.negation(before: index) {
                    throw OWIDTitle.Refusal(message: "\(name) leaves out \(word.text) (\"\(negation) \(word.text)\"), which is no subgroup tipdb keeps (sex total, female, male or other); \(expected): \(edit)")
                }
                sexes.insert(sex)
            }
            if let age { try addAge(age, at: index, written: word.text) }
        }
        let sex = sexes.count == 1 ? sexes.first ?? "total" : "total"
        if Set(ages) == ["children", "adults"] { return (sex, "total") }
        guard ages.count <= 1 else {
            throw OWIDTitle.Refusal(message: "\(name) names more than one age group (\(ages.joined(separator: ", "))); a figure has one: \(edit)")
        }
        return (sex, ages.first ?? "total")
    }
}
