import Foundation
import Testing

/// A yearbook typed from PDF tables: decimal commas (`1.234,5`, `1 234,5`, `2,5`, `12,5%`) were
/// called "misplaced thousands separators" with advice that led to another refusal, `NA` in
/// `value` was told to leave the cell empty (then refused as "no value given"), and the tables'
/// own marks for a missing or suppressed figure (`..`, `-`, `x`, `n.d.`) got the generic message,
/// which offered `<5` (a national statistics office's review, session 48, defects 3 and 4).
@Suite("ingest: decimal commas, and missing or suppressed marks, named with what to write (built binary)")
struct DecimalCommaAndSuppressionMarkTests {
    static let sources = """
        key,kind,title,publisher,date
        nso-2025,report,Anuário Estatístico 2025,Ministério da Justiça,2025

        """

    /// Loads `figures` as `name` after the source, in a new database: the ingest's result.
    static func load(_ figures: String, _ name: String, in dir: URL, options: [String] = []) throws -> ProcessResult {
        try IngestPartWarningTests.write(sources, "src.csv", in: dir)
        try IngestPartWarningTests.write(figures, name, in: dir)
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        #expect(try Tipdb.run(["ingest", "--quiet", "src.csv"], in: dir).status == 0)
        return try Tipdb.run(["ingest"] + options + [name], in: dir)
    }

