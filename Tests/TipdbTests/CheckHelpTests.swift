import Foundation
import Testing

/// `tipdb check --help` reads as the complete list of what check reports; a review found four
/// findings check makes (and README describes) missing from it.
@Suite("check --help names every finding README lists (built binary)")
struct CheckHelpTests {
    @Test("schema, schema-triggers, lineage-too-long, age-group-not-accepted and the method and timing findings are described")
    func namesEveryFinding() throws {
        try withTemporaryDirectory { dir in
            let help = try Tipdb.run(["check", "--help"], in: dir)
            #expect(help.status == 0)
            // Help wraps lines: compare with the words joined again.
            let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for phrase in [
                "tipdb's own tables, indexes, views or triggers missing or changed (schema: tipdb migrate --repair",
                "triggers tipdb did not make (schema-triggers",
                "chains of more than 100 repeats (lineage-too-long)",
                "age groups outside the accepted set (age-group-not-accepted",
                "under a measure that is a prevalence estimate (method-contradicts-measure",
                "repeats published before what they cite (repeat-before-original",
                "periods that start before it but end after (period-ends-after-publication",
                "child labour's whole filed as a subgroup (whole-as-subgroup)",
                "JSON columns holding other text (json-not-valid)",
                "counts detected or criminal-justice cases (estimate-under-count-measure",
                "published (period-after-publication), and studies likewise (study-period-after-publication)",
                "figures of another source's study (study-of-another-source)",
            ] {
                #expect(text.contains(phrase), "\(phrase)")
            }
        }
    }
}
