import Foundation
import Storage

/// The `.metadata.json` Our World in Data publishes beside a grapher CSV: the chart, each
/// indicator column's title, unit and description, and the origins of the data (producer,
/// title, citation, URL, dates), which is what a figure must be cited by.
///
/// Grapher downloads key `columns` by the CSV's column name; the full indicator metadata
/// (api.ourworldindata.org) has `origins` at the top. Both are read; every field is optional.
/// The file is read with tipdb's own JSON parser, so a syntax error is reported at its line and
/// column with what was expected, as in a JSON input file, and a member named twice (which JSON
/// tools resolve differently) is refused rather than one of the two chosen unseen.
struct OWIDMetadata {
    struct Origin: Equatable {
        var producer: String?
        var title: String?
        var citation: String?
        var url: String?
        var published: String?
        var accessed: String?
        var license: String?
    }

    struct Column {
        var titleShort: String?
        var titleLong: String?
        var shortName: String?
        var unit: String?
        var shortUnit: String?
        var description: String?
        var caveats: [String] = []
        var citation: String?
        var origins: [Origin] = []
    }

    /// The file read, and the SHA-256 of its bytes: the metadata decides the source, the
    /// measure and the scaling, so the batch records which file it was. Nil without metadata.
    var file: (path: String, sha256: String)?
    var chartTitle: String?
    var chartURL: String?
    var chartCitation: String?
    var downloaded: String?
    var columns: [String: Column] = [:]
    /// Where the `columns` member's value starts in the file, for a message about the columns.
    var columnsPosition: (line: Int, column: Int)?
    var origins: [Origin] = []

    init() {}

    /// Reads the metadata file.
    ///
    /// - Throws: an `IngestIssue` at the position of a JSON syntax error or a repeated member,
    ///   or naming the file when it cannot be read or is not a JSON object.
    init(path: String) throws(IngestIssue) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestIssue(file: path, line: 0, column: 0, message: "no such file; expected Our World in Data's .metadata.json for the grapher CSV")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw IngestIssue(file: path, line: 0, column: 0, message: "cannot be read (a directory, or not readable); expected Our World in Data's .metadata.json for the grapher CSV")
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse([UInt8](data))
        } catch {
            throw IngestIssue(error, file: path)
        }
        guard case .object = root.value else {
            throw IngestIssue(file: path, line: root.line, column: root.column,
                              message: "expected a JSON object, Our World in Data's .metadata.json, found \(root.value.kindName)")
        }
        if let (first, again) = root.value.firstRepeatedMember {
            throw JSONRecordSource.repeatedIssue(again, after: first, inside: nil, file: path)
        }
        file = (path, Checksum.sha256(data))
        let chart = root["chart"]
        chartTitle = Self.text(chart?["title"])
        chartURL = try Self.webAddress(chart?["originalChartUrl"], member: "chart.originalChartUrl", file: path)
        chartCitation = Self.text(chart?["citation"])
        downloaded = Self.text(root["dateDownloaded"])
        origins = try Self.origins(root["origins"], member: "origins", file: path)
        guard let columnsNode = root["columns"], case .object(let members) = columnsNode.value else { return }
        columnsPosition = (columnsNode.line, columnsNode.column)
        for member in members {
            let fields = member.value
            guard case .object = fields.value else { continue }
            var caveats: [String] = []
            if case .array(let items)? = fields["descriptionKey"]?.value { caveats = items.compactMap(Self.text) }
            columns[member.key] = Column(
                titleShort: Self.text(fields["titleShort"]), titleLong: Self.text(fields["titleLong"]),
                shortName: Self.text(fields["shortName"]), unit: Self.text(fields["unit"]),
                shortUnit: Self.text(fields["shortUnit"]), description: Self.text(fields["descriptionShort"]),
                caveats: caveats,
                citation: Self.text(fields["citationLong"]) ?? Self.text(fields["citationShort"]),
                origins: try Self.origins(fields["origins"], member: "columns.\(member.key).origins", file: path))
        }
    }

    /// The chart's slug, `SLUG` of `https://ourworldindata.org/grapher/SLUG?tab=chart`: what
    /// identifies the chart whatever the file was saved as. Nil when the metadata names no chart.
    var chartSlug: String? {
        chartURL.flatMap(Self.slug(ofChartURL:))
    }

    /// The slug of a chart URL: the name after `/grapher/` (without `.csv` when the URL is the
    /// data's own), else the path and query of another page (an explorer's view), as a key part.
    static func slug(ofChartURL url: String) -> String? {
        guard let components = URLComponents(string: url) else { return nil }
        let parts = components.path.split(separator: "/").map(String.init)
        if let index = parts.firstIndex(of: "grapher"), index + 1 < parts.count {
            var slug = parts[index + 1]
            for suffix in [".metadata.json", ".csv", ".zip"] where slug.lowercased().hasSuffix(suffix) {
                slug = String(slug.dropLast(suffix.count))
            }
            return slug.isEmpty ? nil : Breakdown.slug(slug).lowercased()
        }
        let page = parts.joined(separator: "-") + (components.query.map { "-" + $0 } ?? "")
        return page.isEmpty ? nil : Breakdown.slug(page).lowercased()
    }

    /// The metadata of the CSV column `name`: by key, else by short name or title.
    func column(named name: String) -> Column? {
        if let column = columns[name] { return column }
        let lowered = name.lowercased()
        return columns.sorted { $0.key < $1.key }.first { _, column in
            [column.shortName, column.titleShort, column.titleLong].contains { $0?.lowercased() == lowered }
        }?.value
    }

    private static func origins(_ node: JSONNode?, member: String, file: String) throws(IngestIssue) -> [Origin] {
        guard case .array(let items)? = node?.value else { return [] }
        var origins: [Origin] = []
        for (index, fields) in items.enumerated() {
            guard case .object = fields.value else { continue }
            let license = text(fields["license"]?["name"]) ?? text(fields["license"])
            // Both are judged: a download address is printed wherever the main one is missing.
            let main = try webAddress(fields["urlMain"], member: "\(member)[\(index)].urlMain", file: file)
            let download = try webAddress(fields["urlDownload"], member: "\(member)[\(index)].urlDownload", file: file)
            let url = main ?? download
            origins.append(Origin(
                producer: text(fields["producer"]) ?? text(fields["attribution"]),
                title: text(fields["title"]) ?? text(fields["titleSnapshot"]),
                citation: text(fields["citationFull"]), url: url,
                published: text(fields["datePublished"]), accessed: text(fields["dateAccessed"]), license: license))
        }
        return origins
    }

    /// The text of `node` when it is a web address a reader can open; nil when it is absent or blank.
    ///
    /// Why refused at its place, rather than stored: the address becomes the source's `url`, which
    /// briefs print as a link, and a sources file's `url` is held to the same rule (`WebAddress`).
    /// - Throws: an `IngestIssue` at the value, naming the member (`origins[0].urlMain`) and what is wrong.
    private static func webAddress(_ node: JSONNode?, member: String, file: String) throws(IngestIssue) -> String? {
        guard let node, let address = text(node) else { return nil }
        if let problem = WebAddress.problem(address) {
            throw IngestIssue(file: file, line: node.line, column: node.column, message: "\(member): \(problem)")
        }
        return address
    }

    private static func text(_ node: JSONNode?) -> String? {
        guard case .string(let string)? = node?.value else { return nil }
        let trimmed = string.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
