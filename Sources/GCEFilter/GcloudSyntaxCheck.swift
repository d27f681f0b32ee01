/// The answer to "is this API filter written in gcloud syntax?".
package enum GcloudSyntaxCheck: Sendable, Hashable {
  /// Valid API syntax, or not valid gcloud syntax either.
  case notGcloud
  /// gcloud syntax with this API translation.
  case translatable(FilterTranslation)
  /// gcloud syntax the API cannot express, and why.
  case untranslatable(FilterError)
}
