import SDCore
import GCEFilter

/// `gce/gcloud-syntax`: a `filter` written in gcloud `--filter` syntax, which the Compute API rejects.
package struct GCEGcloudSyntaxRule: GCEFilterFindingRule {
  package init() {}

  package let info = RuleInfo(
    id: .gceGcloudSyntax,
    summary: "A gce_sd_configs filter is written in gcloud --filter syntax instead of the Compute API's.",
    rationale: """
      gcloud filters on the client with its own language (`status=RUNNING`, `~`, `:`, `tags.items=…`), \
      so a filter that works in `gcloud compute instances list` is no evidence the API accepts it. \
      Prometheus passes the filter to the API verbatim, the API answers HTTP 400, and the job discovers \
      nothing. When the translation is exact, `sdgen lint --fix` rewrites the value.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: ↓status=RUNNING AND labels.role=(node web)
      """),
    .clean(
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: '(status = "RUNNING") AND (labels.role = "node")'
      """),
  ]

  let kinds: Set<FilterFinding.Kind> = [.gcloudSyntax]

  package func check(_ context: LintContext) -> [Diagnostic] { filterDiagnostics(context) }

  /// The API translation replacing the whole value: safe when every term translates exactly.
  func fixes(for finding: FilterFinding, in filter: String, locator: GCEFilterLocator) -> [Fix] {
    guard case .translatable(let translation) = GcloudFilter.check(filter),
      let edit = locator.wholeValueEdit(translation.text)
    else { return [] }
    return [Fix(title: "write the API filter \(translation.text)", edits: [edit], isSafe: translation.isExact)]
  }
}
