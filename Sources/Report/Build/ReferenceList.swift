/// Section 9 of a brief: every cited source, numbered in the order of first citation.
enum ReferenceList {
    static func build(context: BriefContext) -> [Reference] {
        // Two exports of one date read alike but for their letter: the file tells them apart.
        let distinctions = ReferenceDistinction.sentences(for: context.citationOrder, catalog: context.catalog)
        return context.citationOrder.enumerated().compactMap { index, key in
            guard let source = context.catalog.sources[key] else {
                // A figure's source is a foreign key, so this only happens in a damaged database.
                return Reference(
                    number: index + 1, key: key, kind: "other", label: key, text: "\(key) (not in the sources table).",
                    title: key)
            }
            let suffix = context.yearSuffixes[key] ?? "", distinction = distinctions[key]
            return Reference(
                number: index + 1, key: key, kind: source.kind, label: context.label(key),
                text: CitationText.full(source, yearSuffix: suffix, distinction: distinction), authors: source.authors,
                publisher: source.publisher, container: CSLDetails(source).containerTitle, published: source.published, title: source.title, url: source.url, doi: source.doi,
                accessed: source.accessed,
                parts: CitationText.segments(source, yearSuffix: suffix, distinction: distinction).map(ReferencePart.init))
        }
    }
}

extension Reference {
    init(number: Int, key: String, kind: String, label: String, text: String, title: String) {
        self.init(
            number: number, key: key, kind: kind, label: label, text: text, authors: nil, publisher: nil, published: nil,
            title: title, url: nil, doi: nil, accessed: nil, parts: [ReferencePart(kind: "text", text: text, url: nil)])
    }
}

extension ReferencePart {
    init(_ segment: CitationText.Segment) {
        switch segment {
        case .text(let text): self.init(kind: "text", text: text, url: nil)
        case .title(let text, let markup): self.init(kind: "title", text: text, url: nil, markup: markup ? true : nil)
        case .link(let text, let url): self.init(kind: "link", text: text, url: url)
        }
    }
}
