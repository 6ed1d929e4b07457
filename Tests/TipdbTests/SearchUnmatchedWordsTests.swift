import Foundation
import Testing

/// Plain-language queries (`how many people forced labour 2021`, `human trafficking Nigeria`)
/// printed "(0 results)" with no hint, where fewer of their words find figures: every word must
/// match, and a journalist read the empty result as tipdb holding no such figure (review of
/// session 47). The rule stays; a note on standard error now names the words no row holds and a
/// search with fewer words that finds some. Since session 51 a question's own words ("how",
/// "many") narrow nothing (`SearchQuestionWordsTests`), so that query finds forced labour's figures.
@Suite("tipdb search: an empty result names the words no row holds (built binary)")
struct SearchUnmatchedWordsTests {
    @Test("zzqx qqxy people forced labour 2021: zzqx and qqxy are in no row; search without them")
    func wordsNoRowHolds() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "zzqx", "qqxy", "people", "forced", "labour", "2021"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout == "(0 results)\n", "\(found.stdout)")
            #expect(found.stderr == """
                note: no source, study or figure has the words "zzqx", "qqxy", and every word must match; search without them: tipdb search people forced labour 2021

                """, "\(found.stderr)")
            let without = try Tipdb.run(["search", "people", "forced", "labour", "2021"], in: dir)
            #expect(without.stdout != "(0 results)\n", "\(without.stdout)")
            // The question the note was first written for now finds the figures.
            let asked = try Tipdb.run(["search", "how", "many", "people", "forced", "labour", "2021"], in: dir)
            #expect(asked.stdout.hasPrefix("figure  ilo-wf-iom-2022-forced-labour-wld  "), "\(asked.stdout)")
        }
    }

    @Test("each word in some row but not all in one: fewer words; --kind is kept; one word alone is named; --json has the note; a hit has none")
    func fewerWords() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            try IngestPartWarningTests.write(
                "key,measure,value,unit,place,period,source,method\nnga-2014,detected-trafficking-victims,1500,persons,NGA,2014,ilo-2005-global-alliance,detected\n",
                "nigeria.csv", in: dir)
            let load = try Tipdb.run(["ingest", "--quiet", "nigeria.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            // "human" is in sources' titles (Human Trafficking), "trafficking" and "Nigeria" name a figure's measure and place.
            let some = try Tipdb.run(["search", "human", "trafficking", "Nigeria"], in: dir)
            #expect(some.stdout == "(0 results)\n", "\(some.stdout)")
            #expect(some.stderr == "note: no source, study or figure has all of these words, though each is in some (every word must match); "
                + "fewer words find some: tipdb search trafficking Nigeria\n", "\(some.stderr)")
            let kind = try Tipdb.run(["search", "--kind", "figures", "zzqx", "trafficking"], in: dir)
            #expect(kind.stderr == "note: no figure has the word \"zzqx\", and every word must match; search without it: tipdb search --kind figures trafficking\n",
                    "\(kind.stderr)")
            // One word that finds nothing is named too (a bare "(0 results)" read as tipdb holding nothing; session 51).
            let alone = try Tipdb.run(["search", "zzqx"], in: dir)
            #expect(alone.stderr == "note: no source, study or figure has the word \"zzqx\"\n" && alone.stdout == "(0 results)\n", "\(alone.stderr)")
            let json = try Tipdb.run(["search", "--json", "zzqx", "qqxy", "trafficked"], in: dir)
            #expect(json.stdout.contains("\"notes\": [\n    \"no source, study or figure has the words \\\"zzqx\\\", \\\"qqxy\\\", and every word must match; search without them: tipdb search trafficked\"\n  ]"),
                    "\(json.stdout)")
            let hit = try Tipdb.run(["search", "forced", "labour", "2021"], in: dir)
            #expect(!hit.stderr.contains("every word must match"), "\(hit.stderr)")
        }
    }

    @Test("a place no figure is for: the note says tipdb knows it and holds no figure for it, alone or with other words")
    func placeWithoutFigures() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let alone = try Tipdb.run(["search", "philippines"], in: dir)
            #expect(alone.status == 0 && alone.stdout == "(0 results)\n", "\(alone.stdout)")
            #expect(alone.stderr == "note: no figure in this database is for Philippines (PHL): tipdb knows the place, but no file loaded gives a figure for it\n",
                    "\(alone.stderr)")
            let words = try Tipdb.run(["search", "forced", "labour", "Tuvalu"], in: dir)
            #expect(words.stderr.hasPrefix("note: no figure in this database is for Tuvalu (TUV): tipdb knows the place"), "\(words.stderr)")
            #expect(words.stderr.contains("search without it: tipdb search forced labour\n"), "\(words.stderr)")
            // A place with figures that match nothing else gets no such note.
            let held = try Tipdb.run(["search", "zzqx", "world"], in: dir)
            #expect(!held.stderr.contains("no figure in this database is for"), "\(held.stderr)")
        }
    }
}
