import Foundation

extension Source {
    /// The CSL record's `version` (`2.1`, a data set's or software's release), as text; nil
    /// without one.
    ///
    /// Why: for a data set the version is the citation. Two releases of the CTDC's synthetic data
    /// under one title printed identical reference entries, and `same-source-twice` took them for
    /// one publication; reference entries now print `(Version 2.1)` as APA does
    /// (`CitationText.segments`), BibTeX writes `version`, and `SameSource` keeps versions apart.
    public var version: String? {
        guard let csl, csl.contains("\"version\""),
              let tree = try? JSONSerialization.jsonObject(with: Data(csl.utf8)) as? [String: Any] else { return nil }
        let text: String? =
            switch tree["version"] {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            default: nil
            }
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
