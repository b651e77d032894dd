import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './support/action-runner.js'
import { ApiError } from '../src/organization/api-error.js'
import { CATALOGUE, explain } from '../src/organization/errors.js'
import { classify } from '../src/organization/retry.js'
import { Pacer } from '../src/organization/pacer.js'
import { actionOf } from '../src/organization/departures.js'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

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
    // Reconcile's writes too: UpdateOrganizationMember, MoveOrganizationNodeMembers, the Tag service's ModifyResourceTags, DeleteOrganizationMembers;
    // the node actions (nodes as code), DescribeOrganization, and the Tag service's read of members' tags.
    for (const action of [
      'InviteOrganizationMember',
      'DescribeOrganizationMembers',
      'DescribeOrganizationNodes',
      'DescribeOrganization',
      'UpdateOrganizationMember',
      'MoveOrganizationNodeMembers',
      'ModifyResourceTags',
      'DeleteOrganizationMembers',
      'AddOrganizationNode',
      'UpdateOrganizationNode',
      'DeleteOrganizationNodes',
      'DescribeResourceTagsByResourceIds'
    ]) {
      expect([action, lists.actions[action]?.length ?? 0]).toEqual([action, expect.any(Number)])
      expect(lists.actions[action]!.length).toBeGreaterThan(2)
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

  test('node changes: a refusal fails that node alone and says what to do; a full organization stops the run', () => {
    const fixture = JSON.parse(readFileSync(join(ROOT, '__tests__', 'fixtures', 'error-codes.json'), 'utf8')) as { actions: Record<string, string[]> }
    const nodeCodes = new Set(
      ['AddOrganizationNode', 'UpdateOrganizationNode', 'DeleteOrganizationNodes'].flatMap((a) => fixture.actions[a]!).filter((c) => /^(FailedOperation|LimitExceeded)\./.test(c))
    )
    expect(nodeCodes.size).toBeGreaterThanOrEqual(9)
    for (const code of nodeCodes) expect([code, explain(code).hint]).toEqual([code, expect.stringMatching(/\w/)])
    for (const code of [
      'FailedOperation.OrganizationNodeNameUsed',
      'LimitExceeded.NodeDepthExceedLimit',
      'FailedOperation.NodeNotEmpty',
      'FailedOperation.OrganizationNodeNotEmpty'
    ]) {
      expect(explain(code).action).toBe('fail')
    }
    expect(explain('LimitExceeded.NodeExceedLimit').action).toBe('stop')
    expect(explain('FailedOperation.NodeNotEmpty').hint).toContain('move them')
    expect(explain('FailedOperation.OrganizationNodeNotEmpty').hint).toContain('child nodes')
    // Reading members' tags: a wrong region is wrong for every member.
    expect(explain('InvalidParameterValue.RegionInvalid')).toMatchObject({ action: 'stop', hint: expect.stringContaining('region') })
    expect(explain('InvalidParameterValue.ResourceIdInvalid').action).toBe('fail')
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
    // A quarter of the even spacing (50 ms at 20 per second) between any two.
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(12)
    for (let i = 20; i < times.length; i++) expect(times[i]! - times[i - 20]!).toBeGreaterThanOrEqual(1030)
    // A window's worth goes out in about a quarter second, not spread over the whole second.
    expect(times[19]! - times[0]!).toBeLessThan(1000)
  })

  test('a request that leaves late moves its window: the 21st waits for a second after it actually left', async () => {
    const pacer = new Pacer(20)
    const first = await pacer.turn()
    pacer.left(first + 200)
    const times: number[] = []
    for (let i = 0; i < 20; i++) times.push(await pacer.turn())
    expect(times.at(-1)! - first).toBeGreaterThanOrEqual(200 + 1030)
    // The rest of the first window was not held back.
    expect(times[18]! - first).toBeLessThan(1030)
  })

  test("departures come from the runtime's fetch, matched by the X-TC-Action header", async () => {
    const server = createServer((req, res) => req.resume().on('end', () => res.end('{}')))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
      const pacer = new Pacer(20, { action: 'DescribeSomething' })
      const other = new Pacer(20, { action: 'SomethingElse' })
      const first = await pacer.turn()
      const otherFirst = await other.turn()
      // The request leaves 150 ms after its turn (a slow first connection, say).
      await new Promise((r) => setTimeout(r, 150))
      await (await fetch(url, { method: 'POST', headers: { 'X-TC-Action': 'DescribeSomething' }, body: '{}' })).text()
      const times: number[] = []
      for (let i = 0; i < 20; i++) times.push(await pacer.turn())
      expect(times.at(-1)! - first).toBeGreaterThanOrEqual(150 + 1030)
      // The other action's pacer heard nothing of it.
      const others: number[] = []
      for (let i = 0; i < 20; i++) others.push(await other.turn())
      expect(others.at(-1)! - otherFirst).toBeLessThan(150 + 1030 + 1000)
      pacer.close()
      other.close()
    } finally {
      server.close()
    }
  })

  test('RequestLimitExceeded answers slow the pace: the first widens the window, a second evens out the spacing', async () => {
    const pacer = new Pacer(20)
    const throttled = () => pacer.paced(() => Promise.reject(new ApiError('slow down', 'RequestLimitExceeded', undefined, undefined)))
    await expect(pacer.paced(() => Promise.reject(new ApiError('boom', 'InternalError', undefined, undefined)))).rejects.toThrow('boom')
    await expect(throttled()).rejects.toThrow('slow down')
    expect(pacer.evened).toBe(false)
    // 20 turns after the throttled one: the 21st waits for a window widened by 50 ms.
    const times: number[] = []
    for (let i = 0; i < 21; i++) times.push(await pacer.turn())
    expect(times[20]! - times[0]!).toBeGreaterThanOrEqual(1080)
    await expect(throttled()).rejects.toThrow('slow down')
    expect(pacer.evened).toBe(true)
    const a = await pacer.turn()
    const b = await pacer.turn()
    expect(b - a).toBeGreaterThanOrEqual(50)
    await expect(pacer.paced(async () => 'answer')).resolves.toBe('answer')
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

  test('a small rate: a window holds at most the rate, a quarter of the even spacing apart', async () => {
    const pacer = new Pacer(4)
    const times: number[] = []
    for (let i = 0; i < 5; i++) times.push(await pacer.turn())
    for (let i = 1; i < 5; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(62)
    expect(times[4]! - times[0]!).toBeGreaterThanOrEqual(1030)
  })

  test('below one per second, single requests are spaced evenly', async () => {
    const pacer = new Pacer(0.8)
    const a = await pacer.turn()
    const b = await pacer.turn()
    expect(b - a).toBeGreaterThanOrEqual(1249)
  })
})

describe('actionOf', () => {
  test('reads X-TC-Action from a raw header block or a flat array, and nothing else', () => {
    expect(actionOf('POST / HTTP/1.1\r\nhost: x\r\nX-TC-Action: InviteOrganizationMember\r\n')).toBe('InviteOrganizationMember')
    expect(actionOf(['host', 'x', 'x-tc-action', 'DescribeOrganizationMembers'])).toBe('DescribeOrganizationMembers')
    expect(actionOf('POST / HTTP/1.1\r\nhost: x\r\n')).toBeUndefined()
    expect(actionOf(undefined)).toBeUndefined()
  })
})
