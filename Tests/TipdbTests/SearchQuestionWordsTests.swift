import Foundation
import Testing

/// A member's question typed as words (`how many people are in modern slavery`, `people in forced
/// labour`, `people trafficked in the world`) found a share, a 1995-2004 minimum or the debunked
/// 2012 repeat, and not the headline figure: every other word narrowed the measure's figures by
/// their notes, and "people" is in few (parliamentary review of session 51). The question's own
/// words now narrow nothing, words for people ask for figures counted in persons, a note says so,
/// and a word in double quotes is still matched as typed.
@Suite("tipdb search: a question's words do not hide a measure's headline figures (built binary)")
struct SearchQuestionWordsTests {
    /// The result lines (not the excerpts under them) of `stdout`.
    private func resultLines(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("    ") }
    }

    @Test("how many people are in modern slavery: 49.6 million first, with a note naming the words read as a question")
    func howManyPeople() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let asked = try Tipdb.run(["search", "how", "many", "people", "are", "in", "modern", "slavery"], in: dir)
            #expect(asked.status == 0, "\(asked.stderr)")
            let lines = resultLines(asked.stdout)
            #expect(lines.first?.hasPrefix("figure  ilo-wf-iom-2022-modern-slavery-wld  modern-slavery (Modern slavery), WLD (World), 2021: 49.6 million — ILO et al. 2022") == true,
                    "\(asked.stdout)")
            #expect(lines.dropFirst().first?.contains("2016: 40.3 million") == true, "\(asked.stdout)")
            // Counted in persons: no share, rate or money among them.
            #expect(!asked.stdout.contains("98%") && !asked.stdout.contains("12%") && !asked.stdout.contains("per 1,000"), "\(asked.stdout)")
            #expect(asked.stderr == """
                note: read as a question: "how", "many" and "are" narrow nothing, and "people" asks for figures counted in persons; put a word in double quotes ('"people"') to match it in the text instead

                """, "\(asked.stderr)")
        }
    }

    @Test("people in modern slavery, people in forced labour, forced labour victims: the measure's world figure of the latest period first")
    func peopleBesideAMeasure() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let cases: [([String], String)] = [
                (["people", "in", "modern", "slavery"], "ilo-wf-iom-2022-modern-slavery-wld"),
                (["people", "are", "in", "modern", "slavery"], "ilo-wf-iom-2022-modern-slavery-wld"),
                (["people", "in", "forced", "labour"], "ilo-wf-iom-2022-forced-labour-wld"),
                (["forced", "labour", "victims"], "ilo-wf-iom-2022-forced-labour-wld"),
                (["modern", "slavery", "victims"], "ilo-wf-iom-2022-modern-slavery-wld"),
            ]
            for (query, first) in cases {
                let found = try Tipdb.run(["search"] + query, in: dir)
                #expect(found.status == 0, "\(query): \(found.stderr)")
                #expect(resultLines(found.stdout).first?.hasPrefix("figure  \(first)  ") == true, "\(query): \(found.stdout)")
                #expect(found.stderr.contains("asks for figures counted in persons"), "\(query): \(found.stderr)")
            }
        }
    }

    @Test("people trafficked in the world: ILO 2005's primary figure and the detected counts, not only UNODC 2012's repeat")
    func peopleTrafficked() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let found = try Tipdb.run(["search", "people", "trafficked", "in", "the", "world"], in: dir)
            #expect(found.status == 0, "\(found.stderr)")
            let lines = resultLines(found.stdout)
            #expect(lines.contains { $0.hasPrefix("figure  ilo-2005-trafficked-wld  ") && $0.contains("at least 2.45 million — ILO 2005") }, "\(found.stdout)")
            #expect(lines.contains { $0.hasPrefix("figure  unodc-2023-detected-victims-wld-2020  ") && $0.contains("2020: ") }, "\(found.stdout)")
            // The primary figure comes before its repeats.
            let primary = lines.firstIndex { $0.hasPrefix("figure  ilo-2005-trafficked-wld  ") }
            let repeated = lines.firstIndex { $0.hasPrefix("figure  unodc-2012-trafficked-wld  ") }
            #expect(primary != nil && (repeated == nil || primary! < repeated!), "\(found.stdout)")
            #expect(found.stderr.contains("\"people\" asks for figures counted in persons"), "\(found.stderr)")
        }
    }

    @Test("a word in double quotes is matched as typed, and --json carries the note")
    func quotedAndJSON() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let quoted = try Tipdb.run(["search", "\"people\" in modern slavery"], in: dir)
            #expect(quoted.status == 0, "\(quoted.stderr)")
            #expect(!quoted.stderr.contains("read as a question"), "\(quoted.stderr)")
            // "people" narrows by the figures' text, as before: the 12% of children, whose notes hold it.
            #expect(quoted.stdout.contains("ilo-wf-iom-2022-forced-labour-children-share-wld"), "\(quoted.stdout)")
            #expect(!quoted.stdout.contains("ilo-wf-iom-2022-modern-slavery-wld"), "\(quoted.stdout)")
            let json = try Tipdb.run(["search", "--json", "how", "many", "people", "are", "in", "modern", "slavery"], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            let document = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let notes = try #require(document["notes"] as? [String])
            #expect(notes == [
                "read as a question: \"how\", \"many\" and \"are\" narrow nothing, and \"people\" asks for figures counted in persons; put a word in double quotes ('\"people\"') to match it in the text instead",
            ], "\(notes)")
            let results = try #require(document["results"] as? [[String: Any]])
            #expect(results.first?["key"] as? String == "ilo-wf-iom-2022-modern-slavery-wld", "\(json.stdout)")
        }
    }
}
