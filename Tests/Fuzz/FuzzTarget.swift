import Ingest

/// libFuzzer's entry point, built only by `make fuzz` (which passes `-sanitize=fuzzer`).
///
/// The first byte picks the reader; the rest is its input. Every record, field and position is
/// read, so the fuzzer drives the parsers through all of their paths; any crash, trap or hang is
/// a bug (errors are expected and fine).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let selector = data[0] % 5
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch selector {
    case 0, 1:
        let reader = CSVReader(bytes: bytes, dialect: selector == 0 ? .csv : .tsv)
        while let record = try? reader.next() {
            for index in 0..<record.count {
                _ = record.string(at: index)
                _ = record.column(at: index)
                _ = record.line(at: index)
            }
            _ = record.rawText
        }
    case 2:
        _ = try? JSONParser.parse(bytes)
    case 3:
        var reader = NDJSONReader(bytes: bytes)
        while let entry = try? reader.next() { _ = entry.raw }
    default:
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? NumberParser.parse(text)
        _ = try? PeriodParser.parse(text)
        _ = try? Terms.sex(text)
        _ = try? Terms.ageGroup(text)
        _ = try? Terms.ciLevel(text)
    }
    return 0
}

/// libFuzzer's driver, called from our own `main`: SwiftPM names an executable's entry point
/// after the target, so libFuzzer's `main` cannot be used directly.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("tipdb_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return runFuzzerDriver(&count, &vector) { data, size in fuzzOneInput(data, size) }
}
