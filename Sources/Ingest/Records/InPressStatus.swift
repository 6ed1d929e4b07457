import Storage

/// A sources CSV's date "in press" (or "forthcoming"), kept as CSL's `status` in `sources.csl`.
///
/// Why: a work accepted but not yet published has no date, and the sources CSV had no way to say
/// so: "in press" was refused as not a date, and an empty date was cited "n.d." with a warning
/// asking for a date the work does not have (review of session 54). A CSL item says it with
/// `"status": "in press"`, which `Source.isInPress` reads; the CSV's date cell now writes that
/// member, so the source is cited "in press" whichever file loaded it, and a later date given in
/// a sources CSV takes the mark away again.
enum InPressStatus {
    /// `csl` with `"status": "in press"` when `inPress` (a status already saying so is kept as
    /// written), or without a status saying "in press" when not; nil when nothing is left. A
    /// stored text that is not a JSON object is returned as it is.
    static func csl(_ csl: String?, inPress: Bool) -> String? {
        var members: [JSONMember] = []
        if let csl {
            guard let root = try? JSONParser.parse(Array(csl.utf8)), case .object(let stored) = root.value else { return csl }
            members = stored
        }
        let says = members.contains { member in
            guard member.key == "status", case .string(let text) = member.value.value else { return false }
            return Source.saysInPress(text)
        }
        guard inPress != says else { return csl }
        members.removeAll { $0.key == "status" }
        if inPress {
            members.append(JSONMember(key: "status", keyLine: 1, keyColumn: 1, value: JSONNode(value: .string("in press"), line: 1, column: 1, byteRange: 0..<0)))
        }
        return members.isEmpty ? nil : JSONValue.object(members).canonicalText
    }
}
