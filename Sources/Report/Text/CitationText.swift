import Storage

/// How a source is cited: a short label for running text (`ILO 2005`, `Francis 2013`) and a
/// full reference entry (authors or publisher, year, title, edition, container or series, place,
/// publisher, date, ISBN, URL, DOI, accessed).
public enum CitationText {
    /// One piece of a reference entry: plain text, the title, or a link.
    public enum Segment: Equatable, Sendable {
        case text(String)
        case title(String)
        case link(text: String, url: String)

        public var plain: String {
            switch self {
            case .text(let text), .title(let text): text
            case .link(let text, _): text
            }
        }
    }

    /// `ILO 2005`, `Francis 2013`, `ILO and WFF 2017`, `ILO et al. 2022`, `UNODC 2012`.
    ///
    /// A statement is attributed to the organisation that issued it, as briefs cite it
    /// ("UNODC 2012"), not to the official who read it.
    public static func shortLabel(_ source: Source) -> String {
        var names = (source.authors ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }
        if names.isEmpty || (source.kind == "statement" && source.publisher != nil) {
            names = [source.publisher ?? source.key]
        }
        let short = names.map { name -> String in
            if let comma = name.firstIndex(of: ",") { return String(name[..<comma]) }
            return abbreviation(of: name)
        }
        let who: String =
            switch short.count {
            case 1: short[0]
            case 2: short[0] + " and " + short[1]
            default: short[0] + " et al."
            }
        return who + " " + year(of: source)
    }

    /// `International Labour Office` → `ILO`: organisation names of three or more capitalised
    /// words become their initials, as the field writes them; shorter names stay whole.
    static func abbreviation(of name: String) -> String {
        let minor: Set<String> = ["of", "on", "and", "the", "for", "in", "to", "against", "de", "des", "du", "la", "le", "et"]
        let words = name.split(separator: " ").map(String.init)
        let significant = words.filter { !minor.contains($0.lowercased()) }
        guard significant.count >= 3, significant.allSatisfy({ $0.first?.isUppercase == true }) else { return name }
        return significant.compactMap { $0.first.map(String.init) }.joined()
    }

    /// The publication year, or `n.d.` when the source has no date.
    static func year(of source: Source) -> String {
        source.published.map { String($0.prefix(4)) } ?? "n.d."
    }

    /// The reference entry as segments, so Markdown and HTML can link what is a link.
    public static func segments(_ source: Source) -> [Segment] {
        var segments: [Segment] = []
        let authors = (source.authors ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }
        var lead = authors.isEmpty ? (source.publisher ?? source.key) : Words.list(authors)
        let details = CSLDetails(source.csl)
        // A CSL item with editors and no authors had its editors read into the authors column.
        if !authors.isEmpty, details.isEditedOnly {
            lead += authors.count == 1 ? " (ed.)" : " (eds.)"
        }
        segments.append(.text("\(lead) (\(year(of: source))). "))
        segments.append(.title(source.title))
        var tail = ""
        if let edition = details.editionText { tail += " (\(edition))" }
        if let kind = kindLabel(source.kind) { tail += " [\(kind)]" }
        tail += "."
        if let container = details.container { tail += " In: \(container)." }
        // A speech's title often names its event already.
        let series = details.series.filter { !source.title.contains($0) }
        if !series.isEmpty { tail += " " + series.joined(separator: ", ") + "." }
        if let contributors = details.contributors { tail += " With \(contributors)." }
        var publishing: [String] = []
        // Not twice: a publisher that leads the entry, as its only author or for want of one, is not repeated.
        let publisher = source.publisher.flatMap { authors.isEmpty || authors == [$0] ? nil : $0 }
        switch (details.place, publisher) {
        case (let place?, let publisher?): publishing.append("\(place): \(publisher)")
        case (let place?, nil): publishing.append(place)
        case (nil, let publisher?): publishing.append(publisher)
        case (nil, nil): break
        }
        if let published = source.published, published.count > 4 { publishing.append(longDate(published)) }
        if !publishing.isEmpty { tail += " " + publishing.joined(separator: ", ") + "." }
        if let isbn = details.isbn { tail += " ISBN \(isbn)." }
        segments.append(.text(tail))
        if let url = source.url { segments += [.text(" "), .link(text: url, url: url), .text(".")] }
        if let doi = source.doi {
            segments += [.text(" doi:"), .link(text: doi, url: "https://doi.org/" + doi), .text(".")]
        }
        if let accessed = source.accessed { segments.append(.text(" Accessed \(longDate(accessed)).")) }
        return segments
    }

    /// The reference entry as plain text.
    public static func full(_ source: Source) -> String {
        segments(source).map(\.plain).joined()
    }

    /// `2013-02-06` → `6 February 2013`; `2017-09` → `September 2017`.
    static func longDate(_ date: String) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2, (1...12).contains(parts[1]) else { return date }
        let month = months[parts[1] - 1]
        return parts.count >= 3 ? "\(parts[2]) \(month) \(parts[0])" : "\(month) \(parts[0])"
    }

    static func kindLabel(_ kind: String) -> String? {
        switch kind {
        case "blog-post": "Blog post"
        case "statement": "Statement"
        case "dataset": "Dataset"
        case "news": "News article"
        case "webpage": "Web page"
        case "legal-instrument": "Legal instrument"
        case "thesis": "Thesis"
        default: nil
        }
    }
}
