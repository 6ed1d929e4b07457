/// A list of strings as a JSON array, for binding to `json_each(?)`.
///
/// SQLite's `IN (SELECT value FROM json_each(?))` lets a query take a list of any length as one
/// bound parameter, so the SQL text stays fixed and no value is ever spliced into it.
enum JSONArray {
    static func strings(_ values: [String]) -> String {
        JSONTree.array(values.map(JSONTree.string)).compact
    }
}
