import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './support/action-runner.js'
import { ApiError } from '../src/tencent/api-error.js'
import { CATALOGUE, explain } from '../src/tencent/errors.js'
import { classify } from '../src/tencent/retry.js'
import { Pacer } from '../src/tencent/pacer.js'

// A copy of shared/spec/InviteOrganizationMember.md, the API reference the catalogue must cover.
const spec = readFileSync(join(ROOT, '__tests__', 'fixtures', 'InviteOrganizationMember.md'), 'utf8')
const table = [...spec.matchAll(/^((?:FailedOperation|InternalError|InvalidParameter|LimitExceeded|ResourceNotFound|UnsupportedOperation)[\w.]*) \| (.*?) \|$/gm)].map(
  (m) => [m[1]!, m[2]!.trim()] as const
)

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
    for (const code of [
      'AuthFailure.SignatureFailure',
      'AuthFailure.SecretIdNotFound',
      'AuthFailure.Unlisted',
      'ResourceNotFound.OrganizationNotExist',
      'ResourceNotFound.OrganizationServiceNotExist',
      'LimitExceeded.OrganizationMemberOverLimit',
      // Organization-wide: no later invitation can pass it either.
      'LimitExceeded.InvitationOverLimit',
      'InvalidAction',
      'ActionOffline'
    ]) {
      expect(explain(code).action).toBe('stop')
    }
    // Backend errors on a write are not retried: the retry's InvitationExist would hide a half-done invitation.
    for (const code of ['FailedOperation.CreateBillingPermissionErr', 'FailedOperation.OperateBillingPermissionErr', 'UnsupportedOperation.ManagementSystemError']) {
      expect(explain(code).action).toBe('fail')
    }
    for (const code of ['FailedOperation.MemberNameUsed', 'InvalidParameter', 'InvalidParameter.TagError', 'UnsupportedOperation.MemberIsAgent', 'Totally.Unknown']) {
      expect(explain(code).action).toBe('fail')
    }
    expect(explain('AuthFailure.SignatureFailure').hint).toContain('secret-key')
  })

  test("covers every code of each action it calls, as the SDK's per-action lists give them, each with its own row", () => {
    const lists = JSON.parse(readFileSync(join(ROOT, '__tests__', 'fixtures', 'error-codes.json'), 'utf8')) as {
      actions: Record<string, string[]>
      descriptions: Record<string, string>
    }
    // Reconcile's writes too: UpdateOrganizationMember, MoveOrganizationNodeMembers, the Tag service's ModifyResourceTags, DeleteOrganizationMembers.
    for (const action of [
      'InviteOrganizationMember',
      'DescribeOrganizationMembers',
      'DescribeOrganizationNodes',
      'UpdateOrganizationMember',
      'MoveOrganizationNodeMembers',
      'ModifyResourceTags',
      'DeleteOrganizationMembers'
    ]) {
      for (const code of lists.actions[action]!) {
        expect([action, code, CATALOGUE[code] !== undefined]).toEqual([action, code, true])
        expect(explain(code).description.replace(/\.$/, '')).toBe(lists.descriptions[code]!.replace(/\.$/, ''))
      }
    }
    expect(explain('ResourceNotFound.OrganizationServiceNotExist').hint).toContain('enable')
    // A write's refusal fails that write alone, and says what to do where there is something to do.
    for (const code of [
      'FailedOperation.ChangePermissionRecordExist',
      'FailedOperation.SomeUinsNotInOrganization',
      'InvalidParameterValue.ResourceDescriptionError',
      'LimitExceeded.TagKey'
    ]) {
      expect(explain(code).action).toBe('fail')
    }
    expect(explain('InvalidParameterValue.ResourceDescriptionError').hint).toContain('region')
    expect(explain('InvalidParameter.AllowQuitIllegal').hint).toContain('IsAllowQuit: Denied')
    // A refused removal says what has to happen first.
    const fixture = JSON.parse(readFileSync(join(ROOT, '__tests__', 'fixtures', 'error-codes.json'), 'utf8')) as { actions: Record<string, string[]> }
    for (const code of fixture.actions.DeleteOrganizationMembers!.filter(
      (c) => /^(FailedOperation|UnsupportedOperation)\./.test(c) && c !== 'FailedOperation.OperateBillingPermissionErr'
    )) {
      expect([code, explain(code).hint]).toEqual([code, expect.stringMatching(/first|cannot|keep it/i)])
    }
  })

  test('an answer with no code is transient unless it is a 4xx page', () => {
    expect(classify(new ApiError('The request timed out.', undefined, undefined, undefined))).toMatchObject({ code: 'NetworkError', action: 'retry' })
    expect(classify(new ApiError('Bad Gateway', undefined, undefined, 502))).toMatchObject({ code: 'HTTP 502', action: 'retry' })
    expect(classify(new ApiError('Forbidden', undefined, undefined, 403))).toMatchObject({ code: 'HTTP 403', action: 'fail' })
  })
})

describe('the pacer', () => {
  test('no window of one second (plus margin) ever holds more than the rate, counted at the moment of leaving', async () => {
    const pacer = new Pacer(20)
    const times: number[] = []
    // Turns are taken concurrently, as invitations do; a late caller must not squeeze the window.
    await Promise.all(
      Array.from({ length: 45 }, async (_, i) => {
        if (i === 10) await new Promise((r) => setTimeout(r, 120))
        times.push(await pacer.turn())
      })
    )
    expect(times).toHaveLength(45)
    times.sort((a, b) => a - b)
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(50)
    for (let i = 20; i < times.length; i++) expect(times[i]! - times[i - 20]!).toBeGreaterThanOrEqual(1030)
  })

  test('once closed, waiting and later turns resolve at once', async () => {
    const pacer = new Pacer(1)
    await pacer.turn()
    const waiting = Promise.all([pacer.turn(), pacer.turn(), pacer.turn()])
    const started = Date.now()
    pacer.close()
    await waiting
    await pacer.turn()
    // One turn may finish the sleep it had begun (a second at this rate); none waits for its own slot.
    expect(Date.now() - started).toBeLessThan(1500)
  })

  test('a rate below one per second spaces single requests', async () => {
    const pacer = new Pacer(4)
    const start = Date.now()
    await pacer.turn()
    await pacer.turn()
    expect(Date.now() - start).toBeGreaterThanOrEqual(249)
  })
})
