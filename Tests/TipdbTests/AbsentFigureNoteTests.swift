import Foundation
import Testing

/// Ingest notes the figures that earlier loads of a figures file wrote and that the file, loaded
/// again under its name, no longer holds: the trace a corrected keyless row leaves (W20).
@Suite("ingest notes figures a file no longer holds (built binary)")
struct AbsentFigureNoteTests {
    typealias Fixture = RetractCommandTests

    @Test("a keyless row corrected in place: the note names the old figure and the retract command, which removes it")
    func correctedRow() throws {
        try withTemporaryDirectory { dir in
            try Fixture.makeDatabase(in: dir)
            let corrected = Fixture.figures.replacingOccurrences(
                of: "detected-trafficking-victims,2.4 million", with: "trafficking-victims,2.4 million")
            try Fixture.write(corrected, to: "figures.csv", in: dir)
            let result = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "figures.csv: 2 read, 1 inserted, 0 updated, 1 unchanged, 0 rejected (batch 3)\n")
            let note = "note: figures.csv: 1 figure written from this file by batch 2 is not in it now (\(Fixture.blogKey)); "
                + "if it was corrected, retract the old one: tipdb retract \(Fixture.blogKey) --reason \"...\"\n"
            #expect(result.stderr.contains(note), "\(result.stderr)")
            // Both numbers are in the brief until the old one is retracted.
            let brief = { try Tipdb.run(["report", "brief", "--date", "2026-12-01", "--place", "World"], in: dir).stdout }
            #expect(try brief().components(separatedBy: "2.4 million").count > 2)
            #expect(try Tipdb.run(["retract", Fixture.blogKey, "--reason", "a blog's number under the wrong measure"], in: dir).status == 0)
            let after = try brief()
            #expect(after.contains("2.4 million"))
            #expect(!after.contains("Detected trafficking victims"), "\(after)")
            // Loaded again, the file holds every figure it wrote: no note.
            let reload = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(!reload.stderr.contains("is not in it now"), "\(reload.stderr)")
        }
    }

    @Test("no note for an unchanged reload, for another file name, or for a dry run of a rejected command; a dry run notes")
    func quietCases() throws {
        try withTemporaryDirectory { dir in
            try Fixture.makeDatabase(in: dir)
            let same = try Tipdb.run(["ingest", "./figures.csv"], in: dir)
            #expect(same.stdout == "./figures.csv: 2 read, 0 inserted, 0 updated, 2 unchanged, 0 rejected (batch 3)\n")
            #expect(!same.stderr.contains("is not in it now"), "\(same.stderr)")
            let firstRow = Fixture.figures.split(separator: "\n").prefix(2).joined(separator: "\n") + "\n"
            try Fixture.write(firstRow, to: "other.csv", in: dir)
            let other = try Tipdb.run(["ingest", "other.csv"], in: dir)
            #expect(!other.stderr.contains("is not in it now"), "\(other.stderr)")
            try Fixture.write(firstRow, to: "figures.csv", in: dir)
            let dry = try Tipdb.run(["ingest", "--dry-run", "./figures.csv"], in: dir)
            #expect(dry.stderr.contains("note: ./figures.csv: 1 figure written from this file by batch 2 is not in it now (\(Fixture.blogKey)); "), "\(dry.stderr)")
            try Fixture.write(firstRow + "forced-labour,many,World,2020,ilo-2005,,,\n", to: "figures.csv", in: dir)
            let rejected = try Tipdb.run(["ingest", "figures.csv"], in: dir)
            #expect(rejected.status == 1)
            #expect(!rejected.stderr.contains("is not in it now"), "\(rejected.stderr)")
        }
    }

    @Test("many figures dropped: the note lists five keys and how many more, and names every batch that wrote them")
    func manyDropped() throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            try Fixture.write(Fixture.sources, to: "sources.csv", in: dir)
            let rows = (2001...2008).map { "forced-labour,\($0),World,\($0),ilo-2005" }
            let header = "measure,value,place,period,source\n"
            try Fixture.write(header + rows.prefix(7).joined(separator: "\n") + "\n", to: "f.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "f.csv"], in: dir).status == 0)
            try Fixture.write(header + rows.joined(separator: "\n") + "\n", to: "f.csv", in: dir)
            #expect(try Tipdb.run(["ingest", "--quiet", "f.csv"], in: dir).status == 0)
            try Fixture.write(header + rows[0] + "\n", to: "f.csv", in: dir)
            let result = try Tipdb.run(["ingest", "f.csv", "--json"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let keys = (2002...2006).map { "ilo-2005:forced-labour:WLD:\($0)" }.joined(separator: ", ")
            #expect(result.stdout.contains(
                "\"7 figures written from this file by batches 2 and 3 are not in it now (\(keys) and 2 more); if they were corrected, retract the old ones: tipdb retract KEY... --reason \\\"...\\\"\""),
                "\(result.stdout)")
        }
    }
}
