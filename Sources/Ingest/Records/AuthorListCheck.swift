import Storage

/// The warning for an author of a sources file that reads as several: `Smith, Jane, Jones, Kate`
/// in `authors`, where authors are separated by semicolons and each is written `Family, Given`.
///
/// Why: a list written with commas, as most reference lists print one, is stored as one author,
/// and briefs, `report sources` and `source_labels` then cite the source by its first family
/// name alone: "Smith 2019" for Smith and Jones, with nothing in the load to say so. A person's
/// name has at most one comma, or two before a suffix (`King, Martin Luther, Jr.`). Not an error:
/// an organisation's name may hold commas, and the reference list prints the text as written.
enum AuthorListCheck {
    /// The suffixes CSL writes after a given name, lower case.
    private static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// One warning for each author of `row`'s `authors` that holds more commas than a name does.
    static func warnings(for row: RowReader) -> [IngestIssue] {
        guard let field = row.field("authors") else { return [] }
        return row.list("authors").compactMap { author in
            let parts = author.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            if parts.count >= 2, let example = familyInitials(parts) {
                return IngestIssue(
                    file: row.file, line: field.line, column: field.column,
                    message: "authors: \"\(author)\" separates \(parts.count) names written Family Initials (as Vancouver and PubMed write them) "
                        + "with commas, so it is read as one author, whose family name is \"\(parts[0])\" (the source is cited as \(parts[0])); "
                        + "separate authors with semicolons, each written Family, Initials (\(example)); loaded as written")
            }
            if parts.count == 1, let example = joinedFullNames(author) {
                return IngestIssue(
                    file: row.file, line: field.line, column: field.column,
                    message: "authors: \"\(author)\" joins two names written Given Family with \"and\", so it is read as one author, "
                        + "an organisation of that name (the source is cited as \(author)); separate authors with semicolons, each written "
                        + "Family, Given (\(example)); loaded as written")
            }
            if parts.count == 2, let example = twoFullNames(parts[0], parts[1]) { return oneComma(author, example, row: row, at: field) }
            if parts.count >= 2, !Source.holdsSmallOrganisationWord(author), parts.allSatisfy(namesOrganisation) {
                return organisations(author, parts, row: row, at: field)
            }
            guard parts.count > 2, !(parts.count == 3 && suffixes.contains(parts[2].lowercased())) else { return nil }
            // `Smith, Jane, Jones, Kate` pairs up as it was meant; an odd count has no one reading.
            let example = parts.count % 2 == 0
                ? stride(from: 0, to: parts.count, by: 2).map { "\(parts[$0]), \(parts[$0 + 1])" }.joined(separator: "; ")
                : "Smith, Jane; Jones, Kate"
            return IngestIssue(
                file: row.file, line: field.line, column: field.column,
                message: "authors: \"\(author)\" holds \(parts.count - 1) commas, so it is read as one author, whose family name is "
                    + "\"\(parts[0])\" (the source is cited as \(parts[0])); separate authors with semicolons, each written "
                    + "Family, Given (\(example)); loaded as written")
        }
    }

    /// The warning for one comma between two names each written Given Family (`Jane Smith, Kate
    /// Jones`): read as one author whose family name is `Jane Smith`.
    private static func oneComma(_ author: String, _ example: String, row: RowReader, at field: InputField) -> IngestIssue {
        let family = author.prefix { $0 != "," }.trimmingWhitespace()
        return IngestIssue(
            file: row.file, line: field.line, column: field.column,
            message: "authors: \"\(author)\" holds one comma between two names written Given Family, so it is read as one author, "
                + "whose family name is \"\(family)\" (the source is cited as \(family)); separate authors with semicolons, each written "
                + "Family, Given (\(example)); loaded as written")
    }

    /// The warning for organisations' names separated by commas (`Walk Free, Anti-Slavery
    /// International`, `ILO, Walk Free, IOM`): read as one person, whose family name is the first.
    ///
    /// Why: no word of them tells labels and exports it is an organisation (`Source.namesOrganisation`
    /// reads only the small words of, for, the...), so the source is cited by the first name alone,
    /// and BibTeX prints `Anti-Slavery International Walk Free`.
    ///
    /// Where the words of one part already mark the whole as an organisation's (`UNICEF, Fondation
    /// Scelles`: `OrganisationWords`), it is read as one organisation of that name, cited whole.
    private static func organisations(_ author: String, _ parts: [String], row: RowReader, at field: InputField) -> IngestIssue {
        let read =
            Source.holdsOrganisationWord(author) ? "one organisation of that name (the source is cited as \(author))"
            : parts.count == 2 ? "one person, whose family name is \"\(parts[0])\" and given name \"\(parts[1])\" (the source is cited as \(parts[0]))"
            : "one person, whose family name is \"\(parts[0])\" (the source is cited as \(parts[0]))"
        return IngestIssue(
            file: row.file, line: field.line, column: field.column,
            message: "authors: \"\(author)\" separates the names of \(parts.count) organisations with commas, so it is read as \(read); "
                + "separate authors with semicolons (\(parts.joined(separator: "; "))); loaded as written")
    }

