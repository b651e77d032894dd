// The emulator's node tree (the organization's departments): AddOrganizationNode, UpdateOrganizationNode,
// DeleteOrganizationNodes, with the rules and error codes the Go SDK's client.go lists for each, and the test-side
// reading of a node by its path. Where the documentation is silent, NodeRules says which reading is in force.
import { ApiError } from './emulator-error.js'

export interface EmuTag {
  TagKey: string
  TagValue: string
}
export interface EmuNode {
  NodeId: number
  Name: string
  ParentNodeId?: number
  Remark?: string
  CreateTime?: string
  UpdateTime?: string
  Tags?: EmuTag[]
  /** Part of a resource-sharing unit: DeleteOrganizationNodes refuses it (FailedOperation.ShareNodeExisted). */
  InShareUnit?: boolean
}

export interface NodeRules {
  /**
   * Undocumented: whether a node's name must be unique among its siblings ('siblings', the default: a tree of
   * departments where Finance/Ops and Engineering/Ops may both exist) or in the whole organization ('organization').
   */
  nameScope: 'siblings' | 'organization'
  /**
   * How deep a node may be, the root's children being at depth 1 (LimitExceeded.NodeDepthExceedLimit). The console
   * documentation says "部门关系最多支持5层" (departments: at most 5 levels) without saying whether the root is one:
   * 5 reads it as five levels below the root, 4 as five counting the root.
   */
  maxDepth: number
  /** Undocumented: how many nodes the organization may hold, the root included (LimitExceeded.NodeExceedLimit). */
  maxNodes: number
  /** Undocumented: how many NodeIds one DeleteOrganizationNodes takes (FailedOperation.OrganizationNodeDeleteOverLimit). */
  maxDeletePerCall: number
}

/** AddOrganizationNode's documented name: at most 40 characters; letters, digits, Chinese characters and + @ & . _ [ ] - */
export const NODE_NAME = /^[\p{Script=Han}A-Za-z0-9+@&._[\]-]{1,40}$/u

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v)

/** The node tree over the emulator's own arrays (it shares them, so test helpers and actions see one state). */
export class NodeTree {
  constructor(
    readonly nodes: EmuNode[],
    private readonly holdsMembers: (nodeId: number) => boolean,
    private readonly rules: NodeRules
  ) {}

  get root(): EmuNode | undefined {
    return this.nodes.find((n) => !n.ParentNodeId) ?? this.nodes[0]
  }

  byId(id: unknown): EmuNode | undefined {
    return this.nodes.find((n) => n.NodeId === id)
  }

  children(id: number): EmuNode[] {
    return this.nodes.filter((n) => n.ParentNodeId === id && n.NodeId !== id)
  }

  /** The root's children are at depth 1; the root at 0. */
  depth(node: EmuNode): number {
    let depth = 0
    for (let at: EmuNode | undefined = node; at && at !== this.root; at = this.byId(at.ParentNodeId)) depth++
    return depth
  }

  /** Names joined by "/" from below the root: `Finance/Payments`. The root's path is "". */
  pathOf(node: EmuNode): string {
    const names: string[] = []
    for (let at: EmuNode | undefined = node; at && at !== this.root; at = this.byId(at.ParentNodeId)) names.unshift(at.Name)
    return names.join('/')
  }

  /** The node at `path` (names joined by "/", from below the root; "" is the root), or undefined. */
  byPath(path: string): EmuNode | undefined {
    let at = this.root
    for (const name of path.split('/').filter((n) => n !== '')) {
      at = at && this.children(at.NodeId).find((n) => n.Name === name)
    }
    return at
  }

  private nameTaken(name: string, parentId: number | undefined, except?: number): boolean {
    const peers = this.rules.nameScope === 'organization' ? this.nodes : this.nodes.filter((n) => n.ParentNodeId === parentId)
    return peers.some((n) => n.Name === name && n.NodeId !== except)
  }

