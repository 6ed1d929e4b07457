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
}
