import Foundation
import Testing

/// Ingest refuses at its cites cell a figure that `tipdb check` would call a
/// `repeat-before-original` error (a blog of 2010 repeating an estimate published in 2012), in both
/// `--on-error` modes, with the cited figure and the sources stored or in the same command, the
/// dates compared as check compares them; a later sources file that makes a stored figure such a
/// repeat is warned about. Before, all of these loaded without a word.
@Suite("ingest: a repeat before its original is refused (built binary)")
struct IngestRepeatTimingTests {
    static let sources = """
        key,title,publisher,date
        ilo2012,Global estimate,ILO,2012
        blog2010,Blog,Blogger,2010
        may2012,Spring blog,Blogger,2012-05
        dec2011,Winter blog,Blogger,2011-12

        """
    static let original = """
        key,measure,value,place,period,source,method,cites,quote
        f2,forced-labour,20.9 million,World,2011,ilo2012,,,q

        """
    static let repeats = """
        key,measure,value,place,period,source,method,cites,quote
        f3,forced-labour,20.9 million,World,2011,blog2010,reported,f2,q
        m1,forced-labour,20.9 million,World,2011,may2012,reported,f2,q
        d1,forced-labour,20.9 million,World,2011,dec2011,reported,f2,q

        """
    static let why = ", which was first published after it: a source cannot repeat a number before it is published "
        + "(tipdb check: repeat-before-original); expected in cites the key of the figure "
    static let f3 = "r.csv:2:60: cites: figure \"f3\" (source blog2010, published 2010) repeats figure \"f2\" (source ilo2012, "
        + "published 2012)" + why + "blog2010 really repeated (or none), or a date of blog2010 or ilo2012 corrected in their sources file"
    /// 2011-12 is before 2012 at the precision both give; m1's 2012-05 is not.
    static let d1 = "r.csv:4:59: cites: figure \"d1\" (source dec2011, published 2011-12) repeats figure \"f2\" (source ilo2012, "
        + "published 2012)" + why + "dec2011 really repeated (or none), or a date of dec2011 or ilo2012 corrected in their sources file"

    private func write(in dir: URL) throws {
        try Data(Self.sources.utf8).write(to: dir.appendingPathComponent("s.csv"))
        try Data(Self.original.utf8).write(to: dir.appendingPathComponent("o.csv"))
        try Data(Self.repeats.utf8).write(to: dir.appendingPathComponent("r.csv"))
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
    }

    private func errors(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").filter { $0.hasPrefix("r.csv:") }.map(String.init)
    }

    @Test("same command, --on-error abort: rejected, each repeat before its original listed at its cites, the database unchanged")
    func sameCommandAbort() throws {
        try withTemporaryDirectory { dir in
            try write(in: dir)
            let before = try IngestMethodMeasureTests.checksum(in: dir)
            let result = try Tipdb.run(["ingest", "s.csv", "o.csv", "r.csv"], in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(errors(result.stderr) == [Self.f3, Self.d1], "\(result.stderr)")
            #expect(result.stdout.contains("r.csv: 3 read, 2 rejected; nothing written (the command was rejected)"), "\(result.stdout)")
            #expect(try IngestMethodMeasureTests.checksum(in: dir) == before)
        }
    }

    @Test("same command, --on-error skip: the repeats are refused and kept in ingest_rejects; 2012-05 is not before 2012 and loads")
    func sameCommandSkip() throws {
        try withTemporaryDirectory { dir in
            try write(in: dir)
            let result = try Tipdb.run(["ingest", "--on-error", "skip", "s.csv", "o.csv", "r.csv"], in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(errors(result.stderr) == [Self.f3, Self.d1], "\(result.stderr)")
            #expect(result.stdout.contains("r.csv: 3 read, 1 inserted, 0 updated, 0 unchanged, 2 rejected"), "\(result.stdout)")
            let rejects = try Tipdb.run(["sql", "--format", "csv", "SELECT line, \"column\" FROM ingest_rejects ORDER BY line"], in: dir)
            #expect(rejects.stdout == "line,column\r\n2,60\r\n4,59\r\n", "\(rejects.stdout)")
            let keys = try Tipdb.run(["sql", "--format", "csv", "SELECT key FROM figures ORDER BY key"], in: dir)
            #expect(keys.stdout == "key\r\nf2\r\nm1\r\n", "\(keys.stdout)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains(" 0 errors, "), "\(check.stdout)")
        }
    }

    @Test("the cited figure and its source in the database: a later command's repeat is refused all the same")
    func storedOriginal() throws {
        try withTemporaryDirectory { dir in
            try write(in: dir)
            let first = try Tipdb.run(["ingest", "--quiet", "s.csv", "o.csv"], in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let before = try IngestMethodMeasureTests.checksum(in: dir)
            let result = try Tipdb.run(["ingest", "r.csv"], in: dir)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(errors(result.stderr) == [Self.f3, Self.d1], "\(result.stderr)")
            #expect(try IngestMethodMeasureTests.checksum(in: dir) == before)
        }
    }

    @Test("a sources file that moves a date so that a stored figure repeats before its original: a warning naming it at the source's date cell")
    func changedSourceDate() throws {
        try withTemporaryDirectory { dir in
            try write(in: dir)
            let first = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "s.csv", "o.csv", "r.csv"], in: dir)
            #expect(first.status == 1, "\(first.stderr)")
            try Data("""
                key,title,publisher,date
                may2012,Spring blog,Blogger,2011-03

                """.utf8).write(to: dir.appendingPathComponent("s2.csv"))
            let result = try Tipdb.run(["ingest", "s2.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(IngestPartWarningTests.warnings(result.stderr) == [
                "warning: s2.csv:2:29: repeat-before-original: m1 (may2012, published 2011-03) cites f2 (ilo2012, published 2012): "
                    + "the date this file gives may2012 makes the stored figure m1 a repeat published before its original, an error "
                    + "tipdb check lists; expected the date corrected, or that figure's cites (the figure its source really repeated, or none)",
            ], "\(result.stderr)")
            let check = try Tipdb.run(["check"], in: dir)
            #expect(check.stdout.contains("\n  m1 (may2012, published 2011-03) cites f2 (ilo2012, published 2012)\n"), "\(check.stdout)")
        }
    }

    @Test("a figures file without cites that moves a stored repeat to an earlier source: a warning at its source cell")
    func movedRepeat() throws {
        try withTemporaryDirectory { dir in
            try write(in: dir)
            let first = try Tipdb.run(["ingest", "--quiet", "--on-error", "skip", "s.csv", "o.csv", "r.csv"], in: dir)
            #expect(first.status == 1, "\(first.stderr)")
            try Data("""
                key,measure,value,place,period,source
                m1,forced-labour,20.9 million,World,2011,dec2011

                """.utf8).write(to: dir.appendingPathComponent("move.csv"))
            let result = try Tipdb.run(["ingest", "move.csv"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(IngestPartWarningTests.warnings(result.stderr) == [
                "warning: move.csv:2:42: repeat-before-original: m1 (dec2011, published 2011-12) cites f2 (ilo2012, published 2012): "
                    + "this file moved m1 to source dec2011 and kept its stored cites, which makes it a repeat published before its "
                    + "original, an error tipdb check lists; expected the date corrected, or that figure's cites (the figure its source "
                    + "really repeated, or none)",
            ], "\(result.stderr)")
        }
    }
}
