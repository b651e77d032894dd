import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './support/action-runner.js'
import { ApiError } from '../src/tencent/api-error.js'
import { CATALOGUE, explain } from '../src/tencent/errors.js'
import { classify, pacing } from '../src/tencent/invite.js'

// A copy of shared/spec/InviteOrganizationMember.md, the API reference the catalogue must cover.
const spec = readFileSync(join(ROOT, '__tests__', 'fixtures', 'InviteOrganizationMember.md'), 'utf8')
const table = [...spec.matchAll(/^((?:FailedOperation|InternalError|InvalidParameter|LimitExceeded|ResourceNotFound|UnsupportedOperation)[\w.]*) \| (.*?) \|$/gm)].map((m) => [m[1]!, m[2]!.trim()] as const)

describe('the error catalogue', () => {
  test('covers every code of the API reference, with its description', () => {
    expect(table.length).toBe(50)
    for (const [code, description] of table) {
      expect(CATALOGUE[code]).toBeDefined()
      expect(explain(code).description.replace(/\.$/, '')).toBe(description.replace(/\.$/, ''))
    }
  })

  test('says what a run does about each kind of code', () => {
    expect(explain('FailedOperation.InvitationExist').action).toBe('already-invited')
    expect(explain('FailedOperation.ReSentInvitation').action).toBe('already-invited')
    expect(explain('FailedOperation.OrganizationMemberExist').action).toBe('already-member')
    for (const code of ['RequestLimitExceeded', 'RequestLimitExceeded.UinLimitExceeded', 'InternalError', 'InternalError.Whatever']) {
      expect(explain(code).action).toBe('retry')
    }
    for (const code of ['AuthFailure.SignatureFailure', 'AuthFailure.SecretIdNotFound', 'AuthFailure.Unlisted', 'ResourceNotFound.OrganizationNotExist', 'LimitExceeded.OrganizationMemberOverLimit']) {
      expect(explain(code).action).toBe('stop')
    }
    for (const code of ['FailedOperation.MemberNameUsed', 'InvalidParameter', 'InvalidParameter.TagError', 'LimitExceeded.InvitationOverLimit', 'UnsupportedOperation.MemberIsAgent', 'Totally.Unknown']) {
      expect(explain(code).action).toBe('fail')
    }
    expect(explain('AuthFailure.SignatureFailure').hint).toContain('secret-key')
  })

  test('an answer with no code is transient unless it is a 4xx page', () => {
    expect(classify(new ApiError('The request timed out.', undefined, undefined, undefined))).toMatchObject({ code: 'NetworkError', action: 'retry' })
    expect(classify(new ApiError('Bad Gateway', undefined, undefined, 502))).toMatchObject({ code: 'HTTP 502', action: 'retry' })
    expect(classify(new ApiError('Forbidden', undefined, undefined, 403))).toMatchObject({ code: 'HTTP 403', action: 'fail' })
  })
})

describe('pacing', () => {
  test('stays under the rate with a margin, in any one-second window', () => {
    expect(pacing(20)).toEqual({ interval: 51 })
    expect(pacing(5)).toEqual({ interval: 204 })
    expect(pacing(0.5)).toEqual({ interval: 2040 })
    // Twenty sends then span more than a second, so no one-second window can hold twenty-one.
    expect(20 * pacing(20).interval).toBeGreaterThan(1000)
  })
})
