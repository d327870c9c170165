import { dirname } from 'node:path'
import ts from 'typescript'

/** A compiler error found in one of the checked files. */
export interface Problem {
  /** Absolute path of the file. */
  readonly file: string
  /** 1-based line in that file. */
  readonly line: number
  /** The compiler's message. */
  readonly message: string
}

/**
 * Type-checks `files` with the compiler options of `tsconfigPath` (its `include` is ignored) in one
 * program, and returns the problems found in those files only: errors inside the workspace
 * packages are their own test suites' business.
 */
export function typecheck(tsconfigPath: string, files: readonly string[]): Problem[] {
  const config = ts.readConfigFile(tsconfigPath, (path) => ts.sys.readFile(path))
  if (config.error !== undefined) throw new Error(flatten(config.error))
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(tsconfigPath))
  const program = ts.createProgram({ rootNames: [...files], options: parsed.options })
  const problems: Problem[] = []
  for (const diagnostic of [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
  ]) {
    problems.push({ file: tsconfigPath, line: 0, message: flatten(diagnostic) })
  }
  // Only the samples are checked: the package sources are type-checked once, by their own builds.
  for (const file of files) {
    const source = program.getSourceFile(file)
    if (source === undefined) throw new Error(`${file} is not part of the program`)
    for (const diagnostic of [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ]) {
      problems.push(at(diagnostic, source))
    }
  }
  return problems
}

function at(diagnostic: ts.Diagnostic, source: ts.SourceFile): Problem {
  const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
  return { file: source.fileName, line: line + 1, message: flatten(diagnostic) }
}

function flatten(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
}
