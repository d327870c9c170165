import ts from 'typescript'

/**
 * The members of exported types, read from the sources by the compiler: the string literals of a
 * union type alias, or the property names of an interface. Imports are not followed, so only
 * types written out in the given file can be read.
 */
export function declaredMembers(file: string, typeName: string): string[] {
  const program = ts.createProgram({
    rootNames: [file],
    options: { noResolve: true, noLib: true, types: [], strict: true },
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)
  if (source === undefined) throw new Error(`cannot read ${file}`)
  const module = checker.getSymbolAtLocation(source)
  const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === typeName)
  if (symbol === undefined) throw new Error(`${file} exports no ${typeName}`)
  const type = checker.getDeclaredTypeOfSymbol(symbol)
  if (type.isUnion()) {
    return type.types.map((member) => {
      if (!member.isStringLiteral()) throw new Error(`${typeName} has a member that is no string`)
      return member.value
    })
  }
  return checker.getPropertiesOfType(type).map((property) => property.name)
}
