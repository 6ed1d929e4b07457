import Foundation
import Storage

/// Maps CSL-JSON items (what Zotero and other reference managers export) onto the sources contract.
///
/// Modelled fields become columns, and `x_` members `x_` columns (kept in `sources.extra`, as any
/// file's are: they are tipdb's, not CSL's, and a CSV file may change them later); every other field (container-title, page, ISBN, the structured
/// author list, ...) is kept in `sources.csl`, as compact JSON with every object's members sorted
/// (``JSONValue/canonicalText``), so that an export gives it back and the same item written in
/// another order loads as unchanged.
enum CSLMapping {
    /// CSL fields that map onto a sources column.
    static let modelled: [String: String] = [
        "id": "key", "type": "kind", "title": "title", "publisher": "publisher", "URL": "url", "DOI": "doi",
        "note": "notes", "license": "license",
    ]

    /// The modelled fields by their lower-case names: CSL spells `DOI` and `URL` in capitals, but
    /// pandoc's YAML bibliographies and hand-written items give `doi` and `url`, which went into
    /// `sources.csl` without a word, leaving the source without its DOI and link in every brief.
    /// A name in any case is read as CSL's (two spellings in one item are one member repeated,
    /// as for any JSON file: see `JSONRecordSource.repeatedMember`).
    static let modelledInAnyCase = Dictionary(uniqueKeysWithValues: modelled.map { ($0.key.lowercased(), $0.value) })

