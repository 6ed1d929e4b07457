import Storage

extension CSLMapping {
    /// The CSL name variables tipdb reads: `author` (or `editor`) becomes the authors column, and
    /// references print editors and contributors. Other name variables are kept as they are.
    static let nameVariables: Set<String> = ["author", "editor", "contributor"]

    /// The parts of a CSL name that hold text.
    static let nameParts = ["family", "given", "literal", "non-dropping-particle", "dropping-particle", "suffix"]

    static let expectedNames = #"expected a list of names, each {"family": ..., "given": ...} or {"literal": ...}"#

    /// The problems of a name list, one for each name that has any, at the name concerned; empty
    /// for a list of names.
    ///
    /// Why refuse rather than skip: a name tipdb cannot read was left out of the authors without
    /// a word (`{"name": "ILO"}`, `{}`, a plain string), and an author list written as text
    /// (`"Smith, J."`) left the source without authors. Members other than the name parts
    /// (`sequence` and `affiliation` from a DOI look-up) are fine: they stay in csl. Every bad name
    /// is listed, as every bad cell of a CSV row is: a list pasted from elsewhere is often wrong in
    /// the same way throughout.
    static func nameProblems(in member: JSONMember, file: String) -> [IngestIssue] {
        func issue(at node: JSONNode, _ message: String) -> IngestIssue {
            IngestIssue(file: file, line: node.line, column: node.column, message: "\(member.key): \(message)")
        }
        let names: [JSONNode]
        switch member.value.value {
        case .array(let list): names = list
        case .null: return []  // no names, as null is an empty field anywhere else
        default: return [issue(at: member.value, "\(expectedNames); found \(member.value.value.kindName)")]
        }
        return names.enumerated().compactMap { index, name in
            problem(of: name, which: "name \(index + 1) of \(names.count)").map { issue(at: $0.node, $0.message) }
        }
    }

    /// The first problem of one name, with the node it is at.
    private static func problem(of name: JSONNode, which: String) -> (node: JSONNode, message: String)? {
        guard case .object(let parts) = name.value else {
            return (name, "\(which) is \(name.value.kindName); \(expectedNames)")
        }
        guard !parts.isEmpty else { return (name, "\(which) is empty; \(expectedNames)") }
        var hasName = false
        for part in parts where nameParts.contains(part.key) {
            switch part.value.value {
            case .string(let text):
                if ["family", "given", "literal"].contains(part.key), !text.allSatisfy(\.isWhitespace) { hasName = true }
            case .null:
                continue
            default:
                return (part.value, "\(which): \(part.key) is \(part.value.value.kindName); expected text")
            }
        }
        guard hasName else {
            let others = parts.filter { !nameParts.contains($0.key) }.map { "\"\($0.key)\"" }
            let found = others.isEmpty ? "only blank ones" : "only " + others.joined(separator: ", ")
            return (name, "\(which) has no family, given or literal name, \(found); \(expectedNames)")
        }
        return nil
    }

    /// The contract columns a CSL member fills, with the member itself: refusing a member refuses
    /// them, so that no "missing title" follows "title: expected text".
    static func columns(of member: String) -> [String] {
        switch member {
        case "issued": [member, "date"]
        case "author", "editor": [member, "authors"]
        default: [member] + (modelledInAnyCase[member.lowercased()].map { [$0] } ?? [])
        }
    }
}
