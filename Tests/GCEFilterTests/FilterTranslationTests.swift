import Testing

@testable import GCEFilter

@Suite struct FilterTranslationTests {
  /// The translation's text and, per term, nil for exact or the approximation reason.
  func toAPI(_ gcloud: String) throws -> (String, [String?]) {
    let translation = try GcloudFilter.toAPI(gcloud)
    return (translation.text, translation.terms.map(Self.reason))
  }

  func toGcloud(_ api: String) throws -> (String, [String?]) {
    let translation = try APIFilter.toGcloud(api)
    return (translation.text, translation.terms.map(Self.reason))
  }

  static func reason(_ term: FilterTermFidelity) -> String? {
    if case .approximate(let reason) = term.fidelity { return reason }
    return nil
  }

  @Test func gcloudEnumsAreUpperCasedAndJudgedByTheirValues() throws {
    #expect(try toAPI("status:running") == (#"(status="RUNNING")"#, [nil]))
    #expect(
      try toAPI("status:PENDING")
        == (#"(status="PENDING")"#, ["gcloud ':' also matches PENDING_STOP, which contains PENDING"]))
    #expect(
      try toAPI("status=STOPED")
        == (#"(status="STOPED")"#, ["'STOPED' is not a value of this enum, so the API matches nothing"]))
    #expect(try toAPI("-status:TERMINATED") == (#"(status!="TERMINATED")"#, [nil]))
  }

  @Test func gcloudCaseInsensitivityIsReported() throws {
    #expect(try toAPI("name=web-1") == (#"(name="web-1")"#, [nil]))
    #expect(
      try toAPI("labels.env=Prod")
        == (
          #"(labels.env="Prod")"#,
          ["gcloud compares case-insensitively but these values are lower case, so the API matches nothing"]
        ))
    #expect(
      try toAPI("cpuPlatform='Intel Skylake'")
        == (#"(cpuPlatform="Intel Skylake")"#, ["gcloud compares case-insensitively, the API exactly"]))
  }

  @Test func gcloudNegationIsPushedDown() throws {
    #expect(
      try toAPI("NOT (name=a OR name=b)").0 == #"(name!="a") AND (name!="b")"#)
    #expect(try toAPI("NOT threads<5").0 == #"(threads>=5)"#)
    #expect(try toAPI("NOT status:(RUNNING STAGING)").0 == #"(status!="RUNNING") AND (status!="STAGING")"#)
    #expect(try toAPI("NOT (NOT name=a)").0 == #"(name="a")"#)
    #expect(throws: FilterError.self) { try GcloudFilter.toAPI("NOT NOT name=a") }
  }

  @Test func gcloudTermsAreRecordedInSourceOrderWithTheirText() throws {
    let translation = try GcloudFilter.toAPI("status:(RUNNING PENDING)  labels.env!=prod")
    #expect(
      translation.terms.map(\.term) == ["status:(RUNNING PENDING)", "status:(RUNNING PENDING)", "labels.env!=prod"])
    #expect(
      translation.terms.map(\.span) == [
        FilterSpan(column: 1, length: 24), FilterSpan(column: 1, length: 24), FilterSpan(column: 27, length: 16),
      ])
    #expect(
      translation.terms.map(Self.reason) == [
        nil, "gcloud ':' also matches PENDING_STOP, which contains PENDING",
        "gcloud keeps instances without the label, the API drops them",
      ])
    #expect(!translation.isExact)
  }

  @Test(arguments: [
    (
      "tags.items=web",
      "'tags.items' is a repeated field, and the Compute API rejects filters on repeated fields at column 1"
    ),
    (
      "networkInterfaces.network:default",
      "'networkInterfaces.network' is a repeated field, and the Compute API rejects filters on repeated fields "
        + "at column 1"
    ),
    ("name~^web", "the regex operator '~' has no equivalent in the API's AIP-160 dialect at column 1"),
    (
      "zone.basename()=us-east1-b",
      "the transform '.basename()' runs only in gcloud; the Compute API cannot apply it at column 1"
    ),
    (#"labels."a.b"=x"#, "quoted key parts have no Compute API form at column 1"),
    ("disks[0].boot=true", "the Compute API cannot address list elements ('[…]') at column 1"),
    (#"name="a\"b""#, "values containing '\"' or '\\' cannot be written safely in an API filter at column 6"),
    ("name=web*", "'*' is a literal character in gcloud '=' but a wildcard in the API at column 6"),
    ("name:a*b", "only a leading or trailing '*' pattern can be expressed in the API at column 6"),
    ("NOT name:web", "a negated ':' match ('name:web') has no Compute API form at column 5"),
    ("web", "the bare word or function 'web' matches anywhere in gcloud and has no Compute API form at column 1"),
    (
      "name:a or name:b",
      "'or' is a bare word in gcloud, not an operator, and the API cannot express bare words at column 8"
    ),
    (
      "machineType=e2-medium",
      "'machineType' holds a full URL in the API, so comparing it with the short name 'e2-medium' matches nothing "
        + "at column 1"
    ),
  ])
  func gcloudRefusalsSayWhy(_ input: String, _ message: String) {
    #expect {
      try GcloudFilter.toAPI(input)
    } throws: { error in
      guard let error = error as? FilterError else { return false }
      return error.message == message && error.kind == .untranslatable && error.help != nil
    }
  }

  @Test func apiRegexesBecomeAnchoredGcloudRegexes() throws {
    #expect(try toGcloud("name eq web-.*") == (#"name~"^(?:web-.*)$""#, [nil]))
    #expect(
      try toGcloud(#"name eq "\pL+""#)
        == (#"name~"^(?:\\pL+)$""#, [#"the RE2 construct '\p' is not read the same way by gcloud's Python regexes"#]))
  }

  @Test func apiFidelityNotes() throws {
    #expect(try toGcloud("status = RUNNING") == ("status=RUNNING", [nil]))
    #expect(
      try toGcloud("name:web") == (
        "name:web", ["gcloud ':' matches case-insensitively anywhere in the value; the API ':' does not"]
      ))
    #expect(
      try toGcloud(#"(tags.items = "web")"#)
        == (
          "tags.items=web",
          [
            "the Compute API rejects filters on the repeated field 'tags.items'; only gcloud evaluates it; "
              + "gcloud compares case-insensitively, the API exactly"
          ]
        ))
    #expect(
      try toGcloud("zone = us-east1-b").1
        == [
          "'zone' holds a full URL that the API compares as is; gcloud treats it more loosely; "
            + "gcloud compares case-insensitively, the API exactly"
        ])
    #expect(try toGcloud("scheduling.automaticRestart = \"true\"") == (#"scheduling.automaticRestart="true""#, [nil]))
  }

  @Test func apiWildcardsWithTwoStarsAreRefused() {
    #expect {
      try APIFilter.toGcloud(#"name = "*web*""#)
    } throws: { error in
      (error as? FilterError)?.message
        == "gcloud patterns allow only one '*', so '*web*' cannot be translated at column 8"
    }
  }
}
