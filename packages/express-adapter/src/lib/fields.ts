import { type FieldSpec, type FieldValues, readFields, readJsonBody } from '@sesame/server'
import type { Request, Response } from 'express'
import { sesameRequest } from './request'

/** Reads the JSON body (once: later middleware reuse it as `req.body`) and the named fields; throws a refusal. */
export async function readExpressFields<const Spec extends Record<string, FieldSpec>>(
  req: Request,
  res: Response,
  spec: Spec,
): Promise<FieldValues<Spec>> {
  const body = await readJsonBody(sesameRequest(req, res))
  req.body = body
  ;(req as { _body?: boolean })._body = true
  return readFields(body, spec)
}
