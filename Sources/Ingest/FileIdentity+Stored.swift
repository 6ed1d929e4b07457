import Foundation
import Storage

extension FileIdentity {
    /// What `ingest_batches.file_identity` holds for the file at `path`: the hex SHA-256 of its
    /// absolute path with every link resolved (`realpath`), or nil when the system cannot resolve
    /// it (the batch is then matched by its name, as one recorded before m0042).
    ///
    /// Why a digest of the path and not the path: databases are shared between colleagues, and a
    /// path tells where someone keeps their files (`/home/NAME/...`). Why not the device and inode
    /// that tell files apart within one command: an inode is reused once its file is deleted, and
    /// an editor that saves by writing a new file and renaming it over the old one gives the same
    /// path a new inode at every save, where it is still the same file to its user.
    ///
    /// The path's digest names the same file on the same machine, whatever path it was given by
    /// (`figures.csv`, `./figures.csv`, `data/figures.csv`, a link to it); the same name in another
    /// folder is another file. A folder moved or copied to another machine makes another identity.
    static func storedDigest(path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return Checksum.sha256(Array(String(cString: resolved).utf8))
    }
}
