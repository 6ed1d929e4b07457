import Foundation
import Migrations
@testable import Storage
import Testing

/// Organisation names were matched to the abbreviations the field cites them by exactly, ignoring
/// case only: "Counter Trafficking Data Collaborative" (no hyphen), "The ... Collaborative.",
/// two spaces, a curly apostrophe or "&" for "and" was cited whole. `OrganisationName.matchKey`
/// now compares names however they are typed, and m0043's copy in figure_citations does the same.
@Suite("organisation names matched however they are typed; m0043's SQL copy agrees")
struct OrganisationNameMatchingTests {
    @Test("the match key drops case, hyphens and dashes, whitespace, quotes and punctuation, a leading The, and reads & as and",
          arguments: [
              ("Counter-Trafficking Data Collaborative", "countertraffickingdatacollaborative"),
              ("The  Counter Trafficking\u{A0}Data Collaborative.", "countertraffickingdatacollaborative"),
              ("  the\tcounter\u{2013}trafficking data collaborative", "countertraffickingdatacollaborative"),
              ("United Nations Children\u{2019}s Fund", "unitednationschildrensfund"),
              ("National Center for Missing & Exploited Children", "nationalcenterformissingandexploitedchildren"),
              ("Theatre Trust", "theatretrust"),
              ("The", "the"),
              ("The ", ""),
              ("Ökumenischer Rat", "Ökumenischerrat"),
          ])
    func matchKey(name: String, key: String) {
        #expect(OrganisationName.matchKey(name) == key)
    }

    @Test("typed variants of established names get their abbreviation; other names are cited whole, as typed",
          arguments: [
              ("Counter Trafficking Data Collaborative", "CTDC"),
              ("counter-trafficking data collaborative", "CTDC"),
              ("COUNTER-TRAFFICKING  DATA COLLABORATIVE", "CTDC"),
              ("The Counter-Trafficking Data Collaborative.", "CTDC"),
              ("Counter\u{2011}Trafficking Data Collaborative", "CTDC"),
              ("Counter-Trafficking Data Collaborative (CTDC)", "CTDC"),
              ("Counter Trafficking Data Collaborative (ctdc)", "CTDC"),
              ("United Nations Children\u{2019}s Fund", "UNICEF"),
              ("National Center for Missing and Exploited Children", "NCMEC"),
              ("Organization for Economic Cooperation and Development", "OECD"),
              ("Organisation for Security and Cooperation in Europe", "OSCE"),
              ("Interagency Coordination Group against Trafficking in Persons", "ICAT"),
              ("International Labor Organization", "ILO"),
              ("World Health Organisation", "WHO"),
              ("United Nations Development Program", "UNDP"),
              ("Association of South-East Asian Nations", "ASEAN"),
              ("Counter-Trafficking Data", "Counter-Trafficking Data"),
              ("The Walk Free Foundation", "The Walk Free Foundation"),
              ("Counter Trafficking Data Collaborative Europe", "Counter Trafficking Data Collaborative Europe"),
          ])
    func variants(name: String, cited: String) {
        #expect(OrganisationName.abbreviation(of: name) == cited)
    }

    @Test("every established name, and each typed as capitals, after The, with a full stop or spaces for hyphens, gets its own abbreviation")
    func everyEntry() {
        for (name, abbreviation) in OrganisationName.established {
            for typed in [name, name.uppercased(), "The " + name, name + ".", name.replacingOccurrences(of: "-", with: " "),
                          name.replacingOccurrences(of: " ", with: "  "), name.replacingOccurrences(of: "&", with: "and"),
                          name.replacingOccurrences(of: "'", with: "\u{2019}"), name + " (\(abbreviation.lowercased()))"] {
                #expect(OrganisationName.abbreviation(of: typed) == abbreviation, "\(typed)")
            }
        }
        // No two spellings share a key with different abbreviations.
        #expect(OrganisationName.byMatchKey.count == Set(OrganisationName.established.keys.map(OrganisationName.matchKey)).count * 2)
    }

    /// m0043's text.
    private static func m0043() throws -> String {
        try #require(Migration.bundled.first { $0.version == 43 }).sql
    }

