import Testing

@testable import GCEFilter

/// sdgen against gcloud's own filter engine (`Tests/Fixtures/data/gcloud-engine/`): every row's gcloud
/// expression is evaluated by sdgen's gcloud evaluator, and translated to the API and evaluated by
/// sdgen's API evaluator; the API filters of `filter-vectors.tsv` go the other way.
@Suite struct FilterGcloudEngineTests {
  static let accent = FilterFieldTraits.accentDifference
  static let numeric = FilterFieldTraits.numericDifference
  static let substring = FilterFieldTraits.substringDifference
  static let ordering = FilterFieldTraits.orderingDifference
  static let timestamp = FilterFieldTraits.timestampDifference
  static let text = FilterFieldTraits.textDifference
  static let absence = FilterFieldTraits.labelAbsenceDifference
  static let missingKept = FilterFieldTraits.missingDefaultKept
  static let missingSkipped = FilterFieldTraits.missingDefaultSkipped

  /// The rows sdgen translates approximately, with the notes it prints for them.
  static let approximate: [String: [String]] = [
    "status=STOPED": ["'STOPED' is not a value of this enum, so the API matches nothing"],
    "labels.env=prod": [accent],
    "labels.env=PROD": [accent],
    "NOT labels.env=prod": [absence + "; " + accent],
    "labels.env=(prod dev)": [accent],
    "labels.cost_center=cc-100": [accent],
    "labels.team=web-frontend": [accent],
    "labels.team:web*": [accent],
    "labels.team=net_ops": [accent],
    "labels.env:*prod": [accent],
    "labels.city=zurich": [accent],
    "labels.build=7": [numeric],
    "labels.build>10": [ordering],
    "labels.flag=false": [numeric],
    "labels.env=prod AND labels.team=web": [accent],
    "labels.env=(prod)": [accent],
    #"labels."env"=prod"#: [accent],
    "labels.build<8": [ordering],
    "status=RUNNING AND labels.env=prod": [accent],
    "(status=RUNNING OR status=STAGING) AND labels.env=prod": [accent],
    "status=RUNNING labels.env=prod OR labels.env=dev": [accent],
    "NOT (status=RUNNING AND labels.env=prod)": [absence + "; " + accent],
    "status=RUNNING OR (labels.env=dev AND name:batch*)": [accent],
    "scheduling.preemptible=false": [missingSkipped],
    "NOT scheduling.preemptible=false": [missingKept],
    "satisfiesPzi!=false": [missingKept],
    #"description="""#: [text],
    #"creationTimestamp<"2025-06-01T00:00:00Z""#: [timestamp],
    "creationTimestamp:2026-03-14": [timestamp],
    #"cpuPlatform="intel cascade lake""#: [text],
    #"cpuPlatform:"cascade lake""#: [substring],
    "description:alice": [substring],
    "description:*": ["gcloud ignores HTML tags and line breaks when testing presence"],
    #"labels.env:"prod""#: [substring],
  ]

  /// The rows sdgen refuses, with why.
  static let refused: [String: String] = [
    #"labels.goog-gke-node:"""#:
      #"gcloud's 'labels.goog-gke-node:""' keeps nearly every instance (any value with a letter or digit, and a missing one) at column 1"#,
    "status=RUNNING or status=STOPPING":
      "'or' is a bare word in gcloud, not an operator: gcloud keeps only instances with 'or' somewhere in them, and the API cannot express bare words at column 16",
    "machineType=e2-medium":
      "gcloud's '=' compares the whole URL in 'machineType' too, so 'machineType=e2-medium' matches nothing at column 1",
    "tags.items:web":
      "'tags.items' is a repeated field, and the Compute API rejects filters on repeated fields at column 1",
    "tags.items:(web edge)":
      "'tags.items' is a repeated field, and the Compute API rejects filters on repeated fields at column 1",
    "networkInterfaces[0].networkIP=10.128.0.11":
      "the Compute API cannot address list elements ('[…]') at column 1",
    "prod":
      "the bare word or function 'prod' matches anywhere in gcloud and has no Compute API form at column 1",
  ]

  @Test func gcloudEvaluatorAgreesWithGcloudOnEveryRow() throws {
    let data = try GcloudEngineData.load()
    for row in data.rows {
      let evaluator: GcloudFilterEvaluator
      do {
        evaluator = try GcloudFilterEvaluator(try GcloudFilter.parse(row.expression))
      } catch {
        #expect(row.kept == nil, "line \(row.line): \(row.expression) refused: \(error)")
        continue
      }
      #expect(row.kept != nil, "line \(row.line): \(row.expression) should be refused as gcloud refuses it")
      guard let kept = row.kept else { continue }
      #expect(data.names(keptBy: evaluator.matches) == kept, "line \(row.line): \(row.expression)")
    }
  }

  @Test func translationsToTheAPIKeepWhatGcloudKeeps() throws {
    let data = try GcloudEngineData.load()
    var tally = (exact: 0, approximate: 0, refused: 0)
    for row in data.rows {
      guard let kept = row.kept else { continue }
      if let message = Self.refused[row.expression] {
        tally.refused += 1
        #expect {
          try GcloudFilter.toAPI(row.expression)
        } throws: { error in
          (error as? FilterError)?.message == message && (error as? FilterError)?.help != nil
        }
        continue
      }
      let translation = try GcloudFilter.toAPI(row.expression)
      if let notes = Self.approximate[row.expression] {
        tally.approximate += 1
        #expect(Set(translation.approximations.map(\.reason)) == Set(notes), "line \(row.line): \(row.expression)")
        continue
      }
      tally.exact += 1
      #expect(translation.isExact, "line \(row.line): \(row.expression) -> \(translation.text)")
      let apiKept = data.names { FilterEvaluator.matches(translation.expr, $0) }
      #expect(apiKept == kept, "line \(row.line): \(row.expression) -> \(translation.text) is called exact")
    }
    print("gcloud-engine vectors, gcloud -> API: \(tally.exact) exact, \(tally.approximate) approximate, \(tally.refused) refused")
    #expect(tally.exact == 33 && tally.approximate == Self.approximate.count && tally.refused == Self.refused.count)
  }

  /// The API side of `filter-vectors.tsv` (inputs of api->gcloud rows, outputs of gcloud->api rows),
  /// translated to gcloud: where sdgen calls it exact, gcloud's semantics keep what the API's do.
  @Test func apiVectorsKeepTheSameInstancesInGcloud() throws {
    let data = try GcloudEngineData.load()
    var filters: [String] = []
    for vector in try FilterVector.all() where vector.expected != "ERROR" {
      filters.append(vector.direction == "api->gcloud" ? vector.input : vector.expected)
    }
    var tally = (exact: 0, approximate: 0, refused: 0)
    for filter in filters {
      guard let translation = try? APIFilter.toGcloud(filter) else {
        tally.refused += 1
        continue
      }
      guard translation.isExact else {
        tally.approximate += 1
        continue
      }
      tally.exact += 1
      let original = try APIFilter.parse(filter)
      let gcloud = try GcloudFilterEvaluator(try GcloudFilter.parse(translation.text))
      #expect(
        data.names { FilterEvaluator.matches(original, $0) } == data.names(keptBy: gcloud.matches),
        "\(filter) -> \(translation.text) is called exact")
    }
    print("filter-vectors API filters, API -> gcloud: \(tally.exact) exact, \(tally.approximate) approximate, \(tally.refused) refused")
    #expect(tally.exact > 0)
  }
}
