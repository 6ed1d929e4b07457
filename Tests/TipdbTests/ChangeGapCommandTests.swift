import Foundation
import Testing

/// A change figure tells the level at its two ends, not in the periods between, under a filter of
/// years, months or days alike: the Fixtures' only profits figures overlapping 2019 are ILO 2024's
/// two changes over 2014-2021, so every filter that covers 2019 names it as a gap for profits,
/// in the same words but its unit, and one that covers 2014, an end, names none. Why through the
/// binary and the Fixtures: a report that `--period 2019` named no gap where `--from 2019-01 --to
/// 2019-12` named twelve months was about exactly this brief, and years and months were then
/// counted by two functions.
@Suite("data gaps: a change figure covers its two ends only, counted in years, months or days (built binary)")
struct ChangeGapCommandTests {
    /// The sentences of the brief's data gaps that count reference periods, under `filter`.
    private func gapLines(_ filter: [String], in dir: URL) throws -> [String] {
        let out = try Tipdb.run(["report", "brief", "--measure", "forced-labour-profits"] + filter, in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("- ") && $0.contains(": no figure for ") }
    }

    /// The JSON `yearsWithoutFigures` of the brief under `filter`, each as `measure: years (count unit)`.
    private func jsonGaps(_ filter: [String], in dir: URL) throws -> [String] {
        let out = try Tipdb.run(["report", "brief", "--measure", "forced-labour-profits", "--format", "json"] + filter, in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        let brief = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let gaps = try #require((brief["gaps"] as? [String: Any])?["yearsWithoutFigures"] as? [[String: Any]])
        return gaps.map { gap in
            "\(gap["measure"] ?? ""): \(gap["years"] ?? "") (\(gap["count"] ?? "") \(gap["unit"] ?? ""))"
        }
    }

    @Test(
        "2019, between the change's ends, is a gap for profits as a year, as twelve months and as 365 days",
        arguments: [
            (["--period", "2019"], "1 reference year (2019)", "2019 (1 year)"),
            (["--from", "2019", "--to", "2019"], "1 reference year (2019)", "2019 (1 year)"),
            (["--from", "2019-01", "--to", "2019-12"], "12 reference months (January-December 2019)", "2019-01 to 2019-12 (12 month)"),
            (["--period", "2019-01/2019-12"], "12 reference months (January-December 2019)", "2019-01 to 2019-12 (12 month)"),
            (["--period", "2019-01-01/2019-12-31"], "365 reference days (2019-01-01 to 2019-12-31)", "2019-01-01 to 2019-12-31 (365 day)"),
        ])
    func betweenTheEnds(filter: [String], words: String, json: String) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try gapLines(filter, in: dir) == [
                "- Any measure in scope: no figure for \(words).",
                "- Illegal profits from forced labour: no figure for \(words).",
            ])
            #expect(try jsonGaps(filter, in: dir) == ["all: \(json)", "forced-labour-profits: \(json)"])
        }
    }

    @Test(
        "2014, the change's first end, is covered as a year, as its months and as its days (ILO 2014's figure, filed under its publication year, covers nothing)",
        arguments: [["--period", "2014"], ["--from", "2014-01", "--to", "2014-12"], ["--period", "2014-01-01/2014-12-31"]])
    func atAnEnd(filter: [String]) throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try gapLines(filter, in: dir) == [])
            #expect(try jsonGaps(filter, in: dir) == [])
        }
    }

    @Test("2014-2021: the six years between the ends are the gap, and as months the same 72 months")
    func theYearsBetween() throws {
        try withTemporaryDirectory { dir in
            try makeFixtureDatabase(in: dir)
            #expect(try jsonGaps(["--period", "2014-2021"], in: dir).last == "forced-labour-profits: 2015-2020 (6 year)")
            #expect(try jsonGaps(["--from", "2014-01", "--to", "2021-12"], in: dir).last
                == "forced-labour-profits: 2015-01 to 2020-12 (72 month)")
        }
    }
}
