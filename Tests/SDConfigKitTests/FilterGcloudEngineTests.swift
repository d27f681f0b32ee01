import Testing

@testable import SDConfigKit

/// sdgen against gcloud's own filter engine (`../shared/data/gcloud-engine/`).
@Suite struct FilterGcloudEngineTests {
  @Test func gcloudEvaluatorAgreesWithGcloudOnEveryRow() throws {
    guard let data = try GcloudEngineData.load() else { return }
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
    guard let data = try GcloudEngineData.load() else { return }
    var tally = (exact: 0, approximate: 0, refused: 0)
    for row in data.rows {
      guard let kept = row.kept else { continue }
      let translation: FilterTranslation
      do {
        translation = try GcloudFilter.toAPI(row.expression)
      } catch {
        tally.refused += 1
        print("REFUSED line \(row.line): \(row.expression) :: \(error)")
        continue
      }
      let apiKept = data.names { FilterEvaluator.matches(translation.expr, $0) }
      if translation.isExact {
        tally.exact += 1
        #expect(apiKept == kept, "line \(row.line): \(row.expression) -> \(translation.text) is called exact")
        if apiKept != kept { print("WRONG line \(row.line): \(row.expression) -> \(translation.text)") }
      } else {
        tally.approximate += 1
        print("APPROX line \(row.line): \(row.expression) -> \(translation.text) :: \(translation.approximations.map(\.reason)) same=\(apiKept == kept)")
      }
    }
    print("gcloud-engine vectors, gcloud -> API: \(tally.exact) exact, \(tally.approximate) approximate, \(tally.refused) refused")
  }
}
