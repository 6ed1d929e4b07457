import Foundation
import Testing

/// `report brief --measure` in a member's words: `human trafficking` named nothing and offered no
/// way on, `forced labour victims` was offered forced-labour-profits (a brief about US dollars), and
/// `forced labor`, which search reads, was refused (parliamentary review of session 51).
@Suite("report --measure: a member's words for a measure or a concept (built binary)")
struct ReportMeasureWordsTests {
    @Test("human trafficking points to --concept trafficking; forced labour victims to forced-labour; forced labor is read")
    func membersWords() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let concept = try Tipdb.run(["report", "brief", "--measure", "human trafficking", "--date", "2026-12-05"], in: dir)
            #expect(concept.status == 64)
            #expect(concept.stderr.hasPrefix(
                "tipdb: error: unknown measure \"human trafficking\"; it names the concept trafficking: give --concept trafficking for all its measures"),
                "\(concept.stderr)")
            for words in ["forced labour victims", "people in forced labour"] {
                let victims = try Tipdb.run(["report", "brief", "--measure", words, "--date", "2026-12-05"], in: dir)
                #expect(victims.status == 64)
                #expect(victims.stderr.hasPrefix("tipdb: error: unknown measure \"\(words)\"; did you mean \"forced-labour\""), "\(victims.stderr)")
            }
            let expected = try Tipdb.run(["report", "brief", "--measure", "forced-labour", "--date", "2026-12-05"], in: dir)
            #expect(expected.status == 0, "\(expected.stderr)")
            for spelling in ["forced labor", "Labor forced"] {
                let read = try Tipdb.run(["report", "brief", "--measure", spelling, "--date", "2026-12-05"], in: dir)
                #expect(read.status == 0, "\(spelling): \(read.stderr)")
                // The same brief: its title and key figures (the scope line quotes the filter as typed).
                let title = expected.stdout.split(separator: "\n").first.map(String.init) ?? ""
                #expect(title.hasPrefix("# Forced labour") && read.stdout.hasPrefix(title + "\n"), "\(spelling): \(read.stdout.prefix(200))")
                #expect(read.stdout.contains("27.6 million"), "\(spelling)")
            }
        }
    }
}
