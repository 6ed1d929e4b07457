import Foundation
import Testing

/// `tipdb ingest --kind measures` loads a measures file, but help and the error of a wrong
/// `--kind` listed only sources, studies and figures (review of session 54: a survey researcher
/// learnt only from README that a measure of one's own, where a denominator is stated, exists).
@Suite("ingest's help and --kind error name measures; search's --kind does not (built binary)")
struct IngestKindHelpTests {
    @Test("ingest --help lists measures among --kind's values and gives a measures file's columns")
    func help() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["ingest", "--help"], in: dir)
            #expect(help.status == 0, "\(help.stderr)")
            // The option's column wraps the list where it will: read with its spaces and line breaks as one space.
            let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("(values: measures, sources, studies, figures)"), "\(help.stdout)")
            #expect(help.stdout.contains("summary. measures (yours, its denominator in definition): code, label, counts,"), "\(help.stdout)")
            #expect(help.stdout.contains("Load measures, sources, studies and figures"), "\(help.stdout)")
        }
    }

    @Test("a wrong --kind names measures for ingest; search --kind measures is a usage error naming its three kinds")
    func errors() throws {
        try withTemporaryDirectory { dir in
            try Data("{}".utf8).write(to: dir.appendingPathComponent("x.json"))
            let ingest = try Tipdb.run(["ingest", "--kind", "nosuch", "x.json"], in: dir)
            #expect(ingest.status == 64)
            #expect(ingest.stderr.contains("Please provide one of 'measures', 'sources', 'studies' or 'figures'."), "\(ingest.stderr)")
            let search = try Tipdb.run(["search", "--kind", "measures", "labour"], in: dir)
            #expect(search.status == 64)
            #expect(search.stderr.contains("Please provide one of 'sources', 'studies' or 'figures'."), "\(search.stderr)")
        }
    }
}