    @Test("a decimal comma is named, with dots or spaces grouping thousands, and the number to write; 2,450 per 100,000 is still asked")
    func decimalComma() throws {
        try withTemporaryDirectory { dir in
            let run = try Self.load("""
                key,measure,value,unit,place,period,source,method
                r1,detected-trafficking-victims,"1.234,5",per-100000,BRA,2020,nso-2025,detected
                r2,detected-trafficking-victims,"1 234,5",per-100000,BRA,2021,nso-2025,detected
                r3,detected-trafficking-victims,"2,5",per-100000,BRA,2022,nso-2025,detected
                r4,detected-trafficking-victims,"12,5%",percent,BRA,2023,nso-2025,detected
                r5,detected-trafficking-victims,"1.234.567,25",per-100000,BRA,2015,nso-2025,detected
                r6,forced-labour-profits,"US$ 2,5 billion",USD,BRA,2016,nso-2025,estimated
                r7,detected-trafficking-victims,"1234,567",per-100000,BRA,2017,nso-2025,detected
                r8,detected-trafficking-victims,"2,450",per-100000,BRA,2018,nso-2025,detected

                """, "d3.csv", in: dir)
            #expect(run.status == 1)
            let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("d3.csv:") }
            #expect(errors == [
                "d3.csv:2:33: value: \"1.234,5\" writes the decimal mark as a comma and groups thousands with dots, as Portuguese, Spanish and German tables do; expected 1234.5",
                "d3.csv:3:33: value: \"1 234,5\" writes the decimal mark as a comma and groups thousands with spaces, as French tables and SI style do; expected 1234.5",
                "d3.csv:4:33: value: \"2,5\" writes the decimal mark as a comma, as Portuguese, Spanish, French and German tables do; expected 2.5 (a point is the decimal mark)",
                "d3.csv:5:33: value: \"12,5%\" writes the decimal mark as a comma, as Portuguese, Spanish, French and German tables do; expected 12.5% (a point is the decimal mark)",
                "d3.csv:6:33: value: \"1.234.567,25\" writes the decimal mark as a comma and groups thousands with dots, as Portuguese, Spanish and German tables do; expected 1234567.25",
                "d3.csv:7:26: value: \"US$ 2,5 billion\" writes the decimal mark as a comma, as Portuguese, Spanish, French and German tables do; expected US$ 2.5 billion (a point is the decimal mark)",
                "d3.csv:8:33: value: \"1234,567\" has a comma that cannot separate thousands here (1234 before it is more than three digits); expected 1234.567 if it is a decimal comma, or 1234567 if it separates thousands",
                // Grouped in threes, a comma may be either: asked as before, never read as a decimal mark.
                "d3.csv:9:33: value: \"2,450\" reads as 2450 here, but its comma may be a decimal mark; expected 2.45 if it is, or 2450",
            ].map { Substring($0) }, "\(run.stderr)")
            #expect(!run.stderr.contains("misplaced thousands separators"), "\(run.stderr)")

            // Each number the messages give loads as written.
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source,method
                r1,detected-trafficking-victims,1234.5,per-100000,BRA,2020,nso-2025,detected
                r3,detected-trafficking-victims,2.5,per-100000,BRA,2022,nso-2025,detected
                r4,detected-trafficking-victims,12.5%,percent,BRA,2023,nso-2025,detected

                """, "fixed.csv", in: dir)
            let fixed = try Tipdb.run(["ingest", "fixed.csv"], in: dir)
            #expect(fixed.status == 0, "\(fixed.stderr)")
            let stored = try Tipdb.run(["sql", "--format", "csv", "SELECT key, value FROM figures ORDER BY key"], in: dir)
            #expect(stored.stdout == "key,value\r\nr1,1234.5\r\nr3,2.5\r\nr4,12.5\r\n", "\(stored.stdout)")
        }
    }

    @Test("NA in value says the figure cannot be stored (leave the row out, or give a range), not to leave the required cell empty; in low it still says empty")
    func missingValueAdvicePerColumn() throws {
        try withTemporaryDirectory { dir in
            let run = try Self.load("""
                key,measure,value,low,unit,place,period,source,method
                s1,detected-trafficking-victims,NA,,persons,BRA,2020,nso-2025,detected
                s2,detected-trafficking-victims,5,NA,persons,BRA,2021,nso-2025,detected

                """, "na.csv", in: dir)
            #expect(run.status == 1)
            #expect(run.stderr.hasPrefix("""
                na.csv:2:33: value: "NA" marks a missing number, not a number; a figure the source does not give cannot be stored: expected the row left out, or value empty with both low and high when the source publishes only a range (R writes NA for a missing value: write.csv(..., na = "") writes empty cells instead)
                na.csv:3:35: low: "NA" marks a missing number, not a number; expected the cell empty when the source gives none (R writes NA for a missing value: write.csv(..., na = "") writes empty cells instead)

                """), "\(run.stderr)")
        }
    }

    @Test("the tables' marks for a figure not available or suppressed are named, <5 offered only for a confidential mark where the notes define it so; - may be a zero")
    func suppressionMarks() throws {
        try withTemporaryDirectory { dir in
            let run = try Self.load("""
                key,measure,value,high,unit,place,period,source,method
                s3,detected-trafficking-victims,..,,persons,BRA,2021,nso-2025,detected
                s4,detected-trafficking-victims,-,,persons,BRA,2022,nso-2025,detected
                s5,detected-trafficking-victims,x,,persons,BRA,2023,nso-2025,detected
                s6,detected-trafficking-victims,n.d.,,persons,BRA,2024,nso-2025,detected
                s7,detected-trafficking-victims,…,,persons,BRA,2019,nso-2025,detected
                s8,detected-trafficking-victims,:,,persons,BRA,2018,nso-2025,detected
                s9,detected-trafficking-victims,"...",,persons,BRA,2017,nso-2025,detected
                s10,detected-trafficking-victims,n/a,,persons,BRA,2016,nso-2025,detected
                s11,detected-trafficking-victims,10,x,persons,BRA,2015,nso-2025,detected

                """, "d4.csv", in: dir)
            #expect(run.status == 1)
            let stored = "not a number; a figure the source does not give cannot be stored: expected the row left out, "
                + "or value empty with both low and high when the source publishes only a range"
            let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("d4.csv:") }
            // Only a confidential mark is told of <5, where the table's notes define it so (session 55).
            let censored: String = "; where the table's notes define x as a count below a threshold (the UK's NRM statistics: fewer than 5), "
                + "write it as <5 (<k for a threshold k), which tipdb stores as a censored count (1 to 4 for <5)"
            let suppressed: String = "d4.csv:4:33: value: \"x\" is the mark statistical tables (Statistics Canada, IBGE) print for a figure "
                + "suppressed for confidentiality, " + stored + censored
            #expect(errors == [
                "d4.csv:2:33: value: \"..\" is the mark statistical tables (UN, OECD, Eurostat, World Bank) print for a figure not available, \(stored)",
                "d4.csv:3:33: value: \"-\" is the mark statistical tables print for a figure that is nil or not available, \(stored); write 0 only where the table's notes define - as nil (a true zero), never for a figure not available",
                suppressed,
                "d4.csv:5:33: value: \"n.d.\" is the mark tables print for a figure not available (no disponible, non disponible, não disponível), \(stored)",
                "d4.csv:6:33: value: \"…\" is the mark statistical tables (IBGE and others) print for a figure not available, \(stored)",
                "d4.csv:7:33: value: \":\" is Eurostat's mark for a figure not available, \(stored)",
                "d4.csv:8:33: value: \"...\" is the mark statistical tables (IBGE and others) print for a figure not available, \(stored)",
                "d4.csv:9:34: value: \"n/a\" is the mark tables print for a figure not available, \(stored)",
                "d4.csv:10:37: high: \"x\" is the mark statistical tables (Statistics Canada, IBGE) print for a figure suppressed for confidentiality, not a number; expected the cell empty when the source gives none",
            ].map { Substring($0) }, "\(run.stderr)")
            // A suppressed cell typed as <5 would store a count of 1 to 4 the table never gave: only a
            // confidential mark is told of <5, and only where the table's notes define it so (session 55).
            #expect(run.stderr.components(separatedBy: "<5").count == 3, "\(run.stderr)")
            let count = try Tipdb.run(["sql", "--format", "csv", "SELECT count(*) FROM figures"], in: dir)
            #expect(count.stdout == "count(*)\r\n0\r\n")
        }
    }
}
