import Foundation
import Testing

/// A bulk file may not store what a figures file refuses: `tipdb check` would then report it.
@Suite("CLI: bulk datasets obey the unit rules of a figures file")
struct DatasetUnitRulesTests {
    /// `tipdb sql QUERY --format csv`, one string per row, header first.
    private func rows(_ query: String, in dir: URL) throws -> [String] {
        let result = try Tipdb.run(["sql", query, "--format", "csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\r\n").map(String.init)
    }

    private func write(_ name: String, _ text: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("Our World in Data: 150 percent, a negative rate and <5 as a percent are refused at their cell, kept in ingest_rejects under skip")
    func owid() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let share = "Share of detected victims who are children (%)"
            let rate = "Detected victims of human trafficking per 100000 population"
            let file = try write("pct.csv", """
                Entity,Code,Year,\(share),\(rate)
                France,FRA,2019,150,-3
                Spain,ESP,2019,<5,<5
                Italy,ITA,2019,25,1.5

                """, in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", file], in: dir)
            #expect(result.status == 1)
            let errors = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix(file) }
            #expect(errors == [
                "\(file):2:17: \(share): \"150\" is more than the whole (100 percent); expected 0 to 100 (a change is in percent-change)",
                "\(file):2:21: \(rate): \"-3\" is negative, but a rate in per-100000 cannot be; expected 0 or more",
                "\(file):3:16: \(share): \"<5\" is censored, but percent is not a count: censoring (<k) is for counts; for a share published as <5%, leave value empty, put 0 in low and 5 in high, and say '<5' in notes",
                "\(file):3:19: \(rate): \"<5\" is censored, but per-100000 is not a count: censoring (<k) is for counts; for a rate published as <5 per-100000, leave value empty, put 0 in low and 5 in high, and say '<5' in notes",
            ])
            #expect(try rows("SELECT key, value, unit FROM figures ORDER BY key", in: dir) == [
                "key,value,unit",
                "owid-pct:detected-trafficking-victims:ITA:2019:children:percent,25.0,percent",
                "owid-pct:detected-trafficking-victims:ITA:2019:per-100000,1.5,per-100000",
            ])
            // One reject per refused row, with the reasons of all its cells.
            #expect(try rows(#"SELECT line, "column", reason FROM ingest_rejects ORDER BY line"#, in: dir) == [
                "line,column,reason",
                #"2,17,"\#(share): ""150"" is more than the whole (100 percent); expected 0 to 100 (a change is in percent-change); \#(rate): ""-3"" is negative, but a rate in per-100000 cannot be; expected 0 or more""#,
                #"3,16,"\#(share): ""<5"" is censored, but percent is not a count: censoring (<k) is for counts; for a share published as <5%, leave value empty, put 0 in low and 5 in high, and say '<5' in notes; \#(rate): ""<5"" is censored, but per-100000 is not a count: censoring (<k) is for counts; for a rate published as <5 per-100000, leave value empty, put 0 in low and 5 in high, and say '<5' in notes""#,
            ])
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.status == 0, "\(check.stdout)")
        }
    }

    @Test("GLOTIP: a Unit of measurement other than Counts (Percent, Percentage) is refused at its cell; a count that is not whole at txtVALUE")
    func glotip() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let file = try write("data_glotip.csv", """
                UNODC,contact@example.org,,,,,,,,,,,
                14/04/2025,,,,,,,,,,,,
                Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source
                TUR,Turkey,Asia,Western Asia,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,3,GLOTIP
                TUR,Turkey,Asia,Western Asia,Detected trafficking victims,Total,Total,Total,Total,2020,Percent,2,GLOTIP
                DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2021,Percentage,12.5,GLOTIP
                DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2022,Counts,4.5,GLOTIP

                """, in: dir)
            let expected = "is not a unit of UNODC's GLOTIP export, which publishes counts only; expected Counts "
                + "(a share or rate worked out from GLOTIP belongs in a figures file, with the part it is a share of in sex, age_group or form)"
            let refused = try Tipdb.run(["ingest", file], in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix(file) }
            #expect(errors == [
                "\(file):5:88: Unit of measurement: \"Percent\" \(expected)",
                "\(file):6:93: Unit of measurement: \"Percentage\" \(expected)",
                "\(file):7:100: txtVALUE: \"4.5\" is not a whole number, but persons are counted in whole numbers; expected a whole number or <5",
            ])
            #expect(try rows("SELECT count(*) AS n FROM figures", in: dir) == ["n", "0"])
            let skipped = try Tipdb.run(["ingest", "--on-error", "skip", file], in: dir)
            #expect(skipped.status == 1)
            #expect(try rows("SELECT key, value, unit FROM figures", in: dir) == [
                "key,value,unit", "unodc-glotip:detected-trafficking-victims:TUR:2020,3.0,persons",
            ])
            #expect(try rows(#"SELECT line, "column", reason FROM ingest_rejects ORDER BY line"#, in: dir) == [
                "line,column,reason",
                #"5,88,"Unit of measurement: ""Percent"" \#(expected)""#,
                #"6,93,"Unit of measurement: ""Percentage"" \#(expected)""#,
                #"7,100,"txtVALUE: ""4.5"" is not a whole number, but persons are counted in whole numbers; expected a whole number or <5""#,
            ])
            #expect(try Tipdb.run(["check"], in: dir).status == 0)
        }
    }
}