    @Test("m0043's established list is OrganisationName.established, and its ignored characters are ignoredInMatching, in order")
    func sqlCopyOfTheLists() throws {
        let sql = try Self.m0043()
        let start = try #require(sql.range(of: "established(name, abbreviation) AS (VALUES\n"))
        let end = try #require(sql.range(of: "),\n    src AS MATERIALIZED", range: start.upperBound..<sql.endIndex))
        var copied: [String: String] = [:]
        let pair = try Regex(#"\s*\('((?:[^']|'')*)', '([A-Z]+)'\),?"#)
        for line in sql[start.upperBound..<end.lowerBound].split(separator: "\n") {
            let match = try #require(String(line).wholeMatch(of: pair), "\(line)")
            let name = String(try #require(match.output[1].substring)), abbreviation = String(try #require(match.output[2].substring))
            copied[name.replacingOccurrences(of: "''", with: "'")] = abbreviation
        }
        #expect(copied == OrganisationName.established)
        let codes = OrganisationName.ignoredInMatching.map { String($0.value) }.joined(separator: ", ")
        #expect(sql.contains("    ignored(chars) AS (SELECT char(\(codes))),\n"), "\(codes)")
        #expect(sql.contains("ltrim(lower(replace(l.name, '&', ' and ')), g2.chars)"))
        #expect(sql.contains("CASE WHEN length(x.t) > 3 AND substr(x.t, 1, 3) = 'the' AND instr(g.chars, substr(x.t, 4, 1)) > 0 THEN substr(x.t, 4) ELSE x.t END"))
        #expect(sql.contains("replace(s.t, substr(g.chars, s.i, 1), '')"))
    }

    @Test("figure_citations brackets the abbreviation OrganisationName gives, for every established name typed many ways and for names it must not match")
    func sqlAgreesWithSwift() throws {
        try withTemporaryDirectory { dir in
            let db = try DatabaseFile.open(dir.appendingPathComponent("t.sqlite").path, for: .create)
            defer { db.close() }
            try Migrator().migrate(db)
            try db.execute("INSERT INTO ingest_batches (id, file, sha256, size, format, kind, started_at, tipdb_version) VALUES (1, 'f.csv', '', 0, 'csv', 'figures', 't', 'v')")
            var names: [String] = []
            for (name, abbreviation) in OrganisationName.established.sorted(by: { $0.key < $1.key }) {
                names += [name, name.uppercased(), "The " + name, " the\u{A0}" + name + ".", name.replacingOccurrences(of: "-", with: "\u{2010}"),
                          name.replacingOccurrences(of: " ", with: "  "), name.replacingOccurrences(of: "&", with: "and"),
                          name.replacingOccurrences(of: "'", with: "\u{2019}"), name + " (\(abbreviation.lowercased()))", name + " (\(abbreviation))",
                          name + " of Europe", "Theatre " + name, String(name.dropLast())]
            }
            names += ["The", "The ", "the.", "", "Ünited Nations Population Fund", "U.S. Department of State", "Walk Free Foundation"]
            for (index, name) in names.enumerated() {
                try db.execute("INSERT INTO sources (key, kind, title, publisher, published, batch_id, created_at, updated_at) VALUES (?, 'report', 'T', ?, '2020', 1, 't', 't')",
                               ["s\(index)", name.isEmpty ? "?" : name])
                try db.execute("""
                    INSERT INTO figures (key, measure, value, unit, place, period_start, period_end, source, method, batch_id, created_at, updated_at)
                    VALUES (?, 'forced-labour', 1, 'persons', 'WLD', '2019', '2019', ?, 'estimated', 1, 't', 't')
                    """, ["f\(index)", "s\(index)"])
            }
            var entries: [String: String] = [:]
            for row in try db.rows("SELECT source, citation FROM figure_citations") {
                entries[row.string("source") ?? ""] = row.string("citation")
            }
            var abbreviated = 0
            for (index, typed) in names.enumerated() {
                let name = typed.isEmpty ? "?" : typed
                let short = OrganisationName.abbreviation(of: name)
                let lead = short == name || OrganisationName.givenAbbreviation(in: name) != nil ? name : "\(name) [\(short)]"
                if lead != name { abbreviated += 1 }
                #expect(entries["s\(index)"] == "\(lead) (2020). T.", "\(name)")
            }
            // Every established name in 9 of its 13 forms; the last four are given ones or must not match.
            #expect(abbreviated == OrganisationName.established.count * 9)
        }
    }
}
