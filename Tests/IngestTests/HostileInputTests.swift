import Foundation
import Ingest
import Storage
import Testing

@Suite("Hostile and broken inputs: a clear error or stored verbatim, never a crash")
struct HostileInputTests {
    private func harnessWithSource() throws -> IngestHarness {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        return h
    }

    private let header = "key,measure,value,place,period,source,notes\n"

    @Test("invalid UTF-8 and NUL bytes are errors with the byte position")
    func encoding() throws {
        let h = try harnessWithSource()
        let url = h.directory.appendingPathComponent("latin1.csv")
        try (Data(header.utf8) + Data("a,forced-labour,1,WLD,2016,ilo-2005,C".utf8) + Data([0xF4, 0x74, 0x65]) + Data("\n".utf8)).write(to: url)
        let report = try h.ingest([url.path])
        #expect(report.errors.first?.message.contains("invalid UTF-8 byte 0xF4 at byte offset 81") == true, "\(report.errors)")
        #expect(report.errors.first?.line == 2 && report.errors.first?.column == 38)
        let nul = h.directory.appendingPathComponent("nul.csv")
        try (Data(header.utf8) + Data("a,forced-labour,1,WLD,2016,ilo-2005,x".utf8) + Data([0]) + Data("\n".utf8)).write(to: nul)
        let nulReport = try h.ingest([nul.path])
        #expect(nulReport.errors.first?.message.contains("NUL byte") == true, "\(nulReport.errors)")
        #expect(try h.count("figures") == 0)
    }

    @Test("a 10 MB field and strings that look like SQL are stored verbatim")
    func verbatim() throws {
        let h = try harnessWithSource()
        let big = String(repeating: "forced labour ", count: 10_000_000 / 14)
        let injection = "'); DROP TABLE figures; -- \"quoted\" \\ %s \u{0}"
            .replacingOccurrences(of: "\u{0}", with: "")
        let text = header + "big,forced-labour,1,WLD,2016,ilo-2005,\"\(big)\"\n"
            + "sql,forced-labour,2,WLD,2016,ilo-2005,\"\(injection.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
        let report = try h.ingest([try h.write("big.csv", text)])
        #expect(report.errors.isEmpty, "\(report.errors)")
        // Verbatim inside; the spaces they end with are not part of a value.
        #expect(try h.db.figure(key: "big")?.notes == String(big.dropLast()))
        #expect(try h.db.figure(key: "sql")?.notes == String(injection.dropLast()))
        #expect(try h.count("figures") == 2)
    }

    @Test("10,000 extra columns are kept; 10,000 unknown columns are each named")
    func manyColumns() throws {
        let h = try harnessWithSource()
        let names = (0..<10_000).map { "x_c\($0)" }
        let text = "key,measure,value,place,period,source," + names.joined(separator: ",") + "\n"
            + "wide,forced-labour,1,WLD,2016,ilo-2005," + names.indices.map { String($0) }.joined(separator: ",") + "\n"
        let report = try h.ingest([try h.write("wide.csv", text)])
        #expect(report.errors.isEmpty)
        #expect(try h.db.figure(key: "wide")?.extra?.contains("\"x_c9999\":\"9999\"") == true)
        let unknown = "key,measure,value,place,period,source," + (0..<10_000).map { "c\($0)" }.joined(separator: ",") + "\n"
        let refused = try h.ingest([try h.write("unknown.csv", unknown)])
        #expect(refused.errors.count == 10_000)
    }

