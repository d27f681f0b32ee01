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
    // gcloud ':' is a substring match, so it also keeps the enum values that contain PENDING.
    #expect(
      try toAPI("status:PENDING")
        == (#"(status="PENDING") OR (status="PENDING_STOP") OR (status="SUSPENDING")"#, [nil]))
    #expect(
      try toAPI("status=STOPED")
        == (#"(status="STOPED")"#, ["'STOPED' is not a value of this enum, so the API matches nothing"]))
    #expect(try toAPI("-status:TERMINATED") == (#"(status!="TERMINATED")"#, [nil]))
  }

  @Test func gcloudCaseInsensitivityIsReported() throws {
    #expect(try toAPI("name=web-1") == (#"(name="web-1")"#, [nil]))
    // Label values are lower case, so gcloud's case folding is matched by lower-casing; its accent
    // folding cannot be.
    #expect(
      try toAPI("labels.env=Prod")
        == (#"(labels.env="prod")"#, [FilterFieldTraits.accentDifference]))
    #expect(try toAPI("labels.build=7") == (#"(labels.build="7")"#, [FilterFieldTraits.numericDifference]))
    #expect(
      try toAPI("cpuPlatform='Intel Skylake'")
        == (#"(cpuPlatform="Intel Skylake")"#, [FilterFieldTraits.textDifference]))
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
    let translation = try GcloudFilter.toAPI("status:(RUNNING STOPED)  labels.env!=prod")
    #expect(
      translation.terms.map(\.term) == ["status:(RUNNING STOPED)", "status:(RUNNING STOPED)", "labels.env!=prod"])
    #expect(
      translation.terms.map(\.span) == [
        FilterSpan(column: 1, length: 23), FilterSpan(column: 1, length: 23), FilterSpan(column: 26, length: 16),
      ])
    #expect(
      translation.terms.map(Self.reason) == [
        nil, "no value of this enum matches 'STOPED', so neither side matches anything",
        "gcloud keeps instances without the label, the API drops them; " + FilterFieldTraits.accentDifference,
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
    (
      #"labels."a.b"=x"#,
      "GCE label keys cannot contain '.', so 'labels.a.b' has no Compute API form at column 1"
    ),
    ("disks[0].boot=true", "the Compute API cannot address list elements ('[…]') at column 1"),
    ("web", "the bare word or function 'web' matches anywhere in gcloud and has no Compute API form at column 1"),
    (
      "name:a or name:b",
      "'or' is a bare word in gcloud, not an operator: gcloud keeps only instances with 'or' somewhere in them, "
        + "and the API cannot express bare words at column 8"
    ),
    (
      "machineType=e2-medium",
      "gcloud's '=' compares the whole URL in 'machineType' too, so 'machineType=e2-medium' matches nothing at column 1"
    ),
    (
      "labels:prod",
      "'labels:prod' matches any label key or value in gcloud, which the Compute API cannot express at column 1"
    ),
    (
      "metadata.prometheus-port=9100",
      "gcloud reads 'metadata.prometheus-port' from metadata.items, a repeated field the Compute API cannot "
        + "filter on at column 1"
    ),
    (
      "status=RUNNING OR name~web",
      "the regex operator '~' has no AIP-160 form, and the API's regex dialect cannot express the rest of this "
        + "filter at column 19"
    ),
    (#"name~a\Z"#, #"'a\Z' is a Python regex that RE2 cannot compile, so the API cannot evaluate it at column 6"#),
    (
      #"labels.env:"""#,
      #"gcloud's 'labels.env:""' keeps nearly every instance (any value with a letter or digit, and a missing one) "#
        + "at column 1"
    ),
    ("name=web*", "'*' is a literal character in gcloud '=', so 'name=web*' keeps only values with a '*' in them at column 6"),
    ("zone.lower()=x", "the transform '.lower()' runs only in gcloud; the Compute API cannot apply it at column 1"),
  ])
  func gcloudRefusalsSayWhy(_ input: String, _ message: String) {
    #expect {
      try GcloudFilter.toAPI(input)
    } throws: { error in
      guard let error = error as? FilterError else { return false }
      return error.message == message && error.kind == .untranslatable && error.help != nil
    }
  }
  /// What gcloud -> API says now that it used to refuse: each exact unless a reason is given.
  @Test(arguments: [
    ("NOT labels.env:*", "NOT (labels.env:*)", nil),
    ("-labels.env:*", "NOT (labels.env:*)", nil),
    (#"labels.env="""#, "NOT (labels.env:*)", nil),
    (#"labels.env!="""#, "(labels.env:*)", nil),
    ("-name:web*", #"NOT (name:"web*")"#, nil),
    (#"name:"web-"*"#, #"(name:"web-*")"#, nil),
    ("name~^web", #"(name eq ".*(?:^web).*")"#, nil),
    ("name!~test", #"(name ne ".*(?:test).*")"#, nil),
    ("status=RUNNING AND name~web", #"(status eq "RUNNING")(name eq ".*(?:web).*")"#, nil),
    ("name:a*b", #"(name eq "a.*b")"#, nil),
    ("NOT name:web", #"(name ne ".*web.*")"#, nil),
    (#"name="a\"b""#, #"(name eq "a\"b")"#, nil),
    ("zone=us-central1-a", #"(zone eq "(?:.*/)?us-central1-a")"#, nil),
    ("zone.basename()=us-east1-b", #"(zone eq "(?:.*/)?us-east1-b")"#, nil),
    ("zone:us-central1", #"(zone eq ".*us-central1.*")"#, nil),
    ("machine_type:e2-medium", #"(machineType eq ".*e2-medium.*")"#, nil),
    (#"labels."env"=prod"#, #"(labels.env="prod")"#, FilterFieldTraits.accentDifference),
    ("labels.costCenter=cc-1", #"(labels.cost_center="cc-1")"#, FilterFieldTraits.accentDifference),
    ("id>8000000000000000000", "(id>8000000000000000000)", nil),
    ("scheduling.preemptible=false", "(scheduling.preemptible=false)", FilterFieldTraits.missingDefaultSkipped),
    ("satisfiesPzi!=false", "(satisfiesPzi!=false)", FilterFieldTraits.missingDefaultKept),
    ("scheduling.preemptible=True", "(scheduling.preemptible=true)", nil),
    (
      #"creationTimestamp<"2025-06-01T00:00:00Z""#, #"(creationTimestamp<"2025-06-01T00:00:00Z")"#,
      FilterFieldTraits.timestampDifference
    ),
    ("labels.env~.*", #"(labels.env eq ".*(?:.*).*")"#, FilterFieldTraits.regexMissingDifference),
    ("scheduling.preemptible~True", #"(scheduling.preemptible eq ".*(?:True).*")"#, FilterFieldTraits.booleanRegexDifference),
  ] as [(String, String, String?)])
  func gcloudSaysMoreThanItUsedTo(_ input: String, _ output: String, _ reason: String?) throws {
    let translation = try GcloudFilter.toAPI(input)
    #expect(translation.text == output)
    #expect(Set(translation.terms.map(Self.reason)) == [reason])
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
              + FilterFieldTraits.textDifference
          ]
        ))
    #expect(
      try toGcloud("zone = us-east1-b").1
        == [
          "gcloud also compares the last part of the URL in 'zone', the API only the full URL"
        ])
    // '~' is a plain search on the URL for gcloud too.
    #expect(try toGcloud("zone eq .*us-central1-a") == (#"zone~"^(?:.*us-central1-a)$""#, [nil]))
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
