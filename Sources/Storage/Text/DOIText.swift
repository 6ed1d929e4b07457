import Foundation

/// A DOI as written in a sources file, a CSL-JSON item or a database row, made bare: the one
/// rule ingest stores DOIs by and `SameDOI` compares them by.
public enum DOIText {
    /// `https://doi.org/10.1/x`, `http://dx.doi.org/10.1/x`, `https://www.doi.org/10.1/x` (with
    /// or without `https://` or `http://`), `doi:10.1/x` and `DOI: 10.1/x` are all `10.1/x`:
    /// doi.org answers at each of these hosts. A link's percent escapes are decoded (`%3C` is
    /// `<`): a DOI may hold characters a URL must escape, and a link copied from a browser has
    /// them escaped. In a bare DOI a `%` is itself, and so it is in a link whose escapes do not
    /// decode.
    ///
    /// A link's query and fragment are no part of the DOI (`…/10.1111/imig.12345#abstract`,
    /// `…?via%3Dihub`, as publishers' pages and browsers append them): in a link, a `?` or `#` of
    /// the DOI itself is written `%3F` or `%23`, so the first one unescaped ends the DOI. They
    /// were stored with it, and every brief cited `10.1111/imig.12345#abstract`, a DOI that
    /// resolves nowhere, and `tipdb check` missed it as the same DOI as `10.1111/imig.12345`. In a
    /// bare DOI (`10.1000/a#b`) they are kept: there they are the DOI's own characters.
    public static func bare(_ text: String) -> String {
        let lower = text.lowercased()
        if lower.hasPrefix("doi:") { return String(text.dropFirst(4)).trimmingCharacters(in: .whitespacesAndNewlines) }
        let scheme = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
        for host in ["doi.org/", "dx.doi.org/", "www.doi.org/"] where lower.dropFirst(scheme).hasPrefix(host) {
            var doi = Substring(text.dropFirst(scheme + host.count))
            if let end = doi.firstIndex(where: { $0 == "?" || $0 == "#" }) { doi = doi[..<end] }
            let path = String(doi).trimmingCharacters(in: .whitespacesAndNewlines)
            guard path.contains("%") else { return path }
            return path.removingPercentEncoding ?? path
        }
        return text
    }
}