    static func record(from members: [JSONMember], node: JSONNode, raw: String, file: String) -> InputRecord {
        var record = InputRecord(line: node.line, column: node.column, raw: raw, fields: [])
        var extra: [(String, String)] = []
        var people: [String: [String]] = [:]
        var peoplePosition: [String: JSONNode] = [:]
        var standIn = false
        var containerMarked = false
        var containerColumn = false
        for member in members {
            if FieldContract.isExtraColumn(member.key) {
                JSONRecordSource.addExtraColumn(member, to: &record, file: file)
                continue
            }
            if let column = modelledInAnyCase[member.key.lowercased()] {
                switch JSONRecordSource.text(of: member.value, field: column) {
                case .success(let text):
                    record.fields.append(InputField(name: column, value: text, line: member.value.line, column: member.value.column))
                case .failure(let failure):
                    // Not dropped: a CSL item replaces the stored source whole, so a field left out
                    // would erase the stored one without a word.
                    record.refuse(IngestIssue(
                        file: file, line: member.value.line, column: member.value.column, message: "\(member.key): \(failure.message)"),
                                  fields: columns(of: member.key))
                }
                // Named as CSL names it: the user wrote `type`, not tipdb's `kind`.
                if column == "kind", case .string(let type) = member.value.value,
                   Source.kindOfCSLType[type] == nil, !Source.kinds.contains(type), !type.allSatisfy(\.isWhitespace) {
                    let types = Source.kindOfCSLType.keys.sorted()
                    record.refuse(IngestIssue(
                        file: file, line: member.value.line, column: member.value.column,
                        message: Suggestions.message(
                            "type: unknown CSL type \"\(type)\"", for: type, among: types,
                            expected: expectedType)),
                                  fields: columns(of: member.key))
                }
                // A type that its kind would not export as (paper-conference is kept as a journal
                // article) stays in csl, so that an export gives it back.
                if column == "kind", case .string(let type) = member.value.value,
                   let kind = Source.kindOfCSLType[type], Source.cslTypeOfKind[kind] != type {
                    extra.append((member.key, member.value.value.canonicalText))
                }
                continue
            }
            // What is kept in csl is kept as JSON text: a name twice in it would be read either way.
            if let issue = JSONRecordSource.repeatedMember(inside: member, file: file) {
                record.refuse(issue, fields: columns(of: member.key))
                continue
            }
            // The NUL rule of every text field holds for what is kept in csl, names and dates too.
            if let nul = firstNUL(in: member.value) {
                record.refuse(IngestIssue(
                    file: file, line: nul.line, column: nul.column,
                    message: "\(member.key): the text contains a NUL character (\\u0000); expected text without NUL"),
                              fields: columns(of: member.key))
                continue
            }
            if nameVariables.contains(member.key) {
                let issues = nameProblems(in: member, file: file)
                for issue in issues { record.refuse(issue, fields: columns(of: member.key)) }
                if !issues.isEmpty { continue }
            }
            switch member.key {
            case "issued", "accessed":
                let name = member.key == "issued" ? "date" : "accessed"
                let kind: DateKind = member.key == "issued" ? .publication : .access
                // The column holds YYYY, YYYY-MM or YYYY-MM-DD (accessed: a whole day). Date-parts
                // must be a real date; what else CSL allows ("Spring 2016" as raw text, a literal
                // "circa 1990", a year accessed) stays in csl only.
                let hasParts = member.value["date-parts"] != nil
                let text = date(from: member.value)
                var fits = false
                if hasParts, let year = year(from: member.value), !kind.years.contains(year) {
                    // Said of the number written: [[-50]] or [[20160]] has no YYYY text to quote.
                    record.refuse(IngestIssue(
                        file: file, line: member.value.line, column: member.value.column, message: "\(member.key): \(kind.outOfRange(year, in: nil))"),
                                  fields: [name])
                } else if let text {
                    do {
                        _ = try PeriodParser.date(text, original: text, kind: kind)
                        fits = name == "date" || text.count == 10
                    } catch where hasParts {
                        record.refuse(IngestIssue(
                            file: file, line: member.value.line, column: member.value.column, message: "\(member.key): \(error.message)"),
                                      fields: [name])
                    } catch {}
                }
                if hasParts, let message = rangeEndProblem(member.value, start: text, kind: kind) {
                    record.refuse(IngestIssue(
                        file: file, line: member.value.line, column: member.value.column, message: "\(member.key): \(message)"),
                                  fields: [name])
                }
                if fits, let text {
                    record.fields.append(InputField(name: name, value: text, line: member.value.line, column: member.value.column))
                } else if hasParts ? text == nil : !isDate(member.value) {
                    record.refuse(IngestIssue(
                        file: file, line: member.value.line, column: member.value.column,
                        message: "\(member.key): expected {\"date-parts\": [[YYYY, M, D]]} with month and day optional, {\"raw\": ...} or {\"literal\": ...}"),
                                  fields: [name])
                }
                if !fits, member.key == "issued", !hasParts, let unread = dateText(of: member.value) {
                    record.unreadDate = InputField(name: member.key, value: unread, line: member.value.line, column: member.value.column)
                }
                // What the date column cannot hold (a season, circa, a raw text, a range's end) stays in csl.
                if !fits || (member.key == "issued" && (isRange(member.value) || hasQualifier(member.value))) {
                    extra.append((member.key, member.value.value.canonicalText))
                }
            case "author", "editor":
                people[member.key] = names(from: member.value)
                peoplePosition[member.key] = member.value
                // An author list the authors column gives back exactly (family and given, or an
                // organisation) is not kept twice: a source loaded from CSV, exported to CSL-JSON
                // and loaded again then changes nothing.
                let restorable = member.key == "author" && !members.contains { $0.key == "editor" } && isPlain(member.value)
                if !restorable { extra.append((member.key, member.value.value.canonicalText)) }
            case "custom":
                // tipdb's own export marks an author that is the publisher standing in for none
                // (`Source.publisherAuthorMark`), a container that is the publisher column
                // (`Source.containerPublisherMark`) and one that is the container column
                // (`Source.containerColumnMark`): read below, and not kept.
                let marks = [Source.publisherAuthorMark, Source.containerPublisherMark, Source.containerColumnMark]
                guard case .object(let data) = member.value.value, data.contains(where: { marks.contains($0.key) }) else {
                    extra.append((member.key, member.value.value.canonicalText))
                    break
                }
                standIn = data.contains { $0.key == Source.publisherAuthorMark && $0.value.value == .bool(true) }
                containerMarked = data.contains { $0.key == Source.containerPublisherMark && $0.value.value == .bool(true) }
                containerColumn = data.contains { $0.key == Source.containerColumnMark && $0.value.value == .bool(true) }
                let rest = data.filter { !marks.contains($0.key) }
                if !rest.isEmpty { extra.append((member.key, JSONValue.object(rest).canonicalText)) }
            default:
                extra.append((member.key, member.value.value.canonicalText))
            }
        }
        // The author an export gave a source without authors, its publisher: no author, so that
        // the export loads back unchanged into any database.
        if standIn, people["editor"] == nil, let authors = people["author"],
           case .string(let publisher)? = members.first(where: { $0.key == "publisher" })?.value.value, authors == [publisher] {
            people["author"] = nil
            extra.removeAll { $0.0 == "author" }
            // A statement the export gave under its issuer has its speakers as contributors
            // (`Source.statementIssuer`): they are its authors. An older tipdb exported an interview,
            // a hearing and a personal communication so too.
            if case .string(let type)? = members.first(where: { $0.key == "type" })?.value.value,
               ["speech", "interview", "hearing", "personal_communication"].contains(type),
               let contributor = members.first(where: { $0.key == "contributor" }) {
                let speakers = names(from: contributor.value)
                if !speakers.isEmpty {
                    people["author"] = speakers
                    peoplePosition["author"] = contributor.value
                    extra.removeAll { $0.0 == "contributor" }
                    if !isPlain(contributor.value) { extra.append(("author", contributor.value.value.canonicalText)) }
                }
            }
        }
        // CSL requires a type; without one the item loaded as a report, a kind the file never said.
        let type = members.first { $0.key == "type" }
        let typeBlank = switch type?.value.value {
        case nil, .null?: true
        case .string(let text)?: text.allSatisfy(\.isWhitespace)
        default: false
        }
        if typeBlank, !record.refusedFields.contains("kind") {
            let at = type?.value ?? node
            record.refuse(IngestIssue(
                file: file, line: at.line, column: at.column,
                message: "type: \(type == nil ? "no type given" : "an empty type"); a CSL-JSON item requires one: " + Self.expectedType),
                          fields: ["kind"])
        }
        let list = people["author"] ?? people["editor"] ?? []
        if !list.isEmpty, let position = peoplePosition["author"] ?? peoplePosition["editor"] {
            record.fields.append(InputField(name: "authors", value: list.joined(separator: "; "), line: position.line, column: position.column))
        }
        // A news article or web page without a byline names its newspaper or site only as its
        // container (a Zotero export's "Publication" or "Website Title"): that name is who published
        // it, and the source is kept with it as publisher, where it was refused for want of
        // authors. The container-title itself stays in csl, so the item is exported as it came.
        // A container tipdb's export marked as the publisher column is read back into it alone,
        // and one marked as the container column into that column alone.
        if containerColumn, let container = members.first(where: { $0.key == "container-title" }),
           case .string(let name) = container.value.value, !name.allSatisfy(\.isWhitespace) {
            record.fields.append(InputField(name: "container", value: name, line: container.value.line, column: container.value.column))
            extra.removeAll { $0.0 == "container-title" }
        } else if list.isEmpty || containerMarked, !members.contains(where: { $0.key == "publisher" }),
           let container = members.first(where: { $0.key == "container-title" }),
           case .string(let name) = container.value.value, !name.allSatisfy(\.isWhitespace) {
            record.fields.append(InputField(name: "publisher", value: name, line: container.value.line, column: container.value.column))
            if containerMarked { extra.removeAll { $0.0 == "container-title" } }
        }
        if !extra.isEmpty {
            // Sorted: a reference manager may write the same item's fields in another order.
            record.cslExtra = "{" + extra.sorted { $0.0 < $1.0 }.map { "\(JSONString.literal($0.0)):\($0.1)" }.joined(separator: ",") + "}"
        }
        return record
    }

