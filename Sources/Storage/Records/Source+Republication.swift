/// A source whose figures are another producer's, taken from a site that republished them (Our
/// World in Data's copy of UNODC's series): a second-hand copy, not a second data collection.
extension Source {
    /// The sentence that marks a second-hand copy in a source's notes, `Republished by NAME as
    /// FILE...`, as the Our World in Data ingest writes it (every tipdb version has). The
    /// source's publisher is then the producer the republisher names, not the republisher.
    public static let republishedPhrase = "Republished by "

    /// The site this source's figures were taken from when they are another producer's
    /// (`Our World in Data`), from its notes (`republishedPhrase` at the start or after a space,
    /// the name ending at " as "); nil for a producer's own publication.
    ///
    /// Why the notes: every database that ever loaded an Our World in Data file has the sentence,
    /// so the copies it already holds are recognised without loading them again.
    public var republisher: String? {
        guard let notes else { return nil }
        var searchFrom = notes.startIndex
        while let found = notes.range(of: Self.republishedPhrase, range: searchFrom..<notes.endIndex) {
            searchFrom = found.upperBound
            let before = notes[notes.startIndex..<found.lowerBound]
            // After another sentence or a citation whose last word ends without a full stop.
            guard before.isEmpty || before.hasSuffix(" ") else { continue }
            guard let end = notes.range(of: " as ", range: found.upperBound..<notes.endIndex) else { return nil }
            let name = notes[found.upperBound..<end.lowerBound]
            return name.isEmpty || name.contains(".") ? nil : String(name)
        }
        return nil
    }
}
