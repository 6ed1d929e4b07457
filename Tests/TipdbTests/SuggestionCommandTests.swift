import Foundation
import Testing

/// The built binary's suggestions for a mistyped M49 number and a measure in plain English, in
/// a file (ingest) and on the command line (report filters): the same answer in both.
@Suite("CLI: did you mean ...? for numbers near M49 codes and measures in other words")
struct SuggestionCommandTests {
    @Test("ingest names the M49 numbers near a number and the measure a plain-English spelling means, at the cell")
    func ingest() throws {
        try withTemporaryDirectory { dir in
            try Tipdb.run(["init"], in: dir)
            try Data("key,title,publisher\ns1,Title,Publisher\n".utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                measure,value,place,period,source
                detected victims,5,8400,2020,s1
                victims detected,5,999,2020,s1

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let result = try Tipdb.run(["ingest", "sources.csv", "figures.csv"], in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            let expected = "expected a code from the measures table (tipdb sql 'SELECT code FROM measures'), or a measure of your own "  // sql-constant: a message, never executed
                + "defined in a measures file (README: Measures of your own)"
            for line in [
                "figures.csv:2:1: measure: unknown measure \"detected victims\"; did you mean \"detected-trafficking-victims\"? E" + expected.dropFirst(),
                "figures.csv:2:20: place: unknown place \"8400\"; did you mean \"840\" (United States) or \"800\" (Uganda)? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)",
                "figures.csv:3:1: measure: unknown measure \"victims detected\"; did you mean \"detected-trafficking-victims\"? E" + expected.dropFirst(),
                "figures.csv:3:20: place: unknown place \"999\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)",
            ] {
                #expect(result.stderr.contains(line + "\n"), "\(line)\n\(result.stderr)")
            }
        }
    }

    @Test("report filters get the same suggestions, as a usage error (exit 64)", arguments: [
        (["--place", "8400"], "unknown place \"8400\"; did you mean \"840\" (United States) or \"800\" (Uganda)? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),  // sql-constant: a message, never executed
        (["--place", "841"], "unknown place \"841\"; did you mean \"840\" (United States) or \"831\" (Guernsey)? Expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),  // sql-constant: a message, never executed
        (["--measure", "detected victims"], "unknown measure \"detected victims\"; did you mean \"detected-trafficking-victims\"? Give a measure code or label, such as forced-labour (tipdb sql 'SELECT code, label FROM measures' lists them)"),  // sql-constant: a message, never executed
        (["--measure", "forced labr"], "unknown measure \"forced labr\"; did you mean \"forced-labour\"? Give a measure code or label, such as forced-labour (tipdb sql 'SELECT code, label FROM measures' lists them)"),  // sql-constant: a message, never executed
        (["--place", "999"], "unknown place \"999\"; expected an ISO 3166-1 code, an M49 number, a region code such as ILO-ASIA-PACIFIC or the English name of a country or region (tipdb sql 'SELECT code, name FROM places' lists them)"),  // sql-constant: a message, never executed
    ])
    func reportFilters(arguments: [String], message: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            let result = try Tipdb.run(["report", "brief"] + arguments, in: dir)
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr == "tipdb: error: \(message)\n")
        }
    }
}
