import ArgumentParser
import Foundation

/// A file a command is about to write (`-o`, a brief's chart files, a backup's destination),
/// checked before anything is written: writing over the database, or over the `-wal` file SQLite
/// would take for part of it, destroys the data the report came from, and `--force` must never
/// turn a folder into a file. These are usage errors (exit 64), refused whatever the flags.
enum OutputTarget {
    /// Files SQLite keeps beside a database: writing over one corrupts or loses recent changes.
    private static let companions = ["", "-wal", "-shm", "-journal"]

    /// What `-o -` means: standard output, which is never a file to check.
    static let standardOutput = "-"

    static func check(_ output: String, database: String) throws {
        if output == standardOutput { return }
        // An empty name is nothing on disk to clear: it said ": cannot write the copy there (No
        // such file or directory)" and exited 1, where `--db ""` is a usage error.
        if output.isEmpty { throw ValidationError("the output file name is empty; expected the name of a file") }
        if output.hasSuffix("/") {
            throw ValidationError("\(output) names a folder; expected the name of a file")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("\(output) is a directory; expected the name of a file (in it or elsewhere)")
        }
        let target = canonical(output)
        // SQLite opens a database through a link by its real name and keeps its -wal beside that.
        let bases = Set([canonical(database), URL(fileURLWithPath: database).resolvingSymlinksInPath().path])
        let suffix = companions.first { suffix in bases.contains { target == $0 + suffix } }
        if let suffix = suffix ?? (isSameFile(output, database) ? "" : nil) {
            let what = suffix.isEmpty ? "the database itself" : "the database's \(suffix.dropFirst()) file"
            throw ValidationError("\(output) is \(what) (\(database)); expected another file name: writing there would destroy the data")
        }
    }

    /// Why a file cannot be written at `path` because of its folder (missing, a file, not
    /// writable), in words naming the folder as the user spelled it; nil when the folder is fine.
    /// Checked before writing, so that the message is about the folder the user can fix, not
    /// Foundation's "The file doesn't exist" about the file itself.
    static func folderProblem(of path: String) -> String? {
        let parent = PathSpelling.folder(of: path)
        let folder = parent.isEmpty ? "." : parent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return "no folder \(folder)" }
        guard isFolder.boolValue else { return "\(folder) is a file, not a folder" }
        guard FileManager.default.isWritableFile(atPath: folder) else { return "the folder \(folder) is not writable" }
        return nil
    }

    /// Whether `path` exists and is, or links to, something other than a regular file or a
    /// folder: a device (`/dev/null`, `/dev/stdout`), a pipe or a socket. Written through, such a
    /// file must never be replaced by a renamed copy.
    static func isSpecial(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// Whether `-o path` is a stream the brief is written through rather than a file in a
    /// folder: a device, a pipe or a socket (`/dev/null`, `>(gzip > b.md.gz)`), or any path in
    /// `/dev` or `/proc` (`/dev/stdout` and `/dev/fd/3` name a regular file when the shell
    /// redirected that descriptor to one).
    ///
    /// Why: files written "beside" such a path would be created in `/dev` or `/proc/self/fd`
    /// (or fail there), and a Markdown brief would link charts its reader never gets; so a
    /// stream gets what standard output gets, the brief alone.
    static func isStream(_ path: String) -> Bool {
        if isSpecial(path) { return true }
        let systemFolders = ["/dev", "/proc"]
        let spelled = URL(fileURLWithPath: path).standardizedFileURL.path
        let resolved = canonical(path)
        return systemFolders.contains { folder in
            [spelled, resolved].contains { $0 == folder || $0.hasPrefix(folder + "/") }
        }
    }

    /// Whether `path` names the file this process's standard output already writes to
    /// (`/dev/stdout`, `/proc/self/fd/1`, or the file the shell redirected it to).
    ///
    /// Why: opening it again would start writing at its first byte, over what a `>>`
    /// redirection meant to keep; writing to standard output itself appends where the shell said.
    static func isStandardOutput(_ path: String) -> Bool {
        var target = stat(), out = stat()
        guard stat(path, &target) == 0, fstat(STDOUT_FILENO, &out) == 0 else { return false }
        return target.st_dev == out.st_dev && target.st_ino == out.st_ino
    }

    /// An absolute path with `.`, `..` and symbolic links of its folder resolved, so that two
    /// spellings of one file compare equal even when the file does not exist yet.
    private static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath()
        return folder.appendingPathComponent(url.lastPathComponent).path
    }

    /// Whether two existing paths name one file (a hard or symbolic link to the database).
    private static func isSameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}
