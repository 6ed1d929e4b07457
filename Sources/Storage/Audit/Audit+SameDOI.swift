import Foundation

extension Audit {
    /// The message of the `same-doi` warning.
    static let sameDOIMessage = "sources with the same DOI (compared without case, and without a https://doi.org/, "
        + "https://dx.doi.org/ or doi: in front): one publication loaded under two or more keys, so its figures count "
        + "as independent sources (the brief's cautions call them different data collections, and a number seems "
        + "confirmed by itself); keep one key, load the other's figures under it and retract them, or correct the DOI"

    /// Sources whose DOIs name one publication: `ilo-2017 and ilo-2017-copy: DOI 10.1000/xyz`.
    ///
    /// Why a warning: two keys for one publication (a CSV row and a reference manager's item, a
    /// renamed key) make its figures two sources everywhere tipdb tells sources apart. The DOI is
    /// the one identifier a publication carries whoever typed its other fields; ingest stores it
    /// without a `https://doi.org/` and with its case, and DOIs are matched without case
    /// (the DOI Handbook), so both are compared so; a prefix another program wrote is taken off too.
    func sameDOIs(_ row: (String) -> Void) throws {
        try sameDOIs(batch: nil) { text, _ in row(text) }
    }

    /// The rows of `sameDOIs` that hold a source batch `batch` wrote (all for nil), with the keys
    /// of those sources: ingest's warning about the sources a file just loaded.
    func sameDOIs(batch: Int64?, _ row: (_ text: String, _ keys: [String]) -> Void) throws {
        try forEachRow(
            """
            WITH d AS (
                SELECT key, batch_id, lower(trim(doi)) AS doi FROM sources WHERE doi IS NOT NULL AND trim(doi) <> ''
            ), n AS (
                SELECT key, batch_id, CASE
                    WHEN doi LIKE 'https://doi.org/%' THEN substr(doi, 17) WHEN doi LIKE 'http://doi.org/%' THEN substr(doi, 16)
                    WHEN doi LIKE 'https://dx.doi.org/%' THEN substr(doi, 20) WHEN doi LIKE 'http://dx.doi.org/%' THEN substr(doi, 19)
                    WHEN doi LIKE 'doi:%' THEN trim(substr(doi, 5)) ELSE doi END AS doi
                FROM d
            )
            SELECT doi, json_group_array(key) AS keys, json_group_array(CASE WHEN batch_id = ?1 THEN key END) AS loaded
            FROM (SELECT * FROM n ORDER BY key)
            GROUP BY doi HAVING count(*) > 1 AND (?2 = 0 OR sum(batch_id = ?1) > 0)
            ORDER BY doi
            """,
            [batch ?? -1, batch == nil ? 0 : 1]
        ) { statement in
            let doi = statement.string(at: 0) ?? ""
            let keys = Self.jsonStrings(statement.string(at: 1))
            let loaded = Self.jsonStrings(statement.string(at: 2))
            let named = keys.count > 2 ? keys.dropLast().joined(separator: ", ") + " and " + (keys.last ?? "") : keys.joined(separator: " and ")
            row("\(named): DOI \(doi)", batch == nil ? keys : loaded)
        }
    }

    /// The strings of a JSON array of strings and nulls, in order, the nulls left out.
    private static func jsonStrings(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8),
              let items = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return [] }
        return items.compactMap { $0 as? String }
    }
}
