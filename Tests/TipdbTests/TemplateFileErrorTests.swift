import Foundation
import Testing

/// A template file that is missing or not UTF-8 is refused with what is wrong with the file, and
/// nothing about Mustache syntax (review R15); a syntax error keeps its own message.
@Suite("--template file errors (built binary)")
struct TemplateFileErrorTests {
    private func load(_ dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        try Data("key,kind,title,publisher,date\nsrc,report,A report,Institute,2021\n".utf8)
            .write(to: dir.appendingPathComponent("sources.csv"))
        try Data("key,measure,value,unit,place,period,source,method\nf,detected-trafficking-victims,250,persons,AUT,2019,src,detected\n".utf8)
            .write(to: dir.appendingPathComponent("figures.csv"))
        #expect(try Tipdb.run(["ingest", "--quiet", "sources.csv", "figures.csv"], in: dir).status == 0)
    }

    @Test("a missing template: 'no such file', exit 1, nothing on standard output")
    func missing() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            let result = try Tipdb.run(["report", "brief", "--template", "missing.mustache"], in: dir)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "tipdb: error: template missing.mustache: no such file; check the path\n")
        }
    }

    @Test("a Latin-1 template: the byte and its offset, exit 1, no word of Mustache")
    func notUTF8() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            // "# {{title}}\nCafé" saved as Latin-1: é is the one byte 0xE9, at offset 15.
            try Data(Array("# {{title}}\nCaf".utf8) + [0xE9, 0x0A])
                .write(to: dir.appendingPathComponent("latin1.mustache"))
            let result = try Tipdb.run(["report", "brief", "--template", "latin1.mustache"], in: dir)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("tipdb: error: template latin1.mustache: not UTF-8: byte 0xE9 at byte offset 15 is invalid;"), "\(result.stderr)")
            #expect(!result.stderr.contains("Mustache"))
        }
    }

    @Test("a directory: said so, exit 1")
    func directory() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("t.mustache"), withIntermediateDirectories: false)
            let result = try Tipdb.run(["report", "brief", "--template", "t.mustache"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr == "tipdb: error: template t.mustache: is a directory; expected a Mustache template file\n")
        }
    }

    @Test("a syntax error keeps its message")
    func syntax() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            try Data("{{#keyFigures}}\n".utf8).write(to: dir.appendingPathComponent("open.mustache"))
            let result = try Tipdb.run(["report", "brief", "--template", "open.mustache"], in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("template open.mustache is not valid Mustache; nothing was written"), "\(result.stderr)")
        }
    }

    @Test("a UTF-8 byte order mark is skipped: line 1's columns are the editor's, and no BOM reaches the brief")
    func byteOrderMark() throws {
        try withTemporaryDirectory { dir in
            try load(dir)
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            func run(_ text: String) throws -> ProcessResult {
                try Data(bom + Array(text.utf8)).write(to: dir.appendingPathComponent("bom.mustache"))
                return try Tipdb.run(["report", "brief", "--template", "bom.mustache"], in: dir)
            }
            let unknown = try run("# {{titel}}\n")
            #expect(unknown.status == 1)
            #expect(unknown.stderr.hasPrefix("bom.mustache:1:5: unknown field \"titel\"; did you mean \"title\"?"), "\(unknown.stderr)")
            let open = try run("# {{title\n")
            #expect(open.status == 1)
            #expect(open.stderr.hasPrefix("bom.mustache:1:5: the tag {{title is not closed; expected }} after title, as in {{title}}\n"), "\(open.stderr)")
            let section = try run("{{#keyFigures}}\n")
            #expect(section.stderr.hasPrefix("bom.mustache:1:4: the section {{#keyFigures}} opened here is never closed;"), "\(section.stderr)")
            let rendered = try run("# {{scope.placeCount}}\n")
            #expect(rendered.status == 0, "\(rendered.stderr)")
            #expect(Array(rendered.stdout.utf8) == Array("# 1\n".utf8))
        }
    }
}
