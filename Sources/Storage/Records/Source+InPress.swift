import Foundation

extension Source {
    /// Whether the work is accepted but not yet published: no publication date, and a CSL record
    /// whose `status` is "in press" or whose `issued` is the literal "in press" (in any case, with a
    /// hyphen or a space), as Zotero and CrossRef export an accepted article.
    ///
    /// Why: such a work was cited `n.d.`, which in APA means a work that has no date, and
    /// `source-without-date` asked for a publication date that does not exist yet. APA cites it
    /// "(Okafor, in press)"; labels, reference entries and BibTeX now say so
    /// (`SourceLabel.year(of:)`), and the warning leaves it out (`inPressSQL`).
    public var isInPress: Bool {
        guard published == nil, let csl, csl.range(of: "press", options: .caseInsensitive) != nil,
              let tree = try? JSONSerialization.jsonObject(with: Data(csl.utf8)) as? [String: Any] else { return false }
        if let status = tree["status"] as? String, Self.saysInPress(status) { return true }
        if let issued = tree["issued"] as? [String: Any], let literal = issued["literal"] as? String, Self.saysInPress(literal) { return true }
        return false
    }

    /// Whether `text` is "in press" (`In press`, `in-press`, ` in press `).
    static func saysInPress(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" }) == ["in", "press"]
    }

    /// A SQL condition true for a source row whose `csl` says it is in press, as `isInPress` reads it
    /// (with `published` tested apart): `source-without-date` leaves such a source out.
    /// Never NULL, and never an error: a source without a record (`csl` NULL) or with one that is
    /// not JSON (written by another program) is not in press, and `->>` reads only valid JSON.
    static let inPressSQL = "(CASE WHEN json_valid(csl) THEN coalesce(lower(replace(trim(csl ->> '$.status'), '-', ' ')) = 'in press' "
        + "OR lower(replace(trim(csl ->> '$.issued.literal'), '-', ' ')) = 'in press', 0) ELSE 0 END)"
}
