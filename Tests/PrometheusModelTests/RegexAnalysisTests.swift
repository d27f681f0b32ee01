import Testing

@testable import GoRegex
@testable import PrometheusModel

/// The regex questions lint rules ask: empty values, separator-wrapped values, finite value sets,
/// and `$1_suffix` references.
@Suite struct RegexAnalysisTests {
  private func regex(_ pattern: String, _ version: PrometheusVersion = .v2_42) throws -> RelabelRegex {
    try RelabelRegex(pattern, version: version)
  }

  @Test func emptyValues() throws {
    #expect(try regex("(.*)").matchesEmpty)
    #expect(try regex("").matchesEmpty)
    #expect(try regex(".+").matchesEmpty == false)
    #expect(try regex("prod").matchesEmpty == false)
  }

  @Test(arguments: [
    ("web", false), (".*,web,.*", true), (",web,", true), ("web|db", false), ("(.*)", true), ("", false),
    ("[a-z]+", false), ("[^x]*", true), ("\\pL.*", false), ("(?i)WEB", false), (".*web.*", true),
    (",(web|db),", true), ("^,.*", true), ("\\p{Greek}+", false), (",.+,", true), ("[[:alpha:],]+", true),
  ])
  func separatorWrappedValues(pattern: String, canMatch: Bool) throws {
    #expect(try regex(pattern).canMatch(prefix: ",", suffix: ",") == canMatch)
  }

  @Test func multiCharacterSeparatorsAndNewlines() throws {
    #expect(try regex("::a::").canMatch(prefix: "::", suffix: "::"))
    #expect(try regex(":a:").canMatch(prefix: "::", suffix: "::") == false)
    #expect(try regex("a.*b").canMatch(prefix: "a\n", suffix: "b") == false)
    #expect(try regex("a.*b", .v3_0).canMatch(prefix: "a\n", suffix: "b"))
    #expect(try regex("x.*").canMatch(prefix: "", suffix: ""))
  }

  @Test func surrogateEscapesMatchNoValue() throws {
    // Go accepts \x{D800} but no label value holds a surrogate: no values, and the shape search copes.
    #expect(try regex("a\\x{D800}").finiteValues() == [])
    #expect(try regex("[\\x{D000}-\\x{D800}]").matchesEmpty == false)
    #expect(try regex("[\\x{D7FF}-\\x{D800}]").canMatch(prefix: ",", suffix: ",") == false)
    #expect(try regex(",[\\x{D7FF}-\\x{D800}],").canMatch(prefix: ",", suffix: ","))
  }

  @Test func literalAndFiniteValues() throws {
    #expect(try regex("RUNNING").literalValue == "RUNNING")
    #expect(try regex("RUN.ING").literalValue == nil)
    #expect(try regex("RUNNING|STAGING").finiteValues() == ["RUNNING", "STAGING"])
    #expect(try regex("web-[12]").finiteValues() == ["web-1", "web-2"])
    #expect(try regex("a(b)?").finiteValues() == ["a", "ab"])
    #expect(try regex("a.*").finiteValues() == nil)
    #expect(try regex("(?i)a").finiteValues() == nil)
    #expect(try regex("[a-z]{3}").finiteValues() == nil)
    let statuses = ["PROVISIONING", "STAGING", "RUNNING", "STOPPING", "TERMINATED"]
    #expect(try regex("Running").matchesAny(of: statuses) == false)
    #expect(try regex("RUNNING|STOPPED").matchesAny(of: statuses))
  }

  @Test func ambiguousGroupReferences() {
    let found = AmbiguousTemplateReference.find(in: "$1_vm:${2}_x:$$3_y:$host_1:$10abc")
    #expect(
      found == [
        AmbiguousTemplateReference(offset: 0, length: 5, written: "$1_vm", replacement: "${1}_vm", group: "1"),
        AmbiguousTemplateReference(offset: 27, length: 6, written: "$10abc", replacement: "${10}abc", group: "10"),
      ])
    #expect(AmbiguousTemplateReference.find(in: "${1}_vm") == [])
    #expect(
      AmbiguousTemplateReference.find(in: "$host_vm:$host:$port_x", groupNames: ["", "host", "host_v"]) == [
        AmbiguousTemplateReference(
          offset: 0, length: 8, written: "$host_vm", replacement: "${host_v}m", group: "host_v")
      ])
    #expect(
      AmbiguousTemplateReference.find(in: "$host_vm", groupNames: ["", "host"]).map(\.replacement) == ["${host}_vm"])
    #expect(AmbiguousTemplateReference.find(in: "$01x") == [])
    #expect(AmbiguousTemplateReference.find(in: "$1") == [])
    #expect(
      AmbiguousTemplateReference.find(in: "é$1é") == [
        AmbiguousTemplateReference(offset: 1, length: 3, written: "$1é", replacement: "${1}é", group: "1")
      ])
  }

  @Test func ambiguousReferencePrefilter() {
    for template in ["", "$1", "x-$1-$2", "${10}_vm", "$$12", "$a$b", "$1 costs $$1_x"] {
      #expect(!AmbiguousTemplateReference.mayOccur(in: template), "\(template)")
    }
    for template in ["$1_vm", "x-$team_x", "$10", "é$1é", "$$$12"] {
      #expect(AmbiguousTemplateReference.mayOccur(in: template), "\(template)")
    }
    for template in ["$1_vm:${2}_x", "$host_vm", "é$1é", "a$10abc"]
    where !AmbiguousTemplateReference.find(in: template, groupNames: ["", "host"]).isEmpty {
      #expect(AmbiguousTemplateReference.mayOccur(in: template), "\(template)")
    }
  }
}