    @Test("numbers out of range, NaN and Infinity are refused with the value named", arguments: ["1e999", "NaN", "Infinity", "-inf", "1e309"])
    func badNumbers(value: String) throws {
        let h = try harnessWithSource()
        let report = try h.ingest([try h.write("n.csv", header + "n,forced-labour,\(value),WLD,2016,ilo-2005,\n")])
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.message.contains("\"\(value)\"") == true, "\(report.errors)")
    }

    @Test("deeply nested JSON is an error, not a stack overflow")
    func deepJSON() throws {
        let h = try harnessWithSource()
        let text = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let report = try h.ingest([try h.write("deep.json", text)], IngestOptions(kind: .figures))
        #expect(report.errors.first?.message.contains("nesting deeper than the maximum depth") == true, "\(report.errors)")
    }

    @Test("a 1 GB file holding one unterminated quoted field fails fast with bounded memory")
    func unterminatedGigabyte() throws {
        let h = try harnessWithSource()
        let url = h.directory.appendingPathComponent("gigabyte.csv")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        handle.write(Data((header + "k,forced-labour,1,WLD,2016,ilo-2005,\"").utf8))
        let block = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<1024 { handle.write(block) }
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        var before = rusage()
        getrusage(RUSAGE_SELF.rawValue, &before)
        let report = try h.ingest([url.path])
        var after = rusage()
        getrusage(RUSAGE_SELF.rawValue, &after)
        #expect(report.errors.first?.message.contains("longer than 64 MB") == true, "\(report.errors)")
        #expect(report.errors.first?.line == 2)
        // ru_maxrss is in kilobytes: the reader may hold one capped record, never the file.
        #expect(after.ru_maxrss - before.ru_maxrss < 300_000, "peak memory grew by \(after.ru_maxrss - before.ru_maxrss) KB")
    }

    @Test("directories, dangling symlinks and empty files get a clear error; a symlink to a file is followed")
    func pathsThatAreNotFiles() throws {
        let h = try harnessWithSource()
        let report = try h.ingest([h.directory.path])
        #expect(report.errors.first?.message == "is a directory; expected a file to ingest")
        let dangling = h.directory.appendingPathComponent("dangling.csv")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "/nonexistent/file.csv")
        #expect(try h.ingest([dangling.path]).errors.first?.message == "no such file; check the path")
        let real = try h.write("real.csv", header + "via-link,forced-labour,1,WLD,2016,ilo-2005,\n")
        let link = h.directory.appendingPathComponent("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real)
        #expect(try h.ingest([link.path]).errors.isEmpty)
        #expect(try h.db.figure(key: "via-link") != nil)
        let empty = try h.write("empty.csv", "")
        let emptyReport = try h.ingest([empty], IngestOptions(kind: .figures))
        #expect(emptyReport.errors.first?.message.hasPrefix("empty file; expected a header row") == true, "\(emptyReport.errors)")
    }

    @Test("file names with spaces, quotes and non-ASCII characters work and are reported as given, stored by name")
    func awkwardNames() throws {
        let h = try harnessWithSource()
        let name = "my \"figures\" – Côte d'Ivoire ü.csv"
        let path = try h.write(name, header + "odd,forced-labour,1,CIV,2016,ilo-2005,\n")
        let report = try h.ingest([path])
        #expect(report.errors.isEmpty)
        #expect(report.files.first?.file == path)
        // An absolute path is stored by the file's name only (StoredFileName, m0056).
        #expect(try h.db.scalar("SELECT file FROM ingest_batches ORDER BY id DESC LIMIT 1") == .text(name))
    }
}

@Suite("NDJSON: one bad line is one rejected record")
struct NDJSONLineTests {
    @Test("with --on-error skip the other lines load; the bad one is kept with its line")
    func badLineSkipped() throws {
        let h = try IngestHarness()
        _ = try h.ingest([try h.write("s.csv", IngestHarness.sources)])
        let text = """
            {"key": "a", "measure": "forced-labour", "value": 1, "place": "WLD", "period": "2016", "source": "ilo-2005"}
            {"key": "b", "measure": "forced-labour", "value": 2, "place": "WLD", "period": "2016", "source": "ilo-2005",}
            {"key": "c", "measure": "forced-labour", "value": "3 million", "place": "PHL", "period": "2016", "source": "ilo-2005"}

            """
        let report = try h.ingest([try h.write("f.ndjson", text)], IngestOptions(onError: .skip))
        #expect(report.files.first?.inserted == 2)
        #expect(report.files.first?.rejected == 1)
        #expect(report.errors.first?.line == 2)
        #expect(try h.db.integer("SELECT line FROM ingest_rejects") == 2)
    }
}