    /// Whether `part`, one side of a comma, reads as an organisation's name: an acronym (`ILO`,
    /// `IOM`) or capitalised words holding one of `organisationWords` (`Walk Free`, `Anti-Slavery
    /// International`, `Polaris Project`) or of `OrganisationWords.words` (`Fondation Scelles`),
    /// not a person's given names (`Jane`, `Mary Jane`, `J.`).
    static func namesOrganisation(_ part: String) -> Bool {
        let words = part.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        if words.count == 1, let word = words.first, word.count > 1, word.allSatisfy({ $0.isUppercase && $0.isLetter }) { return true }
        return words.contains { organisationWords.contains($0.lowercased()) }
            || OrganisationWords.folded(Substring(part)).contains(where: OrganisationWords.words.contains)
    }

    /// The two names written Family, Given, when both sides of the only comma read as a full name
    /// (`Jane Smith`); nil for one inverted name (`Smith, Jane`, `van der Berg, Anna`, `Smith, Mary Jane`).
    ///
    /// A full name here is two to four words, each starting with a capital letter, but for
    /// particles inside it (`Maria de la Cruz`); a side that starts with a particle
    /// (`de la Cruz, Maria Luisa`) is an inverted family name, and words such as `of` or `and` mark
    /// an organisation (`Ministry of Labour, Government of Ghana`), which may hold a comma.
    static func twoFullNames(_ first: String, _ second: String) -> String? {
        func words(_ side: String) -> [Substring]? {
            let words = side.split(whereSeparator: \.isWhitespace)
            guard (2...4).contains(words.count), let lead = words.first?.first, lead.isUppercase,
                  !particles.contains(words[0].lowercased()) else { return nil }
            for word in words {
                let lower = word.lowercased()
                if organisationWords.contains(lower) || !word.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }) {
                    return nil
                }
                if word.first?.isUppercase != true && !particles.contains(lower) { return nil }
            }
            return words
        }
        guard let one = words(first), let two = words(second) else { return nil }
        // `Jane Smith` → `Smith, Jane`; a longer name's family part is not certain, so the plain example.
        guard one.count == 2 && two.count == 2 else { return "Smith, Jane; Jones, Kate" }
        return "\(one[1]), \(one[0]); \(two[1]), \(two[0])"
    }

    /// `Smith, J; Jones, K` for `Smith J`, `Jones K` (each a family name and its initials, in
    /// capitals without points, as Vancouver and PubMed write authors: `Okafor CN`); nil unless
    /// every part is written so.
    ///
    /// Why its own reading: `Smith J, Jones K` has two capitalised words on each side of a comma,
    /// and was taken for `Given Family`, with `J, Smith` as the advice: the names swapped.
    static func familyInitials(_ parts: [String]) -> String? {
        var written: [String] = []
        for part in parts {
            let words = part.split(whereSeparator: \.isWhitespace)
            guard (2...4).contains(words.count), let initials = words.last, (1...3).contains(initials.count),
                  initials.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
            let family = words.dropLast()
            for word in family {
                guard word.first?.isUppercase == true || particles.contains(word.lowercased()),
                      !organisationWords.contains(word.lowercased()),
                      word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }),
                      // `Smith JA` is a family name and initials; `WHO ILO` is two acronyms.
                      !(word.count > 1 && word.allSatisfy(\.isUppercase)) else { return nil }
            }
            written.append("\(family.joined(separator: " ")), \(initials)")
        }
        return written.joined(separator: "; ")
    }

    /// `Smith, Jane; Jones, Kate` for `Jane Smith and Kate Jones` (or `&`): two names each of two
    /// or three capitalised words; nil for anything else, such as an organisation's name holding
    /// `and` (`Ministry of Labour and Employment`, `Walk Free and ILO`).
    static func joinedFullNames(_ author: String) -> String? {
        let words = author.split(whereSeparator: \.isWhitespace)
        let joins = words.indices.filter { words[$0] == "and" || words[$0] == "&" }
        guard joins.count == 1, let join = joins.first else { return nil }
        let sides = [words[..<join], words[(join + 1)...]]
        var written: [String] = []
        for side in sides {
            guard (2...3).contains(side.count) else { return nil }
            for word in side {
                guard let lead = word.first, lead.isUppercase, !organisationWords.contains(word.lowercased()),
                      word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "\u{2019}" || $0 == "." }),
                      // An acronym (`ILO`, `IOM`) names an organisation.
                      !(word.count > 1 && word.allSatisfy(\.isUppercase))
                else { return nil }
            }
            let family = side[side.index(before: side.endIndex)]
            written.append("\(family), \(side.dropLast().joined(separator: " "))")
        }
        return written.joined(separator: "; ")
    }

    /// Particles that start a family name written first (`van der Berg, Anna`), lower case.
    private static let particles: Set<String> = ["van", "von", "der", "den", "de", "la", "le", "du", "da", "di", "del", "della", "dos", "das", "ter", "ten", "bin", "ibn", "al", "el"]

    /// Words of organisations' names, not of people's, lower case.
    ///
    /// Besides the small words, those that name organisations in this field (`Walk Free`,
    /// `Anti-Slavery International`, `Polaris Project`), whose names are otherwise two capitalised words as a person's are.
    private static let organisationWords: Set<String> = [
        "of", "and", "for", "the", "on", "in", "&",
        "agency", "alliance", "anti-slavery", "association", "bureau", "centre", "center", "coalition", "commission",
        "committee", "council", "department", "foundation", "free", "fund", "government", "group", "initiative",
        "institute", "international", "ministry", "network", "office", "organisation", "organization", "police",
        "project", "research", "service", "services", "society", "trust", "union", "university", "watch",
    ]
}