    /// What a CSL item's `type` should be, for its errors.
    static let expectedType = "expected a CSL type, such as report, article-journal, book, chapter, webpage or dataset"

    /// The first string (or member name) holding a NUL character in `node`, at any depth.
    static func firstNUL(in node: JSONNode) -> JSONNode? {
        switch node.value {
        case .string(let text): return text.utf8.contains(0) ? node : nil
        case .array(let items): return items.lazy.compactMap { firstNUL(in: $0) }.first
        case .object(let members):
            for member in members {
                if member.key.utf8.contains(0) { return member.value }
                if let found = firstNUL(in: member.value) { return found }
            }
            return nil
        default: return nil
        }
    }

    /// True for any CSL date object: date-parts, a raw or a literal text.
    static func isDate(_ node: JSONNode) -> Bool {
        guard case .object(let parts) = node.value else { return false }
        return parts.contains { ["date-parts", "raw", "literal"].contains($0.key) }
    }

    /// True for a date with a season, circa or a raw text beside its parts.
    static func hasQualifier(_ node: JSONNode) -> Bool {
        guard case .object(let parts) = node.value else { return false }
        return parts.contains { $0.key == "raw" || $0.key == "season" || $0.key == "circa" || $0.key == "literal" }
    }

    /// True for `{"date-parts": [[2015, 1], [2016, 2]]}`: a start and an end.
    static func isRange(_ node: JSONNode) -> Bool {
        guard case .array(let outer)? = node["date-parts"]?.value else { return false }
        return outer.count > 1
    }

    /// Whether every name of a list is `{"family", "given"}`, `{"family", "given", "suffix"}` or
    /// `{"literal"}` and nothing else, written so that `Family, Given, Suffix; Organisation` reads
    /// back as the same list (the export writes such a column so): no `;` anywhere, no `,` in a
    /// family name or an organisation, nor in a name with a suffix, no spaces around a part.
    static func isPlain(_ node: JSONNode) -> Bool {
        guard case .array(let items) = node.value, !items.isEmpty else { return false }
        return items.allSatisfy { item in
            guard case .object(let parts) = item.value else { return false }
            var texts: [String: String] = [:]
            for part in parts {
                guard case .string(let text) = part.value.value, !text.isEmpty, !text.contains(";"),
                      text == text.trimmingCharacters(in: .whitespaces) else { return false }
                texts[part.key] = text
            }
            switch Set(texts.keys) {
            case ["family", "given"]: return texts["family"]?.contains(",") == false
            case ["family", "given", "suffix"]: return !texts.values.contains { $0.contains(",") }
            case ["literal"]: return texts["literal"]?.contains(",") == false
            default: return false
            }
        }
    }

    /// `Family, Given` for people and the literal name for organisations.
    static func names(from node: JSONNode) -> [String] {
        guard case .array(let items) = node.value else { return [] }
        return items.compactMap { item in
            guard case .object = item.value else { return nil }
            return CSLName { name in
                if case .string(let text)? = item[name]?.value, !text.isEmpty { return text } else { return nil }
            }.written
        }
    }
}
