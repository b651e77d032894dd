// Action inputs -> one Settings object. Every check of an input's form happens here, before any work.
import * as core from '@actions/core'
import { isAbsolute, relative, resolve } from 'node:path'
import { MODES, type RequestedMode } from './mode.js'
import type { Credentials } from './tencent/client.js'
import { parseEndpoint, type Endpoint } from './tencent/endpoint.js'

export interface Settings {
  /** The members file as given, and as a path relative to the workspace (for git and annotations). */
  file: string
  filePath: string
  mode: RequestedMode
  base?: string
  credentials?: Credentials
  endpoint: Endpoint
  region?: string
  maxInvites: number
  rateLimit: number
  timeoutSeconds: number
  githubToken?: string
  comment: boolean
}

export class InputError extends Error {}

export function readSettings(workspace: string, env: NodeJS.ProcessEnv = process.env): Settings {
  // Masked first, so that no later message (or debug line) can print them.
  const secretId = core.getInput('secret-id') || env.TENCENTCLOUD_SECRET_ID || ''
  const secretKey = core.getInput('secret-key') || env.TENCENTCLOUD_SECRET_KEY || ''
  const token = core.getInput('session-token') || env.TENCENTCLOUD_SESSION_TOKEN || ''
  for (const secret of [secretId, secretKey, token]) if (secret) core.setSecret(secret)
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)

  const file = core.getInput('file') || 'members.yaml'
  const absolute = resolve(workspace, file)
  const filePath = relative(workspace, absolute)
  if (filePath.startsWith('..') || isAbsolute(filePath)) {
    throw new InputError(`file "${file}" is outside the workspace (${workspace}).`)
  }

  const mode = (core.getInput('mode') || 'auto').toLowerCase()
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError(`mode "${mode}" is not one of ${MODES.join(', ')}.`)
  }
  if ((secretId === '') !== (secretKey === '')) {
    throw new InputError(`${secretId ? 'secret-key' : 'secret-id'} is missing: give both secret-id and secret-key, or neither.`)
  }

  let endpoint: Endpoint
  try {
    endpoint = parseEndpoint(core.getInput('endpoint'))
  } catch (e) {
    throw new InputError((e as Error).message)
  }
  const region = core.getInput('region')
  const base = core.getInput('base')
  return {
    file,
    filePath,
    mode: mode as RequestedMode,
    ...(base ? { base } : {}),
    ...(secretId ? { credentials: { secretId, secretKey, ...(token ? { token } : {}) } } : {}),
    endpoint,
    ...(region ? { region } : {}),
    maxInvites: integerInput('max-invites', 50, 0),
    rateLimit: numberInput('rate-limit', 20, 0.1, 20),
    timeoutSeconds: numberInput('timeout', 15, 1, 300),
    ...(githubToken ? { githubToken } : {}),
    comment: booleanInput('comment', true)
  }
}

function integerInput(name: string, fallback: number, min: number): number {
  const value = numberInput(name, fallback, min, Number.MAX_SAFE_INTEGER)
  if (!Number.isInteger(value)) throw new InputError(`${name} must be a whole number, got "${core.getInput(name)}".`)
  return value
}

function numberInput(name: string, fallback: number, min: number, max: number): number {
  const text = core.getInput(name)
  if (text === '') return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new InputError(`${name} must be a number from ${min} to ${max}, got "${text}".`)
  }
  return value
}

function booleanInput(name: string, fallback: boolean): boolean {
  const text = core.getInput(name).toLowerCase()
  if (text === '') return fallback
  if (['true', 'yes', '1'].includes(text)) return true
  if (['false', 'no', '0'].includes(text)) return false
  throw new InputError(`${name} must be true or false, got "${text}".`)
}
