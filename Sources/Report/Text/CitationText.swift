import Storage

/// How a source is cited: a short label for running text (`ILO 2005`, `Francis 2013`) and a
/// full reference entry (authors or publisher, year, title, edition, container or series, place,
/// publisher, date, ISBN, URL, DOI, accessed).
public enum CitationText {
    /// One piece of a reference entry: plain text, the title, or a link.
    public enum Segment: Equatable, Sendable {
        case text(String)
        /// The title as stored; `markup` when it came from a CSL-JSON record, whose CSL markup
        /// (`CSLRichText`) each output writes its way. Any other title is data, shown as written.
        case title(String, markup: Bool)
        case link(text: String, url: String)

        /// The piece as plain text: a title without its markup.
        public var plain: String {
            switch self {
            case .text(let text): text
            case .title(let text, let markup): CSLRichText(text, markup: markup).plain
            case .link(let text, _): text
            }
        }
    }

    /// `ILO 2005`, `Francis 2013`, `ILO and Walk Free Foundation 2017`, `ILO et al. 2022`, `UNODC 2012`.
    ///
    /// The rule is Storage's `SourceLabel`, which `source_labels` stores for SQL: one rule, so
    /// that a query by the brief's label finds what the brief cites.
    public static func shortLabel(_ source: Source) -> String { SourceLabel.short(source) }

    /// Short labels unique among `sources`, lettered `UNODC 2024a`, `UNODC 2024b` (`SourceLabel.unique`).
    public static func uniqueLabels(_ sources: [String: Source]) -> [String: String] { SourceLabel.unique(sources) }

    /// The labels and year letters of a document listing `keys` (`SourceLabel.lettered(listed:among:)`).
    public static func lettered(listed keys: Set<String>, among all: [String: Source]) -> [String: SourceLabel.Lettered] {
        SourceLabel.lettered(listed: keys, among: all)
    }

    /// The letter each source's year takes in its label and its reference entry (`SourceLabel.yearSuffixes`).
    public static func yearSuffixes(_ sources: [String: Source]) -> [String: String] { SourceLabel.yearSuffixes(sources) }

    /// Bibliography order (`SourceLabel.precedes`).
    static func precedes(_ a: Source, _ b: Source) -> Bool { SourceLabel.precedes(a, b) }

    /// The names a source is cited under, label and entry alike (`SourceLabel.leadNames`).
    static func leadNames(_ source: Source) -> [String] { SourceLabel.leadNames(source) }