  /**
   * AddOrganizationNode. A parent that does not exist answers ResourceNotFound.OrganizationNodeNotExist (the list also
   * has InvalidParameter.OrganizationNodeNotExist; which one the API picks is undocumented, and both mean the same).
   * Returns the node it would create; insert() creates it.
   */
  add(body: Record<string, unknown>, now: string): EmuNode {
    const { ParentNodeId, Name, Remark, Tags } = body
    const parent = this.byId(ParentNodeId)
    if (!parent) throw new ApiError('ResourceNotFound.OrganizationNodeNotExist', 'The organization node does not exist.')
    checkName(Name)
    if (Tags !== undefined && (!Array.isArray(Tags) || Tags.length > 10)) throw new ApiError('InvalidParameter.TagError', 'At most 10 tags are allowed.')
    if (this.nameTaken(Name, parent.NodeId)) throw new ApiError('FailedOperation.OrganizationNodeNameUsed', 'The node name is already in use.')
    if (this.depth(parent) + 1 > this.rules.maxDepth) throw new ApiError('LimitExceeded.NodeDepthExceedLimit', 'The department has too many levels.')
    if (this.nodes.length >= this.rules.maxNodes) throw new ApiError('LimitExceeded.NodeExceedLimit', 'The number of departments exceeds the upper limit.')
    const node: EmuNode = {
      NodeId: Math.max(999, ...this.nodes.map((n) => n.NodeId)) + 1,
      Name,
      ParentNodeId: parent.NodeId,
      Remark: typeof Remark === 'string' ? Remark : '',
      CreateTime: now,
      UpdateTime: now,
      Tags: ((Tags as EmuTag[] | undefined) ?? []).map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue }))
    }
    return node
  }

  insert(node: EmuNode): void {
    this.nodes.push(node)
  }

  /**
   * UpdateOrganizationNode: Name and Remark, nothing else (no parent change). Assumed: the root keeps its name (the
   * common InvalidParameter; the action's own list has no code for it); its Remark may change.
   */
  update(body: Record<string, unknown>): EmuNode {
    const { NodeId, Name } = body
    const node = this.byId(NodeId)
    if (!node) throw new ApiError('FailedOperation.OrganizationNodeNotExist', 'The organization node does not exist.')
    if (Name !== undefined) {
      if (node === this.root && Name !== node.Name) throw new ApiError('InvalidParameter', 'The root node cannot be renamed.')
      checkName(Name)
      if (this.nameTaken(Name, node.ParentNodeId, node.NodeId)) throw new ApiError('FailedOperation.OrganizationNodeNameUsed', 'The node name is already in use.')
    }
    return node
  }

  /** Applies an update that update() accepted. */
  applyUpdate(node: EmuNode, body: Record<string, unknown>, now: string): void {
    if (typeof body.Name === 'string') node.Name = body.Name
    if (typeof body.Remark === 'string') node.Remark = body.Remark
    node.UpdateTime = now
  }

  /**
   * DeleteOrganizationNodes, all or nothing: every node is checked before any goes. A node with members answers
   * FailedOperation.NodeNotEmpty ("There are members in this department"), one with child nodes
   * FailedOperation.OrganizationNodeNotEmpty ("There are nodes in the organization"): the two codes the list gives.
   * Assumed (undocumented): a child counts even when the same call deletes it (the check is on the tree as it is),
   * so a parent and its child go in two calls; a NodeId that is not a node, and the root, answer InvalidParameter.
   */
  remove(body: Record<string, unknown>): EmuNode[] {
    const { NodeId } = body
    if (!Array.isArray(NodeId) || NodeId.length === 0 || !NodeId.every(isInt)) throw new ApiError('InvalidParameter', 'NodeId must be a non-empty list of node IDs.')
    if (NodeId.length > this.rules.maxDeletePerCall) {
      throw new ApiError('FailedOperation.OrganizationNodeDeleteOverLimit', 'The number of nodes to be deleted exceeds the upper limit.')
    }
    const nodes = [...new Set(NodeId as number[])].map((id) => {
      const node = this.byId(id)
      if (!node) throw new ApiError('InvalidParameter', `The node ${id} does not exist.`)
      if (node === this.root) throw new ApiError('InvalidParameter', 'The root node cannot be deleted.')
      if (node.InShareUnit) throw new ApiError('FailedOperation.ShareNodeExisted', 'The department is in the shared unit.')
      if (this.holdsMembers(node.NodeId)) throw new ApiError('FailedOperation.NodeNotEmpty', 'There are members in this department.')
      if (this.children(node.NodeId).length > 0) throw new ApiError('FailedOperation.OrganizationNodeNotEmpty', 'There are nodes in the organization.')
      return node
    })
    return nodes
  }

  /** Deletes nodes that remove() accepted. */
  applyRemove(nodes: readonly EmuNode[]): void {
    for (const node of nodes) this.nodes.splice(this.nodes.indexOf(node), 1)
  }
}

function checkName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !NODE_NAME.test(name)) {
    throw new ApiError('InvalidParameter', 'Name must be 1-40 characters: letters, digits, Chinese characters and +@&._[]-')
  }
}
