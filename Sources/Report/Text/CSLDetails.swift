import Storage

/// The parts of a source's CSL-JSON record that a reference entry prints beyond tipdb's own
/// columns: where the work appeared, its series and report number, the place of publication,
/// the ISBN and the contributors. A reader needs them to find the work ("Report I (B)" names
/// one ILO report among many with similar titles). Sources loaded from CSV or JSON have no CSL
/// record, so none of these.
struct CSLDetails {
    /// The journal, blog or book, with volume, issue and pages: `Crime and Justice, 12(3), 45-67`.
    var container: String?
    /// Series and number, event, report number: `International Labour Conference, 93rd Session`, `Report I (B)`.
    var series: [String] = []
    var place: String?
    var isbn: String?
    /// Organisations or people the work was produced with (CSL `contributor`).
    var contributors: String?

    init(_ csl: String?) {
        guard let csl, let tree = try? JSONTree.parse(csl) else { return }
        // CSL numbers (volume, issue, collection-number) may be written as JSON numbers or text.
        func text(_ name: String) -> String? {
            switch tree[name] {
            case .string(let text)? where !text.allSatisfy(\.isWhitespace): text
            case .number(let number)?: number
            default: nil
            }
        }
        if let title = text("container-title") {
            var container = title
            if let volume = text("volume") {
                container += ", " + volume + (text("issue").map { "(\($0))" } ?? "")
            } else if let issue = text("issue") {
                container += ", no. " + issue
            }
            if let page = text("page") { container += ", " + page }
            self.container = container
        }
        let collection = text("collection-title").map { title in text("collection-number").map { "\(title) \($0)" } ?? title }
        series = [collection, text("event-title") ?? text("event"), text("number")].compactMap { $0 }
        place = text("publisher-place")
        isbn = text("ISBN")
        contributors = Self.names(tree["contributor"])
    }

    /// CSL names as a list, each written as tipdb writes authors (``CSLName``).
    static func names(_ tree: JSONTree?) -> String? {
        guard case .array(let people)? = tree else { return nil }
        let names: [String] = people.compactMap { person in
            CSLName { part in
                if case .string(let text)? = person[part], !text.isEmpty { return text } else { return nil }
            }.written
        }
        return names.isEmpty ? nil : Words.list(names)
    }
}
