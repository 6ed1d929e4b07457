import Foundation

/// Writes a report's or an export's file with the system calls themselves, so that a failure
/// keeps its cause.
///
/// Why not `Data.write(to:options:)`: on a full disk or at a file-size limit it reports
/// "NSCocoaErrorDomain error 512" with no underlying error, and the user cannot tell a full disk
/// from a folder they cannot write.
enum OutputFile {
    /// A write that failed, with the `errno` that says why.
    struct Failure: Error {
        let code: Int32

        /// The cause in words, and what to do about it.
        var reason: String {
            switch code {
            case EFBIG: "a file-size limit was reached; raise the limit (ulimit -f) or write a smaller selection"
            case ENOSPC, EDQUOT: "the disk is full; free some space, or give a path on another disk"
            case EACCES, EPERM: "permission denied; check that the folder is writable, or give a path in another folder"
            case EROFS: "the file system is read-only; give a path on another disk"
            case ENOENT, ENOTDIR: "the folder does not exist; create it, or give a path in another folder"
            case EISDIR: "it is a folder; give the name of a file"
            case ELOOP:
                "it is a symbolic link, which tipdb does not write through (the new file would replace the link); "
                    + "give the path of the file it points to, or remove the link"
            default: "\(String(cString: strerror(code))); check that the folder exists and is writable"
            }
        }
    }

    /// Writes `pieces` one after the other, as one text, to `path`: through a temporary file
    /// beside it renamed into place when `atomically` (so a failure leaves no file and an
    /// existing one as it was), else straight into it (a device or a pipe, which a rename would
    /// replace).
    ///
    /// A file replaced keeps its permissions: a brief kept at 0600 under embargo stayed private
    /// only until it was written again. A symbolic link is refused (`ELOOP`), not replaced by a
    /// file that leaves the link's target as it was; chart files treat a link the same way.
    static func write(_ pieces: [UnsafeRawBufferPointer], to path: String, atomically: Bool) throws(Failure) {
        guard atomically else {
            try writeAll(pieces, to: path, flags: O_WRONLY | O_CREAT | O_TRUNC)
            return
        }
        var existing = stat()
        let replaces = lstat(path, &existing) == 0
        if replaces && existing.st_mode & S_IFMT == S_IFLNK { throw Failure(code: ELOOP) }
        let temporary = try temporaryCopy(of: pieces, beside: path)
        if replaces && existing.st_mode & S_IFMT == S_IFREG && chmod(temporary, existing.st_mode & 0o7777) != 0 {
            let code = errno
            unlink(temporary)
            throw Failure(code: code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(code: code)
        }
    }

    /// Writes `bytes` to a new file in the folder of `path`, named `.NAME.tmp-PID` (or, when a
    /// file has that name, `.NAME.tmp-PID-1` and so on), and returns its path. A failure leaves no
    /// file behind.
    ///
    /// Why the name is created exclusively and removed only once made: a file that had the name
    /// already (left by a run that was killed, or the user's) was removed by the failed write.
    static func temporaryCopy(of bytes: UnsafeRawBufferPointer, beside path: String) throws(Failure) -> String {
        try temporaryCopy(of: [bytes], beside: path)
    }

    /// `temporaryCopy(of:beside:)` of `pieces` one after the other.
    static func temporaryCopy(of pieces: [UnsafeRawBufferPointer], beside path: String) throws(Failure) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        for attempt in 0..<100 {
            let temporary = attempt == 0 ? stem : "\(stem)-\(attempt)"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw Failure(code: errno)
            }
            do throws(Failure) {
                try writeAll(pieces, to: descriptor)
            } catch {
                unlink(temporary)
                throw error
            }
            return temporary
        }
        throw Failure(code: EEXIST)
    }

    private static func writeAll(_ pieces: [UnsafeRawBufferPointer], to path: String, flags: Int32) throws(Failure) {
        let descriptor = open(path, flags | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        try writeAll(pieces, to: descriptor)
    }

    /// Writes `pieces` to `descriptor` one after the other and closes it, also when a write fails.
    private static func writeAll(_ pieces: [UnsafeRawBufferPointer], to descriptor: Int32) throws(Failure) {
        do throws(Failure) {
            for bytes in pieces { try write(bytes, to: descriptor) }
        } catch {
            close(descriptor)
            throw error
        }
        // close(2) can report a write the file system deferred (a full network disk).
        guard close(descriptor) == 0 else { throw Failure(code: errno) }
    }

    /// Writes all of `bytes` to an open descriptor (a file, or standard output for `StandardStream`),
    /// retrying a write a signal interrupted.
    static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws(Failure) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            offset += written
        }
    }
}
