// What every error code of the actions this action calls (InviteOrganizationMember, the organization reads, the
// reconcile writes, the node actions and the Tag service's ModifyResourceTags and DescribeResourceTagsByResourceIds)
// means, and what a run does about it. The business codes are the API reference's table (shared/spec) and each action's own list (the Go SDK's
// client.go, copied in __tests__/fixtures/error-codes.json); the common codes are Tencent Cloud API 3.0's own.
//
// Backend errors (CreateBillingPermissionErr, OperateBillingPermissionErr, GetAccountRegion,
// UnsupportedOperation.ManagementSystemError) fail the entry and are not retried: an invitation is a write that
// may have half happened, and a retry would answer InvitationExist, which counts as success and would hide that
// the billing side failed. The entry fails with its RequestId; a rerun later sends it again, safely.

/**
 * retry: transient, send again with backoff. already-invited / already-member: the goal already holds, so a
 * rerun is safe. fail: this entry alone fails. stop: no further entry can succeed (credentials, organization),
 * so nothing more is sent.
 */
export type ErrorAction = 'retry' | 'already-invited' | 'already-member' | 'fail' | 'stop'

type Row = [action: ErrorAction, description: string, hint?: string]

/** The API reference's own table for InviteOrganizationMember. */
const BUSINESS: Record<string, Row> = {
  'FailedOperation.ApplyExist': ['fail', 'The application already exists.'],
  'FailedOperation.AuthInfoEmpty': ['fail', 'The user has not completed identity verification.', 'The invited account must complete identity verification first.'],
  'FailedOperation.AuthInfoNotSame': ['fail', 'Enterprise real name mismatch.'],
  'FailedOperation.AuthNotEnterprise': [
    'fail',
    'The user has not completed enterprise identity verification.',
    'The invited account must complete enterprise identity verification first.'
  ],
  'FailedOperation.CreateBillingPermissionErr': ['fail', 'Failed to create the billing permission.'],
  'FailedOperation.ExistOtherOrganizationMemberShared': ['fail', 'There are shared resources with other organization members or from other organization members.'],
  'FailedOperation.GetAccountRegion': ['fail', "Errors occurred when account's regional attributes are obtained."],
  'FailedOperation.ImportFileIllegal': ['fail', 'The uploaded file is invalid.'],
  'FailedOperation.InvitationExist': ['already-invited', 'The invitation already exists.'],
  'FailedOperation.MemberExistInOtherOrganization': ['fail', 'The member already belongs to another organization.', 'The account must leave its current organization first.'],
  'FailedOperation.MemberNameUsed': ['fail', 'The name is already in use.', 'Choose another Name for this entry.'],
  'FailedOperation.NotSameRegion': ['fail', 'You can only invite accounts within the same site.'],
  'FailedOperation.OperateBillingPermissionErr': ['fail', 'An error occurred while manipulating the billing member permission.'],
  'FailedOperation.OrganizationAuthRelationExist': ['fail', 'Real-name authentication relationship already exists.'],
  'FailedOperation.OrganizationMemberExist': ['already-member', 'Member already exists.'],
  'FailedOperation.OrganizationMemberNameUsed': ['fail', 'The member name already exists.', 'Choose another Name for this entry.'],
  'FailedOperation.OrganizationNodeNotExist': ['fail', 'The organization node does not exist.', "Check NodeId against the organization's departments (DescribeOrganizationNodes)."],
  'FailedOperation.OrganizationPermissionIllegal': ['fail', 'The organization permission is invalid.'],
  'FailedOperation.OrganizationPolicyIllegal': ['fail', 'The organization policy is invalid.'],
  'FailedOperation.PayUinIllegal': ['fail', 'The payer is invalid.', 'Check PayUin: it must be an account that can pay on behalf.'],
  'FailedOperation.ReSentInvitation': ['already-invited', 'The invitation has already been sent before.'],
  'FailedOperation.TagResourcesError': ['fail', 'Tagging error.', 'Tencent Cloud could not set the Tags: check them (at most 10, no reserved key such as qcloud), then rerun.'],
  InternalError: ['retry', 'An internal error occurred.'],
  InvalidParameter: ['fail', 'The parameter is incorrect.'],
  'InvalidParameter.TagError': ['fail', 'Tag value error.'],
  // Open invitations are capped for the whole organization, so no later invitation of this run can succeed either.
  'LimitExceeded.InvitationOverLimit': [
    'stop',
    'Invitation limit exceeded.',
    'The organization has too many open invitations: wait for members to accept (or for invitations to lapse), then rerun.'
  ],
  'LimitExceeded.OrganizationMemberOverLimit': ['stop', 'The number of members exceeds the upper limit.', 'The organization is full: ask Tencent Cloud to raise the member quota.'],
  'ResourceNotFound.OrganizationNodeNotExist': [
    'fail',
    'The organization node does not exist.',
    "Check NodeId against the organization's departments (DescribeOrganizationNodes)."
  ],
  'ResourceNotFound.OrganizationNotExist': [
    'stop',
    'The organization does not exist.',
    "The credentials do not belong to an organization's admin account: use keys of the organization admin."
  ],
  // DescribeOrganizationMembers' own list.
  'ResourceNotFound.OrganizationServiceNotExist': [
    'stop',
    'The organization service does not exist.',
    'The account has not enabled Tencent Cloud Organization (TCO): enable it in the console, or use keys of the account that manages the organization.'
  ],
  UnsupportedOperation: ['fail', 'The operation is not supported.'],
  'UnsupportedOperation.AbnormalFinancialStatusOfAdmin': ['fail', 'The payer has a financial status exception and does not support pay-on-behalf.'],
  'UnsupportedOperation.AbnormalFinancialStatusOfMember': ['fail', "Member's financial status is abnormal. Pay-on-behalf mode is not supported."],
  'UnsupportedOperation.AddDelegatePayerNotAllow': ['fail', 'No paying relationships can be added.'],
  'UnsupportedOperation.AddDiscountInheritNotAllow': ['fail', 'No offer inheritance relationships can be added.'],
  'UnsupportedOperation.AgentNotSame': ['fail', 'The resellers of the administrator and the member do not match.'],
  'UnsupportedOperation.ExistedAgent': ['fail', 'Payment-on-behalf is not supported for this member or payer as it is a reseller.'],
  'UnsupportedOperation.ExistedClient': ['fail', 'Payment-on-behalf is not supported for this member or payer as it is a reseller’s account.'],
  'UnsupportedOperation.InconsistentUserTypes': ['fail', 'The user type mismatches.'],
  'UnsupportedOperation.ManagementSystemError': ['fail', 'An error occurred while calling the operations management system.'],
  'UnsupportedOperation.MemberAccountArrears': ['fail', 'The member account has an overdue payment.'],
  'UnsupportedOperation.MemberDiscountInheritExisted': ['fail', 'The member has an inherited offer.'],
  'UnsupportedOperation.MemberExistAccountLevelDiscountInherit': ['fail', 'The member has an account-level offer.'],
  'UnsupportedOperation.MemberHasVoucher': ['fail', 'The member has vouchers. Pay-on-behalf mode is not supported.'],
  'UnsupportedOperation.MemberIsAgent': ['fail', 'The account is an agent or an agent customer.'],
  'UnsupportedOperation.MemberIsNotClient': ['fail', 'The member is not a reseller customer.'],
  'UnsupportedOperation.OrderInProgressExisted': ['fail', 'There is an ongoing order.'],
  'UnsupportedOperation.OwnerDiscountInheritExisted': ['fail', 'The admin has an inherited offer.'],
  'UnsupportedOperation.PayerArrearsAndNoCreditAccount': ['fail', 'The payer has an overdue payment and has no credit account.'],
  'UnsupportedOperation.PayerExistAccountLevelDiscountInherit': ['fail', 'The payer has an account-level offer.'],
  'UnsupportedOperation.SecondaryDistributorSubClientExisted': ['fail', 'Pay-on-behalf is not supported for second-level reseller customers exist.'],

  // UpdateOrganizationMember's own list (reconcile: changes).
  'FailedOperation.ChangePermissionRecordExist': [
    'fail',
    'Member permission change record exists.',
    "A change of this member's permissions is still waiting for the member to confirm it: wait for it, or cancel it in the console, then rerun."
  ],
  'InvalidParameter.AllowQuitIllegal': [
    'fail',
    'The member in pay-on-behalf mode is not allowed to exit the organization voluntarily.',
    'A member paid for by another (PermissionIds with 7) must have IsAllowQuit: Denied.'
  ],
  'ResourceNotFound.MemberNotExist': ['fail', 'The member does not exist.', 'The member left the organization after it was read: rerun to see its state.'],
  'UnsupportedOperation.DeleteDelegatePayerNotAllow': ['fail', 'Deleting the payment relationship is not allowed.'],
  'UnsupportedOperation.MemberNotAllowQuit': ['fail', 'The member does not support voluntary exit.'],
  // MoveOrganizationNodeMembers' own list.
  'FailedOperation.SomeUinsNotInOrganization': [
    'fail',
    'The UIN does not belong to the organization.',
    'The member left the organization after it was read: rerun to see its state.'
  ],
  // The Tag service's ModifyResourceTags (2018-08-13), for a member's Tags.
  'FailedOperation.PolicyEnforcedInvalid': [
    'fail',
    'Enforcement restrictions in the tag policy.',
    "A tag policy of the organization refuses this tag: change the entry's Tags or the policy."
  ],
  'InvalidParameter.ReservedTagKey': ['fail', 'System reserved tag keys `qcloud`, `tencent` and `project` cannot be created.', 'Rename the TagKey.'],
  'InvalidParameter.Tag': ['fail', '`Tag` parameter error.'],
  'InvalidParameterValue.DeleteTagsParamError': ['fail', '`DeleteTags` cannot contain the elements in `ReplaceTags` or `AddTags`.'],
  'InvalidParameterValue.ResourceDescriptionError': [
    'fail',
    'Resource description error.',
    "The tag service does not know the member's resource name: check the region input (the resource is qcs::organization:<region>:uin/:member/<MemberUin>)."
  ],
  'InvalidParameterValue.TagKeyCharacterIllegal': ['fail', 'Tag key contains illegal characters.'],
  'InvalidParameterValue.TagKeyEmpty': ['fail', 'Tag key cannot be empty.'],
  'InvalidParameterValue.TagKeyLengthExceeded': ['fail', 'Tag key length exceeds limit.'],
  'InvalidParameterValue.TagValueCharacterIllegal': ['fail', 'Tag value contains illegal characters.'],
  'InvalidParameterValue.TagValueLengthExceeded': ['fail', 'Tag value length exceeds limit.'],
  'LimitExceeded.Quota': ['fail', 'The quota limit is reached.'],
  'LimitExceeded.ResourceAttachedTags': ['fail', 'The number of tags associated with the resource exceeds the limit.'],
  'LimitExceeded.TagKey': ['fail', 'The number of created tag keys reaches the limit of 1,000.'],
  'LimitExceeded.TagValue': ['fail', 'Each tag key can have up to 1,000 values.'],
  // DeleteOrganizationMembers' own list (reconcile: all). Each refusal says what has to happen before a removal.
  'FailedOperation.DisableQuitSelfCreatedOrganization': [
    'fail',
    'You cannot quit an organization created by yourself.',
    'This is the management account: it is the organization and cannot be removed. Declare it again, or delete the organization in the console.'
  ],
  'FailedOperation.MemberExistDelegatePayerNotAllowDelete': [
    'fail',
    'The member has a payer and cannot be deleted.',
    'First take pay-on-behalf away: change its PermissionIds to leave out 7 (and drop PayUin), apply, then remove it.'
  ],
  'FailedOperation.MemberIsDelegatePayerNotAllowDelete': [
    'fail',
    'The member is a payer and cannot be deleted.',
    'First move the members it pays for to another payer (their PayUin), apply, then remove it.'
  ],
  'FailedOperation.MemberShareResource': [
    'fail',
    'The member is sharing resources and cannot quit the organization.',
    'First stop sharing its resources with the organization (Resource Sharing in the console), then rerun.'
  ],
  'FailedOperation.OrganizationAuthManageNotAllowDelete': [
    'fail',
    'The member is an entity admin account and cannot quit the organization.',
    'First hand its role of verified-entity administrator to another member in the console, then rerun.'
  ],
  'FailedOperation.QuitShareUintError': ['fail', 'Failed to leave the shared unit.', 'First take the member out of its resource-sharing units in the console, then rerun.'],
  'FailedOperation.ShareResourceMemberInUse': [
    'fail',
    'The member is using a shared resource.',
    'It is the shared-resource administrator or uses resources shared with it: stop that use (Resource Sharing in the console) first, then rerun.'
  ],
  'UnsupportedOperation.CreateMemberNotAllowDelete': [
    'fail',
    'The created member cannot be removed from the organization.',
    'The organization created this account (MemberType Create): such an account cannot leave; keep it declared. This action never deletes accounts.'
  ],
  'UnsupportedOperation.MemberAccountExistCICRoleConfig': [
    'fail',
    'The member has CIC (Identity Center) permission-deployment configuration.',
    'First remove its permission deployments in CIC (Identity Center), then rerun.'
  ],
  'UnsupportedOperation.MemberAccountExistCICUserConfig': [
    'fail',
    'The member has CIC (Identity Center) CAM-user synchronization configuration.',
    'First remove its CAM-user synchronization in CIC (Identity Center), then rerun.'
  ],
  'UnsupportedOperation.MemberExistOperateProcessNotAllowDelete': [
    'fail',
    'The member is configured with operation audit and cannot be deleted.',
    'First remove the member from operation audit in the console, then rerun.'
  ],
  'UnsupportedOperation.MemberExistServiceNotAllowDelete': [
    'fail',
    'The member is a delegated admin of the organization service and cannot quit the organization.',
    'First remove it as delegated administrator of the organization service (the console, or DeleteOrganizationMembersPolicy / the service page), then rerun.'
  ],
  'UnsupportedOperation.MemberNoPayment': [
    'fail',
    'No credit card is bound to the member.',
    'The account must be able to pay on its own once it leaves: first have its owner bind a payment method and settle unpaid bills, then rerun.'
  ],
  // The node actions' own lists: AddOrganizationNode, UpdateOrganizationNode, DeleteOrganizationNodes (nodes as code).
  'FailedOperation.OrganizationNodeNameUsed': [
    'fail',
    'The node name is already in use.',
    'Another node already has this name (under the same parent, or anywhere in the organization): rename the node in `nodes:`, or pin the existing one with its NodeId.'
  ],
  'InvalidParameter.OrganizationNodeNotExist': [
    'fail',
    'The organization node does not exist.',
    "The parent node does not exist (any more): check the path's parent in `nodes:`, then rerun to read the tree again."
  ],
  'LimitExceeded.NodeDepthExceedLimit': [
    'fail',
    'The department has too many levels.',
    'Tencent Cloud allows departments at most 5 levels deep: declare this node higher in the tree.'
  ],
  // Organization-wide, like the member quota: no later node of this run can be created either.
  'LimitExceeded.NodeExceedLimit': [
    'stop',
    'The number of departments exceeds the upper limit.',
    'The organization holds as many departments as it may: delete unused nodes (or ask Tencent Cloud to raise the quota), then rerun.'
  ],
  'ResourceNotFound.OrganizationMemberNotExist': [
    'fail',
    'The organization member does not exist.',
    'Tencent Cloud does not say which member: rerun to read the organization again; if it persists, check that the keys are those of the management account.'
  ],
  'FailedOperation.NodeNotEmpty': [
    'fail',
    'There are members in this department.',
    'The node still holds members: first move them to another node (their Node in the file), then rerun to delete it.'
  ],
  'FailedOperation.OrganizationNodeNotEmpty': [
    'fail',
    'There are nodes in the organization.',
    'The node still has child nodes: first delete them (take them out of `nodes:` too) or keep this node, then rerun.'
  ],
  'FailedOperation.OrganizationNodeDeleteOverLimit': [
    'fail',
    'The number of nodes to be deleted exceeds the upper limit.',
    'Tencent Cloud refused to delete that many nodes in one call: rerun to delete the rest, fewer at a time.'
  ],
  'FailedOperation.ShareNodeExisted': [
    'fail',
    'The department is in the shared unit.',
    'The node is part of a resource-sharing unit: first take it out of the unit (Resource Sharing in the console), then rerun.'
  ],
  // The Tag service's DescribeResourceTagsByResourceIds (2018-08-13), which reads members' Tags. A wrong region,
  // service or prefix is wrong for every member alike: nothing more is asked.
  'InvalidParameterValue.RegionInvalid': ['stop', 'Region error.', 'Check the region input: the tag resource of a member is named with it (ap-guangzhou when it is empty).'],
  'InvalidParameterValue.ResourceIdInvalid': ['fail', 'Resource ID error.', 'The member UIN is not a resource ID the Tag service accepts: rerun; if it persists, report it.'],
  'InvalidParameterValue.ResourcePrefixInvalid': [
    'stop',
    'Resource prefix error.',
    "The Tag service does not know the members' resource prefix (member): this version of the action reads tags in a way Tencent Cloud no longer accepts: update the action."
  ],
  'InvalidParameterValue.ServiceTypeInvalid': [
    'stop',
    'Service type error.',
    'The Tag service does not know the service type organization: this version of the action reads tags in a way Tencent Cloud no longer accepts: update the action.'
  ],
  'InvalidParameterValue.UinInvalid': ['stop', '`Uin` parameter is invalid.', 'The Tag service refuses the account of these keys: use keys of the management account.']
}

