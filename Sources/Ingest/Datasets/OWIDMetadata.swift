import Foundation

/// The `.metadata.json` Our World in Data publishes beside a grapher CSV: the chart, each
/// indicator column's title, unit and description, and the origins of the data (producer,
/// title, citation, URL, dates), which is what a figure must be cited by.
///
/// Grapher downloads key `columns` by the CSV's column name; the full indicator metadata
/// (api.ourworldindata.org) has `origins` at the top. Both are read; every field is optional.
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

    /// The file read; nil without metadata.
    var path: String?
    var chartTitle: String?
    var chartURL: String?
    var chartCitation: String?
    var downloaded: String?
    var columns: [String: Column] = [:]
    var origins: [Origin] = []

    init() {}

    /// Reads the metadata file; a file that is not a JSON object is an error naming it.
    init(path: String) throws(IngestIssue) {
        let object: [String: Any]
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw IngestIssue(file: path, line: 1, column: 1, message: "not a JSON object; expected Our World in Data's .metadata.json")
            }
            object = parsed
        } catch let issue as IngestIssue {
            throw issue
        } catch {
            throw IngestIssue(file: path, line: 0, column: 0, message: "cannot read the metadata: \(error.localizedDescription)")
        }
        self.path = path
        let chart = object["chart"] as? [String: Any] ?? [:]
        chartTitle = Self.text(chart["title"])
        chartURL = Self.text(chart["originalChartUrl"])
        chartCitation = Self.text(chart["citation"])
        downloaded = Self.text(object["dateDownloaded"])
        origins = Self.origins(object["origins"])
        for (name, value) in object["columns"] as? [String: Any] ?? [:] {
            guard let fields = value as? [String: Any] else { continue }
            columns[name] = Column(
                titleShort: Self.text(fields["titleShort"]), titleLong: Self.text(fields["titleLong"]),
                shortName: Self.text(fields["shortName"]), unit: Self.text(fields["unit"]),
                shortUnit: Self.text(fields["shortUnit"]), description: Self.text(fields["descriptionShort"]),
                caveats: (fields["descriptionKey"] as? [Any] ?? []).compactMap(Self.text),
                citation: Self.text(fields["citationLong"]) ?? Self.text(fields["citationShort"]),
                origins: Self.origins(fields["origins"]))
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

    private static func origins(_ value: Any?) -> [Origin] {
        (value as? [Any] ?? []).compactMap { item in
            guard let fields = item as? [String: Any] else { return nil }
            let license = (fields["license"] as? [String: Any]).flatMap { text($0["name"]) } ?? text(fields["license"])
            return Origin(
                producer: text(fields["producer"]) ?? text(fields["attribution"]),
                title: text(fields["title"]) ?? text(fields["titleSnapshot"]),
                citation: text(fields["citationFull"]), url: text(fields["urlMain"]) ?? text(fields["urlDownload"]),
                published: text(fields["datePublished"]), accessed: text(fields["dateAccessed"]), license: license)
        }
    }

    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let trimmed = string.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
