import Storage

/// What a source's `doi` must be once read (`SourceBuilder.normalizedDOI` has taken off a
/// `https://doi.org/` or `doi:`): `10.`, a registrant code of digits (and dots), a `/`, and the
/// item's suffix, of printable characters.
///
/// Why each part is named: "is not a DOI" alone left the user comparing their value with an
/// example to find the missing slash or the link of another site pasted in the wrong column.
enum DOIRules {
    /// The form every message shows.
    static let example = "10.1000/xyz123 (or https://doi.org/10.1000/xyz123)"

    /// What is wrong with `doi` (as read) as a DOI, quoting it as `written`; nil when it is one.
    static func problem(_ doi: String, written: String) -> String? {
        let quoted = "\"\(VisibleText.escaping(written))\""
        let lower = doi.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") {
            return "\(quoted) is a web address, not a DOI (a DOI link starts https://doi.org/); expected the page's address in url, and a DOI such as \(example) in doi"
        }
        guard doi.hasPrefix("10.") else {
            return "\(quoted) does not start with 10., as every DOI does; expected a form such as \(example)"
        }
        guard let slash = doi.firstIndex(of: "/") else {
            return "\(quoted) has no / between its prefix and the item's suffix; expected a form such as \(example)"
        }
        let registrant = doi[doi.index(doi.startIndex, offsetBy: 3)..<slash]
        if registrant.isEmpty {
            return "\(quoted) has no registrant code between 10. and /; expected digits there, as in \(example)"
        }
        if !registrant.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) || registrant.hasPrefix(".") || registrant.hasSuffix(".") {
            return "\(quoted) has registrant code \"\(VisibleText.escaping(String(registrant)))\" after 10.; expected digits (and dots between them), as in \(example)"
        }
        if doi[doi.index(after: slash)...].isEmpty {
            return "\(quoted) has nothing after its /; expected the item's suffix, as in \(example)"
        }
        // Written, or decoded from a link's %00, %0A or %20: no DOI holds one, and a NUL would
        // make the CSL-JSON export of the source unreadable.
        if doi.unicodeScalars.contains(where: { VisibleText.isControl($0) || $0.properties.isWhitespace }) {
            return "\(quoted) holds a space or control character once read; expected a DOI of printable characters only, such as 10.1000/xyz123"
        }
        return nil
    }
}
