/// Where bytes stop being well-formed UTF-8.
///
/// Why one: `tipdb check`'s `text-not-utf8` (stored text another program wrote) and a brief
/// template's file each walked the bytes with their own copy of the same loop.
public enum UTF8Scan {
    /// The offset of the first byte of `bytes` that does not belong to well-formed UTF-8, or nil when all do.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
