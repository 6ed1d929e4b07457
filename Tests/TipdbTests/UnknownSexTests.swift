import Foundation
import Testing

/// Age group `unknown` loaded while sex `unknown` was refused as an unknown word, naming only the
/// four sexes. The schema allows no unknown sex (`figures.sex` CHECK: total, female, male, other),
/// so it is still refused, but the message says so and what to write instead.
@Suite("ingest: sex unknown is refused saying there is none and what to write; age group unknown loads (built binary)")
struct UnknownSexTests {
    static func why(_ written: String) -> String {
        "sex \"\(written)\" cannot be stored: the database records sex as total, female, male or other, and has no unknown (an age group or a form can be unknown); for a figure of everyone, whatever their sex, leave sex empty (total); a count of only the people whose sex was not recorded is not a subgroup tipdb stores: give it in the notes of the total"
    }

    @Test("unknown and Not recorded are refused at the sex cell; an unknown age group and an empty sex load")
    func refusedWithWhatToWrite() throws {
        try withTemporaryDirectory { dir in
            let refused = try WorldPopulationBoundTests.ingest("""
                key,measure,value,place,period,sex,age_group,source
                a,forced-labour,5,FRA,2021,unknown,,x
                b,forced-labour,5,FRA,2021,Not recorded,,x
                c,forced-labour,5,FRA,2021,,unknown,x
                d,forced-labour,5,FRA,2021,dunno,,x

                """, as: "figures.csv", in: dir)
            #expect(refused.status == 1)
            let errors = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("figures.csv:") }.map(String.init)
            #expect(errors == [
                "figures.csv:2:28: sex: \(Self.why("unknown"))",
                "figures.csv:3:28: sex: \(Self.why("Not recorded"))",
                "figures.csv:5:28: sex: unknown sex \"dunno\"; expected total, female, male or other (girls, boys, women and men set the age group too)",
            ], "\(refused.stderr)")

            let skipped = try Tipdb.run(["ingest", "--on-error", "skip", "sources.csv", "figures.csv"], in: dir)
            #expect(skipped.status == 1, "\(skipped.stderr)")
            #expect(try Tipdb.run(["sql", "--format", "csv", "SELECT key, sex, age_group FROM figures"], in: dir).stdout
                == "key,sex,age_group\r\nc,total,unknown\r\n")
        }
    }
}
