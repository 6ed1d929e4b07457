import Foundation
import Storage

/// Sources as CSL-JSON, the format reference managers (Zotero and others) exchange, shaped so
/// that `tipdb ingest` reads it back into the same sources.
///
/// Modelled columns become their CSL fields; the CSL fields tipdb keeps verbatim in
/// `sources.csl` are merged back, and win over what the columns would give (an author list
/// stored there has the exact structure the reference manager exported). Columns that are
/// CSL fields themselves (id, type, title, publisher, URL, DOI, note, license) come from the
/// columns, which are authoritative, and so does `container-title` when the `container` column
/// holds one. The `x_` columns (`sources.extra`) are written as `x_`
/// members, which ingest keeps in `extra` again: without them a re-import would erase them.
public enum CSLExport {
    private static let columnFields: Set<String> = ["id", "type", "title", "publisher", "URL", "DOI", "note", "license"]

    /// The sources as a CSL-JSON array.
    public static func items(_ sources: [Source]) -> JSONTree {
        .array(sources.map(item))
    }

    public static func item(_ source: Source) -> JSONTree {
        var stored: [(String, JSONTree)] = []
        if let csl = source.csl, case .object(let members)? = try? JSONTree.parse(csl) { stored = members }
        // The container column wins over a CSL record's container, as every reader takes it
        // (`CSLDetails`): one container-title, not two.
        if source.container != nil { stored.removeAll { $0.0 == "container-title" } }
        let storedNames = Set(stored.map(\.0))
        // A CSL type kept in csl (paper-conference, manuscript, ...) is given back while the kind
        // column still agrees with it; a kind changed since then wins.
        var type = Source.cslTypeOfKind[source.kind] ?? "document"
        if case .string(let kept)? = stored.first(where: { $0.0 == "type" })?.1, Source.kindOfCSLType[kept] == source.kind {
            type = kept
        }
        var standIn = false
        var members: [(String, JSONTree)] = [
            ("id", .string(source.key)),
            ("type", .string(type)),
            ("title", .string(source.title)),
        ]
        // Authors were read from an author (or editor) list that csl still holds: that list wins.
        if let issuer = source.statementIssuer, let authors = source.authors, !storedNames.contains("author"),
           !storedNames.contains("editor"), !storedNames.contains("contributor") {
            // A statement is its issuer's, as the brief cites it (`UNODC 2012`); its speakers are
            // contributors, which ingest reads back as its authors by the mark.
            members.append(("author", .array([.object([("literal", .string(issuer))])])))
            members.append(("contributor", .array(authors.components(separatedBy: "; ").filter { !$0.isEmpty }.map(name))))
            standIn = true
        } else if let authors = source.authors, !storedNames.contains("author"), !storedNames.contains("editor") {
            let names = authors.components(separatedBy: "; ").filter { !$0.isEmpty }
            // An organisation whose name holds a comma is given whole, as BibTeX's braces give it.
            members.append(("author", .array(names.map { source.namesOrganisation($0) ? .object([("literal", .string($0))]) : name($0) })))
        } else if let organisation = source.organisationAuthor, !storedNames.contains("author"), !storedNames.contains("editor"),
                  !publisherIsContainer(source, stored: stored) {
            // A report or data set without authors is its publisher's; marked so, ingest reads it
            // back as the same source, into any database (`Source.publisherAuthorMark`).
            members.append(("author", .array([.object([("literal", .string(organisation))])])))
            standIn = true
        }
        if let published = source.published, !storedNames.contains("issued") { members.append(("issued", date(published))) }
        if let accessed = source.accessed, !storedNames.contains("accessed") { members.append(("accessed", date(accessed))) }
        // The container column (a sources file's journal, book or series) is the container,
        // marked so that ingest reads it back into that column (`Source.containerColumnMark`).
        if let container = source.container { members.append(("container-title", .string(container))) }
        // A newspaper or magazine article's periodical (a post's blog, a page's website), in the
        // publisher column, is its container, unless the source names its container itself.
        let containerIsPublisher = source.publisher != nil && Source.containerPublisherTypes.contains(type) && !standIn
            && source.organisationAuthor == nil && !storedNames.contains("container-title") && source.container == nil
        if let publisher = source.publisher, containerIsPublisher {
            members.append(("container-title", .string(publisher)))
        } else if let publisher = source.publisher, !publisherIsContainer(source, stored: stored) {
            members.append(("publisher", .string(publisher)))
        }
        if let url = source.url { members.append(("URL", .string(url))) }
        if let doi = source.doi { members.append(("DOI", .string(doi))) }
        if let notes = source.notes { members.append(("note", .string(notes))) }
        if let license = source.license { members.append(("license", .string(license))) }
        // The mark goes beside whatever custom data the reference manager kept (CSL's custom is an object).
        let marks = (standIn ? [Source.publisherAuthorMark] : []) + (containerIsPublisher ? [Source.containerPublisherMark] : [])
            + (source.container != nil ? [Source.containerColumnMark] : [])
        var custom: [(String, JSONTree)]? = nil
        if !marks.isEmpty {
            switch stored.first(where: { $0.0 == "custom" })?.1 {
            case nil: custom = []
            case .object(let kept)?: custom = kept
            default: break
            }
        }
        for member in stored where !columnFields.contains(member.0) && !isExtraColumn(member.0) && !(custom != nil && member.0 == "custom") {
            members.append(member)
        }
        if let custom { members.append(("custom", .object(custom + marks.map { ($0, JSONTree.bool(true)) }))) }
        members += extraColumns(of: source, csl: stored)
        return .object(members)
    }

