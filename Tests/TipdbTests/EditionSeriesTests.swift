import Foundation
import Testing

/// A national rapporteur publishes a monitor every year, and each monitor revises the year before
/// for late returns. Loaded one source per monitor, the brief called the monitors "2 different
/// data collections" with their own reporting agencies, told the reader to "say that the sources
/// disagree" about 910 and 925 for 2022, charted both as two points for 2022, said of convictions
/// that "detections follow detection capacity", and headed two sources' counts "Caution (estimates)"
/// (a rapporteur's office, session 51).
@Suite("brief: counts from editions of one producer's series are its revisions (built binary)")
struct EditionSeriesTests {
    private static let sources = """
        key,title,publisher,date
        nr-2023,Monitor on trafficking in human beings 2023,National Rapporteur on Trafficking in Human Beings,2023-10-01
        nr-2024,Monitor on trafficking in human beings 2024,National Rapporteur on Trafficking in Human Beings,2024-10-01
        police,Annual crime statistics 2024,National Police,2024-06-01

        """

    /// The monitors' rows as the office loads them, a file per monitor, and with `extra` rows after.
    private func brief(extra: String = "", format: String = "md") throws -> (brief: String, ingest: String) {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("sources.csv"))
            try Data("""
                measure,value,unit,place,period,source,locator
                detected-trafficking-victims,910,persons,NLD,2022,nr-2023,Table 1
                persons-convicted,101,persons,NLD,2022,nr-2023,Table 6

                """.utf8).write(to: dir.appendingPathComponent("y2022.csv"))
            try Data(("""
                measure,value,unit,place,period,source,locator
                detected-trafficking-victims,925,persons,NLD,2022,nr-2024,Table 1 (2022 revised for late returns)
                detected-trafficking-victims,1010,persons,NLD,2023,nr-2024,Table 1
                persons-convicted,110,persons,NLD,2023,nr-2024,Table 6

                """ + extra).utf8).write(to: dir.appendingPathComponent("y2023.csv"))
            let first = try Tipdb.run(["ingest", "sources.csv", "y2022.csv"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let second = try Tipdb.run(["ingest", "y2023.csv"], in: dir)
            #expect(second.status == 0, "\(second.stderr)")
            let result = try Tipdb.run(
                ["report", "brief", "--place", "NLD", "--from", "2022", "--to", "2023", "--date", "2026-12-05", "--format", format], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            return (result.stdout, second.stdout + second.stderr)
        }
    }

    private func lines(_ text: String, starting prefix: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.hasPrefix(prefix) }
    }

    @Test("the 2024 monitor's 925 for 2022 is told as its revision of 910, not as sources that disagree")
    func revisionNotDisagreement() throws {
        let text = try brief().brief
        let expected = """
            - **Caution (editions).** Detected victims of trafficking in the Netherlands, 2022: National Rapporteur on Trafficking in \
            Human Beings 2024 [1] revised 910 (National Rapporteur on Trafficking in Human Beings 2023 [2]) to 925. It is a later \
            edition of the same producer's series, not a disagreement between sources: a revision, or a re-count under a changed \
            definition, which the numbers alone do not tell; check the later edition's notes, and tag a re-count series-break to keep \
            the two apart. The series and charts use 925; the figures tables show both. Cite 925 as the later edition's number, and \
            where the number of the earlier edition was quoted, say that a later edition gives another.
            """
        #expect(!text.contains("Say that the sources disagree"), "\(text)")
        #expect(lines(text, starting: "- **Caution (estimates).**").isEmpty, "\(text)")
        #expect(lines(text, starting: "- **Caution (editions).**") == [Substring(expected)], "\(text)")
    }

    @Test("one office's monitors are not 'different data collections', and convictions do not follow detection capacity")
    func oneOfficeSeries() throws {
        let text = try brief().brief
        #expect(!text.contains("different data collections"), "\(text)")
        #expect(!text.contains("Each data collection has"), "\(text)")
        let methods = lines(text, starting: "- **Caution (methods).**")
        // The 2024 monitor gives both years of detected victims: one source, no methods caution for them.
        let expected = """
            - **Caution (methods).** Persons convicted of trafficking, the Netherlands: the 2 figures 101 (2022, National Rapporteur on \
            Trafficking in Human Beings 2023 [2]) and 110 (2023, National Rapporteur on Trafficking in Human Beings 2024 [1]) come \
            from 2 editions of one producer's series. An edition may change which agencies report and what is counted, and \
            criminal-justice counts follow the capacity and priorities of police, prosecutors and courts, and the law, so the \
            differences are not a trend in trafficking.
            """
        #expect(methods == [Substring(expected)], "\(text)")
        #expect(!methods.contains { $0.contains("detection capacity") }, "\(methods)")
    }

    @Test("the chart's table draws 925 for 2022, not 910 beside it, and its source line names the revised 910")
    func chartTakesLatestEdition() throws {
        let text = try brief().brief
        let row = "| 2022 | 925 |  | National Rapporteur on Trafficking in Human Beings 2024 [1] |"
        let named = """
            Not shown, given again by a later edition of the same producer's series, whose number is drawn: 910 (2022, National \
            Rapporteur on Trafficking in Human Beings 2023 [2]; 925 in National Rapporteur on Trafficking in Human Beings 2024 [1]).
            """
        #expect(!text.contains("| 2022 | 910 |"), "\(text)")
        #expect(text.contains(row), "\(text)")
        #expect(text.contains(named), "\(text)")
    }

    @Test("ingest notes that the 2024 monitor's 2022 row gives again a count the 2023 monitor gave, and loads it")
    func ingestNotesLaterEdition() throws {
        let ingest = try brief().ingest
        let note = """
            note: y2023.csv: 1 figure gives a count that another edition of the same producer's series gives under another source, \
            for the same measure, place, subgroup and period: nr-2024:detected-trafficking-victims:NLD:2022 (925; earlier edition \
            nr-2023, published 2023-10-01, gives 910 as nr-2023:detected-trafficking-victims:NLD:2022). Loaded as a figure of its \
            own; briefs take the later edition's number as that series' later number, not as a source that disagrees: a revision, \
            or a re-count under a changed definition, which the numbers alone do not tell (tag a re-count series-break to keep the \
            two apart as a series break)
            """
        #expect(ingest.contains(note), "\(ingest)")
        #expect(ingest.contains("y2023.csv: 3 read, 3 inserted"), "\(ingest)")
    }

    @Test("another producer's different count for 2022 still disagrees, headed as counts, not estimates")
    func otherProducerStillDisagrees() throws {
        let text = try brief(extra: "detected-trafficking-victims,940,persons,NLD,2022,police,Table 3\n").brief
        let disagreement = lines(text, starting: "- **Caution (disagreement).**")
        let start = """
            - **Caution (disagreement).** Detected victims of trafficking in the Netherlands, 2022: National Police 2024 [2] gives 940 \
            and National Rapporteur on Trafficking in Human Beings 2024 [1] gives 925; they differ beyond rounding.
            """
        #expect(disagreement.count == 1, "\(text)")
        #expect(disagreement.first?.hasPrefix(start) == true, "\(disagreement)")
        #expect(disagreement.first?.hasSuffix("Say that the sources disagree when citing either.") == true, "\(disagreement)")
        #expect(lines(text, starting: "- **Caution (estimates).**").isEmpty, "\(text)")
        #expect(lines(text, starting: "- **Caution (editions).**").count == 1, "\(text)")
    }
}
