import type { Request, Response } from 'express'
import { sendProblem } from '../problem'
import { readJsonBody, stringField } from './body'

/**
 * Reads the JSON body and the named string fields (each bounded), answering the matching problem
 * (415, 413, 400 naming the field) and resolving null when the request cannot go on.
 */
export async function readFields<Name extends string>(
  req: Request,
  res: Response,
  fields: Readonly<Record<Name, { max: number; optional?: boolean }>>,
): Promise<Record<Name, string | undefined> | null> {
  const read = await readJsonBody(req)
  if (!read.ok) {
    // After a 413 the rest of an oversize upload is not worth reading: close the connection.
    const headers: Record<string, string> =
      read.code === 'payload_too_large' ? { Connection: 'close' } : {}
    sendProblem(req, res, read.code, read.extensions, headers)
    return null
  }
  const values = {} as Record<Name, string | undefined>
  for (const name of Object.keys(fields) as Name[]) {
    const spec = fields[name]
    const result = stringField(read.body, name, spec.max)
    if (result.ok) values[name] = result.value
    else if (result.reason === 'missing' && spec.optional) values[name] = undefined
    else {
      sendProblem(req, res, 'invalid_field', {
        field: name,
        errors: [{ field: name, reason: result.reason }],
      })
      return null
    }
  }
  return values
}
