/// What tells apart two reference entries that would read alike but for their year letter: two
/// exports of one bulk series with the same export date (a corrected re-issue of a GLOTIP export),
/// named by the file each was loaded from and the start of its SHA-256.
///
/// Why: a GLOTIP export's title and dates are its preamble date's, so two different exports of
/// 10 March 2025 got entries `UNODC (2025a)` and `UNODC (2025b)` alike in every word, and a reader
/// of "revised from 700 (UNODC 2025a [2])" could not tell which download said 700. The file and
/// its checksum are what the two releases' source rows differ by, and what the brief's Provenance
/// section lists for each release, so the entry leads to it. Entries that differ already (exports
/// of different dates) are left as they were.
enum ReferenceDistinction {
    /// The fewest hexadecimal digits of a SHA-256 named: the length of the suffix ingest gives the
    /// key of a second export of one date (`unodc-glotip-2025-03-10-5fa28ad2`).
    static let shortestDigest = 8

    /// For each of `keys` whose entry would read as another's, the sentence that tells it apart:
    /// `File g2b.csv, SHA-256 5fa28ad2.`; sources with nothing to tell them apart by (not a
    /// release of a series) get none.
    static func sentences(for keys: [String], catalog: Catalog) -> [String: String] {
        var alike: [String: [String]] = [:]
        for key in keys {
            guard let source = catalog.sources[key] else { continue }
            alike[CitationText.full(source), default: []].append(key)
        }
        var sentences: [String: String] = [:]
        for group in alike.values where group.count > 1 {
            let files = group.compactMap { key in catalog.releaseFiles[key].map { (key, $0) } }
            let digits = digestLength(files.map(\.1.sha256))
            for (key, file) in files where !file.sha256.isEmpty {
                let name = file.file.isEmpty ? "" : " \(file.file),"
                sentences[key] = "File\(name) SHA-256 \(file.sha256.prefix(digits))."
            }
        }
        return sentences
    }

    /// The fewest digits, `shortestDigest` or more, at which the digests' starts all differ.
    private static func digestLength(_ digests: [String]) -> Int {
        let longest = digests.map(\.count).max() ?? shortestDigest
        var digits = shortestDigest
        while digits < longest, Set(digests.map { $0.prefix(digits) }).count < Set(digests).count { digits += 1 }
        return digits
    }
}
