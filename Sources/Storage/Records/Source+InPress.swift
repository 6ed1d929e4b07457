import Foundation

extension Source {
    /// Whether the work is accepted but not yet published: no publication date, and a CSL record
    /// whose `status` is "in press" or "forthcoming", or whose `issued` is the literal or raw text
    /// "in press" or "forthcoming" (in any case, with a hyphen or a space), as Zotero and CrossRef
    /// export an accepted article.
    ///
    /// Why `raw` and "forthcoming" too (review of session 54): Zotero writes a Date it cannot
    /// parse, "in press" among them, as `{"raw": ...}`, and "forthcoming" is one of CSL's own
    /// examples of `status`; both were cited "n.d." and told to give a date the work does not have.
    ///
    /// Why: such a work was cited `n.d.`, which in APA means a work that has no date, and
    /// `source-without-date` asked for a publication date that does not exist yet. APA cites it
    /// "(Okafor, in press)"; labels, reference entries and BibTeX now say so
    /// (`SourceLabel.year(of:)`), and the warning leaves it out (`inPressSQL`).
    public var isInPress: Bool {
        guard published == nil, let csl,
              csl.range(of: "press", options: .caseInsensitive) != nil || csl.range(of: "forthcoming", options: .caseInsensitive) != nil,
              let tree = try? JSONSerialization.jsonObject(with: Data(csl.utf8)) as? [String: Any] else { return false }
        if let status = tree["status"] as? String, Self.saysInPress(status) { return true }
        guard let issued = tree["issued"] as? [String: Any] else { return false }
        return ["literal", "raw"].contains { (issued[$0] as? String).map(Self.saysInPress) ?? false }
    }

    /// Whether `text` is "in press" (`In press`, `in-press`, ` in press `) or "forthcoming".
    public static func saysInPress(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" })
        return words == ["in", "press"] || words == ["forthcoming"]
    }

    /// A SQL condition true for a source row whose `csl` says it is in press, as `isInPress` reads it
    /// (with `published` tested apart): `source-without-date` leaves such a source out.
    /// Never NULL, and never an error: a source without a record (`csl` NULL) or with one that is
    /// not JSON (written by another program) is not in press, and `->>` reads only valid JSON.
    static let inPressSQL = "(CASE WHEN json_valid(csl) THEN coalesce(lower(replace(trim(csl ->> '$.status'), '-', ' ')) IN ('in press', 'forthcoming') "
        + "OR lower(replace(trim(csl ->> '$.issued.literal'), '-', ' ')) IN ('in press', 'forthcoming') "
        + "OR lower(replace(trim(csl ->> '$.issued.raw'), '-', ' ')) IN ('in press', 'forthcoming'), 0) ELSE 0 END)"
}