    /// `Fedotov, Yury` → `Yury Fedotov`: a name in the order a sentence gives it.
    ///
    /// Why: authors are stored family name first, the order a reference list sorts and leads
    /// with; after "Delivered by" the entry reads as a sentence, where "Fedotov, Yury" reads as
    /// two people. A name with no comma, or more than one (`King, Martin Luther, Jr.`), stays as
    /// stored: which part is which is not known.
    /// A name in Chinese, Japanese or Korean script keeps its order, with nothing between its
    /// parts (`张, 伟` → `张伟`, `CSLName.listed`).
    static func displayOrder(_ name: String) -> String {
        if let parts = CSLName.unspacedParts(name) { return parts.family + parts.given }
        let parts = name.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return name }
        func trimmed(_ part: Substring) -> String { String(part.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
        let family = trimmed(parts[0]), given = trimmed(parts[1])
        guard !family.isEmpty, !given.isEmpty else { return name }
        return given + " " + family
    }

    /// The publication year, or `n.d.` when the source has no date.
    static func year(of source: Source) -> String { SourceLabel.year(of: source) }

    /// The reference entry as segments, so Markdown and HTML can link what is a link.
    ///
    /// The entry starts as its in-text label does, the author-date way, so that a reader who
    /// meets `UNODC 2024a [6]` finds "UNODC" and "2024a" at the head of entry 6: the same names
    /// (a statement under the organisation that issued it, its speaker after the title), each
    /// organisation the label abbreviates followed by its abbreviation in brackets
    /// (`United Nations Office on Drugs and Crime [UNODC]`, as APA introduces one), and the
    /// year with the label's letter. Full names stay first: they are what a catalogue lists.
    ///
    /// - Parameters:
    ///   - yearSuffix: the letter of the source's label (`yearSuffixes`), "" if none.
    ///   - distinction: a sentence that tells the entry apart from another that reads alike but
    ///     for the letter (`ReferenceDistinction`), after the publisher and date; nil for most.
    public static func segments(_ source: Source, yearSuffix: String = "", distinction: String? = nil) -> [Segment] {
        var segments: [Segment] = []
        let authors = (source.authors ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }
        let names = leadNames(source)
        let speakers = names == authors ? [] : authors
        var lead = SourceLabel.leadText(source)
        let details = CSLDetails(source)
        // A CSL item with editors and no authors had its editors read into the authors column.
        if speakers.isEmpty, !authors.isEmpty, details.isEditedOnly {
            lead += authors.count == 1 ? " (ed.)" : " (eds.)"
        }
        segments.append(.text("\(lead) (\(years(of: source, rangeEnd: details.issuedEnd))\(yearSuffix)). "))
        segments.append(.title(source.title, markup: source.hasTitleMarkup))
        var tail = ""
        // A chapter's edition is its book's, printed with the container (`CSLDetails.container`).
        let about = [details.isChapter ? nil : details.editionText, source.version.map(versionText)].compactMap { $0 }
        if !about.isEmpty { tail += " (\(about.joined(separator: ", ")))" }
        if let kind = kindLabel(source.kind) { tail += " [\(kind)]" }
        tail += tail.isEmpty ? stop(after: source.richTitle.plain) : "."
        if !speakers.isEmpty { tail += " Delivered by \(Words.list(speakers.map(displayOrder)))." }
        if let container = details.container { tail += " " + sentence("In: \(container)") }
        // A speech's title often names its event already.
        let series = details.series.filter { !source.title.contains($0) }
        if !series.isEmpty { tail += " " + sentence(series.joined(separator: ", ")) }
        if let contributors = details.contributors { tail += " " + sentence("With \(contributors)") }
        var publishing: [String] = []
        // Not twice: a publisher that leads the entry, as its only author, as the issuer of a
        // statement or for want of an author, is not repeated.
        let publisher = source.publisher.flatMap { names == [$0] ? nil : $0 }
        switch (details.place, publisher) {
        case (let place?, let publisher?): publishing.append("\(place): \(publisher)")
        case (let place?, nil): publishing.append(place)
        case (nil, let publisher?): publishing.append(publisher)
        case (nil, nil): break
        }
        if let published = source.published, published.count > 4 || (details.issuedEnd?.count ?? 0) > 4 {
            publishing.append(longDate(published) + (details.issuedEnd.map { " to " + longDate($0) } ?? ""))
        }
        if !publishing.isEmpty { tail += " " + sentence(publishing.joined(separator: ", ")) }
        // A second-hand copy is cited as the producer's, and says where it was taken from.
        if let republisher = source.republisher, republisher != source.publisher { tail += " Republished by \(republisher)." }
        if let distinction { tail += " " + distinction }
        if let isbn = details.isbn { tail += " ISBN \(isbn)." }
        segments.append(.text(tail))
        let url = printedURL(source)
        if let url { segments += [.text(" "), .link(text: url, url: url), .text(".")] }
        // As APA 7 gives a DOI, a link at doi.org: one a spreadsheet (the brief's CSV) and a PDF make clickable.
        if let doi = source.doi { segments += [.text(" "), .link(text: doiAddress(doi), url: doiAddress(doi)), .text(".")] }
        // The day a page was read goes with its address (APA's "Retrieved ... from"): alone it read as a lost link.
        if url != nil, let accessed = source.accessed { segments.append(.text(" Accessed \(longDate(accessed)).")) }
        return segments
    }

    /// The URL a reference entry prints: the source's, unless it is the doi.org link of its DOI,
    /// which the entry prints once, as its DOI.
    ///
    /// Why: Zotero items filled in from a DOI carry it in both fields, and the entry gave the one
    /// address twice (review of session 52). A publisher's page beside the DOI is still printed:
    /// it may be the page the figures were read from, which `accessed` dates.
    static func printedURL(_ source: Source) -> String? {
        guard let url = source.url else { return nil }
        guard let doi = SameDOI.key(source.doi), DOIText.bare(url) != url, SameDOI.key(url) == doi else { return url }
        return nil
    }

    /// `Version 2.1`, as APA prints a data set's or software's version after its title; a version
    /// that says so already (`Version 3`) is printed as given, and `v3` is `Version 3`.
    static func versionText(_ version: String) -> String {
        if version.lowercased().hasPrefix("version") { return version }
        if let first = version.first, first == "v" || first == "V", version.dropFirst().first?.isNumber == true {
            return "Version " + version.dropFirst()
        }
        return "Version " + version
    }

    /// The address of a DOI at doi.org, its characters that a URL reads as syntax percent-encoded
    /// (`%` as `%25`, `?` as `%3F`, `#` as `%23`, a space, `"`, `<`, `>`, `[`, `]`, `{`, `}`,
    /// `^`, `` ` ``, `|`, `\` and control characters), as the DOI Handbook asks of a DOI in a URL.
    ///
    /// Why: a stored DOI is bare, its escapes decoded (`10.1002/(SICI)…CO;2-#`, `10.1000/50%off`);
    /// linked raw, a browser sent `#` and what follows as a fragment and `?` as a query, so
    /// doi.org got another DOI or none, and read `%of` as a broken escape.
    static func doiAddress(_ doi: String) -> String {
        var out = "https://doi.org/"
        for scalar in doi.unicodeScalars {
            switch scalar {
            case "\u{00}"..."\u{20}", "\u{7F}", "%", "?", "#", "\"", "<", ">", "[", "]", "{", "}", "^", "`", "|", "\\":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The years of publication at the head of an entry: `2019`, or for a date range whose end a
    /// CSL record keeps, `2019-2020` (a range within one year is `2019`, its months said after
    /// the publisher), as CSL styles write an issued range; `c. 2005` for an approximate date
    /// (`Source.isCirca`), as its label writes it; `n.d.` without a date.
    static func years(of source: Source, rangeEnd: String?) -> String {
        let start = year(of: source)
        guard let published = source.published, let rangeEnd, rangeEnd.prefix(4) != published.prefix(4) else { return start }
        return start + "-" + rangeEnd.prefix(4)
    }

    /// `text` ending as a sentence: with a full stop, unless it ends with one already, or with a
    /// question or exclamation mark.
    ///
    /// Why: a container, series, contributor or publisher whose name ends in an abbreviation
    /// (`J. Traff.`, `Smith & Co.`) ended its sentence twice, `In: J. Traff..`; a title ending in a
    /// question mark read `Is it slavery?.`. figure_citations (m0041) ends them so too.
    static func sentence(_ text: String) -> String { text + stop(after: text) }

    /// The full stop that ends a sentence ending in `text`, or "" where `text` ends one already.
    static func stop(after text: String) -> String {
        guard let last = text.last, ".?!".contains(last) else { return "." }
        return ""
    }

    /// The reference entry as plain text.
    public static func full(_ source: Source, yearSuffix: String = "", distinction: String? = nil) -> String {
        segments(source, yearSuffix: yearSuffix, distinction: distinction).map(\.plain).joined()
    }

    /// `2013-02-06` → `6 February 2013`; `2017-09` → `September 2017`.
    static func longDate(_ date: String) -> String {
        let months = PeriodDays.monthNames
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