    /// The source's `x_` columns from `extra`, which holds the current ones; an older tipdb kept a
    /// CSL item's x_ members in csl instead, and those count until a file gives x_ columns (ingest
    /// then drops them from csl). Sorted by name: a CSV file's and a JSON file's x_ columns are
    /// stored in different orders, and the same source must export the same bytes.
    static func extraColumns(of source: Source, csl: [(String, JSONTree)]) -> [(String, JSONTree)] {
        var columns = csl.filter { isExtraColumn($0.0) }
        if let extra = source.extra, case .object(let members)? = try? JSONTree.parse(extra) { columns = members }
        return columns.sorted { $0.0 < $1.0 }
    }

    /// Whether the publisher is the item's `container-title`, which ingest took as its publisher
    /// because the item had neither authors nor a publisher (a news article or web page without a
    /// byline: `CSLMapping`), so the export leaves it out and gives the item back as it came.
    ///
    /// Why: written back as `publisher`, a newspaper's name became the article's publisher in
    /// Zotero, a field the item never had; read again, the item without it gets the same publisher.
    /// A report, web page or data set too, whose publisher the export otherwise gives as its
    /// author (`organisationAuthor`): a series or site name (`ILO Working Papers`, `BBC News`)
    /// became the item's author and publisher in Zotero, where the item had neither.
    static func publisherIsContainer(_ source: Source, stored: [(String, JSONTree)]) -> Bool {
        guard (source.authors ?? "").isEmpty, !stored.contains(where: { $0.0 == "author" || $0.0 == "editor" }),
              case .string(let container)? = stored.first(where: { $0.0 == "container-title" })?.1 else { return false }
        return container.trimmingCharacters(in: .whitespaces) == source.publisher
    }

    /// Whether a member name is an `x_` column's (`x_` or `X_`), as ingest tells them.
    static func isExtraColumn(_ name: String) -> Bool {
        name.hasPrefix("x_") || name.hasPrefix("X_")
    }

    /// `Family, Given` → `{"family", "given"}`; `Family, Given, Suffix` (`King, Martin Luther,
    /// Jr.`, as `CSLName.written` and the BibTeX export write it) → `{"family", "given",
    /// "suffix"}`; an organisation → `{"literal"}`.
    ///
    /// Why the suffix apart: given as `"given": "Martin Luther, Jr."`, citation styles printed the
    /// suffix among the given names and initialled it (`King, M. L., J.`).
    static func name(_ text: String) -> JSONTree {
        let parts = text.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 3, !parts.contains(where: \.isEmpty) {
            return .object([("family", .string(parts[0])), ("given", .string(parts[1])), ("suffix", .string(parts[2]))])
        }
        let two = text.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if two.count == 2, !two[0].isEmpty, !two[1].isEmpty {
            return .object([("family", .string(two[0])), ("given", .string(two[1]))])
        }
        return .object([("literal", .string(text))])
    }

    /// `2017-09` → `{"date-parts": [[2017, 9]]}`.
    static func date(_ text: String) -> JSONTree {
        let parts = text.split(separator: "-").compactMap { Int($0) }.map { JSONTree.integer($0) }
        return .object([("date-parts", .array([.array(parts)]))])
    }
}
