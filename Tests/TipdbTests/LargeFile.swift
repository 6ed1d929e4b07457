import Foundation

/// Writes large, valid input files quickly, for crash, concurrency and memory tests.
enum LargeFile {
    /// A sources CSV defining `bench-source-0` ... `bench-source-4`.
    static func sources(at url: URL) throws {
        var text = "key,kind,title,publisher,date,url,accessed\n"
        for i in 0..<5 {
            text += "bench-source-\(i),report,Test report \(i),Test Institute,2020,https://example.org/\(i),2026-11-29\n"
        }
        try Data(text.utf8).write(to: url)
    }

    /// A figures CSV of `rows` valid rows with keys `prefix-0` ... (places, measures and sources are real).
    static func figures(at url: URL, rows: Int, prefix: String) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let measures = ["forced-labour", "modern-slavery", "detected-trafficking-victims", "persons-convicted"]
        let places = ["WLD", "PHL", "IND", "NGA", "BRA", "Viet Nam", "GB", "608"]
        var chunk = "key,measure,value,place,period,sex,source,notes\n"
        for i in 0..<rows {
            let value = (i * 7919) % 5_000_000 + 5
            chunk += "\(prefix)-\(i),\(measures[i % 4]),\(value),\(places[i % 8]),\(1995 + i % 30),\(i % 3 == 0 ? "female" : "total"),bench-source-\(i % 5),\(i % 10 == 0 ? "row \(i)" : "")\n"
            if chunk.utf8.count > 1 << 20 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
    }
}
