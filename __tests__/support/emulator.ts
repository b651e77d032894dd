// A local stand-in for the Tencent Cloud Organization API (version 2021-03-31), good enough for
// the official `tencentcloud-sdk-nodejs` client to talk to it unchanged. It checks TC3-HMAC-SHA256
// signatures for real, keeps a small organization in memory, enforces the per-action rate limit
// and can inject the transient faults that retry logic has to survive. STS (for OIDC sign-in) answers on the
// same port; its logic is in emulator-sts.ts.
import { createHash, createHmac, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { checkRequest, checkResponse, errorCodeFor, formatViolations } from './api-spec.js'
import type { Service, SpecViolation } from './api-spec.js'
import { ArrivalClock } from './emulator-clock.js'
import { ApiError } from './emulator-error.js'
import { NodeTree, type EmuNode, type EmuTag, type NodeRules } from './emulator-nodes.js'
import { STS_ACTION, StsService, type IssuedCredential, type WebIdentityConfig } from './emulator-sts.js'

export { ApiError }
export type { SpecViolation, EmuNode, EmuTag }
export * from './emulator-sts.js'

export const DEFAULT_SECRET_ID = 'AKIDEMULATOR0000000000000000000000'
export const DEFAULT_SECRET_KEY = 'emulator-secret-key-0000000000000000'
export const API_VERSION = '2021-03-31'
/** Signatures older or newer than this are rejected, as the real gateway does. */
export const MAX_CLOCK_SKEW_SECONDS = 300

export interface EmuMember {
  MemberUin: number
  Name: string
  NodeId: number
  PermissionIds?: number[]
  PolicyType?: string
  Remark?: string
  IsAllowQuit?: string
  PayUin?: string
  MemberType?: 'Invite' | 'Create'
  PermissionStatus?: 'Confirmed' | 'UnConfirmed'
  Tags?: EmuTag[]
  /** When the account joined; answered as CreateTime (the SDK's OrgMember has no JoinTime). */
  JoinTime?: string
  /** Set by console-style edits (editMember); answered as UpdateTime. */
  UpdateTime?: string
  PayName?: string
  NickName?: string
  BindStatus?: 'Unbound' | 'Valid' | 'Success' | 'Failed'
  /** Roles that block a removal until cleared (DeleteOrganizationMembers' preconditions). */
  DelegatedAdmin?: boolean
  SharesResources?: boolean
  EntityAdmin?: boolean
}
/** What became of an invitation that is no longer open. */
export type InvitationOutcome = 'accepted' | 'declined' | 'lapsed'
/** A console edit: any field the console can change on a member. */
export type MemberEdit = Partial<Pick<EmuMember, 'Name' | 'NodeId' | 'PermissionIds' | 'PolicyType' | 'Remark' | 'IsAllowQuit' | 'PayUin' | 'Tags' | 'PermissionStatus'>>
/** The parsed body of an accepted InviteOrganizationMember call. */
export interface InviteBody {
  MemberUin: number
  Name: string
  PolicyType: string
  PermissionIds: number[]
  NodeId: number
  Remark?: string
  IsAllowQuit?: string
  PayUin?: string
  Tags?: EmuTag[]
  [key: string]: unknown
}
/** `at`: when it was sent, on the emulator's clock (Date.now() plus advanceClock's offset). */
export interface InvitedRecord {
  uin: number
  body: InviteBody
  at: number
  requestId: string
}

/** All but `lost-answer` strike before any state change; `lost-answer` does the work, then drops the connection. */
export type FaultKind = 'internal-error' | 'http-502' | 'reset' | 'throttle' | 'hang' | 'lost-answer'
export interface FaultConfig {
  rate: number
  kinds: FaultKind[]
  seed?: number
  actions?: string[]
}

export interface RecordedRequest {
  action: string
  body: Record<string, unknown>
  headers: Record<string, string>
  /** When the request arrived (before its body was read): the time the rate limit counts. */
  at: number
  /** 'ok', the error code returned, or the transport-level fault that was applied. */
  outcome: string
  /** Set when the outcome came from injected faults (setFaults/failNext) rather than real logic. */
  fault?: FaultKind
  requestId?: string
  secretId?: string
}

export interface EmulatorOptions {
  secretId?: string
  secretKey?: string
  sessionToken?: string
  rateLimit?: number
  /**
   * How the limit counts. The documentation says only "20 requests per second"; the default reads it as strictly as
   * it can be read: no rolling one-second window may hold more. `{ bucket: n }` is the other common reading, a token
   * bucket of n refilled at the rate, which refuses bursts the window allows (for the pacer's fallback).
   */
  rateModel?: 'window' | { bucket: number }
  latencyMs?: number
  nodes?: EmuNode[]
  members?: EmuMember[]
  host?: string
  port?: number
  /**
   * How long an invitation stays open (default 14 days, what the Control Center documentation says of the
   * invitation email; the Organization documentation gives no number). Time passes with advanceClock() too.
   */
  invitationTtlMs?: number
  /** The management account: DescribeOrganization's HostUin. */
  managementUin?: number
  orgId?: number
  /**
   * Whether DescribeOrganizationMembers lists the management account (undocumented; default false). When true, the
   * account is one of `members`, with MemberType Create.
   */
  listsManagementAccount?: boolean
  /**
   * Every request is checked against the vendored api.json (__tests__/fixtures/api/) and refused as the real API
   * refuses it; every answer is checked too. Each violation is recorded in `specViolations`, and close() throws when
   * there are any: a test that sends a malformed request on purpose (with the raw SDK) says so with this option.
   */
  allowSpecViolations?: boolean

  // ---- what the documentation leaves open: each reading can be chosen, the default is the one named ----

  /** Undocumented: a node's name is unique among its siblings ('siblings', default) or in the whole organization. */
  nodeNameScope?: 'siblings' | 'organization'
  /**
   * How deep a node may be, the root's children at depth 1 (default 5). The console documentation says departments
   * go "at most 5 levels" without saying whether the root is one of them: 5 models five below the root, 4 counts it.
   */
  maxNodeDepth?: number
  /** Undocumented: how many nodes the organization may hold, the root included (default 1000). */
  maxNodes?: number
  /** Undocumented: how many NodeIds one DeleteOrganizationNodes may name (default 10). */
  maxDeleteNodesPerCall?: number
  /**
   * Undocumented: how many MemberUin one MoveOrganizationNodeMembers may carry (default 50, the page size of the
   * member list). More is refused with InvalidParameter, the one code of the action's list about the request itself.
   */
  maxMoveBatch?: number
  /** Undocumented, as maxMoveBatch, for DeleteOrganizationMembers (default 50; refused with InvalidParameter). */
  maxDeleteMembersBatch?: number
  /**
   * Undocumented: UpdateOrganizationMember with `Remark: ""` clears the remark (true, default: the value sent is the
   * value kept) or leaves it unchanged (false: an empty string reads as "not sent", as some Tencent Cloud APIs do).
   */
  emptyRemarkClears?: boolean
  /**
   * Undocumented: an UpdateOrganizationMember that sends PolicyType/PermissionIds without PayUin keeps the member's
   * payer (false, default) or reads the missing PayUin as "" (true): the payer goes, and permissions that keep 7
   * (pay on behalf) are refused with FailedOperation.PayUinIllegal, as pay on behalf needs a payer. Either way,
   * permissions without 7 drop the payer.
   */
  payUinOmittedClears?: boolean
  /**
   * Undocumented: what a member invited without IsAllowQuit gets, and what a member whose setting was never chosen
   * lists (default 'Denied': the official DescribeOrganizationMembers example shows an invited member as Denied).
   */
  defaultIsAllowQuit?: 'Allow' | 'Denied'
  /**
   * Whether DescribeOrganizationMembers answers each member's Tags (default false: OrgMember.Tags is optional in the
   * output spec, output_required false, so a client cannot count on it; the Tag service's
   * DescribeResourceTagsByResourceIds always has them).
   */
  listsMemberTags?: boolean
  /**
   * The largest Limit DescribeResourceTagsByResourceIds takes (default 1000). Its api.json gives only the default
   * (15); 1000 is the maximum its sibling Describe actions of the same service document. More answers
   * InvalidParameterValue.
   */
  maxTagReadLimit?: number
}

export const DEFAULT_INVITATION_TTL_MS = 14 * 24 * 3600 * 1000
export const DEFAULT_MANAGEMENT_UIN = 100000000000

/** The Tag service's version; its actions answer on the same port (tag.* hosts in real life). */
export const TAG_API_VERSION = '2018-08-13'
const ORGANIZATION_ACTIONS = [
  'InviteOrganizationMember',
  'DescribeOrganizationNodes',
  'DescribeOrganizationMembers',
  'DescribeOrganization',
  'UpdateOrganizationMember',
  'MoveOrganizationNodeMembers',
  'DeleteOrganizationMembers',
  'AddOrganizationNode',
  'UpdateOrganizationNode',
  'DeleteOrganizationNodes'
] as const
const TAG_ACTIONS = ['ModifyResourceTags', 'DescribeResourceTagsByResourceIds'] as const
const ACTIONS = [...ORGANIZATION_ACTIONS, ...TAG_ACTIONS] as const
/** The actions the emulator answers, by service (each must be in the vendored api.json: emulator-spec.test.ts). */
export const EMULATED_ACTIONS: Readonly<Record<Service, readonly string[]>> = { organization: ORGANIZATION_ACTIONS, tag: TAG_ACTIONS }
type Action = (typeof ACTIONS)[number]
const isAction = (name: string): name is Action => (ACTIONS as readonly string[]).includes(name)
const serviceOf = (action: Action): Service => ((TAG_ACTIONS as readonly string[]).includes(action) ? 'tag' : 'organization')
/** A member's resource in the Tag service: qcs::organization:<region>:uin/:member/<MemberUin> (the Terraform provider's form). */
const REGION_PATTERN = '[a-z]{2,}-[a-z]+(?:-[a-z0-9]+)*'
const REGION = new RegExp(`^${REGION_PATTERN}$`)
const MEMBER_RESOURCE = new RegExp(`^qcs::organization:(${REGION_PATTERN}):uin/:member/(\\d+)$`)
/** Keys the Tag service keeps for itself. */
const RESERVED_TAG_KEY = /^(qcloud|tencent|project)/i

const PERMISSION_NAMES: Record<number, string> = {
  1: 'View bill',
  2: 'View balance',
  3: 'Fund transfer',
  4: 'Consolidated bill',
  5: 'Invoice',
  6: 'Inherit discount',
  7: 'Pay on behalf',
  8: 'Cost analysis',
  9: 'Budget management',
  10: 'Credit limit'
}
// Documented charset for member names: letters, digits, Chinese characters and + @ & . _ [ ] - : ,
const MEMBER_NAME = /^[\p{Script=Han}A-Za-z0-9+@&._[\]\-:,]{1,25}$/u
const AUTHORIZATION = /^TC3-HMAC-SHA256 Credential=([^/\s]+)\/(\d{4}-\d{2}-\d{2})\/([^/\s]+)\/tc3_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/

/** Small seeded PRNG (mulberry32) so that random fault sequences are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')
const md5Hex = (data: string): string => createHash('md5').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data).digest()
const utcDate = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString().slice(0, 10)
const timeString = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').slice(0, 19)
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v)

export class TencentCloudEmulator {
  readonly url: string
  /** `host:port`, the value the SDK wants in `profile.httpProfile.endpoint`. */
  readonly endpoint: string
  readonly secretId: string
  readonly secretKey: string
  readonly sessionToken: string | undefined
  rateLimit: number
  latencyMs: number

  readonly requests: RecordedRequest[] = []
  /** Every departure from api.json: requests the emulator refused for it, and answers it gave that break it (its own bugs). */
  readonly specViolations: SpecViolation[] = []
  /** When false (the default), close() throws if specViolations is not empty. */
  allowSpecViolations: boolean
  /** Every invitation the API accepted, in order; never shrinks (acceptInvitation keeps the log). */
  readonly invitations: InvitedRecord[] = []
  throttled = 0

  readonly nodes: EmuNode[]
  readonly members: EmuMember[]
  /**
   * Invitations not yet accepted by the invitee, keyed by MemberUin. A pending invitee is not a member:
   * DescribeOrganizationMembers does not list it (lifecycle.md).
   */
  readonly pendingInvitations = new Map<number, InvitedRecord>()
  /** Every invitation that closed, in order: accepted, declined, or lapsed (open past invitationTtlMs). */
  readonly closedInvitations: Array<{ record: InvitedRecord; outcome: InvitationOutcome; at: number }> = []
  invitationTtlMs: number
  readonly managementUin: number
  readonly orgId: number
  /** Added to Date.now() for invitation ages and member times: advanceClock() lets a test age invitations. */
  private clockOffsetMs = 0

  // The readings of what the documentation leaves open (see EmulatorOptions); a test may change them between calls.
  readonly nodeRules: NodeRules
  maxMoveBatch: number
  maxDeleteMembersBatch: number
  emptyRemarkClears: boolean
  payUinOmittedClears: boolean
  defaultIsAllowQuit: 'Allow' | 'Denied'
  listsMemberTags: boolean
  maxTagReadLimit: number
  private readonly tree: NodeTree

  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly rateWindows = new Map<string, number[]>()
  private readonly buckets = new Map<string, { tokens: number; at: number }>()
  private readonly rateModel: NonNullable<EmulatorOptions['rateModel']>
  private randomFaults: (FaultConfig & { next: () => number }) | undefined
  private readonly queuedFaults = new Map<string, FaultKind[]>()
  private readonly uinFailures = new Map<string, ApiError>()
  /** Actions the caller may not call (a CAM policy without them): every call answers this error. */
  private readonly denied = new Map<string, ApiError>()
  private readonly waiters = new Set<() => void>()
  private readonly sts = new StsService()
  private readonly arrivals = new ArrivalClock()

  private constructor(server: Server, options: EmulatorOptions) {
    const { address, port } = server.address() as AddressInfo
    this.server = server
    this.url = `http://${address}:${port}`
    this.endpoint = `${address}:${port}`
    this.secretId = options.secretId ?? DEFAULT_SECRET_ID
    this.secretKey = options.secretKey ?? DEFAULT_SECRET_KEY
    this.sessionToken = options.sessionToken
    this.rateLimit = options.rateLimit ?? 20
    this.rateModel = options.rateModel ?? 'window'
    this.latencyMs = options.latencyMs ?? 0
    this.allowSpecViolations = options.allowSpecViolations ?? false
    const now = timeString(Date.now())
    const defaults: EmuNode[] = [
      { NodeId: 1000, Name: 'root', ParentNodeId: 0 },
      { NodeId: 1001, Name: 'finance', ParentNodeId: 1000 },
      { NodeId: 1002, Name: 'engineering', ParentNodeId: 1000 }
    ]
    this.nodes = (options.nodes ?? defaults).map((n) => ({ CreateTime: now, UpdateTime: now, ...n }))
    this.members = (options.members ?? []).map((m) => ({ ...m }))
    this.invitationTtlMs = options.invitationTtlMs ?? DEFAULT_INVITATION_TTL_MS
    this.managementUin = options.managementUin ?? DEFAULT_MANAGEMENT_UIN
    this.orgId = options.orgId ?? 45000001
    if (options.listsManagementAccount) this.members.push({ MemberUin: this.managementUin, Name: 'management', NodeId: 1000, MemberType: 'Create' })
    this.nodeRules = {
      nameScope: options.nodeNameScope ?? 'siblings',
      maxDepth: options.maxNodeDepth ?? 5,
      maxNodes: options.maxNodes ?? 1000,
      maxDeletePerCall: options.maxDeleteNodesPerCall ?? 10
    }
    this.tree = new NodeTree(this.nodes, (id) => this.members.some((m) => m.NodeId === id), this.nodeRules)
    this.maxMoveBatch = options.maxMoveBatch ?? 50
    this.maxDeleteMembersBatch = options.maxDeleteMembersBatch ?? 50
    this.emptyRemarkClears = options.emptyRemarkClears ?? true
    this.payUinOmittedClears = options.payUinOmittedClears ?? false
    this.defaultIsAllowQuit = options.defaultIsAllowQuit ?? 'Denied'
    this.listsMemberTags = options.listsMemberTags ?? false
    this.maxTagReadLimit = options.maxTagReadLimit ?? 1000
  }

  static async start(options: EmulatorOptions = {}): Promise<TencentCloudEmulator> {
    const server = createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
    })
    const emulator = new TencentCloudEmulator(server, options)
    server.on('connection', (socket) => {
      emulator.sockets.add(socket)
      socket.on('close', () => emulator.sockets.delete(socket))
    })
    server.on('request', (req, res) => void emulator.handle(req, res))
    return emulator
  }

  /** Credentials + profile for `new Client(...)` of the real SDK, pointed at this emulator. */
  clientConfig(reqTimeoutSeconds = 5) {
    return {
      credential: { secretId: this.secretId, secretKey: this.secretKey, token: this.sessionToken },
      profile: { httpProfile: { endpoint: this.endpoint, protocol: 'http://', reqTimeout: reqTimeoutSeconds } }
    }
  }

  /**
   * Stops listening and destroys open sockets (including hanging requests) so jest can exit. Then throws if a request
   * or an answer broke api.json, unless the test allowed it (allowSpecViolations): every test that closes its emulator
   * checks that the product sent, and the emulator answered, only what the specification allows.
   */
  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    this.arrivals.stop()
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
    if (this.specViolations.length > 0 && !this.allowSpecViolations) {
      throw new Error(`The emulator saw ${this.specViolations.length} departure(s) from api.json:\n${formatViolations(this.specViolations)}`)
    }
  }

  // ---- STS ------------------------------------------------------------------------------------

  /** Turns on STS AssumeRoleWithWebIdentity (it answers InvalidParameter.ParamError for any provider until then). */
  configureWebIdentity(config: WebIdentityConfig): void {
    this.sts.configure(config)
  }

  /** Every set of temporary credentials STS issued, in order. */
  get issuedCredentials(): IssuedCredential[] {
    return this.sts.issued
  }

  /** STS requests that reached the server (they are in `requests` too). */
  get stsRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.action === STS_ACTION)
  }

  // ---- fault injection -------------------------------------------------------------------

  /** Random faults on a fraction `rate` of requests to `actions` (default: invites only). */
  setFaults(config: FaultConfig): void {
    this.randomFaults = { ...config, next: mulberry32(config.seed ?? 1) }
  }

  /** The next `n` requests to `action` (default InviteOrganizationMember) get `kind`. */
  failNext(n: number, kind: FaultKind, action: string = 'InviteOrganizationMember'): void {
    const queue = this.queuedFaults.get(action) ?? []
    for (let i = 0; i < n; i++) queue.push(kind)
    this.queuedFaults.set(action, queue)
  }

  /** Every valid call of `action` (default: invite) on `uin` fails with this business error, as a permanent condition would. */
  failUin(uin: number, code: string, message = `The operation failed for member ${uin}.`, action: string = 'InviteOrganizationMember'): void {
    this.uinFailures.set(`${action}:${uin}`, new ApiError(code, message))
  }

  /**
   * Every valid call of a node action on this node fails with this business error: AddOrganizationNode by the new
   * node's Name, UpdateOrganizationNode and DeleteOrganizationNodes by NodeId.
   */
  failNode(node: string | number, code: string, message = `The operation failed for node ${node}.`, action: string = 'AddOrganizationNode'): void {
    this.uinFailures.set(`${action}:${node}`, new ApiError(code, message))
  }

  /** Every call of `action` is refused, as a CAM policy without it refuses it (until clearFaults). */
  denyAction(action: string, code = 'UnauthorizedOperation', message = `You are not authorized to perform ${action}.`): void {
    this.denied.set(action, new ApiError(code, message))
  }

  /** Removes random faults, queued faults and failUin/failNode errors. */
  clearFaults(): void {
    this.randomFaults = undefined
    this.queuedFaults.clear()
    this.uinFailures.clear()
    this.denied.clear()
  }

  // ---- state helpers for tests -------------------------------------------------------------

  addNode(node: { Name: string; ParentNodeId?: number; NodeId?: number; Remark?: string }): EmuNode {
    const now = timeString(Date.now())
    const NodeId = node.NodeId ?? Math.max(999, ...this.nodes.map((n) => n.NodeId)) + 1
    const added: EmuNode = { ParentNodeId: 1000, CreateTime: now, UpdateTime: now, ...node, NodeId }
    this.nodes.push(added)
    return added
  }

  /** The node at `path`: names joined by "/" from below the root (`Finance/Payments`; "" is the root), or undefined. */
  nodeByPath(path: string): EmuNode | undefined {
    return this.tree.byPath(path)
  }

  /** The path of a node (names joined by "/" from below the root), or undefined when there is no such node. */
  nodePath(nodeId: number): string | undefined {
    const node = this.tree.byId(nodeId)
    return node && this.tree.pathOf(node)
  }

  addMember(member: Omit<EmuMember, 'NodeId'> & { NodeId?: number }): EmuMember {
    // A member joined when it was added: its CreateTime is that moment from then on, as the real API's is.
    const added: EmuMember = { NodeId: 1000, JoinTime: timeString(this.now()), ...member }
    this.members.push(added)
    return added
  }

  /** The invitee accepts: the pending invitation becomes a confirmed member. */
  acceptInvitation(uin: number): EmuMember {
    this.expireInvitations()
    const invite = this.pendingInvitations.get(uin)
    if (!invite) throw new Error(`no pending invitation for ${uin}${this.lastOutcome(uin) ? ` (it was ${this.lastOutcome(uin)})` : ''}`)
    this.closeInvitation(invite, 'accepted')
    const { body } = invite
    return this.addMember({
      MemberUin: uin,
      Name: body.Name,
      NodeId: body.NodeId,
      PermissionIds: body.PermissionIds,
      PolicyType: body.PolicyType,
      Remark: body.Remark,
      IsAllowQuit: body.IsAllowQuit ?? this.defaultIsAllowQuit,
      PayUin: body.PayUin,
      Tags: body.Tags,
      MemberType: 'Invite',
      PermissionStatus: 'Confirmed',
      JoinTime: timeString(this.now())
    })
  }

  /** The invitee declines: the invitation closes and the account stays outside the organization. */
  declineInvitation(uin: number): void {
    this.expireInvitations()
    const invite = this.pendingInvitations.get(uin)
    if (!invite) throw new Error(`no pending invitation for ${uin}`)
    this.closeInvitation(invite, 'declined')
  }

  /** Lets time pass for the invitations: those open longer than invitationTtlMs lapse. */
  advanceClock(ms: number): void {
    this.clockOffsetMs += ms
    this.expireInvitations()
  }

  /** How the last invitation of `uin` ended, or 'pending' while it is open; undefined when it was never invited. */
  invitationState(uin: number): InvitationOutcome | 'pending' | undefined {
    this.expireInvitations()
    return this.pendingInvitations.has(uin) ? 'pending' : this.lastOutcome(uin)
  }

  /** A console edit of a member: the fields given change, UpdateTime moves. */
  editMember(uin: number, edit: MemberEdit): EmuMember {
    const member = this.members.find((m) => m.MemberUin === uin)
    if (!member) throw new Error(`${uin} is not a member`)
    for (const [key, value] of Object.entries(edit)) {
      if (value === undefined) delete (member as unknown as Record<string, unknown>)[key]
      else (member as unknown as Record<string, unknown>)[key] = value
    }
    member.UpdateTime = timeString(this.now())
    return member
  }

  /** The console's "remove from organization": the account leaves, and survives. */
  removeMember(uin: number): void {
    const at = this.members.findIndex((m) => m.MemberUin === uin)
    if (at < 0) throw new Error(`${uin} is not a member`)
    this.members.splice(at, 1)
  }

  private now(): number {
    return Date.now() + this.clockOffsetMs
  }

  private closeInvitation(invite: InvitedRecord, outcome: InvitationOutcome): void {
    this.pendingInvitations.delete(invite.uin)
    this.closedInvitations.push({ record: invite, outcome, at: this.now() })
  }

  private lastOutcome(uin: number): InvitationOutcome | undefined {
    return this.closedInvitations.filter((c) => c.record.uin === uin).at(-1)?.outcome
  }

  /** Invitations open past their time lapse; checked whenever their state matters, so no timer is needed. */
  private expireInvitations(): void {
    for (const invite of [...this.pendingInvitations.values()]) {
      if (this.now() - invite.at >= this.invitationTtlMs) this.closeInvitation(invite, 'lapsed')
    }
  }

  invitesFor(uin: number): number {
    return this.invitations.filter((i) => i.uin === uin).length
  }

  /** Invite requests for `uin` that reached the server, whatever their outcome. */
  inviteAttempts(uin: number): number {
    return this.requests.filter((r) => r.action === 'InviteOrganizationMember' && r.body.MemberUin === uin).length
  }

  /** Resolves once at least `count` requests have been recorded. */
  async waitForRequests(count: number, timeoutMs = 5000): Promise<void> {
    if (this.requests.length >= count) return
    await new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (this.requests.length < count) return
        this.waiters.delete(check)
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(() => {
        this.waiters.delete(check)
        reject(new Error(`only ${this.requests.length} of ${count} requests arrived within ${timeoutMs} ms`))
      }, timeoutMs)
      this.waiters.add(check)
    })
  }

  // ---- request pipeline ----------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The rate limit counts a request when it arrives, not when the emulator gets round to it: on a loaded machine
    // the body, the signature and the spec check of several requests can finish in a burst that never left the client
    // (and a stall of this process bunches them before they even get here: see ArrivalClock).
    const arrived = Date.now()
    let raw: Buffer
    try {
      raw = await readBody(req)
    } catch {
      return // the client went away mid-body; nothing to answer
    }
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
    }
    const record: RecordedRequest = { action: headers['x-tc-action'] ?? '', body: parseBody(raw), headers, at: arrived, outcome: 'ok' }
    if (record.action === STS_ACTION) return this.handleSts(headers, record, res)
    try {
      record.secretId = this.authenticate(req, headers, raw)
      const action = this.checkActionAndVersion(headers)
      this.enforceRateLimit(action, arrived, this.arrivals.earliest(arrived))
      this.checkSpec(action, record.body)
      const denial = this.denied.get(action)
      if (denial) throw denial
      const fault = this.pickFault(action)
      if (fault && fault !== 'lost-answer') return this.injectFault(fault, record, res)
      // Faults were decided above, before any state change, so retrying a faulted call is safe; except a lost
      // answer, the one case a client cannot tell apart: the work is done and the reply never arrives.
      const result = this.dispatch(action, record.body)
      if (fault) return this.injectFault(fault, record, res)
      this.respond(record, res, 200, result)
    } catch (error) {
      // Anything but an ApiError is a bug in the emulator; surface it as a visible InternalError.
      const apiError = error instanceof ApiError ? error : new ApiError('InternalError', `emulator bug: ${String(error)}`)
      if (apiError.code === 'RequestLimitExceeded') this.throttled++
      this.respond(record, res, 200, apiError)
    }
  }

  /** Checks the TC3-HMAC-SHA256 signature the way the gateway does; returns the SecretId. */
  private authenticate(req: IncomingMessage, headers: Record<string, string>, raw: Buffer): string {
    const authorization = headers['authorization']
    if (!authorization) throw new ApiError('AuthFailure.SignatureFailure', 'The request is not signed: the Authorization header is missing.')
    const match = AUTHORIZATION.exec(authorization)
    if (!match) throw new ApiError('AuthFailure.InvalidAuthorization', 'The Authorization header is malformed.')
    const [, secretId = '', date = '', service = '', signedHeaders = '', signature = ''] = match
    const temporary = this.sts.credential(secretId)
    if (secretId !== this.secretId && !temporary) throw new ApiError('AuthFailure.SecretIdNotFound', 'The SecretId is not found, please ensure that your SecretId is correct.')

    const host = headers['host'] ?? ''
    const hostname = host.replace(/:\d+$/, '')
    const timestamp = Number(headers['x-tc-timestamp'])
    // The SDK takes the service name as the endpoint up to its first dot, so "127.0.0.1:PORT" signs for
    // service "127" and "localhost:PORT" signs for "localhost:PORT"; accept either reading of Host.
    const serviceOk = service === host.split('.')[0] || service === hostname.split('.')[0]
    const names = signedHeaders.split(';')
    if (!serviceOk || !Number.isSafeInteger(timestamp) || date !== utcDate(timestamp) || !names.includes('host') || !names.includes('content-type')) {
      throw new ApiError('AuthFailure.SignatureFailure', 'The provided credentials could not be validated: the credential scope does not match the request.')
    }
    const canonicalHeaders = names.map((name) => `${name}:${name === 'host' ? hostname : (headers[name] ?? '').trim()}\n`).join('')
    const url = new URL(req.url ?? '/', 'http://emulator')
    const canonicalRequest = [req.method ?? 'POST', url.pathname, url.search.slice(1), canonicalHeaders, signedHeaders, sha256Hex(raw)].join('\n')
    const scope = `${date}/${service}/tc3_request`
    const stringToSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256Hex(canonicalRequest)].join('\n')
    const signingKey = hmac(hmac(hmac(`TC3${temporary ? temporary.TmpSecretKey : this.secretKey}`, date), service), 'tc3_request')
    if (createHmac('sha256', signingKey).update(stringToSign).digest('hex') !== signature) {
      throw new ApiError('AuthFailure.SignatureFailure', 'The provided credentials could not be validated. Please check your signature is correct.')
    }
    // Checked after the signature so that a forged timestamp cannot change the answer.
    const skew = Math.abs(Date.now() / 1000 - timestamp)
    if (skew > MAX_CLOCK_SKEW_SECONDS) {
      throw new ApiError(
        'AuthFailure.SignatureExpire',
        `Signature expired. Timestamp of the request is ${timestamp}, server time is ${Math.floor(Date.now() / 1000)}, the maximum tolerance is ${MAX_CLOCK_SKEW_SECONDS} seconds.`
      )
    }
    if (temporary) {
      if (headers['x-tc-token'] !== temporary.Token) throw new ApiError('AuthFailure.TokenFailure', 'The token is invalid or does not match the SecretId.')
      if (Date.now() >= temporary.expiresAt) throw new ApiError('AuthFailure.TokenFailure', 'The token has expired.')
    } else if (this.sessionToken !== undefined && headers['x-tc-token'] !== this.sessionToken) {
      throw new ApiError('AuthFailure.TokenFailure', 'The token is invalid or does not match the SecretId.')
    }
    return secretId
  }

  private checkActionAndVersion(headers: Record<string, string>): Action {
    const action = headers['x-tc-action'] ?? ''
    if (!isAction(action)) throw new ApiError('InvalidAction', `The action \`${action}\` is not found.`)
    const version = headers['x-tc-version']
    const tag = (TAG_ACTIONS as readonly string[]).includes(action)
    if (version !== (tag ? TAG_API_VERSION : API_VERSION)) {
      throw new ApiError('NoSuchVersion', `The requested version \`${version ?? ''}\` of service \`${tag ? 'tag' : 'organization'}\` does not exist.`)
    }
    return action as Action
  }

  /** Refuses a request that breaks api.json the way the real API does (UnknownParameter, MissingParameter, InvalidParameter...). */
  private checkSpec(action: Action, body: Record<string, unknown>): void {
    const violations = checkRequest(serviceOf(action), action, body)
    if (violations.length === 0) return
    this.specViolations.push(...violations)
    const first = violations[0]!
    const code = errorCodeFor(first)
    const message =
      code === 'UnknownParameter'
        ? `The parameter \`${first.path}\` is not recognized.`
        : code === 'MissingParameter'
          ? `The request is missing a required parameter \`${first.path}\`.`
          : `The value of parameter \`${first.path}\` is not valid: ${first.message}.`
    throw new ApiError(code, message)
  }

  /** STS AssumeRoleWithWebIdentity: called unsigned (`Authorization: SKIP`), as the real STS wants it. */
  private handleSts(headers: Record<string, string>, record: RecordedRequest, res: ServerResponse): void {
    try {
      this.sts.checkCall(headers)
      const fault = this.pickFault(STS_ACTION)
      if (fault) return this.injectFault(fault, record, res)
      this.respond(record, res, 200, this.sts.assumeRoleWithWebIdentity(record.body))
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('InternalError', `emulator bug: ${String(error)}`)
      this.respond(record, res, 200, apiError)
    }
  }

  /**
   * Rolling one-second window per action (or a token bucket, see rateModel); only admitted requests count. `now` is
   * when the request arrived, `earliest` when it may have (earlier only just after a stall of this process): the
   * window refuses a request only when the ones it holds certainly arrived less than a second before it.
   */
  private enforceRateLimit(action: string, now: number, earliest: number): void {
    if (this.rateModel !== 'window') {
      const capacity = this.rateModel.bucket
      const bucket = this.buckets.get(action) ?? { tokens: capacity, at: now }
      // Arrival times of requests handled side by side may come out of order: time never runs backwards for the bucket.
      bucket.tokens = Math.min(capacity, bucket.tokens + (Math.max(0, now - bucket.at) * this.rateLimit) / 1000)
      bucket.at = Math.max(bucket.at, now)
      this.buckets.set(action, bucket)
      if (bucket.tokens < 1) throw new ApiError('RequestLimitExceeded', 'Your current request times exceeds the limit')
      bucket.tokens -= 1
      return
    }
    const window = (this.rateWindows.get(action) ?? []).filter((t) => now - t < 1000)
    this.rateWindows.set(action, window)
    if (window.length >= this.rateLimit) throw new ApiError('RequestLimitExceeded', 'Your current request times exceeds the limit')
    window.push(earliest)
  }

  private pickFault(action: string): FaultKind | undefined {
    const queued = this.queuedFaults.get(action)?.shift()
    if (queued) return queued
    const random = this.randomFaults
    if (!random || random.kinds.length === 0 || !(random.actions ?? ['InviteOrganizationMember']).includes(action)) return undefined
    if (random.next() >= random.rate) return undefined
    return random.kinds[Math.floor(random.next() * random.kinds.length)]
  }

  private injectFault(fault: FaultKind, record: RecordedRequest, res: ServerResponse): void {
    record.fault = fault
    switch (fault) {
      case 'internal-error':
        return this.respond(record, res, 200, new ApiError('InternalError', 'An internal error has occurred. Retry your request, but if the problem persists, contact us.'))
      case 'throttle':
        this.throttled++
        return this.respond(record, res, 200, new ApiError('RequestLimitExceeded', 'Your current request times exceeds the limit'))
      case 'http-502':
        return this.respond(
          record,
          res,
          502,
          '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>stgw</center></body></html>'
        )
      case 'reset':
      case 'lost-answer':
        record.outcome = fault
        this.finish(record)
        return this.later(() => res.socket?.destroy())
      case 'hang':
        // Never answer; the client's timeout or close() ends the socket.
        record.outcome = 'hang'
        return this.finish(record)
    }
  }

  private dispatch(action: Action, body: Record<string, unknown>): Record<string, unknown> {
    switch (action) {
      case 'InviteOrganizationMember':
        return this.invite(body)
      case 'DescribeOrganizationNodes':
        return this.describeNodes(body)
      case 'DescribeOrganizationMembers':
        return this.describeMembers(body)
      case 'DescribeOrganization':
        return this.describeOrganization()
      case 'UpdateOrganizationMember':
        return this.updateMember(body)
      case 'MoveOrganizationNodeMembers':
        return this.moveMembers(body)
      case 'ModifyResourceTags':
        return this.modifyResourceTags(body)
      case 'DeleteOrganizationMembers':
        return this.deleteMembers(body)
      case 'AddOrganizationNode':
        return this.addOrganizationNode(body)
      case 'UpdateOrganizationNode':
        return this.updateOrganizationNode(body)
      case 'DeleteOrganizationNodes':
        return this.deleteOrganizationNodes(body)
      case 'DescribeResourceTagsByResourceIds':
        return this.describeResourceTags(body)
    }
  }

  /** Every accepted write (update, move, tags, delete), in order, with the body that made it. */
  readonly writes: Array<{ action: string; body: Record<string, unknown>; at: number }> = []

  /**
   * UpdateOrganizationMember. PolicyType and PermissionIds go together (the SDK's model says so). Assumed, where
   * the documentation is silent: PermissionIds without 7 clears PayUin (no payer without pay-on-behalf); PayUin
   * alone changes the payer; fields not sent keep their values. Remark "" and PermissionIds without PayUin follow
   * emptyRemarkClears and payUinOmittedClears. IsModifyNickName 1 (documented: "sync the member name to the
   * account's nickname") makes the Name sent the NickName too.
   */
  private updateMember(body: Record<string, unknown>): Record<string, unknown> {
    const { MemberUin, Name, Remark, PolicyType, PermissionIds, IsAllowQuit, PayUin } = body
    if (!isInt(MemberUin) || MemberUin <= 0) throw new ApiError('InvalidParameter', 'MemberUin must be a positive integer.')
    const member = this.members.find((m) => m.MemberUin === MemberUin)
    if (!member) throw new ApiError('ResourceNotFound.MemberNotExist', 'The member does not exist.')
    if (Name !== undefined) {
      if (typeof Name !== 'string' || !MEMBER_NAME.test(Name))
        throw new ApiError('InvalidParameter', 'Name must be 1-25 characters: letters, digits, Chinese characters and +@&._[]-:,')
      if (this.members.some((m) => m.Name === Name && m.MemberUin !== MemberUin))
        throw new ApiError('FailedOperation.OrganizationMemberNameUsed', 'The member name is already in use.')
    }
    if (Remark !== undefined && (typeof Remark !== 'string' || [...Remark].length > 40)) throw new ApiError('InvalidParameter', 'Remark must be at most 40 characters.')
    if ((PolicyType === undefined) !== (PermissionIds === undefined)) throw new ApiError('InvalidParameter', 'PolicyType and PermissionIds must be given together.')
    if (PolicyType !== undefined && PolicyType !== 'Financial') throw new ApiError('FailedOperation.OrganizationPolicyIllegal', 'The organization policy is illegal.')
    const ids = PermissionIds === undefined ? (member.PermissionIds ?? [1, 2]) : Array.isArray(PermissionIds) ? (PermissionIds as unknown[]) : []
    if (!ids.every((id) => isInt(id) && id >= 1 && id <= 10) || !ids.includes(1) || !ids.includes(2) || new Set(ids).size !== ids.length) {
      throw new ApiError('FailedOperation.OrganizationPermissionIllegal', 'The organization permission is illegal.')
    }
    if (IsAllowQuit !== undefined && IsAllowQuit !== 'Allow' && IsAllowQuit !== 'Denied') throw new ApiError('InvalidParameter', 'IsAllowQuit must be Allow or Denied.')
    if (body.IsModifyNickName !== undefined && body.IsModifyNickName !== 0 && body.IsModifyNickName !== 1) {
      throw new ApiError('InvalidParameter', 'IsModifyNickName must be 0 or 1.')
    }
    if (PayUin !== undefined && (typeof PayUin !== 'string' || !/^\d*$/.test(PayUin))) throw new ApiError('FailedOperation.PayUinIllegal', 'The payer UIN is illegal.')
    // Undocumented (payUinOmittedClears): permissions sent without PayUin keep the payer, or read it as "".
    const omittedPayUin = PermissionIds !== undefined && (!ids.includes(7) || this.payUinOmittedClears) ? '' : (member.PayUin ?? '')
    const payUin = PayUin !== undefined ? PayUin : omittedPayUin
    if (ids.includes(7) && payUin === '') throw new ApiError('FailedOperation.PayUinIllegal', 'The payer UIN is illegal.')
    const failure = this.uinFailures.get(`UpdateOrganizationMember:${MemberUin}`)
    if (failure) throw failure
    if (Name !== undefined) member.Name = Name as string
    if (Name !== undefined && body.IsModifyNickName === 1) member.NickName = Name as string
    // Undocumented (emptyRemarkClears): Remark "" clears the remark, or reads as not sent.
    if (Remark !== undefined && (Remark !== '' || this.emptyRemarkClears)) member.Remark = Remark as string
    if (PermissionIds !== undefined) {
      member.PolicyType = PolicyType as string
      member.PermissionIds = ids as number[]
    }
    if (IsAllowQuit !== undefined) member.IsAllowQuit = IsAllowQuit as string
    if (payUin) member.PayUin = payUin
    else delete member.PayUin
    return this.wrote('UpdateOrganizationMember', body)
  }

  /**
   * MoveOrganizationNodeMembers. Assumed (undocumented): a batch with a UIN outside the organization is refused
   * whole (FailedOperation.SomeUinsNotInOrganization) and moves nobody; the action must cope with either reading.
   */
  private moveMembers(body: Record<string, unknown>): Record<string, unknown> {
    const { NodeId, MemberUin } = body
    if (!isInt(NodeId)) throw new ApiError('InvalidParameter', 'NodeId must be an integer.')
    if (!Array.isArray(MemberUin) || MemberUin.length === 0 || !MemberUin.every((u) => isInt(u) && u > 0)) {
      throw new ApiError('InvalidParameter', 'MemberUin must be a non-empty list of UINs.')
    }
    // Undocumented (maxMoveBatch): InvalidParameter is the one code of the action's list about the request itself.
    if (MemberUin.length > this.maxMoveBatch) throw new ApiError('InvalidParameter', `At most ${this.maxMoveBatch} MemberUin may be moved in one call.`)
    if (!this.nodes.some((n) => n.NodeId === NodeId)) throw new ApiError('ResourceNotFound.OrganizationNodeNotExist', 'The organization node does not exist.')
    const members = (MemberUin as number[]).map((uin) => this.members.find((m) => m.MemberUin === uin))
    if (members.some((m) => m === undefined)) throw new ApiError('FailedOperation.SomeUinsNotInOrganization', 'Some UINs do not belong to the organization.')
    for (const uin of MemberUin as number[]) {
      const failure = this.uinFailures.get(`MoveOrganizationNodeMembers:${uin}`)
      if (failure) throw failure
    }
    for (const m of members) m!.NodeId = NodeId
    return this.wrote('MoveOrganizationNodeMembers', body)
  }

  /**
   * The Tag service's ModifyResourceTags on a member's resource. Checks the resource name's shape (any region of
   * the usual form; the member must exist: assumed, the Tag service knows the organization's members) and the tag
   * rules its error list names. Deleting a key the resource does not have is assumed to succeed.
   */
  private modifyResourceTags(body: Record<string, unknown>): Record<string, unknown> {
    const { Resource, ReplaceTags, DeleteTags } = body
    const match = typeof Resource === 'string' ? MEMBER_RESOURCE.exec(Resource) : null
    const member = match ? this.members.find((m) => m.MemberUin === Number(match[2])) : undefined
    if (!member) throw new ApiError('InvalidParameterValue.ResourceDescriptionError', 'The resource description is wrong.')
    if (ReplaceTags === undefined && DeleteTags === undefined) throw new ApiError('InvalidParameter.Tag', 'ReplaceTags or DeleteTags must be given.')
    const list = (v: unknown): Array<Record<string, unknown>> => {
      if (v === undefined) return []
      if (!Array.isArray(v) || v.length === 0 || v.length > 10 || !v.every((t) => typeof t === 'object' && t !== null)) {
        throw new ApiError('InvalidParameter.Tag', 'A tag list must hold 1 to 10 tags.')
      }
      return v as Array<Record<string, unknown>>
    }
    const replace = list(ReplaceTags)
    const remove = list(DeleteTags)
    for (const t of [...replace, ...remove]) {
      const key = t.TagKey
      if (typeof key !== 'string' || key === '') throw new ApiError('InvalidParameterValue.TagKeyEmpty', 'The tag key cannot be empty.')
      if ([...key].length > 127) throw new ApiError('InvalidParameterValue.TagKeyLengthExceeded', 'The tag key is too long.')
      if (RESERVED_TAG_KEY.test(key)) throw new ApiError('InvalidParameter.ReservedTagKey', 'The tag key is reserved.')
    }
    for (const t of replace) {
      if (typeof t.TagValue !== 'string') throw new ApiError('InvalidParameter.Tag', 'TagValue must be a string.')
      if ([...t.TagValue].length > 255) throw new ApiError('InvalidParameterValue.TagValueLengthExceeded', 'The tag value is too long.')
    }
    const removing = new Set(remove.map((t) => t.TagKey as string))
    if (replace.some((t) => removing.has(t.TagKey as string))) throw new ApiError('InvalidParameterValue.DeleteTagsParamError', 'DeleteTags shares a key with ReplaceTags.')
    const tags = new Map((member.Tags ?? []).map((t) => [t.TagKey, t.TagValue]))
    for (const t of replace) tags.set(t.TagKey as string, t.TagValue as string)
    for (const key of removing) tags.delete(key)
    if (tags.size > 50) throw new ApiError('LimitExceeded.ResourceAttachedTags', 'The resource has too many tags.')
    const failure = this.uinFailures.get(`ModifyResourceTags:${member.MemberUin}`)
    if (failure) throw failure
    member.Tags = [...tags].map(([TagKey, TagValue]) => ({ TagKey, TagValue }))
    return this.wrote('ModifyResourceTags', body)
  }

  /**
   * DeleteOrganizationMembers: the accounts leave the organization and survive (no DeleteAccount here). Its
   * preconditions, checked for every UIN before any leaves (assumed all-or-nothing, like a move): the management
   * account cannot quit its own organization; an account the organization created cannot leave; a member paid for by
   * another, or paying for another, cannot; nor a delegated administrator, a member sharing resources, or an entity
   * administrator. Assumed (undocumented): a UIN that is not a member answers ResourceNotFound.MemberNotExist.
   */
  private deleteMembers(body: Record<string, unknown>): Record<string, unknown> {
    const { MemberUin } = body
    if (!Array.isArray(MemberUin) || MemberUin.length === 0 || !MemberUin.every((u) => isInt(u) && u > 0)) {
      throw new ApiError('InvalidParameter', 'MemberUin must be a non-empty list of UINs.')
    }
    // Undocumented (maxDeleteMembersBatch): as for a move, InvalidParameter is the list's code about the request.
    if (MemberUin.length > this.maxDeleteMembersBatch) {
      throw new ApiError('InvalidParameter', `At most ${this.maxDeleteMembersBatch} MemberUin may be removed in one call.`)
    }
    for (const uin of MemberUin as number[]) {
      if (uin === this.managementUin) throw new ApiError('FailedOperation.DisableQuitSelfCreatedOrganization', 'You cannot quit an organization created by yourself.')
      const m = this.members.find((x) => x.MemberUin === uin)
      if (!m) throw new ApiError('ResourceNotFound.MemberNotExist', 'The member does not exist.')
      if (m.MemberType === 'Create') throw new ApiError('UnsupportedOperation.CreateMemberNotAllowDelete', 'The created member cannot be removed from the organization.')
      if (m.PayUin) throw new ApiError('FailedOperation.MemberExistDelegatePayerNotAllowDelete', 'The member has a payer and cannot be deleted.')
      if (this.members.some((x) => x.PayUin === String(uin)))
        throw new ApiError('FailedOperation.MemberIsDelegatePayerNotAllowDelete', 'The member is a payer and cannot be deleted.')
      if (m.DelegatedAdmin) throw new ApiError('UnsupportedOperation.MemberExistServiceNotAllowDelete', 'The member is a delegated admin of the organization service.')
      if (m.SharesResources) throw new ApiError('FailedOperation.MemberShareResource', 'The member is sharing resources and cannot quit the organization.')
      if (m.EntityAdmin) throw new ApiError('FailedOperation.OrganizationAuthManageNotAllowDelete', 'The member is an entity admin account and cannot quit the organization.')
      const failure = this.uinFailures.get(`DeleteOrganizationMembers:${uin}`)
      if (failure) throw failure
    }
    const leaving = new Set(MemberUin as number[])
    for (let i = this.members.length - 1; i >= 0; i--) if (leaving.has(this.members[i]!.MemberUin)) this.members.splice(i, 1)
    return this.wrote('DeleteOrganizationMembers', body)
  }

  private wrote(action: string, body: Record<string, unknown>): Record<string, unknown> {
    const RequestId = randomUUID()
    this.writes.push({ action, body, at: this.now() })
    return { RequestId }
  }

  // ---- actions -------------------------------------------------------------------------------

  private invite(body: Record<string, unknown>): Record<string, unknown> {
    const invite = validateInvite(body, this.nodes)
    // Assumed, as lifecycle.md says and no document confirms: an invitation that lapsed or was declined no longer
    // blocks another; inviting again succeeds and opens a new one (InvitationExist only while one is open).
    this.expireInvitations()
    const uin = invite.MemberUin
    const failure = this.uinFailures.get(`InviteOrganizationMember:${uin}`)
    if (failure) throw failure
    if (this.members.some((m) => m.MemberUin === uin)) throw new ApiError('FailedOperation.OrganizationMemberExist', 'The account is already a member of the organization.')
    if (this.pendingInvitations.has(uin)) throw new ApiError('FailedOperation.InvitationExist', 'An invitation for this account is already pending.')
    const nameTaken = this.members.some((m) => m.Name === invite.Name) || [...this.pendingInvitations.values()].some((i) => i.body.Name === invite.Name)
    if (nameTaken) throw new ApiError('FailedOperation.OrganizationMemberNameUsed', 'The member name is already in use.')
    const record: InvitedRecord = { uin, body: invite, at: this.now(), requestId: randomUUID() }
    this.invitations.push(record)
    this.pendingInvitations.set(uin, record)
    return { RequestId: record.requestId }
  }

  /** DescribeOrganizationNodes; `Tags` ("部门标签搜索列表") keeps the nodes that carry every tag given. */
  private describeNodes(body: Record<string, unknown>): Record<string, unknown> {
    const { offset, limit } = paging(body, false)
    const wanted = tagFilter(body.Tags)
    const listed = this.nodes.filter((n) => carries(n.Tags, wanted))
    const items = listed.slice(offset, offset + limit).map((n) => ({
      NodeId: n.NodeId,
      Name: n.Name,
      ParentNodeId: n.ParentNodeId ?? 0,
      Remark: n.Remark ?? '',
      CreateTime: n.CreateTime ?? '',
      UpdateTime: n.UpdateTime ?? n.CreateTime ?? '',
      Tags: (n.Tags ?? []).map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue }))
    }))
    return { Total: listed.length, Items: items }
  }

  private addOrganizationNode(body: Record<string, unknown>): Record<string, unknown> {
    const node = this.tree.add(body, timeString(this.now()))
    const failure = this.uinFailures.get(`AddOrganizationNode:${node.Name}`)
    if (failure) throw failure
    this.tree.insert(node)
    return { NodeId: node.NodeId, ...this.wrote('AddOrganizationNode', body) }
  }

  private updateOrganizationNode(body: Record<string, unknown>): Record<string, unknown> {
    const node = this.tree.update(body)
    const failure = this.uinFailures.get(`UpdateOrganizationNode:${node.NodeId}`)
    if (failure) throw failure
    this.tree.applyUpdate(node, body, timeString(this.now()))
    return this.wrote('UpdateOrganizationNode', body)
  }

  private deleteOrganizationNodes(body: Record<string, unknown>): Record<string, unknown> {
    const nodes = this.tree.remove(body)
    for (const node of nodes) {
      const failure = this.uinFailures.get(`DeleteOrganizationNodes:${node.NodeId}`)
      if (failure) throw failure
    }
    this.tree.applyRemove(nodes)
    return this.wrote('DeleteOrganizationNodes', body)
  }

  /**
   * The Tag service's DescribeResourceTagsByResourceIds, for members' resources (ServiceType organization,
   * ResourcePrefix member, ResourceIds the UINs as strings): one row per tag, in the order of ResourceIds, paged by
   * Offset and Limit over the rows. Documented (api.json): at most 50 ResourceIds, Limit 15 by default, Offset 0 by
   * default and a multiple of Limit; ResourceRegion "" for a resource without a region. Assumed: a member's tags are
   * found whatever region is named (the emulator keeps one set per member, as ModifyResourceTags accepts any
   * region); an ID that is no member, or another service's resource, has no rows; ResourceIds outside 1..50 answers
   * InvalidParameterValue.ResourceIdInvalid, a bad Limit or Offset the common InvalidParameterValue.
   */
  private describeResourceTags(body: Record<string, unknown>): Record<string, unknown> {
    // Types and presence were checked against api.json before this runs.
    const { ServiceType, ResourcePrefix, ResourceIds, ResourceRegion, Category } = body as {
      ServiceType: string
      ResourcePrefix: string
      ResourceIds: string[]
      ResourceRegion: string
      Category?: string
    }
    if (!/^[a-z][a-z0-9_-]*$/.test(ServiceType)) throw new ApiError('InvalidParameterValue.ServiceTypeInvalid', 'Service type error.')
    if (!/^[A-Za-z][\w-]*$/.test(ResourcePrefix)) throw new ApiError('InvalidParameterValue.ResourcePrefixInvalid', 'Resource prefix error.')
    if (ResourceRegion !== '' && !REGION.test(ResourceRegion)) throw new ApiError('InvalidParameterValue.RegionInvalid', 'Region error.')
    if (ResourceIds.length === 0 || ResourceIds.length > 50 || ResourceIds.some((id) => id === '')) {
      throw new ApiError('InvalidParameterValue.ResourceIdInvalid', 'ResourceIds must hold 1 to 50 resource IDs.')
    }
    const limit = (body.Limit as number | undefined) ?? 15
    const offset = (body.Offset as number | undefined) ?? 0
    if (limit < 1 || limit > this.maxTagReadLimit) throw new ApiError('InvalidParameterValue', `Limit must be between 1 and ${this.maxTagReadLimit}.`)
    if (offset % limit !== 0) throw new ApiError('InvalidParameterValue', 'Offset must be a multiple of Limit.')
    if (Category !== undefined && !['Custom', 'System', 'All'].includes(Category)) throw new ApiError('InvalidParameterValue', 'Category must be Custom, System or All.')
    const members = ServiceType === 'organization' && ResourcePrefix === 'member' && Category !== 'System' ? [...new Set(ResourceIds)] : []
    const rows = members.flatMap((id) => {
      const member = /^\d+$/.test(id) ? this.members.find((m) => m.MemberUin === Number(id)) : undefined
      const failure = member && this.uinFailures.get(`DescribeResourceTagsByResourceIds:${member.MemberUin}`)
      if (failure) throw failure
      return (member?.Tags ?? []).map((t) => ({
        TagKey: t.TagKey,
        TagValue: t.TagValue,
        ResourceId: id,
        TagKeyMd5: md5Hex(t.TagKey),
        TagValueMd5: md5Hex(t.TagValue),
        ServiceType,
        Category: 'Custom'
      }))
    })
    return { TotalCount: rows.length, Offset: offset, Limit: limit, Tags: rows.slice(offset, offset + limit) }
  }

  private describeMembers(body: Record<string, unknown>): Record<string, unknown> {
    const { offset, limit } = paging(body, true)
    // Assumed (undocumented): the management account is not one of the members this lists; DescribeOrganization
    // names it. Unset text fields come back as "", as the SDK's example answers show; an unset IsAllowQuit as
    // defaultIsAllowQuit. SearchKey is "member name or member ID" (the SDK's model); assumed: a UIN matches whole, a
    // name by substring. NodeId, NodeName (whole) and Tags (every pair given) narrow the list too; AuthName and
    // Product are accepted and change nothing (the emulator has no verified entities or trusted services).
    const key = typeof body.SearchKey === 'string' && body.SearchKey !== '' ? body.SearchKey : undefined
    const wanted = tagFilter(body.Tags)
    const listed = this.members.filter(
      (m) =>
        (key === undefined || String(m.MemberUin) === key || m.Name.includes(key)) &&
        (body.NodeId === undefined || m.NodeId === body.NodeId) &&
        (body.NodeName === undefined || this.tree.byId(m.NodeId)?.Name === body.NodeName) &&
        carries(m.Tags, wanted)
    )
    const items = listed.slice(offset, offset + limit).map((m) => {
      const joined = m.JoinTime ?? timeString(this.now())
      return {
        MemberUin: m.MemberUin,
        Name: m.Name,
        MemberType: m.MemberType ?? 'Invite',
        OrgPolicyType: m.PolicyType ?? 'Financial',
        OrgPolicyName: 'Financial management',
        OrgPermission: (m.PermissionIds ?? [1, 2]).map((id) => ({ Id: id, Name: PERMISSION_NAMES[id] ?? `Permission ${id}` })),
        NodeId: m.NodeId,
        NodeName: this.nodes.find((n) => n.NodeId === m.NodeId)?.Name ?? '',
        Remark: m.Remark ?? '',
        CreateTime: joined,
        UpdateTime: m.UpdateTime ?? joined,
        IsAllowQuit: m.IsAllowQuit ?? this.defaultIsAllowQuit,
        PayUin: m.PayUin ?? '',
        PayName: m.PayName ?? '',
        OrgIdentity: [],
        BindStatus: m.BindStatus ?? 'Unbound',
        PermissionStatus: m.PermissionStatus ?? 'Confirmed',
        // Optional in the output spec: listed only when listsMemberTags says the API does.
        ...(this.listsMemberTags ? { Tags: (m.Tags ?? []).map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })) } : {}),
        NickName: m.NickName ?? m.Name
      }
    })
    return { Total: listed.length, Items: items }
  }

  /** The organization itself, as its management account sees it. */
  private describeOrganization(): Record<string, unknown> {
    const root = this.tree.root
    return {
      OrgId: this.orgId,
      HostUin: this.managementUin,
      NickName: 'management',
      OrgType: 1,
      IsManager: true,
      OrgPolicyType: 'Financial',
      OrgPolicyName: 'Financial management',
      OrgPermission: [],
      RootNodeId: root?.NodeId ?? 0,
      CreateTime: root?.CreateTime ?? timeString(this.now()),
      JoinTime: root?.CreateTime ?? '',
      IsAllowQuit: 'Denied',
      PayUin: '',
      PayName: '',
      IsAssignManager: false,
      IsAuthManager: false
    }
  }

  // ---- responses -----------------------------------------------------------------------------

  private respond(record: RecordedRequest, res: ServerResponse, status: number, payload: Record<string, unknown> | ApiError | string): void {
    let text: string
    if (typeof payload === 'string') {
      record.outcome = `http-${status}`
      text = payload
    } else if (payload instanceof ApiError) {
      record.outcome = payload.code
      record.requestId = randomUUID()
      text = JSON.stringify({ Response: { Error: { Code: payload.code, Message: payload.message }, RequestId: record.requestId } })
    } else {
      // Actions that record state pick their RequestId themselves so the log and the answer agree.
      record.requestId = typeof payload.RequestId === 'string' ? payload.RequestId : randomUUID()
      const response = { ...payload, RequestId: record.requestId }
      // The emulator's own answers are held to api.json too (STS's is not vendored).
      if (isAction(record.action)) this.specViolations.push(...checkResponse(serviceOf(record.action), record.action, response))
      text = JSON.stringify({ Response: response })
    }
    this.finish(record)
    const contentType = typeof payload === 'string' ? 'text/html' : 'application/json'
    this.later(() => res.writeHead(status, { 'Content-Type': contentType }).end(text))
  }

  private finish(record: RecordedRequest): void {
    this.requests.push(record)
    for (const waiter of [...this.waiters]) waiter()
  }

  /** Runs `fn` after the configured latency; timers are tracked so close() can cancel them. */
  private later(fn: () => void): void {
    if (this.latencyMs <= 0) return fn()
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      fn()
    }, this.latencyMs)
    this.timers.add(timer)
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The claims of a JWT-like token (its middle part), or none. The signature is the provider's business. */
function parseBody(raw: Buffer): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(raw.toString('utf8'))
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** A `Tags` search list of a request ({TagKey, TagValue} pairs, as api.json's Tag), or none. */
function tagFilter(tags: unknown): EmuTag[] {
  return Array.isArray(tags) ? (tags as EmuTag[]) : []
}

/** Whether a member's or node's tags hold every pair of a search list. */
function carries(tags: readonly EmuTag[] | undefined, wanted: readonly EmuTag[]): boolean {
  return wanted.every((w) => (tags ?? []).some((t) => t.TagKey === w.TagKey && t.TagValue === w.TagValue))
}

/** Limit 1..50; Offset "取值是limit的整数倍" (a multiple of Limit, api.json of both Organization list actions). */
function paging(body: Record<string, unknown>, limitRequired: boolean): { offset: number; limit: number } {
  const { Limit, Offset } = body
  if (Limit === undefined && limitRequired) throw new ApiError('MissingParameter', 'The request is missing a required parameter `Limit`.')
  const limit = Limit ?? 10
  const offset = Offset ?? 0
  if (!isInt(limit) || limit < 1 || limit > 50) throw new ApiError('InvalidParameter', 'Limit must be an integer between 1 and 50.')
  if (!isInt(offset) || offset < 0) throw new ApiError('InvalidParameter', 'Offset must be a non-negative integer.')
  if (offset % limit !== 0) throw new ApiError('InvalidParameter', 'Offset must be a multiple of Limit.')
  return { offset, limit }
}

/** Parameter checks of InviteOrganizationMember, in the order the real API reports them. */
function validateInvite(body: Record<string, unknown>, nodes: EmuNode[]): InviteBody {
  const { MemberUin, Name, PolicyType, PermissionIds, NodeId, PayUin, Tags } = body
  if (!isInt(MemberUin) || MemberUin <= 0) throw new ApiError('InvalidParameter', 'MemberUin must be a positive integer.')
  if (typeof Name !== 'string' || !MEMBER_NAME.test(Name)) {
    throw new ApiError('InvalidParameter', 'Name must be 1-25 characters: letters, digits, Chinese characters and +@&._[]-:,')
  }
  if (PolicyType !== 'Financial') throw new ApiError('FailedOperation.OrganizationPolicyIllegal', 'The organization policy is illegal.')
  const ids = Array.isArray(PermissionIds) ? (PermissionIds as unknown[]) : []
  if (!ids.every((id) => isInt(id) && id >= 1 && id <= 10) || !ids.includes(1) || !ids.includes(2)) {
    throw new ApiError('FailedOperation.OrganizationPermissionIllegal', 'The organization permission is illegal.')
  }
  if (ids.includes(7) && (typeof PayUin !== 'string' || PayUin === '')) throw new ApiError('FailedOperation.PayUinIllegal', 'The payer UIN is illegal.')
  if (!isInt(NodeId)) throw new ApiError('InvalidParameter', 'NodeId must be an integer.')
  if (!nodes.some((n) => n.NodeId === NodeId)) throw new ApiError('ResourceNotFound.OrganizationNodeNotExist', 'The organization node does not exist.')
  if (Tags !== undefined && (!Array.isArray(Tags) || Tags.length > 10)) throw new ApiError('InvalidParameter.TagError', 'At most 10 tags are allowed.')
  return { ...body, MemberUin, Name, PolicyType, PermissionIds: ids as number[], NodeId } as InviteBody
}
