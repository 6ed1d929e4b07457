import Foundation
import Testing

/// `tipdb check --list-rules` lists every rule check runs, one a line, so that every rule is
/// discoverable while `--help` stays under 80 lines.
///
/// Why: `check --help` was at 79 lines and named only some rules; `lineage-unsourced`, `bounds`,
/// `search-index`, `source-without-date` and others were named in README alone (newcomer review,
/// session 50).
@Suite("check --list-rules names every rule check runs (built binary)")
struct CheckListRulesTests {
    /// The rule names in the sources of check's rules: each `check: "name"` and `...Check = "name"`
    /// of Storage's audit and of Ingest (`DerivedCountAudit`).
    private func namesInSources() throws -> Set<String> {
        var names = Set<String>()
        let pattern = try NSRegularExpression(pattern: #"(?:\bcheck: |Check = )"([a-z0-9-]+)""#)
        for module in ["Sources/Storage", "Sources/Ingest"] {
            let root = repositoryRoot.appendingPathComponent(module)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let file = files?.nextObject() as? URL {
                guard file.pathExtension == "swift" else { continue }
                let text = try String(contentsOf: file, encoding: .utf8)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let range = Range(match.range(at: 1), in: text) { names.insert(String(text[range])) }
                }
            }
        }
        return names
    }

    @Test("one line per rule: severity, name, what it finds; every rule the sources define, and no other")
    func everyRule() throws {
        try withTemporaryDirectory { dir in
            // No database: the list is the same for every one.
            let result = try Tipdb.run(["check", "--list-rules"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            var listed: [String] = []
            for line in lines {
                let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
                #expect(fields.count == 3 && ["error", "warning"].contains(String(fields[0])), "\(line)")
                if fields.count > 1 { listed.append(String(fields[1])) }
            }
            let defined = try namesInSources()
            #expect(defined.count > 50, "\(defined.sorted())")
            #expect(Set(listed) == defined, "missing: \(defined.subtracting(listed).sorted()), extra: \(Set(listed).subtracting(defined).sorted())")
            #expect(listed.count == Set(listed).count, "\(listed)")
            let text = result.stdout
            #expect(text.contains("warning countries-above-region"), "\(text)")
            #expect(text.contains("error   repeat-before-original"), "\(text)")
            #expect(text.contains("warning lineage-unsourced"), "\(text)")
            #expect(text.contains("repeats whose chain ends at a figure that is only reported"), "\(text)")
            // Errors first, as check reports them.
            #expect(lines.first?.hasPrefix("error") == true && lines.last?.hasPrefix("warning") == true, "\(text)")
        }
    }

    @Test("check --help points to --list-rules")
    func helpPointsToIt() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["check", "--help"], in: dir)
            let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("Each rule in a line: --list-rules"), "\(help.stdout)")
            #expect(text.contains("--list-rules List every rule: severity, name, what it finds."), "\(help.stdout)")
        }
    }
}
