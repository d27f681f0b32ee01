import Testing

@testable import SDCore
@testable import SDYAML
@testable import PrometheusModel

@Suite struct ModelValueTests {
  // MARK: PromDuration

  @Test(arguments: [
    ("0", Int64(0)), ("0s", 0), ("90s", 90_000), ("1h30m", 5_400_000), ("1y", 31_536_000_000),
    ("2w3d", 1_468_800_000), ("1h60m", 7_200_000), ("1s500ms", 1500), ("007m", 420_000),
  ])
  func durationParses(text: String, milliseconds: Int64) throws {
    #expect(try PromDuration.parse(text).milliseconds == milliseconds)
    #expect(try PromDuration.parse(text, version: .v2_42).milliseconds == milliseconds)
  }

  @Test(arguments: [
    ("1.5m", "not a valid duration string: \"1.5m\"", "unknown unit \".\" in duration \"1.5m\""),
    ("1us", "not a valid duration string: \"1us\"", "unknown unit \"us\" in duration \"1us\""),
    ("1M", "not a valid duration string: \"1M\"", "unknown unit \"M\" in duration \"1M\""),
    ("-1m", "not a valid duration string: \"-1m\"", "not a valid duration string: \"-1m\""),
    ("1m1h", "not a valid duration string: \"1m1h\"", "not a valid duration string: \"1m1h\""),
    ("1m1m", "not a valid duration string: \"1m1m\"", "not a valid duration string: \"1m1m\""),
    (" 1m", "not a valid duration string: \" 1m\"", "not a valid duration string: \" 1m\""),
    ("30", "not a valid duration string: \"30\"", "not a valid duration string: \"30\""),
    ("", "empty duration string", "empty duration string"),
    ("300y", "duration out of range", "duration out of range"),
  ])
  func durationRejects(text: String, old: String, newest: String) {
    #expect(throws: PromDuration.ParseError(description: old)) { try PromDuration.parse(text, version: .v2_42) }
    #expect(throws: PromDuration.ParseError(description: newest)) { try PromDuration.parse(text, version: .newest) }
  }

  @Test(arguments: [
    (Int64(0), "0s"), (90_000, "1m30s"), (1_209_600_000, "2w"), (7_776_000_000, "90d"),
    (31_536_000_000, "1y"), (1500, "1s500ms"), (3_600_000, "1h"),
  ])
  func durationFormatsLikePrometheus(milliseconds: Int64, text: String) {
    #expect(PromDuration(milliseconds: milliseconds).description == text)
  }

  // MARK: ByteSize

  @Test(arguments: [
    ("0", Int64(0)), ("100B", 100), ("1KB", 1024), ("1KiB", 1024), ("10MB", 10_485_760), ("1.5GB", 1_610_612_736),
    ("-1KB", -1024), ("1MB512KB", 1_572_864),
  ])
  func sizeParses(text: String, bytes: Int64) throws {
    #expect(try ByteSize.parse(text).bytes == bytes)
  }

  @Test(arguments: [
    ("100", "units: unknown unit  in 100"), ("10mb", "units: unknown unit mb in 10mb"),
    ("", "units: invalid "), ("MB", "units: invalid MB"),
  ])
  func sizeRejects(text: String, message: String) {
    #expect(throws: ByteSize.ParseError(description: message)) { try ByteSize.parse(text) }
  }

  @Test func sizeFormatsLikeTheUnitsLibrary() {
    #expect(ByteSize(bytes: 1536).description == "1KiB512B")
    #expect(ByteSize(bytes: 10_485_760).description == "10MiB")
    #expect(ByteSize(bytes: 0).description == "0B")
  }

  // MARK: YAMLScalar

  private func resolve(_ value: String) throws -> YAMLScalar {
    let parsed = YAMLParser().parse(SourceText(path: "t.yml", text: "v: \(value)\n"))
    let root = try #require(parsed.document.root)
    let node = try #require(parsed.document.value(forKey: "v", in: root))
    return try YAMLScalar.resolve(parsed.document[node])
  }

  @Test(arguments: [
    ("yes", YAMLScalar.bool(true)), ("Off", .bool(false)), ("ON", .bool(true)), ("n", .bool(false)),
    ("0120", .int(80)), ("1_000", .int(1000)), ("09100", .float(9100)), ("9100.7", .float(9100.7)),
    ("1e3", .float(1000)), ("0x1F", .int(31)), ("0o17", .int(15)), ("0b101", .int(5)), ("-0x10", .int(-16)),
    ("+5", .int(5)), ("9223372036854775808", .uint(9_223_372_036_854_775_808)), ("~", .null), ("", .null),
    ("Null", .null), ("abc", .string("abc")), (".5", .float(0.5)), ("+.inf", .float(.infinity)),
    ("'80'", .string("80")), ("\"true\"", .string("true")), ("!!str 80", .string("80")), ("!!float 1", .float(1)),
    ("!!binary aGVsbG8=", .binary(Array("hello".utf8))), ("!custom x", .custom(tag: "!custom", text: "x")),
    ("yes please", .string("yes please")), ("1.2.3", .string("1.2.3")),
    ("-9223372036854775808", .int(.min)), ("18446744073709551616", .float(18_446_744_073_709_551_616)),
    ("0x", .string("0x")), ("0xG", .string("0xG")), ("08", .float(8)), ("+", .string("+")),
    ("1\u{FF12}", .string("1\u{FF12}")), ("0x\u{FF21}", .string("0x\u{FF21}")),
  ])
  func scalarResolvesLikeYAMLv2(text: String, expected: YAMLScalar) throws {
    #expect(try resolve(text) == expected)
  }

  @Test(arguments: [
    ("!!int abc", "cannot decode !!str `abc` as a !!int"),
    ("!!bool 1", "cannot decode !!int `1` as a !!bool"),
    ("!!binary '@@@'", "!!binary value contains invalid base64 data"),
  ])
  func scalarRejectsBadTags(text: String, message: String) {
    #expect(throws: YAMLScalar.Failure(description: message)) { try resolve(text) }
  }
}
