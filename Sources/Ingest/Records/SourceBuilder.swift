import Foundation
import Storage

/// Turns an input record into a validated `Source`, or the list of everything wrong with it.
struct SourceBuilder {
    static let needsPublisherOrAuthors = "a source needs a publisher or authors; expected at least one of them"

    /// `needsPublisherOrAuthors` for a CSL-JSON item, in the fields a reference manager fills.
    static let cslNeedsPublisherOrAuthors = "a source needs a publisher or authors; expected an author, editor, publisher "
        + "or container-title in the item (in Zotero: an Author, the Publisher, or the Publication or Website Title)"

    /// - Parameter isCSL: whether the record is a CSL-JSON item, whose key is its `id`: the errors
    ///   about it name `id`, the member the file has (a missing one was told as "no key given").
    func build(_ row: inout RowReader, csl: String? = nil, isCSL: Bool = false) -> Source? {
        let keyName = isCSL ? "id" : "key"
        let key = row.text("key")
        if key == nil {
            row.fail("key", labelled: keyName, isCSL
                ? "\(row.field("key") == nil ? "no id given" : "an empty id"); a CSL-JSON item requires one: expected a stable citation key such as ilo-2005-global-alliance"
                : "no key given; expected a stable citation key such as ilo-2005-global-alliance")
        }
        if let key, let problem = ComposedText.problem(key) ?? (KeyRules.isValid(key) ? nil : KeyRules.message(key)) {
            row.fail("key", labelled: keyName, problem)
        }
        let title = row.required("title", what: "the title of the publication")
        let kind = row.parse("kind") { (t: String) throws(Terms.Failure) in try Terms.sourceKind(t, csl: csl != nil) } ?? "report"
        // One spelling of a list: "Smith, John;Doe, Jane" and a JSON array are the same authors.
        let names = row.list("authors")
        let authors = names.isEmpty ? nil : names.joined(separator: "; ")
        let publisher = row.text("publisher")
        // When a file lacks either column, an update keeps the stored one: the ingester checks the
        // record it is about to write instead (`Self.needsPublisherOrAuthors`).
        let bothColumns = row.field("authors") != nil && row.field("publisher") != nil
        if authors == nil && publisher == nil && bothColumns {
            row.fail(row.field("publisher") != nil ? "publisher" : "authors", Self.needsPublisherOrAuthors)
        }
        // Not a reference period's years: a law of 1685 is a source, and a URL is read these days.
        // A CSV's "in press" is no date but CSL's status (`InPressStatus`); a CSL item says it in its status.
        let inPress = !isCSL && row.text("date").map(Source.saysInPress) == true
        let published = inPress ? nil : row.parse("date") { (t: String) throws(PeriodParser.Failure) in
            try PeriodParser.singleDate(t, kind: .publication)
        }
        let accessed = row.parse("accessed") { (t: String) throws(PeriodParser.Failure) in
            let date = try PeriodParser.singleDate(t, kind: .access)
            guard date.count == 10 else {
                throw PeriodParser.Failure(message: "\"\(t)\" is not a full date; expected the day the URL was read, as YYYY-MM-DD")
            }
            return date
        }
        let url = row.text("url")
        if let url, let problem = WebAddress.problem(url) {
            row.fail("url", problem)
        }
        let doi = row.text("doi").map(Self.normalizedDOI)
        if let doi, let problem = DOIRules.problem(doi, written: row.text("doi") ?? doi) {
            row.fail("doi", problem)
        }
        guard row.issues.isEmpty, let key, let title else { return nil }
        return Source(
            key: key, kind: kind, title: title, authors: authors, publisher: publisher, container: row.text("container"),
            published: published, url: url, doi: doi, accessed: accessed, license: row.text("license"), notes: row.text("notes"),
            csl: inPress ? InPressStatus.csl(csl, inPress: true) : csl, extra: row.extraJSON())
    }

    /// The DOI as stored: bare, as `DOIText.bare` reads it (a link's host, query and fragment
    /// taken off, its escapes decoded).
    static func normalizedDOI(_ text: String) -> String {
        DOIText.bare(text).trimmingWhitespace()
    }
}
