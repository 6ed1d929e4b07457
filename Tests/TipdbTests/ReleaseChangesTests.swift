import Foundation
import Testing

/// m0038: `figure_changes` across releases of a GLOTIP export. A newer export moves each figure it
/// repeats unchanged to its own source without a revision; the view listed every such figure as
/// inserted by the newer export (phantom inserts), and gave a revised figure's new source as the
/// export after the one that revised it.
@Suite("figure_changes across GLOTIP releases: an unchanged figure is inserted once (m0038, built binary)")
struct ReleaseChangesTests {
    /// An export of `date` with Germany's two rows (victims, convictions `convicted`), France's
    /// victims (`france`), and Italy's victims when `italy` is given.
    static func export(date: String, convicted: Int, france: Int, italy: Int?) -> String {
        GLOTIPFiles.top(date: date) + """
            DEU,Germany,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,41,GLOTIP
            DEU,Germany,Europe,Western Europe,Persons convicted,Total,Total,Total,Total,2020,Counts,\(convicted),GLOTIP
            FRA,France,Europe,Western Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,\(france),GLOTIP

            """ + (italy.map { "ITA,Italy,Europe,Southern Europe,Detected trafficking victims,Total,Total,Total,Total,2020,Counts,\($0),GLOTIP\n" } ?? "")
    }

    static let grouped = "SELECT batch_id, change, count(*) AS n FROM figure_changes GROUP BY 1, 2 ORDER BY 1, 2"
    static let every = "SELECT batch_id, figure, change, field, old_value, new_value FROM figure_changes ORDER BY 1, 2, 3, 4"

    private func load(_ text: String, as name: String, in dir: URL) throws -> String {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        let result = try Tipdb.run(["ingest", name], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("three exports: each figure inserted by the export that first held it; updates with the source each export wrote")
    func threeReleases() throws {
        try withTemporaryDirectory { (dir: URL) throws -> Void in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            #expect(try load(Self.export(date: "14/04/2024", convicted: 10, france: 30, italy: nil), as: "a.csv", in: dir)
                == "a.csv: 3 read, 3 inserted, 0 updated, 0 unchanged, 0 rejected (batch 1)\n")
            #expect(try load(Self.export(date: "14/04/2025", convicted: 10, france: 31, italy: 7), as: "b.csv", in: dir)
                == "b.csv: 4 read, 1 inserted, 1 updated, 2 unchanged, 0 rejected (batch 2)\n")
            // Before m0038: "2,inserted,3" (Germany's two unchanged figures counted as inserted again).
            #expect(try sqlCSV([Self.grouped], in: dir) == """
                batch_id,change,n
                1,inserted,3
                2,inserted,1
                2,updated,2

                """)

            // Germany's convictions, moved by b.csv unchanged, are revised by c.csv: still inserted by a.csv.
            #expect(try load(Self.export(date: "14/04/2026", convicted: 11, france: 31, italy: 8), as: "c.csv", in: dir)
                == "c.csv: 4 read, 0 inserted, 2 updated, 2 unchanged, 0 rejected (batch 3)\n")
            // Before m0038, batch 1 inserted only France; batch 3 "inserted" Germany's victims and
            // batch 2 Germany's convictions; France's source at batch 2 read unodc-glotip-2026-04-14.
            #expect(try sqlCSV([Self.every], in: dir) == """
                batch_id,figure,change,field,old_value,new_value
                1,unodc-glotip:detected-trafficking-victims:DEU:2020,inserted,,,
                1,unodc-glotip:detected-trafficking-victims:FRA:2020,inserted,,,
                1,unodc-glotip:persons-convicted:DEU:2020,inserted,,,
                2,unodc-glotip:detected-trafficking-victims:FRA:2020,updated,source,unodc-glotip-2024-04-14,unodc-glotip-2025-04-14
                2,unodc-glotip:detected-trafficking-victims:FRA:2020,updated,value,30.0,31.0
                2,unodc-glotip:detected-trafficking-victims:ITA:2020,inserted,,,
                3,unodc-glotip:detected-trafficking-victims:ITA:2020,updated,source,unodc-glotip-2025-04-14,unodc-glotip-2026-04-14
                3,unodc-glotip:detected-trafficking-victims:ITA:2020,updated,value,7.0,8.0
                3,unodc-glotip:persons-convicted:DEU:2020,updated,source,unodc-glotip-2025-04-14,unodc-glotip-2026-04-14
                3,unodc-glotip:persons-convicted:DEU:2020,updated,value,10.0,11.0

                """)
            // The moved figures still cite the latest export, and no revision was written for a move.
            #expect(try sqlCSV(["SELECT figure, batch_id FROM figure_revisions ORDER BY id"], in: dir) == """
                figure,batch_id
                unodc-glotip:detected-trafficking-victims:FRA:2020,2
                unodc-glotip:persons-convicted:DEU:2020,3
                unodc-glotip:detected-trafficking-victims:ITA:2020,3

                """)
            #expect(try sqlCSV(["SELECT key, source, batch_id FROM figures ORDER BY key"], in: dir) == """
                key,source,batch_id
                unodc-glotip:detected-trafficking-victims:DEU:2020,unodc-glotip-2026-04-14,3
                unodc-glotip:detected-trafficking-victims:FRA:2020,unodc-glotip-2026-04-14,3
                unodc-glotip:detected-trafficking-victims:ITA:2020,unodc-glotip-2026-04-14,3
                unodc-glotip:persons-convicted:DEU:2020,unodc-glotip-2026-04-14,3

                """)
        }
    }
}
