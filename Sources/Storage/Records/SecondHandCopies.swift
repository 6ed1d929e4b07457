/// The sources that are second-hand copies of another producer's data (Our World in Data's
/// download of UNODC's series, `Source.republisher`), and the data collection each belongs to.
///
/// Why: a copy is the producer's data collection again, not a second one. Counted as a source of
/// its own, it made two copies of one series "2 different data collections", a revision between
/// them a disagreement, and a measure with one origin look confirmed. So a copy takes the origin
/// (`Catalog.origin`) of its producer's own data in the database: the producer is the copy's
/// publisher (the producer its metadata names), matched to the publisher of the producer's own
/// sources by name or by the abbreviation a citation label uses ("United Nations Office on Drugs
/// and Crime" is "UNODC"). Where the producer has several data collections in the database, a
/// release series (a bulk export, what such sites republish) is taken first, then the most
/// recently published source. Copies of a producer with no data of its own in the database share
/// one origin, so that two copies of one producer never confirm each other; a copy that names no
/// producer (no metadata: its publisher is the republisher) stays an origin of its own.
///
/// In Storage, not Report: the brief's copy caution and `tipdb check`'s `copy-differs` warning
/// must take the same copy for the same producer's data.
public struct SecondHandCopies: Sendable {
    /// Copy source key to the origin it shares.
    public private(set) var origins: [String: String] = [:]
    /// Copy source key to the site that republished it.
    public private(set) var republishers: [String: String] = [:]

    public init() {}

    /// - Parameter ownOrigin: the origin of a source that is not a copy (its series for a release
    ///   of a bulk export, else itself).
    public init(sources: [String: Source], ownOrigin: (String) -> String, isRelease: (String) -> Bool) {
        var own: [String: [Source]] = [:]
        var copies: [(source: Source, republisher: String)] = []
        for source in sources.values.sorted(by: { $0.key < $1.key }) {
            if let republisher = source.republisher {
                copies.append((source, republisher))
            } else if let producer = source.publisher ?? source.authors {
                for name in Self.names(producer) { own[name, default: []].append(source) }
            }
        }
        for (copy, republisher) in copies {
            republishers[copy.key] = republisher
            guard let producer = copy.publisher, producer != republisher else { continue }
            let candidates = Self.names(producer).flatMap { own[$0] ?? [] }
            let chosen = candidates.min { a, b in
                let (ra, rb) = (isRelease(a.key), isRelease(b.key))
                if ra != rb { return ra }
                if (a.published ?? "") != (b.published ?? "") { return (a.published ?? "") > (b.published ?? "") }
                return a.key < b.key
            }
            origins[copy.key] = chosen.map { ownOrigin($0.key) } ?? "producer\u{0}" + (Self.names(producer).first ?? producer)
        }
    }

    /// Whether `source` is a second-hand copy.
    public func isCopy(_ source: String) -> Bool { republishers[source] != nil }

    /// The ways a producer's name is matched: the name as names are compared
    /// (`OrganisationName.matchKey`: "Counter Trafficking Data Collaborative" is the
    /// Counter-Trafficking Data Collaborative), and the abbreviation a citation label gives it, lowercased.
    public static func names(_ producer: String) -> [String] {
        let full = OrganisationName.matchKey(producer)
        let short = OrganisationName.abbreviation(of: producer).lowercased()
        return short == full ? [full] : [full, short]
    }
}
