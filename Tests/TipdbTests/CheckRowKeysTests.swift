import Foundation
import Storage
import Testing

/// `tipdb check --format json`: each finding's `rowKeys` say, row by row, what the row names as
/// data, so that a script joins findings to the figures table by key without reading a sentence.
///
/// Review of session 48 (dataframes, defect 3): rows were sentences only, shaped differently by
/// each check, and a key such as `x: period starts 1999 (no URL)` made any regex read another key.
@Suite("check --format json: rowKeys name each row's figures, sources or studies by key (built binary)")
struct CheckRowKeysTests {
    /// The findings of `check --format json`, parsed as a script parses them.
    static func findings(in dir: URL) throws -> (findings: [String: [String: Any]], text: String) {
        let check = try Tipdb.run(["check", "--format", "json"], in: dir)
        #expect(check.status == 0 || check.status == 1, "\(check.stderr)")
        let document = try FigureJSONAgreementTests.json(check.stdout)
        var byCheck: [String: [String: Any]] = [:]
        for finding in document["findings"] as? [[String: Any]] ?? [] {
            if let name = finding["check"] as? String { byCheck[name] = finding }
        }
        return (byCheck, check.stdout)
    }

    /// A finding's rows paired with what each names: (text, kind, keys).
    static func rows(_ finding: [String: Any]?) -> [(text: String, kind: String, keys: [String])] {
        let texts = finding?["rows"] as? [String] ?? []
        let keys = finding?["rowKeys"] as? [[String: Any]] ?? []
        return zip(texts, keys).map { ($0, $1["kind"] as? String ?? "", $1["keys"] as? [String] ?? []) }
    }

    @Test("a key that reads like a sentence, a source without a URL, a repeat: each row's keys and kind, as many as its rows")
    func keysBesideRows() throws {
        try withTemporaryDirectory { dir in
            try FigureJSONAgreementTests.database(in: dir)
            try Data("key,kind,title,publisher,date\nno-url,report,No link,Org Y,2022\n".utf8).write(to: dir.appendingPathComponent("s.csv"))
            try Data("""
                key,measure,value,unit,place,period,source,quote,cites
                "x: period starts 1999 (no URL)",forced-labour,1500,persons,NPL,2025,aw-src2,A quote,
                changed-repeat,detected-trafficking-victims,9,persons,ISL,2021,no-url,Nine,aw-cens

                """.utf8).write(to: dir.appendingPathComponent("k.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "s.csv", "k.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let (findings, text) = try Self.findings(in: dir)
            // Every finding: one rowKeys member per row.
            for (name, finding) in findings {
                #expect((finding["rows"] as? [Any])?.count == (finding["rowKeys"] as? [Any])?.count, "\(name): \(finding)")
            }
            let after = Self.rows(findings["period-after-publication"])
            let odd = try #require(after.first { $0.keys.first == "x: period starts 1999 (no URL)" }, "\(text)")
            #expect(odd.kind == "figure" && odd.keys == ["x: period starts 1999 (no URL)"])
            #expect(odd.text == "x: period starts 1999 (no URL): period starts 2025, source aw-src2 published 2020")
            let noURL = Self.rows(findings["source-without-url"])
            #expect(noURL.contains { $0.text == "no-url (no URL)" && $0.kind == "source" && $0.keys == ["no-url"] }, "\(noURL)")
            // A repeat that changes what it repeats: the repeat first, then the figure it cites.
            let changed = Self.rows(findings["repeat-changed"])
            #expect(changed.contains { $0.kind == "figure" && $0.keys == ["changed-repeat", "aw-cens"] }, "\(changed)")
            // The figures a script would flag, joined by key: the odd key is one of them, whole.
            let flagged = Set(findings.values.flatMap { Self.rows($0) }.filter { $0.kind == "figure" }.flatMap(\.keys))
            #expect(flagged.contains("x: period starts 1999 (no URL)") && !flagged.contains("x"))
        }
    }

    @Test("the keys-sorted layout: rowKeys between message and rows, each an object over lines, as jq writes it")
    func layout() throws {
        try withTemporaryDirectory { dir in
            try FigureJSONAgreementTests.database(in: dir)
            let (findings, text) = try Self.findings(in: dir)
            #expect(!findings.isEmpty, "\(text)")
            let order = ["\"check\": ", "\"message\": ", "\"rowKeys\": [", "\"rows\": [", "\"severity\": "].map { text.range(of: $0)?.lowerBound }
            #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(text)")
            #expect(text.contains("\"rowKeys\": [\n        {\n          \"keys\": [\n            \""), "\(text)")
            #expect(text.contains("\n          ],\n          \"kind\": \"figure\"\n        }"), "\(text)")
        }
    }
}
