// The library product: one import gives a user the public API (the linter, the renderer, the filter
// translators, the simulator, their inputs and results), whichever module of the pipeline they live in.
// Every module is re-exported, also those with few or no public declarations (SDYAML, GoRegex,
// GCEKnowledge), for the `sdgen` command, which uses their `package` declarations through this import.
@_exported import GCEFilter
@_exported import GCEKnowledge
@_exported import GoRegex
@_exported import PrometheusModel
@_exported import SDCore
@_exported import SDJSON
@_exported import SDLint
@_exported import SDRender
@_exported import SDReport
@_exported import SDSimulate
@_exported import SDYAML
