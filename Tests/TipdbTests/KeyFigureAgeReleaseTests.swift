import Foundation
import Testing

/// The age caution on an old key figure names a later figure of the same measure and place that
/// the key figures could not take, and why (review S25): a figure a newer GLOTIP export dropped
/// was said to be "for part of the population", though it counts everyone.
@Suite("key figures: the age caution gives the right reason for passing over a later figure (built binary)")
struct KeyFigureAgeReleaseTests {
    @Test("Germany's 2020 count, which the October export dropped, is named as not in the latest release, not as a subgroup")
    func droppedFromLatestRelease() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data((GLOTIPFiles.top(date: "14/04/2025") + """
                DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,41,GLOTIP
                DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,38,GLOTIP

                """).utf8).write(to: dir.appendingPathComponent("v1.csv"))
            try Data((GLOTIPFiles.top(date: "20/10/2025") + """
                DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,45,GLOTIP

                """).utf8).write(to: dir.appendingPathComponent("v2.csv"))
            #expect(try Tipdb.run(["ingest", "v1.csv"], in: dir).status == 0)
            let second = try Tipdb.run(["ingest", "v2.csv"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")

            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-02"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let caution = try #require(
                brief.stdout.split(separator: "\n").first { $0.hasPrefix("- **Caution (age).** Detected victims of trafficking, Germany:") },
                "\(brief.stdout)")
            #expect(caution.contains(
                "describes 2019, a period that ended 7 years before this brief; a later figure of this measure and place is in the tables below, "
                    + "but it is not in the latest release of its export (2025-10-20), so not a key figure: 38 for 2020 (UNODC 2025a ["),
                "\(caution)")
            #expect(!caution.contains("part of the population"), "\(caution)")
            // The figures table says the same of that figure.
            #expect(brief.stdout.contains("| 38 |  | Germany | 2020 | all | detected; not in the latest release (2025-10-20) |"), "\(brief.stdout)")
        }
    }

    @Test("of a dropped year's total and its <5 female row, the caution names the total for everyone (review S30 #9)")
    func droppedTotalBeforeSubgroup() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            // The female row comes first in the file and in reading order: it was the one named.
            try Data((GLOTIPFiles.top(date: "14/04/2024") + """
                NPL,Nepal,Asia,Southern Asia,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,410,GLOTIP
                NPL,Nepal,Asia,Southern Asia,Detected trafficking victims,Total,Total,Female,Total,2020,Counts,<5,GLOTIP
                NPL,Nepal,Asia,Southern Asia,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,520,GLOTIP

                """).utf8).write(to: dir.appendingPathComponent("v1.csv"))
            try Data((GLOTIPFiles.top(date: "14/04/2025") + """
                NPL,Nepal,Asia,Southern Asia,Detected trafficking victims,Total,Total,Total,Total,2019,Counts,450,GLOTIP

                """).utf8).write(to: dir.appendingPathComponent("v2.csv"))
            #expect(try Tipdb.run(["ingest", "v1.csv"], in: dir).status == 0)
            let second = try Tipdb.run(["ingest", "v2.csv"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")

            let brief = try Tipdb.run(["report", "brief", "--date", "2026-12-02"], in: dir)
            #expect(brief.status == 0, "\(brief.stderr)")
            let caution = try #require(
                brief.stdout.split(separator: "\n").first { $0.hasPrefix("- **Caution (age).** Detected victims of trafficking, Nepal:") },
                "\(brief.stdout)")
            #expect(caution.hasSuffix(
                "but it is not in the latest release of its export (2025-04-14), so not a key figure: 520 for 2020 (UNODC 2024 [2]). "
                    + "Say the period wherever the figure is quoted: it does not describe the situation now."),
                "\(caution)")
            #expect(!caution.contains("female"), "\(caution)")
        }
    }
}
