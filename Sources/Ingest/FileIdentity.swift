import Foundation

/// Which file a path names: its device and inode where the file system says, else the path
/// made absolute and standard.
///
/// Why: `f.csv`, `./f.csv` and a link to it are one file; ingesting it twice in one command would
/// list every key it holds as given twice, and say nothing of the real mistake.
struct FileIdentity: Hashable {
    private let device: UInt64?
    private let inode: UInt64?
    private let path: String

    init(path given: String) {
        // The file a link points to: attributes are the link's own otherwise.
        let target = URL(fileURLWithPath: given).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: target)
        device = (attributes?[.systemNumber] as? NSNumber)?.uint64Value
        inode = (attributes?[.systemFileNumber] as? NSNumber)?.uint64Value
        path = device != nil && inode != nil ? "" : URL(fileURLWithPath: given).standardizedFileURL.path
    }
}
