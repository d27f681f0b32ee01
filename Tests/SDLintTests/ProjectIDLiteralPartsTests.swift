import Testing

@testable import SDCore
@testable import GCEKnowledge
@testable import SDLint

/// A value with a templating placeholder is judged by its literal parts alone.
@Suite struct ProjectIDLiteralPartsTests {
  private static func reasons(_ text: String) -> [String] {
    let placeholders = Placeholders(SourceText(path: "", text: text)).all.map(\.bytes)
    return ProjectID.literalFindings(of: text, placeholders: placeholders).map(\.reason)
  }

  @Test func aPlaceholderAloneOrBetweenValidPartsIsFine() {
    #expect(Self.reasons("${PROJECT}").isEmpty)
    #expect(Self.reasons("ml-${ENV}-platform").isEmpty)
    #expect(Self.reasons("{{ .Values.project }}").isEmpty)
    #expect(Self.reasons("${A}${B}").isEmpty)
  }

  @Test func literalPartsThatProveAMistakeAreReportedOnce() {
    #expect(
      Self.reasons("ML_Platform_${ENV}") == [
        "project id 'ML_Platform_${ENV}' contains upper-case letters and '_' outside its placeholders; a project id has 6 to 30 lower-case letters, digits and hyphens, starts with a letter and does not end with a hyphen"
      ])
    #expect(
      Self.reasons("1-${ENV}-") == [
        "project id '1-${ENV}-' starts with '1' and ends with a hyphen outside its placeholders; a project id has 6 to 30 lower-case letters, digits and hyphens, starts with a letter and does not end with a hyphen"
      ])
  }
}