/** Tencent Cloud API 3.0 common error codes. */
const COMMON: Record<string, Row> = {
  'AuthFailure.InvalidAuthorization': ['stop', 'The Authorization header is malformed.', 'Check that secret-id and secret-key are set and belong together.'],
  'AuthFailure.InvalidSecretId': ['stop', 'The SecretId is not a valid key ID.', 'Check the secret-id input (or TENCENTCLOUD_SECRET_ID).'],
  'AuthFailure.MFAFailure': ['stop', 'MFA verification failed.', 'Use API keys of an account that does not require MFA for API calls.'],
  'AuthFailure.SecretIdNotFound': ['stop', 'The SecretId does not exist or is disabled.', 'Check the secret-id input; the key may have been deleted or disabled.'],
  'AuthFailure.SignatureExpire': ['stop', 'The signature has expired: the runner clock is off by more than five minutes.', "Check the runner's clock."],
  'AuthFailure.SignatureFailure': ['stop', 'The signature is wrong: the secret key does not match the SecretId.', 'Check the secret-key input (or TENCENTCLOUD_SECRET_KEY).'],
  'AuthFailure.TokenFailure': ['stop', 'The session token is invalid or has expired.', 'Check session-token (or TENCENTCLOUD_SESSION_TOKEN), or use fresh temporary credentials.'],
  'AuthFailure.UnauthorizedOperation': [
    'stop',
    'The request is not authorized.',
    "Grant the key's CAM user the organization permissions (QcloudOrganizationFullAccess or organization:InviteOrganizationMember)."
  ],
  UnauthorizedOperation: [
    'stop',
    'CAM denied the operation.',
    "Grant the key's CAM user the action's permission: organization:InviteOrganizationMember, and for reconcile the actions the README's CAM policy lists."
  ],
  InvalidAction: ['stop', 'The API action does not exist.', 'Check the endpoint input: it must be the Organization service.'],
  ActionOffline: ['stop', 'The API action has been taken offline.', 'This version of the action calls an API Tencent Cloud no longer serves: update the action.'],
  NoSuchVersion: ['stop', 'The API version does not exist.', 'Check the endpoint input: it must be the Organization service.'],
  UnsupportedRegion: ['stop', 'The API does not support this region.', 'Leave the region input empty.'],
  IpInBlacklist: ['stop', "The runner's IP address is in the blocklist."],
  IpNotInWhitelist: ['stop', "The runner's IP address is not in the allowlist.", "Allow the runner's IP address, or use a self-hosted runner with a fixed address."],
  RequestLimitExceeded: ['retry', 'Too many requests per second.'],
  'RequestLimitExceeded.IPLimitExceeded': ['retry', 'Too many requests from this IP address.'],
  'RequestLimitExceeded.UinLimitExceeded': ['retry', 'Too many requests from this account.'],
  'RequestLimitExceeded.GlobalRegionUinLimitExceeded': ['retry', 'Too many requests from this account across regions.'],
  ServiceUnavailable: ['retry', 'The service is temporarily unavailable.'],
  ResourceUnavailable: ['retry', 'The resource is temporarily unavailable.'],
  InvalidParameterValue: ['fail', 'A parameter value is incorrect.'],
  MissingParameter: ['fail', 'A required parameter is missing.'],
  UnknownParameter: ['fail', 'An unknown parameter was sent.'],
  InvalidRequest: ['fail', 'The request body is malformed.'],
  RequestSizeLimitExceeded: ['fail', 'The request is too large.'],
  LimitExceeded: ['fail', 'A quota was exceeded.'],
  FailedOperation: ['fail', 'The operation failed.'],
  ResourceNotFound: ['fail', 'A resource was not found.'],
  ResourceInUse: ['fail', 'A resource is in use.'],
  ResourceInsufficient: ['fail', 'Resources are insufficient.'],
  DryRunOperation: ['fail', 'The request would have succeeded, but DryRun was set.']
}

export interface ErrorInfo {
  code: string
  action: ErrorAction
  description: string
  hint?: string
}

export const CATALOGUE: Readonly<Record<string, Row>> = { ...COMMON, ...BUSINESS }

/** Looks a code up; an unlisted code is judged by its family (the part before the first dot). */
export function explain(code: string): ErrorInfo {
  const row = CATALOGUE[code] ?? familyRow(code)
  const [action, description, hint] = row
  return { code, action, description, ...(hint ? { hint } : {}) }
}

function familyRow(code: string): Row {
  const family = code.split('.')[0]!
  if (family === 'AuthFailure') return ['stop', 'Authentication failed.', 'Check secret-id, secret-key and session-token.']
  if (family === 'RequestLimitExceeded') return ['retry', 'Too many requests.']
  return CATALOGUE[family] ?? ['fail', 'An error this action does not know.']
}
