import Foundation

/// What `stat` says of a file that changes when its bytes change: its device and inode, its size,
/// and its modification and status-change times to the nanosecond.
///
/// Why: an ingest reads a file more than once, hashing it on one thread while another parses
/// its rows, and records the SHA-256 and size as the file's fingerprint. A file still being
/// written (an upload appending to it, an rsync into place) gave a batch the digest and size of
/// the first 600,000 rows while 600,005 rows loaded (a nightly-pipeline review, session 49).
/// A stamp taken when the file is planned and again once it has been read and hashed tells
/// whether every read saw the same bytes; the status-change time catches a writer that sets the
/// modification time back (`rsync -t`, `touch -d`).
struct FileStamp: Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: timespec
    let statusChanged: timespec

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modified = status.st_mtim
        statusChanged = status.st_ctim
    }

    /// The stamp of the file `path` names now (through a link, the file it points to), or nil
    /// when it cannot be read (removed meanwhile).
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    static func == (left: FileStamp, right: FileStamp) -> Bool {
        left.device == right.device && left.inode == right.inode && left.size == right.size
            && left.modified.tv_sec == right.modified.tv_sec && left.modified.tv_nsec == right.modified.tv_nsec
            && left.statusChanged.tv_sec == right.statusChanged.tv_sec && left.statusChanged.tv_nsec == right.statusChanged.tv_nsec
    }

    /// `drop.csv changed while it was read (...)`: what changed, and that it is refused whole.
    ///
    /// - Parameter now: the stamp after reading, nil when the file is gone.
    func changeMessage(now: FileStamp?) -> String {
        let what: String
        if let now, now.device == device && now.inode == inode {
            what = now.size == size ? "written to, its size still \(size) bytes" : "its size went from \(size) to \(now.size) bytes"
        } else {
            what = now == nil ? "removed" : "replaced by another file of the same name"
        }
        return "changed while it was read (\(what)): its rows and its SHA-256 could describe different bytes, so none of it is loaded; "
            + "load it again once it is complete (a file still being copied or uploaded changes until then)"
    }
}
