import Testing

@testable import SDCore
@testable import GCEKnowledge

@Suite("GCE project ids")
struct GCEProjectIDTests {
  @Test func validStandardIDs() {
    for text in [
      "acme-monitoring-prod", "ml-platform-a", "abcdef", "a23456789012345678901234567890",
    ] {
      let id = ProjectID(text)
      #expect(id.form == .standard)
      #expect(id.findings == [], "\(text)")
      #expect(id.isValid)
    }
  }

  @Test func projectNumberIsAnInfo() {
    let id = ProjectID("123456789012")
    #expect(id.form == .number)
    #expect(id.isValid)
    #expect(
      id.findings == [
        ProjectID.Finding(
          severity: .info,
          reason:
            "'123456789012' is a project number; the API accepts it, but __meta_gce_project will be "
            + "the number, so use the project id if relabel rules or dashboards expect the id")
      ])
  }

  @Test func twentyDigitsIsNotANumber() {
    let id = ProjectID("12345678901234567890")
    #expect(id.form == .standard)
    #expect(
      id.findings.map(\.reason) == [
        "project id '12345678901234567890' starts with '1'; a project id has 6 to 30 lower-case letters, digits and hyphens, starts with a letter and does not end with a hyphen"
      ])
  }

  @Test func domainScopedIDs() {
    let id = ProjectID("example.com:my-project")
    #expect(id.form == .domainScoped(domain: "example.com", name: "my-project"))
    #expect(id.findings == [])
    let bad = ProjectID("Example.com:my_project")
    #expect(!bad.isValid)
    #expect(
      bad.findings.map(\.reason) == [
        "project id 'Example.com:my_project' is not a valid domain-scoped id; write it as domain:project, "
          + "e.g. 'example.com:my-project', in lower case"
      ])
    #expect(!ProjectID("localhost:proj").isValid)
  }

  @Test func upperCaseUnderscoresAndSpaces() {
    let id = ProjectID("My_Project x")
    #expect(id.severities == [.error])
    #expect(
      id.findings.map(\.reason) == [
        "project id 'My_Project x' contains upper-case letters, '_' and a space; a project id has 6 to 30 lower-case letters, digits and hyphens, starts with a letter and does not end with a hyphen"
      ])
  }

  @Test func startEndAndLength() {
    #expect(
      ProjectID("1project").findings.map(\.reason) == [
        "project id '1project' starts with '1'; a project id has 6 to 30 lower-case letters, digits and hyphens, starts with a letter and does not end with a hyphen"
      ])
    #expect(
      ProjectID("-project").findings.map(\.reason) == [
        "project id '-project' starts with '-'; a project id has 6 to 30 lower-case letters, digits and hyphens, starts with a letter and does not end with a hyphen"
      ])
    #expect(
      ProjectID("project-").findings.map(\.reason) == [
        "project id 'project-' ends with a hyphen; a project id has 6 to 30 lower-case letters, digits and hyphens, starts with a letter and does not end with a hyphen"
      ])
    #expect(
      ProjectID("proj").findings.map(\.reason) == [
        "project id 'proj' has 4 characters; a project id has 6 to 30 lower-case letters, digits and hyphens, starts with a letter and does not end with a hyphen"
      ])
    #expect(ProjectID(String(repeating: "a", count: 31)).findings.count == 1)
  }

  @Test func emptyAndSpaces() {
    #expect(
      ProjectID("").findings.map(\.reason) == [
        "the project id is empty; set it to the id of the project"
      ])
    #expect(
      ProjectID(" my-project ").findings.map(\.reason) == [
        "project id ' my-project ' has spaces around it; write 'my-project'"
      ])
  }

  @Test func restrictedWords() {
    let google = ProjectID("my-google-app")
    #expect(google.severities == [.error])
    #expect(
      google.findings[0].reason
        == "project id 'my-google-app' contains 'google', which Google forbids; a project id has 6 to 30 lower-case letters, digits and hyphens, starts with a letter and does not end with a hyphen")
    let null = ProjectID("null-project")
    #expect(null.severities == [.warning])
    #expect(null.isValid)
    #expect(
      null.findings[0].reason
        == "project id 'null-project' contains 'null', which Google advises against; check it is intended"
    )
  }
}

extension ProjectID {
  fileprivate var severities: [Severity] { findings.map(\.severity) }
}
