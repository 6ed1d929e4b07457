import Foundation
import Testing

/// `report lineage` shows how a figure travelled: each repeat with its number and its flags.
@Suite("report lineage: repeats with values and flags (built binary)")
struct LineageRepeatsTests {
    @Test("Repeated by lists each repeat's value, place, period and subgroup, and flags each change")
    func repeats() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data("key,kind,title,publisher,date\nmse,report,Forced labour in Austria,Institute,2019\nnews,news,Forced labour again,Daily,2020\n".utf8)
                .write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                key,measure,value,unit,place,period,sex,source,cites,method,locator
                aut-fl-2019,forced-labour,"9,000",persons,AUT,2019,total,mse,,estimated,table 2
                aut-rep,forced-labour,"9,000",persons,AUT,2019,total,news,aut-fl-2019,reported,p. 7
                aut-rep2,forced-labour,"19,000",persons,AUT,2019,total,news,aut-fl-2019,reported,p. 8
                aut-rep3,forced-labour,"9,000",persons,AUT,2021,total,news,aut-fl-2019,reported,p. 8
                aut-rep4,forced-labour,"9,000",persons,DEU,2019,total,news,aut-fl-2019,reported,p. 8
                aut-rep5,forced-labour,"9,000",persons,AUT,2019,female,news,aut-fl-2019,reported,p. 8
                aut-rep6,forced-labour,"19,000",persons,AUT,2019,total,news,aut-rep2,reported,p. 9

                """.utf8).write(to: dir.appendingPathComponent("figures.csv"))
            let load = try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir)
            #expect(load.status == 0, "\(load.stderr)")
            let result = try Tipdb.run(["report", "lineage", "aut-fl-2019"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("""
                Repeated by:
                  aut-rep (Daily 2020): 9,000, Austria, 2019
                  aut-rep2 (Daily 2020): 19,000, Austria, 2019
                    FLAG: Daily 2020 changes what it repeats from Institute 2019: the number (19,000, not 9,000).
                    aut-rep6 (Daily 2020): 19,000, Austria, 2019
                  aut-rep3 (Daily 2020): 9,000, Austria, 2021
                    FLAG: Daily 2020 changes what it repeats from Institute 2019: the period (2021, not 2019).
                  aut-rep4 (Daily 2020): 9,000, Germany, 2019
                    FLAG: Daily 2020 changes what it repeats from Institute 2019: the place (Germany, not Austria).
                  aut-rep5 (Daily 2020): 9,000, Austria, 2019 (female)
                    FLAG: Daily 2020 changes what it repeats from Institute 2019: the subgroup (female, not all).

                """), "\(result.stdout)")
        }
    }
}
