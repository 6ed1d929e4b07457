import Foundation
import Storage
import Testing

/// `tipdb derive ctdc --dry-run` on a database its user may only read: a data team checks a
/// table on a shared database before asking the owner to publish it. The dry run writes nothing,
/// so read access is enough; a real run is refused as every write is there.
@Suite("derive ctdc on a database its user may only read (built binary)")
struct DeriveReadOnlyTests {
    /// Root ignores permissions, so as root the commands run as `nobody` through setpriv.
    static let canDropPrivileges = getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    /// Runs tipdb as a user who can write neither the file nor (unless it is open to all) its folder.
    private func runAsReader(_ arguments: [String], in dir: URL) throws -> ProcessResult {
        let command = getuid() == 0
            ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Tipdb.executable.path] : [Tipdb.executable.path]
        return try Tipdb.runProcess(URL(fileURLWithPath: command[0]), Array(command.dropFirst()) + arguments, in: dir)
    }

    /// `tipdb.sqlite` in `dir` holding the case-level dataset `sample`: 30 people in the USA and
    /// 5 in Mexico in 2019, 20 in the USA in 2020.
    private func makeCaseDatabase(in dir: URL) throws {
        #expect(try Tipdb.run(["init"], in: dir).status == 0)
        let file = dir.appendingPathComponent("cases.csv")
        try Data(CaseFiles.synthetic([(30, "2019", "USA"), (5, "2019", "MEX"), (20, "2020", "USA")]).utf8).write(to: file)
        let ingest = try Tipdb.run(["ingest", "--format", "ctdc", "--dataset", "sample", file.path], in: dir)
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    /// A copy of `dir/tipdb.sqlite` (made by `copy`) as `folder/tipdb.sqlite`, the file readable
    /// only, the folder with `mode`.
    private func share(from dir: URL, folder name: String, mode: Int, copy: (URL, URL) throws -> Void) throws -> URL {
        let folder = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let db = folder.appendingPathComponent("tipdb.sqlite")
        try copy(dir.appendingPathComponent("tipdb.sqlite"), db)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db.path)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        return db
    }

    private let arguments = ["derive", "ctdc", "--dataset", "sample", "--by", "country,year", "--show"]

    @Test("a dry run on a WAL database in a folder the reader cannot write reports what the owner's dry run reports; nothing changes",
          .enabled(if: canDropPrivileges))
    func dryRunInReadOnlyFolder() throws {
        try withTemporaryDirectory { dir in
            try makeCaseDatabase(in: dir)
            let owners = try Tipdb.run(arguments + ["--dry-run"], in: dir)
            #expect(owners.status == 0, "\(owners.stderr)")
            let db = try share(from: dir, folder: "published", mode: 0o555) { try FileManager.default.copyItem(at: $0, to: $1) }
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: db.deletingLastPathComponent().path) }
            let before = try Data(contentsOf: db)

            let result = try runAsReader(arguments + ["--dry-run", "--db", db.path], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == owners.stdout)
            #expect(result.stdout.hasSuffix(" inserted, 0 updated, 0 unchanged (dry run: nothing written)\n"), "\(result.stdout)")
            #expect(result.stdout.contains("55  count  all people  (sample-v1/count)"), "\(result.stdout)")
            #expect(!result.stderr.contains("error"), "\(result.stderr)")
            #expect(try Data(contentsOf: db) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: db.deletingLastPathComponent().path) == ["tipdb.sqlite"])

            let json = try runAsReader(arguments + ["--dry-run", "--json", "--db", db.path], in: dir)
            #expect(json.status == 0, "\(json.stderr)")
            #expect(json.stdout.contains("\"dryRun\": true"), "\(json.stdout)")
        }
    }

    @Test("a read-only file in a folder open to all: dry run works, a real run exits 2, an unknown --dataset exits 64 either way",
          .enabled(if: canDropPrivileges))
    func readOnlyFile() throws {
        try withTemporaryDirectory { dir in
            try makeCaseDatabase(in: dir)
            // A tipdb backup is in rollback mode: a real run would need to create a -journal file.
            let db = try share(from: dir, folder: "shared", mode: 0o777) { source, copy in
                let backup = try Tipdb.run(["backup", "--db", source.path, copy.path], in: dir)
                #expect(backup.status == 0, "\(backup.stderr)")
            }
            let before = try Data(contentsOf: db)

            let dryRun = try runAsReader(arguments + ["--dry-run", "--db", db.path], in: dir)
            #expect(dryRun.status == 0, "\(dryRun.stderr)")
            #expect(dryRun.stdout.hasSuffix(" inserted, 0 updated, 0 unchanged (dry run: nothing written)\n"), "\(dryRun.stdout)")

            let real = try runAsReader(arguments + ["--db", db.path], in: dir)
            #expect(real.status == 2)
            #expect(real.stderr == "tipdb: error: \(db.path): the database is read-only here (check the permissions of the file and of its directory); nothing was changed\n")

            for dry in [["--dry-run"], []] {
                let unknown = try runAsReader(
                    ["derive", "ctdc", "--dataset", "nope", "--by", "country", "--db", db.path] + dry, in: dir)
                #expect(unknown.status == 64, "\(dry) \(unknown.stderr)")
                #expect(unknown.stderr == "tipdb: error: unknown dataset \"nope\"; expected one of sample\n", "\(dry)")
                let version = try runAsReader(
                    ["derive", "ctdc", "--dataset", "sample", "--dataset-version", "3", "--by", "country", "--db", db.path] + dry, in: dir)
                #expect(version.status == 64, "\(dry) \(version.stderr)")
                #expect(version.stderr == "tipdb: error: dataset sample has no version 3; expected 1 to 1\n", "\(dry)")
            }
            #expect(try Data(contentsOf: db) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: db.deletingLastPathComponent().path) == ["tipdb.sqlite"])
        }
    }

    @Test("a real run on a read-only file fails before it counts or audits: exit 2, not the audit's refusal; a dry run still audits",
          .enabled(if: canDropPrivileges))
    func readOnlyFailsFirst() throws {
        try withTemporaryDirectory { dir in
            try makeCaseDatabase(in: dir)
            // A derivation with --min-cell 11: a later one with --min-cell 5 is refused by the audit (exit 1).
            let first = try Tipdb.run(arguments, in: dir)
            #expect(first.status == 0, "\(first.stderr)")
            let db = try share(from: dir, folder: "shared", mode: 0o777) { source, copy in
                let backup = try Tipdb.run(["backup", "--db", source.path, copy.path], in: dir)
                #expect(backup.status == 0, "\(backup.stderr)")
            }
            let before = try Data(contentsOf: db)
            let changed = arguments + ["--min-cell", "5", "--db", db.path]

            let real = try runAsReader(changed, in: dir)
            #expect(real.status == 2, "\(real.stderr)")
            #expect(real.stderr == "tipdb: error: \(db.path): the database is read-only here (check the permissions of the file and of its directory); nothing was changed\n")
            #expect(real.stdout.isEmpty, "\(real.stdout)")
            let json = try runAsReader(changed + ["--json"], in: dir)
            #expect(json.status == 2)
            #expect(json.stdout.contains("\"exitCode\": 2"), "\(json.stdout)")

            let dryRun = try runAsReader(changed + ["--dry-run"], in: dir)
            #expect(dryRun.status == 1, "\(dryRun.stderr)")
            #expect(dryRun.stderr == "tipdb: error: dataset sample version 1 was derived before with --min-cell 11; use the same minimum cell size (--min-cell 11) for every derivation from one dataset version, so that published tables cannot be combined to reveal small counts\n")
            #expect(try Data(contentsOf: db) == before)
        }
    }

    @Test("a dry run on a database the user can write still rolls back in place: the file is as it was")
    func dryRunWritable() throws {
        try withTemporaryDirectory { dir in
            try makeCaseDatabase(in: dir)
            let db = dir.appendingPathComponent("tipdb.sqlite")
            let before = try Database(path: db.path, mode: .readOnly).integer("SELECT count(*) FROM figures")
            let result = try Tipdb.run(arguments + ["--dry-run"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Database(path: db.path, mode: .readOnly).integer("SELECT count(*) FROM figures") == before)
        }
    }
}
