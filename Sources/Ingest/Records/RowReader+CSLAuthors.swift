import Storage

extension RowReader {
    /// A stored `csl` after a sources file (CSV, TSV or JSON) gave the source `authors` anew.
    ///
    /// The authors column is read from a CSL item's `author` list, or from its `editor` list when
    /// it has no author (`CSLMapping.record`): only then do the editors stand in for the authors,
    /// and only then are they what the file corrected, and dropped. A chapter's editors beside its
    /// authors are the book's, which a file of `key,title,authors` does not mention: they stay
    /// (they were dropped with the authors, and the reference lost its "In: Winterdyk, John and
    /// Jones, Jackie (eds.)"), and the item's `author` list becomes the new authors, so that
    /// csl remains one CSL item whose authors and editors each say what they did.
    static func csl(_ csl: String?, withAuthors authors: String?, of source: Source) -> String? {
        guard let csl, let root = try? JSONParser.parse(Array(csl.utf8)), case .object(var members) = root.value else { return csl }
        let hasAuthor = members.contains { $0.key == "author" }
        guard hasAuthor || members.contains(where: { $0.key == "editor" }) else { return csl }
        guard hasAuthor else {
            let kept = members.filter { $0.key != "editor" }
            return kept.isEmpty ? nil : JSONValue.object(kept).compactText
        }
        let names = (authors ?? "").components(separatedBy: "; ").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !names.isEmpty, let list = try? JSONParser.parse(Array(("[" + names.map { cslName($0, of: source) }.joined(separator: ",") + "]").utf8)) else {
            members.removeAll { $0.key == "author" }
            return members.isEmpty ? nil : JSONValue.object(members).compactText
        }
        for index in members.indices where members[index].key == "author" { members[index].value = list }
        return JSONValue.object(members).compactText
    }

    /// One name of the authors column as a CSL name, as the CSL-JSON export writes it (and ingest
    /// reads it back): `Family, Given` a person, `Family, Given, Suffix` one with a suffix, and
    /// anything else, or an organisation's name holding a comma, a literal name.
    static func cslName(_ text: String, of source: Source) -> String {
        let literal = "{\"literal\":" + JSONString.literal(text) + "}"
        guard !source.namesOrganisation(text) else { return literal }
        let parts = text.components(separatedBy: ",").map { $0.trimmingWhitespace() }
        if parts.count == 3, !parts.contains(where: \.isEmpty) {
            return "{\"family\":\(JSONString.literal(parts[0])),\"given\":\(JSONString.literal(parts[1])),\"suffix\":\(JSONString.literal(parts[2]))}"
        }
        if parts.count == 2, !parts.contains(where: \.isEmpty) {
            return "{\"family\":\(JSONString.literal(parts[0])),\"given\":\(JSONString.literal(parts[1]))}"
        }
        return literal
    }
}
