import Foundation
import Testing

/// GLOTIP's indicator names typed as measures in a figures file (rapporteur's review, session 50,
/// defect 5): four of the five loaded, "Persons brought into formal contact" was refused and the
/// whole command with it.
@Suite("a figures file takes each of GLOTIP's five indicator names as a measure (built binary)")
struct GLOTIPIndicatorMeasureTests {
    @Test("the five indicator names load as the measures the GLOTIP loader maps them to")
    func indicatorNames() throws {
        try withTemporaryDirectory { dir in
            try IngestPartWarningTests.write(WithheldEarlierCountTests.sources, "src.csv", in: dir)
            try IngestPartWarningTests.write("""
                key,measure,value,unit,place,period,source
                e1,Persons prosecuted,171,persons,NLD,2022,nr-2023
                e2,Persons convicted,101,persons,NLD,2022,nr-2023
                e3,Detected trafficking victims,910,persons,NLD,2022,nr-2023
                e4,Persons brought into formal contact,300,persons,NLD,2022,nr-2023
                e5,Offences of trafficking in persons,250,cases,NLD,2022,nr-2023

                """, "e.csv", in: dir)
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let result = try Tipdb.run(["ingest", "src.csv", "e.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let rows = try Tipdb.run(["sql", "--format", "csv", "SELECT key, measure FROM figures ORDER BY key"], in: dir)
            #expect(rows.stdout == "key,measure\r\ne1,persons-prosecuted\r\ne2,persons-convicted\r\ne3,detected-trafficking-victims\r\n"
                + "e4,persons-formal-contact\r\ne5,trafficking-offences\r\n", "\(rows.stdout)")
        }
    }
}
