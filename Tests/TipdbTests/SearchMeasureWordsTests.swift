import Foundation
import Testing

/// Words that name no place or measure whole, but are each a word of some measure's name, find
/// the figures of those measures (user walkthrough of session 33: `tipdb search convicted` found
/// nothing, `search trafficking` only figures whose notes said it).
@Suite("tipdb search: words of a measure's name find its figures (built binary, Fixtures)")
struct SearchMeasureWordsTests {
    @Test("convicted finds the figure of Persons convicted of trafficking, saying why")
    func oneWord() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "convicted"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout == """
                figure  unodc-2023-persons-convicted-change-wld  persons-convicted (Persons convicted of trafficking), WLD (World), 2019-2020: down 27% — UNODC 2023
                    its measure is [Persons convicted of trafficking]
                (1 result)

                """, "\(found.stdout)")
        }
    }

    @Test("illegal profits lists the figures of the measure by name first; a year narrows them to its period")
    func severalWords() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "illegal", "profits", "--kind", "figures", "--limit", "2"], in: dir)
            #expect(found.stdout == """
                figure  ilo-2024-forced-labour-profits-wld  forced-labour-profits (Illegal profits from forced labour), WLD (World), 2021: US$236 billion a year — ILO 2024
                    its measure is [Illegal profits from forced labour]
                figure  ilo-2024-forced-labour-profits-per-victim-wld  forced-labour-profits (Illegal profits from forced labour), WLD (World), 2021: US$10,000 per person a year — ILO 2024
                    its measure is [Illegal profits from forced labour]
                (first 2 results: --limit 2 reached, more match; raise --limit to see them)

                """, "\(found.stdout)")
            let dated = try Tipdb.run(["search", "persons", "convicted", "2020", "--kind", "figures"], in: dir)
            #expect(dated.stdout.contains("    its measure is [Persons convicted of trafficking] and its period is [2019-2020]\n(1 result)\n"), "\(dated.stdout)")
        }
    }

    @Test("a word of no measure's name finds text matches only")
    func textOnly() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "minimum", "--kind", "figures"], in: dir)
            let excerpts = found.stdout.split(separator: "\n").filter { $0.hasPrefix("    ") }
            #expect(!excerpts.isEmpty && excerpts.allSatisfy { $0.contains("[Minimum]") || $0.contains("[minimum]") }, "\(found.stdout)")
            #expect(!found.stdout.contains("its measure is"), "\(found.stdout)")
        }
    }
}
